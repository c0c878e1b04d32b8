from __future__ import annotations

from streams.formatting import pretty
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


def test_pretty_lines():
    event = {
        "event_type": "CONSULT",
        "cameo": "044",
        "event_date": "2025-09-03",
        "source": {"text": "Putin", "name": "Wladimir Putin", "country": "RUS", "sector": "GOV"},
        "target": {"text": "Kim", "country": "PRK"},
        "location": {"name": "Peking"},
        "sentence": "Putin traf Kim in Peking.",
    }
    line = pretty("events", event)
    assert line.startswith("CONSULT   044")
    assert "Wladimir Putin (RUS GOV) -> Kim (PRK)" in line and "at Peking on 2025-09-03" in line
    mention = {"event_id": "e", "article_id": "a", "start": 0, "end": 5, "sightings": 3}
    assert pretty("mentions", mention) == "e in a [0:5] sighting #3"
    letter = {
        "reason": "invalid_json",
        "stage": "ingest",
        "topic": "t",
        "partition": 0,
        "offset": 9,
        "error": "not JSON",
    }
    assert "invalid_json" in pretty("deadletter", letter) and "t:0:9" in pretty(
        "deadletter", letter
    )
