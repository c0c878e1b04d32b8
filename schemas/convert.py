"""Extraction's plain dataclasses to wire records: one explicit mapping for the topic and the CLI.

Extraction's :class:`~extraction.model.Event` is the source of truth of what an event says; the
wire :class:`~schemas.records.Event` adds what the stream knows (``event_id``, ``article_id``,
``schema_version``) and leaves out what stays internal (``extra``). Every field is mapped by
name below, and ``tests/schemas/test_convert.py`` fails when a field is added on one side only.
"""

from __future__ import annotations

from extraction.errors import UnsupportedLanguage
from extraction.model import Actor as ExtractedActor
from extraction.model import Document
from extraction.model import Event as ExtractedEvent
from extraction.model import Place as ExtractedPlace
from schemas.errors import RejectedArticle
from schemas.records import Actor, Article, Event, Place

__all__ = [
    "EXTRACTION_ONLY",
    "WIRE_ONLY",
    "document",
    "event_record",
    "extraction_rejection",
]

# Per model: the fields only the wire record has, and those only extraction's dataclass has.
WIRE_ONLY: dict[str, frozenset[str]] = {
    "Event": frozenset({"event_id", "article_id", "schema_version"}),
    "Actor": frozenset(),
    "Place": frozenset(),
}
EXTRACTION_ONLY: dict[str, frozenset[str]] = {
    "Event": frozenset({"extra"}),  # debugging detail (the trigger word), not a contract
    "Actor": frozenset(),
    "Place": frozenset(),
}


def document(article: Article) -> Document:
    return Document(
        id=article.id,
        body=article.body,
        title=article.title or "",
        language=article.language,
        published_at=article.published_at,
    )


def _actor(actor: ExtractedActor | None) -> Actor | None:
    if actor is None:
        return None
    return Actor(
        text=actor.text,
        name=actor.name,
        country=actor.country,
        sector=actor.sector,
        actor_id=actor.actor_id,
        implied=actor.implied,
    )


def _place(place: ExtractedPlace | None) -> Place | None:
    if place is None:
        return None
    return Place(
        name=place.name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon
    )


def event_record(event: ExtractedEvent, article_id: str) -> Event:
    """The ``events`` record of one extracted event, with its stable ``event_id``."""
    return Event(
        event_id=event.event_id,
        statement_id=event.statement_id,
        article_id=article_id,
        event_type=event.event_type,
        cameo=event.cameo,
        quad_class=event.quad_class,
        goldstein=event.goldstein,
        sentence=event.sentence,
        start=event.start,
        end=event.end,
        confidence=event.confidence,
        extractor_version=event.extractor_version,
        mode=event.mode,
        context=list(event.context),
        source=_actor(event.source),
        target=_actor(event.target),
        reported_by=_actor(event.reported_by),
        location=_place(event.location),
        event_date=event.event_date,
        date_precision=event.date_precision,
        dead=event.dead,
        injured=event.injured,
        size=event.size,
        language=event.language,
    )


def extraction_rejection(error: Exception) -> RejectedArticle:
    """The dead-letter reason for an extraction that raised ``error``."""
    if isinstance(error, UnsupportedLanguage):
        return RejectedArticle("unsupported_language", "extract", str(error))
    return RejectedArticle("extraction_error", "extract", f"{type(error).__name__}: {error}")
