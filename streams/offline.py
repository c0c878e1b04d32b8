"""``geowire extract``: the stream's parsing and extraction on a file, with no Kafka or Redis."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from extraction import ExtractionError, Extractor
from schemas.convert import document, event_record
from schemas.errors import RejectedArticle
from schemas.parsing import parse_article
from streams.settings import Settings

__all__ = ["LineResult", "extract_lines"]


@dataclass(frozen=True)
class LineResult:
    line: int
    output: dict[str, Any] | None = None
    error: str | None = None


def extract_lines(
    settings: Settings, lines: Iterable[bytes], extractor: Extractor | None = None
) -> Iterator[LineResult]:
    """One result per non-blank line: ``{"id", "events"}`` with the topic's Event JSON, or why
    the line was rejected (the same reason codes as the dead-letter topic)."""
    extractor = extractor or Extractor(
        models=settings.spacy_models
    )
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            article = parse_article(raw.rstrip(b"\r\n"), settings.max_article_bytes)
            events = extractor.extract(document(article))
        except RejectedArticle as rejection:
            yield LineResult(number, error=f"{rejection.reason}: {rejection}")
            continue
        except ExtractionError as error:
            yield LineResult(number, error=f"{type(error).__name__}: {error}")
            continue
        records = [json.loads(event_record(event, article.id).dumps()) for event in events]
        yield LineResult(number, output={"id": article.id, "events": records})
