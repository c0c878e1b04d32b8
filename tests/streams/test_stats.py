from __future__ import annotations

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
