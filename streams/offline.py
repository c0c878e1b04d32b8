"""``geowire extract``: the stream's parsing and extraction on a file, with no Kafka or Redis."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from extraction import Extractor
from schemas.convert import document, event_record, extraction_rejection
from schemas.errors import RejectedArticle
from schemas.parsing import parse_article
from streams.settings import Settings

__all__ = ["LineResult", "extract_lines"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineResult:
    line: int
    output: dict[str, Any] | None = None
    error: str | None = None


def extract_lines(
    settings: Settings, lines: Iterable[bytes], extractor: Extractor | None = None
) -> Iterator[LineResult]:
    """One result per non-blank line: ``{"id", "events"}`` with the topic's Event JSON, or why
    the line was rejected, as ``reason: detail`` with the dead-letter topic's reason codes. A bad
    line never stops the file: every line gets its result."""
    extractor = extractor or Extractor(models=settings.spacy_models,
                                       limits=settings.extraction_limits)
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield LineResult(number, output=_extract_line(settings, extractor, raw))
        except RejectedArticle as rejection:
            yield LineResult(number, error=f"{rejection.reason}: {rejection}")
        except Exception as error:
            logger.exception("line %d", number)
            yield LineResult(number, error=f"internal_error: {type(error).__name__}: {error}")


def _extract_line(settings: Settings, extractor: Extractor, raw: bytes) -> dict[str, Any]:
    article = parse_article(raw.rstrip(b"\r\n"), settings.max_article_bytes)
    try:
        extraction = extractor.run(document(article))
    except Exception as error:
        raise extraction_rejection(error) from error
    records = [json.loads(event_record(event, article.id).dumps()) for event in extraction.events]
    output: dict[str, Any] = {"id": article.id, "events": records}
    if extraction.truncated:
        output["truncated"] = True
    return output
