"""One readable line per output message (``geowire tail``)."""

from __future__ import annotations

from cli.formatting import pretty


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


def test_pretty_duplicate():
    record = {
        "kind": "near",
        "article_id": "b",
        "source": "paper",
        "original_id": "a",
        "original_source": "wire",
        "similarity": 0.8125,
        "corroborates": True,
        "mentions": 4,
    }
    assert pretty("duplicates", record) == (
        "near  b (paper) of a (wire) similarity 0.81, corroborates, 4 mentions"
    )
