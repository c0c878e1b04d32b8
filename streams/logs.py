"""Logging for the worker: while the broker is away, aiokafka repeats the same error about a
thousand times a second; one line per message template every few seconds says as much."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

__all__ = ["RepeatFilter", "quiet_repeats"]


class RepeatFilter(logging.Filter):
    """Lets a message template through at most once every ``interval`` seconds, then reports
    how many repeats it held back."""

    def __init__(self, interval: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._interval = interval
        self._clock = clock
        self._last: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = self._clock()
        if now - self._last.get(key, -self._interval) < self._interval:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        self._last[key] = now
        held = self._held.pop(key, 0)
        if held:
            record.msg = f"{record.msg} (and {held} more like it within {self._interval:.0f} s)"
        return True


def quiet_repeats(prefix: str = "aiokafka", interval: float = 5.0) -> None:
    """Install one :class:`RepeatFilter` on every logger under ``prefix`` created so far (a
    logger's filters do not see its children's records, so each module logger gets it)."""
    repeats = RepeatFilter(interval)
    for name in list(logging.root.manager.loggerDict):
        if name == prefix or name.startswith(prefix + "."):
            logging.getLogger(name).addFilter(repeats)
