"""Extraction's plain dataclasses to wire records: one conversion for the topic and the CLI."""

from __future__ import annotations

import dataclasses

from extraction.model import Document
from extraction.model import Event as ExtractedEvent
from schemas.records import Article, Event

__all__ = ["document", "event_record"]


def document(article: Article) -> Document:
    return Document(
        id=article.id,
        body=article.body,
        title=article.title or "",
        language=article.language,
        published_at=article.published_at,
    )


def event_record(event: ExtractedEvent, article_id: str) -> Event:
    """The ``events`` record of one extracted event, with its stable ``event_id``."""
    data = dataclasses.asdict(event)
    wanted = Event._options.fields
    values = {key: value for key, value in data.items() if key in wanted}
    values["context"] = list(event.context)
    return Event(event_id=event.event_id, article_id=article_id, **values)
