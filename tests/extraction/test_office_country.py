"""An office of a state of its own keeps that state over a nationality adjective: "der
argentinische Papst" heads the Holy See (CAMEO VAT), as "der Pontifex" does
(:func:`extraction.persons._office_country`); a noun that implies only a class of actor takes
the adjective's country. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    "pope",
    ["Der argentinische Papst Franziskus", "Der argentinische Pontifex", "Der Pontifex"],
)
def test_the_pope_of_any_nationality_is_the_holy_see(extractor: Extractor, pope: str) -> None:
    assert pairs(extractor, f"{pope} kritisierte Chile.", "ACCUSE") == {("VAT", "CHL")}


def test_a_national_rights_group_keeps_its_country(extractor: Extractor) -> None:
    text = "Die peruanische Menschenrechtsorganisation kritisierte Chile."
    assert pairs(extractor, text, "ACCUSE") == {("PER", "CHL")}
