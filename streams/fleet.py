"""The fleet: every worker of one app id writes a report of itself to Redis at each heartbeat
(counters, the partitions it holds, per-minute rates, the group's consumer lag), with an expiry,
and any worker reads all live reports back for ``/stats`` and the page. A worker that stops
leaves at once; one that is killed drops out when its report expires.

Redis holds one key per worker (expiring) and a sorted set of worker ids by last heartbeat, so
that reading the fleet never scans the keyspace (millions of dedup keys).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import redis.asyncio as aioredis
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from streams.lag import LagProbe, PartitionLag
from streams.rates import MinuteRates, sum_minutes
from streams.settings import Settings
from streams.stats import Stats

__all__ = ["COUNTERS", "FleetMonitor", "FleetRegistry", "fleet_view", "worker_id"]

logger = logging.getLogger(__name__)

# The counters of Stats that each report carries and the fleet sums.
COUNTERS = (
    "articles_in",
    "articles_done",
    "duplicates_dropped",
    "near_duplicates",
    "corroborations",
    "redeliveries",
    "events_out",
    "mentions_out",
    "articles_truncated",
    "deadletters_total",
    "deadletters_unsent",
)


def worker_id() -> str:
    """This process among all workers of the fleet: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


class FleetRegistry:
    """The live workers' reports in Redis. One quick try per call: a missed heartbeat is
    retried by the next one, and ``/stats`` must not hang on Redis."""

    def __init__(self, client: aioredis.Redis, settings: Settings) -> None:
        self._client = client
        self._prefix = f"{settings.redis_key_prefix}fleet:{settings.app_id}:"
        self._members = self._prefix + "workers"
        self._expiry = settings.fleet_expiry_seconds

    async def publish(self, report: dict[str, Any], now: float) -> None:
        async with self._client.pipeline(transaction=False) as pipe:
            pipe.set(self._key(report["worker"]), json.dumps(report), px=int(self._expiry * 1000))
            pipe.zadd(self._members, {report["worker"]: now})
            pipe.zremrangebyscore(self._members, "-inf", now - self._expiry)
            await pipe.execute()

    async def reports(self, now: float) -> list[dict[str, Any]]:
        """The reports of the workers heard from within the expiry, by worker id."""
        ids = await self._client.zrangebyscore(self._members, now - self._expiry, "+inf")
        if not ids:
            return []
        values = await self._client.mget([self._key(str(worker)) for worker in ids])
        return sorted(
            (json.loads(value) for value in values if value is not None),
            key=lambda report: report["worker"],
        )

    async def leave(self, worker: str) -> None:
        async with self._client.pipeline(transaction=False) as pipe:
            pipe.delete(self._key(worker))
            pipe.zrem(self._members, worker)
            await pipe.execute()

    def _key(self, worker: str) -> str:
        return self._prefix + "worker:" + worker


def _summed(dicts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for counts in dicts:
        total.update(counts)
    return dict(total)


def fleet_view(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """What the fleet did: each live worker's report, their sums, who holds which partition
    with its lag (from the newest report: every worker measures the whole group), and the
    per-minute rates added up."""
    holders = {p: report["worker"] for report in reports for p in report["partitions"]}
    newest = max(reports, key=lambda report: report["heartbeat_at"], default=None)
    lag = newest["lag"] if newest else []
    return {
        "workers": reports,
        "total": {name: sum(report["counters"][name] for report in reports) for name in COUNTERS},
        "deadletters": _summed(report["deadletters"] for report in reports),
        "events_by_type": _summed(report["events_by_type"] for report in reports),
        "partitions": [{**entry, "worker": holders.get(entry["partition"])} for entry in lag],
        "lag_total": sum(entry["lag"] for entry in lag),
        "minutes": sum_minutes(report["minutes"] for report in reports),
    }


class FleetMonitor:
    """This worker's part in the fleet: its heartbeat, and the fleet read back."""

    def __init__(
        self,
        settings: Settings,
        client: aioredis.Redis,
        stats: Stats,
        partitions: Callable[[], list[int]],
    ) -> None:
        self.worker = worker_id()
        self.lag: list[PartitionLag] = []  # the group's, at the last heartbeat
        self._settings = settings
        self._stats = stats
        self._partitions = partitions
        self._registry = FleetRegistry(client, settings)
        self._probe = LagProbe(settings)
        self._rates = MinuteRates(settings.fleet_minutes_kept)
        self._started_at = time.time()

    async def beat(self) -> None:
        """Sample the rates, measure the lag and publish this worker's report; a failure is
        logged and the next heartbeat tries again."""
        now = time.time()
        self._rates.observe(now, self._stats.totals())
        try:
            self.lag = await self._probe.measure()
        except (KafkaError, OSError, TimeoutError) as error:
            logger.warning("consumer lag not measured: %s: %s", type(error).__name__, error)
            await self._probe.close()
        except Exception:  # monitoring never stops the worker: a Faust timer that raises does
            logger.exception("consumer lag not measured")
            await self._probe.close()
        try:
            await self._registry.publish(self.report(now), now)
        except (RedisError, OSError) as error:
            logger.warning("fleet heartbeat not written: %s: %s", type(error).__name__, error)
        except Exception:
            logger.exception("fleet heartbeat not written")

    def report(self, now: float) -> dict[str, Any]:
        snapshot = self._stats.snapshot()
        return {
            "worker": self.worker,
            "web_url": self._settings.web_url,
            "started_at": self._started_at,
            "heartbeat_at": now,
            "partitions": self._partitions(),
            "counters": {name: snapshot[name] for name in COUNTERS},
            "in_flight": self._stats.in_flight,
            "deadletters": snapshot["deadletters"],
            "events_by_type": snapshot["events_by_type"],
            "minutes": self._rates.minutes(now),
            "lag": [entry.as_dict() for entry in self.lag],
        }

    async def view(self) -> dict[str, Any]:
        """The fleet as Redis has it now."""
        return fleet_view(await self._registry.reports(time.time()))

    async def leave(self) -> None:
        """Drop out of the fleet at once (a clean stop), and close the lag probe."""
        try:
            await self._registry.leave(self.worker)
        except (RedisError, OSError) as error:
            logger.warning("fleet report not removed: %s: %s", type(error).__name__, error)
        await self._probe.close()
