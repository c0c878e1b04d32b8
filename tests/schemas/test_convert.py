from __future__ import annotations

import json

from extraction.model import Actor, Place
from extraction.model import Event as ExtractedEvent
from schemas import jsonschema, records
from schemas.convert import event_record


def test_every_extracted_field_reaches_the_record():
    extracted = ExtractedEvent(
        event_type="ASSAULT",
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        sentence="Die Truppen griffen an.",
        start=10,
        end=33,
        confidence=0.7,
        extractor_version="v",
        mode="heavy-weapons",
        context=("military",),
        source=Actor(text="Truppen", name="Russian military", country="RUS", sector="MIL"),
        target=Actor(text="Ukraine", country="UKR"),
        reported_by=Actor(text="Geheimdienst", country="KOR", sector="SPY"),
        location=Place(name="Kursk", country="RUS", admin1="Kursk", lat=51.7, lon=36.2),
        event_date="2025-09-02",
        date_precision="day",
        dead=2000,
        injured=3,
        size=5000,
        language="de",
    )
    record = event_record(extracted, "a1")
    data = json.loads(record.dumps())
    assert list(jsonschema.validator(records.Event).iter_errors(data)) == []
    assert data["event_id"] == extracted.event_id and data["article_id"] == "a1"
    assert data["source"] == {
        "text": "Truppen",
        "name": "Russian military",
        "country": "RUS",
        "sector": "MIL",
        "actor_id": None,
    }
    assert data["location"]["lat"] == 51.7 and data["reported_by"]["sector"] == "SPY"
    assert (data["context"], data["dead"], data["size"], data["mode"]) == (
        ["military"],
        2000,
        5000,
        "heavy-weapons",
    )
    assert isinstance(record.source, records.Actor)
