"""What the publish policy lets out, on invented sentences."""

from __future__ import annotations

import pytest

from extraction import Document, Extractor
from extraction.policy import ExtractionPolicy

DEAL = "The Indian company agreed with a US company on the sale of ten planes."


def _types(policy: ExtractionPolicy, text: str) -> list[str]:
    events = Extractor(policy=policy).extract(
        Document("t", text, language="en", published_at="2025-01-01")
    )
    return [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (DEAL, []),  # two firms: a deal, no geopolitical event
        ("The Indian company agreed with the US government on the sale of ten planes.", ["AGREE"]),
        ("Indian workers went on strike against a US company on Monday.", ["PROTEST"]),
    ],
)
def test_words_and_deals_between_private_parties_are_not_published(
    text: str, published: list[str]
) -> None:
    assert _types(ExtractionPolicy(), text) == published


def test_private_events_are_published_on_request() -> None:
    assert _types(ExtractionPolicy(publish_private=True), DEAL) == ["AGREE"]
