"""Fixtures of the extraction tests: one Extractor per session (the KB loads once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import Document, Extractor
from extraction.policy import ExtractionPolicy


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """Publishes every event with a resolved actor, whatever its confidence: these tests pin
    how events are coded; the default threshold's choice is the policy's (tested there)."""
    return Extractor(policy=ExtractionPolicy(min_confidence=0.0))


@pytest.fixture(scope="session")
def default_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_document(shared_data: Path) -> Document:
    raw = json.loads((shared_data / "seed" / "article.json").read_text(encoding="utf-8"))
    return Document(raw["id"], raw["body"], raw["title"], raw["language"], raw["published_at"])


def code(extractor: Extractor, text: str, lang: str, published: str = "2025-09-03"):
    return extractor.extract(Document("t", text, language=lang, published_at=published))


def roles(events, kind: str = "event_type") -> list[tuple[str, str | None, str | None]]:
    """Each event's type (or another field of its kind, "cameo") with its source and target
    countries, in order."""
    return [
        (getattr(e, kind), e.source and e.source.country, e.target and e.target.country)
        for e in events
    ]


def coded(extractor: Extractor, text: str, lang: str = "de", kind: str = "event_type"):
    """:func:`roles` of the events coded in ``text``."""
    return roles(code(extractor, text, lang), kind)


def pairs(extractor: Extractor, text: str, kind: str, lang: str = "de"):
    """The (source, target) countries of the events of ``kind`` coded in ``text``."""
    return {
        (e.source and e.source.country, e.target and e.target.country)
        for e in code(extractor, text, lang)
        if e.event_type == kind
    }
