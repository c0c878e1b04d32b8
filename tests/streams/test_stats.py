from __future__ import annotations

import pytest

from streams.stats import LatencyWindow, Stats


def test_latency_window_percentiles():
    window = LatencyWindow(size=100)
    for millis in range(1, 101):
        window.add(millis / 1000)
    summary = window.summary()
    assert summary["count"] == 100
    assert summary["p50_ms"] == 50.5 and summary["p99_ms"] == 99.0
    assert LatencyWindow().summary() == {"count": 0, "p50_ms": None, "p99_ms": None}


def test_snapshot_totals_deadletters():
    stats = Stats()
    stats.deadletters["invalid_json"] += 2
    stats.deadletters["too_large"] += 1
    snapshot = stats.snapshot()
    assert snapshot["deadletters_total"] == 3
    assert set(snapshot["latency"]) == {"ingest", "extract", "publish", "end_to_end"}


def test_latency_buckets_are_cumulative_and_count_every_duration():
    window = LatencyWindow(size=2)  # the percentile window forgets; the buckets do not
    for seconds in (0.001, 0.002, 7.0, 500.0):
        window.add(seconds)
    buckets = dict(window.buckets())
    assert buckets[0.001] == 1  # a duration on a bound falls in that bound's bucket
    assert buckets[0.0025] == 2
    assert buckets[10.0] == 3
    assert buckets[float("inf")] == window.count == 4
    assert window.total_seconds == pytest.approx(507.003)
