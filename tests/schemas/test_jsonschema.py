"""The committed JSON Schema files are exactly what the Records produce, and validate output."""

from __future__ import annotations

import json

import pytest

from schemas import jsonschema, records


@pytest.mark.parametrize("record", jsonschema.RECORDS, ids=lambda r: r.__name__)
def test_committed_schema_matches_record(record):
    committed = jsonschema.schema_path(record).read_text(encoding="utf-8")
    assert committed == jsonschema.render(record), (
        f"{jsonschema.schema_path(record).name} drifted from the Record: run `make schemas`"
    )


def test_every_field_is_in_the_schema():
    schema = jsonschema.json_schema(records.Event)
    assert set(schema["properties"]) == set(records.Event._options.fields)
    assert {"event_id", "statement_id"} <= set(schema["required"])
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Actor"]["properties"]["country"]["anyOf"][0] == {"type": "string"}


def test_event_json_has_no_faust_metadata_and_validates():
    event = records.Event(
        event_id="abc",
        statement_id="s1",
        event_type="CONSULT",
        cameo="044",
        quad_class=1,
        goldstein=1.0,
        article_id="a1",
        sentence="Putin met Kim.",
        start=0,
        end=14,
        confidence=0.8,
        extractor_version="test",
        source=records.Actor(text="Putin", country="RUS", sector="GOV"),
        context=["diplomatic"],
    )
    data = json.loads(event.dumps())
    assert "__faust" not in data and "__faust" not in data["source"]
    assert data["schema_version"] == records.SCHEMA_VERSION
    assert list(jsonschema.validator(records.Event).iter_errors(data)) == []
    assert records.Event.loads(event.dumps()) == event


def test_validator_rejects_wrong_types():
    errors = list(jsonschema.validator(records.Article).iter_errors({"id": 7, "body": None}))
    assert len(errors) == 2
