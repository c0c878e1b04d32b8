"""Extract stage: run the NLP in a worker thread, so heartbeats and the web view stay live."""

from __future__ import annotations

import asyncio

from extraction import UnsupportedLanguage
from schemas.convert import document, event_record
from schemas.errors import RejectedArticle
from schemas.records import Article, Event
from streams.app import GeoWire

__all__ = ["extract"]


async def extract(geowire: GeoWire, article: Article) -> list[Event]:
    loop = asyncio.get_running_loop()
    try:
        found = await loop.run_in_executor(
            geowire.executor, geowire.extractor.extract, document(article)
        )
    except UnsupportedLanguage as error:
        raise RejectedArticle("unsupported_language", "extract", str(error)) from error
    except Exception as error:
        raise RejectedArticle(
            "extraction_error", "extract", f"{type(error).__name__}: {error}"
        ) from error
    return [event_record(event, article.id) for event in found]
