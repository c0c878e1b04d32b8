from __future__ import annotations

import logging

from streams.logs import RepeatFilter


def record(msg: str, name: str = "aiokafka.conn") -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, msg, None, None)


def test_repeats_are_held_back_and_counted():
    now = [0.0]
    repeats = RepeatFilter(interval=5, clock=lambda: now[0])
    assert repeats.filter(record("Unable connect to node %s"))
    assert not any(repeats.filter(record("Unable connect to node %s")) for _ in range(999))
    assert repeats.filter(record("another message"))
    now[0] = 5.0
    again = record("Unable connect to node %s")
    assert repeats.filter(again)
    assert "and 999 more like it" in again.msg


def test_installed_on_every_aiokafka_module_logger():
    import aiokafka.conn  # noqa: F401  (creates the module loggers)

    from streams.logs import quiet_repeats

    quiet_repeats()
    conn = logging.getLogger("aiokafka.conn")
    assert any(isinstance(f, RepeatFilter) for f in conn.filters)
