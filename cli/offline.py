"""``geowire extract``: the worker's own parsing and extract stage on a file, with no Kafka or
Redis."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from agents.extract import extract
from extraction import Document, Extraction, Extractor
from schemas.errors import RejectedArticle
from schemas.parsing import parse_article
from streams.settings import Settings

__all__ = ["InProcessExtraction", "LineResult", "extract_lines", "settings_extractor"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineResult:
    line: int
    output: dict[str, Any] | None = None
    error: str | None = None


class InProcessExtraction:
    """The extract stage's extractor, run in this process (the worker runs it in children)."""

    def __init__(self, extractor: Extractor) -> None:
        self._extractor = extractor

    async def run(self, document: Document) -> Extraction:
        return self._extractor.run(document)


def settings_extractor(settings: Settings) -> Extractor:
    """An extractor in this process that publishes what the worker's extraction processes do:
    the same pipelines, policy and syntax languages."""
    return Extractor(
        models=settings.spacy_models,
        policy=settings.extraction_policy,
        syntax_languages=settings.syntax_languages,
    )


def extract_lines(
    settings: Settings, lines: Iterable[bytes], extractor: Extractor | None = None
) -> Iterator[LineResult]:
    """One result per non-blank line: ``{"id", "events"}`` with the topic's Event JSON, or why
    the line was rejected, as ``reason: detail`` with the dead-letter topic's reason codes. A bad
    line never stops the file: every line gets its result."""
    stage = InProcessExtraction(extractor or settings_extractor(settings))
    with asyncio.Runner() as runner:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                article = parse_article(raw.rstrip(b"\r\n"), settings.max_article_bytes)
                found = runner.run(extract(stage, article))
            except RejectedArticle as rejection:
                yield LineResult(number, error=f"{rejection.reason}: {rejection}")
                continue
            except Exception as error:
                logger.exception("line %d", number)
                yield LineResult(number, error=f"internal_error: {type(error).__name__}: {error}")
                continue
            output: dict[str, Any] = {
                "id": article.id,
                "events": [json.loads(event.dumps()) for event in found.events],
            }
            if found.truncated:
                output["truncated"] = True
            yield LineResult(number, output=output)
