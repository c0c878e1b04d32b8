"""German verbs of injury ("verletzen", "verwunden") are an attack when someone injures
people; injured people with no one named who injured them are a toll, and "verletzen" with
anything but people as its object violates it. Sentences are written for the tests (not taken
from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a passive with its agent
        ("Vier Journalisten wurden am Montag von ägyptischen Polizisten verletzt.", ("EGY", "EGY")),
        # an active verb with people as its object
        ("Venezolanische Soldaten verwundeten am Grenzübergang zwei Kolumbianer.", ("VEN", "COL")),
        # the agent told by the attack noun that sets the scene
        (
            "Bei schwerem Mörserbeschuss aus dem Westjordanland wurden drei Israelis verletzt.",
            ("PSE", "ISR"),
        ),
    ],
)
def test_someone_who_injures_people_attacks_them(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    assert roles(code(extractor, text, "de")) == [("ASSAULT", *sides)]


@pytest.mark.parametrize(
    "text",
    [
        # violation of a thing
        "Nach Ansicht Athens verletzt die Türkei immer wieder den griechischen Luftraum.",
        "Ein Sprecher sagte, Israel habe die Rechte der Palästinenser verletzt.",
        # a toll: no one named who injured them
        "Bei einem Busunfall in Tirol wurden zwölf Deutsche verletzt.",
        "Die Behörde in Lyon zählte 40 verletzte Demonstranten.",
    ],
)
def test_a_violation_or_a_toll_is_no_attack(extractor: Extractor, text: str) -> None:
    assert all(e.event_type != "ASSAULT" for e in code(extractor, text, "de"))


def test_a_headline_toll_takes_no_subject(extractor: Extractor) -> None:
    # a participle ending its stretch with no auxiliary: its noun was injured, injured no one
    text = "Rund 30 Polizisten verletzt \u2013 Regierung in Kiew sieht Russland hinter Krawallen."
    assert all(e.event_type != "ASSAULT" for e in code(extractor, text, "de"))
