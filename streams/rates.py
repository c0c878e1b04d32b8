"""Per-minute rates from cumulative counters: what a worker did in each of the last minutes.

The counters are sampled at every fleet heartbeat; what grew since the last sample is counted in
the minute of the sample (wall-clock minutes, so that the rates of workers on several machines
add up minute by minute). A heartbeat every few seconds places each count within those seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["MinuteRates", "minute_of", "sum_minutes"]


def minute_of(now: float) -> int:
    """The wall-clock minute of a Unix time, as minutes since the epoch."""
    return int(now // 60)


class MinuteRates:
    """Counts per minute of several cumulative counters, the last ``kept`` minutes."""

    def __init__(self, kept: int) -> None:
        self._kept = kept
        self._last: Mapping[str, int] = {}
        self._minutes: dict[int, Counter[str]] = {}

    def observe(self, now: float, totals: Mapping[str, int]) -> None:
        """Count what grew since the last observation in the minute of ``now``."""
        minute = minute_of(now)
        grown = Counter({k: n - self._last.get(k, 0) for k, n in totals.items()})
        self._minutes.setdefault(minute, Counter()).update(+grown)
        self._last = dict(totals)
        for old in [m for m in self._minutes if m <= minute - self._kept]:
            del self._minutes[old]

    def minutes(self, now: float) -> list[dict[str, object]]:
        """The last ``kept`` minutes up to the one of ``now``, oldest first, idle ones as zero:
        ``{"minute": <minutes since the epoch>, "counts": {counter: n}}``."""
        last = minute_of(now)
        return [
            {"minute": m, "counts": dict(self._minutes.get(m, {}))}
            for m in range(last - self._kept + 1, last + 1)
        ]


def sum_minutes(series: Iterable[list[dict[str, Any]]]) -> list[dict[str, object]]:
    """Several workers' :meth:`MinuteRates.minutes` added minute by minute, oldest first."""
    added: dict[int, Counter[str]] = {}
    for minutes in series:
        for entry in minutes:
            added.setdefault(entry["minute"], Counter()).update(entry["counts"])
    return [{"minute": m, "counts": dict(added[m])} for m in sorted(added)]
