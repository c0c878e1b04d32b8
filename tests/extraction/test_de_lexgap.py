"""German ways to tell a force posture or the easing of sanctions that the lexicon missed:
troops drawn together ("Truppen zusammenziehen"), moved ("Panzer verlegen") or put on alert
("in Alarmbereitschaft versetzen"), and sanctions taken back ("Sanktionen zurücknehmen").
Sentences are invented for the tests (not taken from the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ghana hat Truppen an der Grenze zu Togo zusammengezogen.",
        "Ghana zog Soldaten an der Grenze zu Togo zusammen.",
        "Ghana hat Panzer an die Grenze zu Togo verlegt.",
        "Ghana hat wegen der Spannungen mit Togo die Streitkräfte in Alarmbereitschaft versetzt.",
    ],
)
def test_troops_drawn_together_moved_or_put_on_alert_are_a_force_posture(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "MOBILIZE") == {("GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörden Ghanas haben die Zahlen zusammengezogen.",
        "Ghana hat den Termin der Wahl verlegt.",
        "Ghana hat den Beamten in den Ruhestand versetzt.",
    ],
)
def test_the_same_verbs_without_forces_are_no_posture(extractor: Extractor, text: str) -> None:
    assert not pairs(extractor, text, "MOBILIZE")


def test_sanctions_taken_back_are_eased_not_imposed(extractor: Extractor) -> None:
    text = "Ghana hat die Sanktionen gegen Togo zurückgenommen."
    assert pairs(extractor, text, "RETREAT") == {("GHA", "TGO")}
    assert not pairs(extractor, text, "SANCTION")
