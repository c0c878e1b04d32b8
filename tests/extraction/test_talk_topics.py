"""What talks are about is no side of them: the "über"/"about"/"over" phrase of a consultation,
negotiation or agreement names its topic, while the same words keep naming whom another
act covers. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    ("text", "lang", "sides", "topic"),
    [
        ("Frankreich und Deutschland berieten am Montag über Syrien.", "de", ("FRA", "DEU"), "SYR"),
        ("Über Syrien berieten Putin und Erdogan.", "de", ("RUS", "TUR"), "SYR"),
        ("Japan and China held talks over North Korea.", "en", ("JPN", "CHN"), "PRK"),
        ("Putin held talks about Syria with Erdogan.", "en", ("RUS", "TUR"), "SYR"),
    ],
)
def test_the_topic_of_talks_is_no_side(
    extractor: Extractor, text: str, lang: str, sides: tuple[str, str], topic: str
) -> None:
    coded = pairs(extractor, text, "CONSULT", lang)
    assert sides in coded
    assert not any(topic in pair for pair in coded)


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("Der Kanzler verhandelte in Berlin über den Krieg in der Ukraine.", "de", "UKR"),
        ("The two presidents consulted about Iraq.", "en", "IRQ"),
    ],
)
def test_a_place_in_the_topic_of_talks_is_no_guessed_side(
    extractor: Extractor, text: str, lang: str, topic: str
) -> None:
    assert not any(topic in pair for pair in pairs(extractor, text, "CONSULT", lang))


def test_a_partner_after_the_topic_is_a_side(extractor: Extractor) -> None:
    text = "Russland verhandelte über Gaslieferungen mit der Ukraine."
    assert ("RUS", "UKR") in pairs(extractor, text, "CONSULT")


def test_a_state_of_emergency_over_the_country_covers_it(extractor: Extractor) -> None:
    text = "Der Präsident Kenias verhängte den Ausnahmezustand über das ganze Land."
    assert ("KEN", "KEN") in pairs(extractor, text, "COERCE")


def test_over_before_a_number_is_no_preposition(extractor: Extractor) -> None:
    assert (None, "SYR") in pairs(extractor, "Über 100 Syrer wurden getötet.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Norwegen vermittelt bei den kolumbianischen Friedensgesprächen.",
        "Kuba ist Gastgeber der kolumbianischen Friedensgespräche.",
    ],
)
def test_a_third_country_takes_part_in_a_countrys_talks(extractor: Extractor, text: str) -> None:
    coded = pairs(extractor, text, "CONSULT")
    assert coded and all(target == "COL" and source != "COL" for source, target in coded)


def test_a_complaint_is_aimed_at_what_it_is_about(extractor: Extractor) -> None:
    text = "Kenia beschwerte sich beim Sicherheitsrat über Uganda."
    assert ("KEN", "UGA") in pairs(extractor, text, "ACCUSE")
