"""A weapon's fire told by a German compound ("Raketenfeuer", "Mörserfeuer") is fighting with
that weapon; the head "Feuer" alone, or after any other word, is no attack. English "fired
on/at" an actor is an attack, "fired tear gas at" one repression, firing an employee none.
Sentences are written for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code


@pytest.mark.parametrize(
    ("text", "cameo", "sides", "lang"),
    [
        (
            "Russisches Raketenfeuer auf Charkiw hielt die ganze Nacht an.",
            "194",
            ("RUS", "UKR"),
            "de",
        ),
        (
            "Stundenlanges Mörserfeuer aus Syrien auf die Türkei beunruhigt Ankara.",
            "194",
            ("SYR", "TUR"),
            "de",
        ),
        # inside a longer compound, of a small arm
        (
            "Kenianisches Maschinengewehrfeuer auf Somalia dauerte am Morgen an.",
            "193",
            ("KEN", "SOM"),
            "de",
        ),
        # CAMEO.2.0 FIRE * AT / AGAINST 190: shots at an actor, no weapon named
        (
            "Chilean soldiers fired on Peruvian fishermen near the border.",
            "190",
            ("CHL", "PER"),
            "en",
        ),
        ("Ghanaian police fired at protesters in Accra.", "190", ("GHA", "GHA"), "en"),
        # FIRE * {TEAR GAS} 175: riot control, not a missile
        ("Ghanaian police fired tear gas at protesters in Accra.", "175", ("GHA", "GHA"), "en"),
    ],
)
def test_a_weapons_fire_is_fighting_with_it(
    extractor: Extractor, text: str, cameo: str, sides: tuple[str, str], lang: str
) -> None:
    [event] = code(extractor, text, lang)
    assert (event.event_type, event.cameo) == ("ASSAULT", cameo)
    assert (event.source.country, event.target.country) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Syrische Soldaten saßen in Aleppo friedlich am Lagerfeuer auf dem Hügel.",
        "Das Osterfeuer der russischen Gemeinde auf dem Hügel zog viele Besucher an.",
    ],
)
def test_other_fires_are_no_attack(extractor: Extractor, text: str) -> None:
    assert code(extractor, text, "de") == []


def test_firing_an_employee_is_no_attack(extractor: Extractor) -> None:
    assert code(extractor, "The Chilean bank fired its Peruvian manager.", "en") == []
