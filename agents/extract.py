"""Extract stage: the NLP runs in a child process (:mod:`streams.extractor_pool`), so that
heartbeats, Kafka and Redis I/O and the web view never wait for it."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.convert import document, event_record, extraction_rejection
from schemas.records import Article, Event
from streams.app import GeoWire

__all__ = ["Extracted", "extract"]


@dataclass(frozen=True)
class Extracted:
    """An article's events as wire records; ``truncated`` when a cap on events cut them."""

    events: list[Event]
    truncated: bool = False


async def extract(geowire: GeoWire, article: Article) -> Extracted:
    try:
        extraction = await geowire.extractor.run(document(article))
    except Exception as error:
        raise extraction_rejection(error) from error
    events = [event_record(event, article.id) for event in extraction.events]
    return Extracted(events, extraction.truncated)
