"""The wire contracts: Faust Records that travel as plain JSON (no Faust metadata).

Every record carries ``schema_version`` so that consumers can tell versions apart; a change
that breaks readers bumps :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from typing import Optional

import faust

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "DeadLetter",
    "Event",
    "Mention",
    "Place",
    "WireRecord",
]

SCHEMA_VERSION = 1


class WireRecord(
    faust.Record, abstract=True, serializer="json", include_metadata=False, allow_blessed_key=False
):
    """Base of every record on a GeoWire topic: JSON, no ``__faust`` field."""


class Article(WireRecord):
    """An article produced to ``articles.raw``."""

    id: str
    body: str
    title: str = ""
    url: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None
    published_at: Optional[str] = None
    schema_version: int = SCHEMA_VERSION


class Actor(WireRecord):
    """Who acts or is acted upon."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    actor_id: Optional[str] = None


class Place(WireRecord):
    """Where an event happened, geocoded."""

    name: str
    country: Optional[str] = None
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None


class Event(WireRecord):
    """One unique event on ``events``, keyed by ``event_id``."""

    event_id: str
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
    mode: Optional[str] = None
    context: list[str] = []
    source: Optional[Actor] = None
    target: Optional[Actor] = None
    reported_by: Optional[Actor] = None
    location: Optional[Place] = None
    event_date: Optional[str] = None
    date_precision: Optional[str] = None
    dead: Optional[int] = None
    injured: Optional[int] = None
    size: Optional[int] = None
    language: Optional[str] = None
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
    schema_version: int = SCHEMA_VERSION


class DeadLetter(WireRecord):
    """Input that could not be processed, with why, on ``articles.deadletter``."""

    reason: str
    stage: str
    error: str
    original_base64: str
    failed_at: str
    topic: Optional[str] = None
    partition: Optional[int] = None
    offset: Optional[int] = None
    article_id: Optional[str] = None
    schema_version: int = SCHEMA_VERSION
