"""The fleet's reports in Redis (fakeredis here; real workers in tests/integration/test_fleet.py)
and the fleet view summed from them."""

from __future__ import annotations

import time

import fakeredis

from streams.fleet import COUNTERS, FleetRegistry, fleet_view
from streams.settings import load_settings


def report(worker: str, now: float, partitions: list[int], done: int, lag: list[dict]) -> dict:
    return {
        "worker": worker,
        "heartbeat_at": now,
        "partitions": partitions,
        "counters": {name: done if name == "articles_done" else 1 for name in COUNTERS},
        "deadletters": {"invalid_json": 1},
        "events_by_type": {"PROTEST": done},
        "minutes": [{"minute": 100, "counts": {"articles": done}}],
        "lag": lag,
    }


def lags(*values: int) -> list[dict]:
    return [
        {"partition": p, "committed": 10, "end": 10 + n, "lag": n} for p, n in enumerate(values)
    ]


async def test_a_silent_worker_drops_out_and_a_leaving_one_at_once():
    settings = load_settings({}, fleet_expiry_seconds=10.0)
    registry = FleetRegistry(fakeredis.FakeAsyncRedis(decode_responses=True), settings)
    now = time.time()
    await registry.publish(report("a", now, [0, 1], 5, []), now)
    await registry.publish(report("b", now + 8, [2, 3], 7, []), now + 8)
    await registry.publish(report("c", now + 8, [], 0, []), now + 8)

    assert [r["worker"] for r in await registry.reports(now + 9)] == ["a", "b", "c"]
    assert [r["worker"] for r in await registry.reports(now + 12)] == ["b", "c"]
    await registry.leave("c")
    assert [r["worker"] for r in await registry.reports(now + 12)] == ["b"]


async def test_apps_on_one_redis_have_fleets_of_their_own():
    client = fakeredis.FakeAsyncRedis(decode_responses=True)
    one = FleetRegistry(client, load_settings({}, app_id="one"))
    two = FleetRegistry(client, load_settings({}, app_id="two"))
    now = time.time()
    await one.publish(report("a", now, [0], 1, []), now)

    assert await two.reports(now) == []


def test_the_view_sums_workers_and_names_the_holder_of_each_partition():
    older = report("a", 100.0, [0, 1], 5, lags(9, 9, 9, 9))
    newer = report("b", 101.0, [2], 7, lags(3, 0, 4, 2))

    view = fleet_view([older, newer])

    assert view["total"]["articles_done"] == 12 and view["total"]["events_out"] == 2
    assert view["deadletters"] == {"invalid_json": 2}
    assert view["events_by_type"] == {"PROTEST": 12}
    assert [(p["partition"], p["worker"], p["lag"]) for p in view["partitions"]] == [
        (0, "a", 3),
        (1, "a", 0),
        (2, "b", 4),
        (3, None, 2),  # nobody holds it: a dead worker's partition before the rebalance
    ]
    assert view["lag_total"] == 9
    assert view["minutes"] == [{"minute": 100, "counts": {"articles": 12}}]


def test_an_empty_fleet():
    view = fleet_view([])
    assert view["workers"] == [] and view["partitions"] == [] and view["lag_total"] == 0
