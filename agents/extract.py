"""Extract stage: the NLP runs in a child process (:mod:`streams.extractor_pool`), so that
heartbeats, Kafka and Redis I/O and the web view never wait for it."""

from __future__ import annotations

from extraction import UnsupportedLanguage
from schemas.convert import document, event_record
from schemas.errors import RejectedArticle
from schemas.records import Article, Event
from streams.app import GeoWire

__all__ = ["extract"]


async def extract(geowire: GeoWire, article: Article) -> list[Event]:
    try:
        found = await geowire.extractor.extract(document(article))
    except UnsupportedLanguage as error:
        raise RejectedArticle("unsupported_language", "extract", str(error)) from error
    except Exception as error:
        raise RejectedArticle(
            "extraction_error", "extract", f"{type(error).__name__}: {error}"
        ) from error
    return [event_record(event, article.id) for event in found]
