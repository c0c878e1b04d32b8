"""German shootings and custody the lexicon missed, and two acts told by coordinated
participles under one auxiliary: "jdn. anschießen" (shoot and wound sb., Ding de-en 1.9:132121)
is an attack like "erschießen", "in Untersuchungshaft nehmen" (Ding 114432) an arrest like "in
Haft nehmen", and "wurde von der Polizei angeschossen und festgenommen" tells both the shooting
and the arrest; "angegriffen und getötet" stays one attack. Sentences are invented for the tests
(not taken from the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei von Ghana hat in Accra einen Rebellen angeschossen.",
        "Die ghanaische Polizei schoss in Accra einen Rebellen an.",
    ],
)
def test_shooting_and_wounding_someone_is_an_attack(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "ASSAULT") == {("GHA", "GHA")}


def test_remand_in_custody_is_an_arrest(extractor: Extractor) -> None:
    text = "Die ghanaische Polizei nahm in Accra einen Journalisten in Untersuchungshaft."
    assert pairs(extractor, text, "COERCE") == {("GHA", "GHA")}


def test_a_shooting_and_an_arrest_under_one_auxiliary_are_two_events(
    extractor: Extractor,
) -> None:
    text = "In Accra wurde ein Rebell von der ghanaischen Polizei angeschossen und festgenommen."
    assert {t for t, _, _ in coded(extractor, text)} == {"ASSAULT", "COERCE"}


def test_two_participles_of_one_kind_of_act_are_one_event(extractor: Extractor) -> None:
    text = "In Accra wurden zwei Soldaten von Rebellen angegriffen und getötet."
    assert [t for t, _, _ in coded(extractor, text)] == ["ASSAULT"]
