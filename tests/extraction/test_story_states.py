"""A state body with no country of its own ("die Armee", "die Regierung") and the story's
leading state: it takes that state, but not where its sentence names that very state as the
other side; there it is the other state the story names most; nor a state named only as
where people come from or go to (extraction.affiliation country_fallback). Sentences and
articles are invented for the tests."""

from __future__ import annotations

from extraction import Extractor

from .conftest import coded

FILED = "Quito \u2013 Ecuador hat den Botschafter Perus einbestellt. "


def test_an_army_threatening_the_leading_state_is_the_other_states(
    extractor: Extractor,
) -> None:
    sides = coded(extractor, FILED + "Die Armee drohte Ecuador am Montag mit einem Angriff.")
    assert ("THREATEN", "PER", "ECU") in sides
    assert ("THREATEN", "ECU", "ECU") not in sides


def test_a_government_criticising_the_leading_state_is_the_other_states(
    extractor: Extractor,
) -> None:
    sides = coded(extractor, FILED + "Die Regierung kritisierte Ecuador am Montag scharf.")
    assert ("ACCUSE", "PER", "ECU") in sides


def test_a_body_acting_in_the_leading_state_keeps_it(extractor: Extractor) -> None:
    # "in Ecuador" sets the act there: the police are Ecuador's
    sides = coded(extractor, FILED + "Die Polizei nahm in Ecuador zwei Diplomaten Perus fest.")
    assert ("COERCE", "ECU", "PER") in sides


QUARREL = "Athen \u2013 Griechenland hat Österreich scharf kritisiert. "


def test_a_country_people_come_from_does_not_place_the_police(extractor: Extractor) -> None:
    sides = coded(
        extractor, QUARREL + "Die Polizei nahm am Montag drei Schlepper aus der Türkei fest."
    )
    assert not any(source == "TUR" for _, source, _ in sides)


def test_a_country_people_are_sent_to_does_not_place_the_ministry(extractor: Extractor) -> None:
    sides = coded(
        extractor, QUARREL + "Das Innenministerium kritisierte die Abschiebungen nach Bulgarien."
    )
    assert not any(source == "BGR" for _, source, _ in sides)
