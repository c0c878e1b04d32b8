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


def _german(policy: ExtractionPolicy, text: str) -> list[tuple[str, str | None, str | None]]:
    events = Extractor(policy=policy).extract(
        Document("t", text, language="de", published_at="2025-01-01")
    )
    return [
        (e.event_type, e.source and e.source.country, e.target and e.target.country) for e in events
    ]


PROCEDURE = [
    "Auf Wunsch der Opposition diskutierte der österreichische Nationalrat über die Reform.",
    "Der kanadische Senat beriet mit der Opposition über das Gesetz.",
    "Der US-Kongress stimmte dem Entwurf des Senats zu.",
]


@pytest.mark.parametrize("text", PROCEDURE)
def test_a_parliaments_own_procedure_is_not_published(text: str) -> None:
    assert _german(ExtractionPolicy(), text) == []
    assert _german(ExtractionPolicy(publish_procedure=True), text)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # with the government or a foreign side a parliament deals as an actor
        (
            "Der US-Kongress einigte sich mit dem Weißen Haus auf einen Haushalt.",
            [("AGREE", "USA", "USA")],
        ),
        ("Der Bundestag traf sich mit der Opposition aus Belarus.", [("CONSULT", "DEU", "BLR")]),
    ],
)
def test_a_parliaments_dealings_with_other_actors_are_published(
    text: str, published: list[tuple[str, str | None, str | None]]
) -> None:
    assert _german(ExtractionPolicy(), text) == published


@pytest.mark.parametrize(
    "text",
    [
        "Hunderte Flüchtlinge aus Syrien sind am Montag in Griechenland eingetroffen.",
        "Die Tunesier trafen am Montag in Syrien ein.",
    ],
)
def test_an_arrival_of_people_who_stand_for_no_body_is_no_visit(text: str) -> None:
    assert _german(ExtractionPolicy(), text) == []
    assert _german(ExtractionPolicy(publish_private=True), text)


def test_a_trip_of_private_travellers_is_no_visit() -> None:
    assert _types(ExtractionPolicy(), "Kenyan tourists visited Egypt on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der französische Außenminister ist am Montag in Kairo eingetroffen.",
        "Der französische Außenminister besuchte am Montag Kairo.",
    ],
)
def test_an_officials_arrival_is_a_visit(text: str) -> None:
    assert _german(ExtractionPolicy(), text) == [("CONSULT", "FRA", "EGY")]
