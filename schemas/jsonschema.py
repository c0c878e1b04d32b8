"""JSON Schema (draft 2020-12) files made from the Faust Records, and validation against them.

The committed files under ``schemas/json/`` are what non-Python consumers read; a test fails
when they drift from the Records. ``python -m schemas.jsonschema`` rewrites them.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from schemas import records

__all__ = [
    "RECORDS",
    "SCHEMA_DIR",
    "json_schema",
    "schema_path",
    "validator",
    "write_schemas",
]

SCHEMA_DIR = Path(__file__).parent / "json"
RECORDS: tuple[type[records.WireRecord], ...] = (
    records.Article,
    records.Actor,
    records.Place,
    records.Event,
    records.Mention,
    records.DeadLetter,
    records.Duplicate,
)
# Producers may add fields of their own to an article; every output record is closed.
OPEN_RECORDS = {records.Article}
FIELD_CONSTRAINTS: dict[tuple[str, str], dict[str, Any]] = {
    ("Article", "id"): {"minLength": 1},
    ("Article", "published_at"): {"format": "date-time"},
    ("Event", "quad_class"): {"minimum": 1, "maximum": 4},
    ("Event", "confidence"): {"minimum": 0, "maximum": 1},
    ("Duplicate", "kind"): {"enum": ["exact", "near"]},
    ("Duplicate", "similarity"): {"minimum": 0, "maximum": 1},
}
_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _type_schema(annotation: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(annotation)]
        return {"anyOf": options}
    if annotation is type(None):
        return {"type": "null"}
    if origin is list:
        (item,) = typing.get_args(annotation)
        return {"type": "array", "items": _type_schema(item, defs)}
    if annotation in _SCALARS:
        return {"type": _SCALARS[annotation]}
    if isinstance(annotation, type) and issubclass(annotation, records.WireRecord):
        name = annotation.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(annotation, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {annotation!r}")


def _object_schema(record: type[records.WireRecord], defs: dict[str, Any]) -> dict[str, Any]:
    fields = records.record_fields(record)
    properties = {}
    for name, field in fields.items():
        schema = _type_schema(field.type, defs)
        schema.update(FIELD_CONSTRAINTS.get((record.__name__, name), {}))
        if not field.required:
            schema["default"] = field.default
        properties[name] = schema
    return {
        "type": "object",
        "title": record.__name__,
        "description": " ".join((record.__doc__ or "").split()),
        "properties": properties,
        "required": [name for name, field in fields.items() if field.required],
        "additionalProperties": record in OPEN_RECORDS,
    }


def json_schema(record: type[records.WireRecord]) -> dict[str, Any]:
    """The JSON Schema of ``record``, nested records under ``$defs``."""
    defs: dict[str, Any] = {}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://geowire.dev/schemas/v{records.SCHEMA_VERSION}/{schema_path(record).name}",
        **_object_schema(record, defs),
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def schema_path(record: type[records.WireRecord]) -> Path:
    return SCHEMA_DIR / f"{record.__name__.lower()}.schema.json"


def render(record: type[records.WireRecord]) -> str:
    return json.dumps(json_schema(record), indent=2, ensure_ascii=False) + "\n"


def write_schemas() -> list[Path]:
    """Rewrite every committed schema file from the Records."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    written = []
    for record in RECORDS:
        path = schema_path(record)
        path.write_text(render(record), encoding="utf-8")
        written.append(path)
    return written


@cache
def validator(record: type[records.WireRecord]) -> jsonschema.protocols.Validator:
    """A compiled validator for the committed schema of ``record`` (with format checks)."""
    schema = json.loads(schema_path(record).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


if __name__ == "__main__":
    for written_path in write_schemas():
        sys.stdout.write(f"wrote {written_path}\n")
