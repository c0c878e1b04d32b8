"""Extraction's plain dataclasses to wire records: one conversion for the topic and the CLI."""

from __future__ import annotations

from dataclasses import fields

from extraction.errors import UnsupportedLanguage
from extraction.model import Actor as ExtractedActor
from extraction.model import Document
from extraction.model import Event as ExtractedEvent
from extraction.model import Place as ExtractedPlace
from schemas.errors import RejectedArticle
from schemas.records import Actor, Article, Event, Place

__all__ = ["document", "event_record", "extraction_rejection"]

_EVENT_FIELDS = [f.name for f in fields(ExtractedEvent) if f.name in Event._options.fields]
_ACTOR_FIELDS = [f.name for f in fields(ExtractedActor)]
_PLACE_FIELDS = [f.name for f in fields(ExtractedPlace)]


def document(article: Article) -> Document:
    return Document(
        id=article.id,
        body=article.body,
        title=article.title or "",
        language=article.language,
        published_at=article.published_at,
    )


def _actor(actor: ExtractedActor | None) -> Actor | None:
    return None if actor is None else Actor(**{f: getattr(actor, f) for f in _ACTOR_FIELDS})


def _place(place: ExtractedPlace | None) -> Place | None:
    return None if place is None else Place(**{f: getattr(place, f) for f in _PLACE_FIELDS})


def event_record(event: ExtractedEvent, article_id: str) -> Event:
    """The ``events`` record of one extracted event, with its stable ``event_id``."""
    values = {name: getattr(event, name) for name in _EVENT_FIELDS}
    values.update(
        context=list(event.context),
        source=_actor(event.source),
        target=_actor(event.target),
        reported_by=_actor(event.reported_by),
        location=_place(event.location),
    )
    return Event(event_id=event.event_id, article_id=article_id, **values)


def extraction_rejection(error: Exception) -> RejectedArticle:
    """The dead-letter reason for an extraction that raised ``error``."""
    if isinstance(error, UnsupportedLanguage):
        return RejectedArticle("unsupported_language", "extract", str(error))
    return RejectedArticle("extraction_error", "extract", f"{type(error).__name__}: {error}")
