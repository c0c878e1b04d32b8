"""A state's definite description and a pair of states stand for states the article named
before (extraction.anaphora). Invented sentences."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        (
            "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Land scharf.",
            "de",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die USA verurteilten die Islamische Republik scharf.",
            "de",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        (
            "Katar steht unter Druck. Saudi-Arabien drohte dem kleinen Emirat mit Sanktionen.",
            "de",
            "THREATEN",
            ("SAU", "QAT"),
        ),
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die Regierung des Landes kritisierte die USA.",
            "de",
            "ACCUSE",
            ("IRN", "USA"),
        ),
        (
            "Iran tested a missile on Sunday. The United States condemned the country.",
            "en",
            "ACCUSE",
            ("USA", "IRN"),
        ),
    ],
)
def test_a_bare_state_description_is_the_articles_leading_state(
    extractor: Extractor, text: str, lang: str, kind: str, expected: tuple[str, str]
) -> None:
    assert pairs(extractor, text, kind, lang) == {expected}


def test_the_two_countries_are_the_last_two_named(extractor: Extractor) -> None:
    text = "Russland kritisierte die Ukraine. Die EU forderte die beiden Länder zu Gesprächen auf."
    assert pairs(extractor, text, "REQUEST") == {("IGO", "RUS"), ("IGO", "UKR")}


def test_the_whole_country_is_the_sentences_own_state(extractor: Extractor) -> None:
    text = (
        "Bulgarien schloss seine Grenze. "
        "Die ungarische Regierung verhängte den Ausnahmezustand über das ganze Land."
    )
    assert pairs(extractor, text, "COERCE") == {("HUN", "HUN")}


@pytest.mark.parametrize(
    "text",
    [
        # a description with its own modifier names another state
        "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Nachbarland scharf.",
        "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Land der Kurden.",
        # the sentence names the leading state itself: the one meant, or the other side?
        "Die USA testeten am Sonntag eine Rakete. Die USA verurteilten das Land scharf.",
    ],
)
def test_no_state_for_a_description_that_is_no_bare_one(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "ACCUSE") <= {("USA", None)}
