from __future__ import annotations

import dataclasses
import json

import pytest

from extraction.model import Actor, Place
from extraction.model import Event as ExtractedEvent
from schemas import jsonschema, records
from schemas.convert import EXTRACTION_ONLY, WIRE_ONLY, event_record


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
        statement_id="st1",
        mode="heavy-weapons",
        context=("military",),
        source=Actor(text="Truppen", name="Russian military", country="RUS", sector="MIL"),
        target=Actor(text="(authorities)", country="UKR", sector="GOV", implied=True),
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
    assert data["statement_id"] == "st1" and data["schema_version"] == 2
    assert data["source"] == {
        "text": "Truppen",
        "name": "Russian military",
        "country": "RUS",
        "sector": "MIL",
        "actor_id": None,
        "implied": False,
    }
    assert data["target"]["implied"] is True
    assert data["location"]["lat"] == 51.7 and data["reported_by"]["sector"] == "SPY"
    assert (data["context"], data["dead"], data["size"], data["mode"]) == (
        ["military"],
        2000,
        5000,
        "heavy-weapons",
    )
    assert isinstance(record.source, records.Actor)


@pytest.mark.parametrize(
    ("extracted", "wire"),
    [(ExtractedEvent, records.Event), (Actor, records.Actor), (Place, records.Place)],
    ids=["Event", "Actor", "Place"],
)
def test_the_two_models_have_the_same_fields_but_the_declared_ones(extracted, wire):
    """A field added to extraction's model or to the wire record alone must fail here, not be
    dropped in silence."""
    name = wire.__name__
    extraction_fields = {field.name for field in dataclasses.fields(extracted)}
    wire_fields = set(records.record_fields(wire))
    assert extraction_fields - EXTRACTION_ONLY[name] == wire_fields - WIRE_ONLY[name]


def test_every_wire_field_of_an_event_is_set_from_the_extracted_one():
    """The mapping names every field: none falls back to the record's default."""
    extracted = ExtractedEvent(
        "PROTEST",
        "141",
        3,
        -6.5,
        "s",
        0,
        1,
        0.5,
        "v",
        "st",
        mode="m",
        context=("c",),
        source=Actor("a", "n", "RUS", "GOV", "id"),
        target=Actor("b"),
        reported_by=Actor("c"),
        location=Place("p", "RUS", "x", 1.0, 2.0),
        event_date="2025",
        date_precision="year",
        dead=1,
        injured=2,
        size=3,
        language="en",
    )
    data = json.loads(event_record(extracted, "a1").dumps())
    for field in dataclasses.fields(extracted):
        if field.name not in EXTRACTION_ONLY["Event"]:
            assert data[field.name] not in (None, [], ""), field.name


def test_an_actor_record_without_implied_still_validates():
    """``implied`` is optional: a record written before it existed stays valid and reads as
    named in the text."""
    older = {"text": "Truppen", "name": None, "country": "RUS", "sector": "MIL", "actor_id": None}
    assert list(jsonschema.validator(records.Actor).iter_errors(older)) == []
    assert records.Actor.from_data(older).implied is False
