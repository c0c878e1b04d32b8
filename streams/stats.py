"""In-process counters and latency windows: the one record of what the worker did, which the
web view shows as JSON (``/stats``) and :mod:`streams.metrics` as Prometheus text (``/metrics``).
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LATENCY_BUCKETS", "STAGES", "LatencyWindow", "Stats"]

STAGES = ("ingest", "extract", "publish", "end_to_end")
# Upper bounds in seconds of the latency histograms: from a Redis round trip (ingest) to the
# extraction timeout of a megabyte article (extract, end_to_end).
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                   10.0, 30.0, 60.0, 120.0)  # fmt: skip


class LatencyWindow:
    """The durations of one stage: the last ``size`` as count, p50 and p99 (for people), and all
    of them in cumulative buckets with their sum (for Prometheus, which computes its own
    quantiles over any time range)."""

    def __init__(self, size: int = 2000) -> None:
        self._seconds: deque[float] = deque(maxlen=size)
        self.count = 0
        self.total_seconds = 0.0
        self._in_bucket = [0] * (len(LATENCY_BUCKETS) + 1)  # the last: over every bound

    def add(self, seconds: float) -> None:
        self._seconds.append(seconds)
        self.count += 1
        self.total_seconds += seconds
        self._in_bucket[bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1

    def buckets(self) -> list[tuple[float, int]]:
        """``(upper bound, durations at most that)`` per bound, the last bound ``inf``."""
        bounds = [*LATENCY_BUCKETS, float("inf")]
        cumulative, running = [], 0
        for bound, count in zip(bounds, self._in_bucket, strict=True):
            running += count
            cumulative.append((bound, running))
        return cumulative

    def summary(self) -> dict[str, float | int | None]:
        window = sorted(self._seconds)
        if not window:
            return {"count": 0, "p50_ms": None, "p99_ms": None}
        p99 = window[min(len(window) - 1, round(0.99 * (len(window) - 1)))]
        return {
            "count": self.count,
            "p50_ms": round(statistics.median(window) * 1000, 2),
            "p99_ms": round(p99 * 1000, 2),
        }


def _counter(description: str) -> Any:
    """A counter field; its description is the help text of its Prometheus counter."""
    return field(default=0, metadata={"help": description})


@dataclass
class Stats:
    """What the worker has done since it started."""

    articles_in: int = _counter("Input messages taken from the articles topic.")
    articles_done: int = _counter("Input messages finished: published, dropped or dead-lettered.")
    duplicates_dropped: int = _counter("Articles dropped as exact duplicates (same id or text).")
    near_duplicates: int = _counter("Articles not extracted: near duplicates of an earlier one.")
    corroborations: int = _counter(
        "Duplicates from a source new to their story: the original's events got mentions."
    )
    redeliveries: int = _counter("Input messages seen again after a crash or rebalance.")
    events_out: int = _counter("Unique events sent to the events topic.")
    mentions_out: int = _counter("Mentions sent to the mentions topic.")
    articles_truncated: int = _counter("Articles whose events a cap cut (max_events_per_*).")
    deadletters: Counter[str] = field(default_factory=Counter)
    deadletters_unsent: int = _counter("Dead letters Kafka refused: their input is only logged.")
    latency: dict[str, LatencyWindow] = field(
        default_factory=lambda: {stage: LatencyWindow() for stage in STAGES}
    )

    @property
    def in_flight(self) -> int:
        """Articles taken in and not finished yet."""
        return self.articles_in - self.articles_done

    def snapshot(self) -> dict[str, Any]:
        return {
            "articles_in": self.articles_in,
            "articles_done": self.articles_done,
            "duplicates_dropped": self.duplicates_dropped,
            "near_duplicates": self.near_duplicates,
            "corroborations": self.corroborations,
            "redeliveries": self.redeliveries,
            "deadletters": dict(self.deadletters),
            "deadletters_total": sum(self.deadletters.values()),
            "events_out": self.events_out,
            "mentions_out": self.mentions_out,
            "articles_truncated": self.articles_truncated,
            "deadletters_unsent": self.deadletters_unsent,
            "latency": {stage: window.summary() for stage, window in self.latency.items()},
        }
