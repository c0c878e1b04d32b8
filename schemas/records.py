"""The wire contracts: Faust Records that travel as plain JSON (no Faust metadata).

Every record carries ``schema_version`` so that consumers can tell versions apart; a change
that breaks readers bumps :data:`SCHEMA_VERSION`. Version 2: a statement whose source or target
is several actors ("Germany and France sanctioned Iran") is one :class:`Event` per (source,
target) pair, tied together by the required ``statement_id``.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.models import FieldDescriptor

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "DeadLetter",
    "Duplicate",
    "Event",
    "Mention",
    "Place",
    "WireRecord",
    "record_fields",
]

SCHEMA_VERSION = 2


class WireRecord(
    faust.Record, abstract=True, serializer="json", include_metadata=False, allow_blessed_key=False
):
    """Base of every record on a GeoWire topic: JSON, no ``__faust`` field."""


class Article(WireRecord):
    """An article produced to ``articles.raw``."""

    id: str
    body: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    language: str | None = None
    published_at: str | None = None
    schema_version: int = SCHEMA_VERSION


class Actor(WireRecord):
    """Who acts or is acted upon."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None
    # True when the text does not name the actor: inferred from the event and the article
    # (the authorities behind an agentless "was arrested"). Optional: older records lack it.
    implied: bool = False


class Place(WireRecord):
    """Where an event happened, geocoded."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(WireRecord):
    """One unique event on ``events``, keyed by ``event_id``: one source, one target. A
    statement about several actors in a role is one event per (source, target) pair, and
    ``statement_id`` is the same for all of them (and differs between statements)."""

    event_id: str
    statement_id: str
    event_type: str
    cameo: str
    quad_class: int
    goldstein: float
    article_id: str
    sentence: str
    start: int
    end: int
    confidence: float
    extractor_version: str
    mode: str | None = None
    context: list[str] = []
    source: Actor | None = None
    target: Actor | None = None
    reported_by: Actor | None = None
    location: Place | None = None
    event_date: str | None = None
    date_precision: str | None = None
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    language: str | None = None
    schema_version: int = SCHEMA_VERSION


class Mention(WireRecord):
    """One sighting of an event in an article, on ``mentions``."""

    event_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    confidence: float
    sightings: int
    seen_at: str
    # Set when the article was not extracted, being a duplicate from another source: the
    # sentence and offsets are those of the event in this original article.
    original_article_id: str | None = None
    schema_version: int = SCHEMA_VERSION


class DeadLetter(WireRecord):
    """Input that could not be processed, with why, on ``articles.deadletter``."""

    reason: str
    stage: str
    error: str
    original_base64: str
    failed_at: str
    original_length: int | None = None  # bytes of the original message
    original_sha256: str | None = None
    # True when ``original_base64`` holds only the first bytes of a message too large to carry
    # whole within the topic's message size limit
    original_truncated: bool = False
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    article_id: str | None = None
    schema_version: int = SCHEMA_VERSION


class Duplicate(WireRecord):
    """An article not extracted because an earlier one has the same or nearly the same text, on
    ``articles.duplicates``, keyed by ``article_id``."""

    article_id: str
    kind: str  # "exact" (same id or normalised text) or "near" (MinHash similarity)
    # None when the original is older than the near-duplicate window
    original_id: str | None
    similarity: float  # estimated Jaccard similarity of the word shingles; 1 when exact
    source: str | None
    original_source: str | None
    # True when the source had not reported the story yet: the original's events got a mention
    # for this article (``mentions`` of them sent with this record; while the original was in
    # flight none yet, they follow its events); an update from a source already counted adds none
    corroborates: bool
    mentions: int
    detected_at: str
    schema_version: int = SCHEMA_VERSION


def record_fields(record: type[WireRecord]) -> dict[str, FieldDescriptor[Any]]:
    """The fields of ``record`` in the order they are declared, as Faust's field descriptors
    (each with its ``type``, ``required`` and ``default``)."""
    return {
        name: descriptor
        for name in record.__annotations__
        if isinstance(descriptor := getattr(record, name, None), FieldDescriptor)
    }
