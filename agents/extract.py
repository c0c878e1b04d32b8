"""Extract stage: the NLP runs in a child process (:mod:`streams.extractor_pool`), so that
heartbeats, Kafka and Redis I/O and the web view never wait for it. ``geowire extract`` runs this
same stage on a file, with the extractor in its own process."""

from __future__ import annotations

from dataclasses import dataclass

from agents.context import Extracting
from schemas.convert import document, event_record, extraction_rejection
from schemas.records import Article, Event

__all__ = ["Extracted", "extract"]


@dataclass(frozen=True)
class Extracted:
    """An article's events as wire records; ``truncated`` when a cap on events cut them."""

    events: list[Event]
    truncated: bool = False


async def extract(extractor: Extracting, article: Article) -> Extracted:
    """The events of ``article``; raises :class:`~schemas.errors.RejectedArticle` with the
    dead-letter reason when the extraction fails."""
    try:
        extraction = await extractor.run(document(article))
    except Exception as error:
        raise extraction_rejection(error) from error
    events = [event_record(event, article.id) for event in extraction.events]
    return Extracted(events, extraction.truncated)
