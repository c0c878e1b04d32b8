"""In-process counters and latency windows that the web view shows."""

from __future__ import annotations

import statistics
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LatencyWindow", "Stats"]


class LatencyWindow:
    """The last ``size`` durations of one stage, summarised as count, p50 and p99."""

    def __init__(self, size: int = 2000) -> None:
        self._seconds: deque[float] = deque(maxlen=size)
        self.count = 0

    def add(self, seconds: float) -> None:
        self._seconds.append(seconds)
        self.count += 1

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


@dataclass
class Stats:
    """What the worker has done since it started."""

    articles_in: int = 0
    articles_done: int = 0
    duplicates_dropped: int = 0
    redeliveries: int = 0
    events_out: int = 0
    mentions_out: int = 0
    articles_truncated: int = 0  # articles whose events a cap cut (max_events_per_*)
    deadletters: Counter[str] = field(default_factory=Counter)
    deadletters_unsent: int = 0  # dead letters Kafka refused: their input is only logged
    latency: dict[str, LatencyWindow] = field(
        default_factory=lambda: {
            stage: LatencyWindow() for stage in ("ingest", "extract", "publish", "end_to_end")
        }
    )

    def snapshot(self) -> dict[str, Any]:
        return {
            "articles_in": self.articles_in,
            "articles_done": self.articles_done,
            "duplicates_dropped": self.duplicates_dropped,
            "redeliveries": self.redeliveries,
            "deadletters": dict(self.deadletters),
            "deadletters_total": sum(self.deadletters.values()),
            "events_out": self.events_out,
            "mentions_out": self.mentions_out,
            "articles_truncated": self.articles_truncated,
            "deadletters_unsent": self.deadletters_unsent,
            "latency": {stage: window.summary() for stage, window in self.latency.items()},
        }
