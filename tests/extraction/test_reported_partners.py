"""A talk told in reported speech with its partner alone is the speaker's own
(:func:`extraction.candidate.reported_partner`); a fight so told is not, its reporter is as
often an observer. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Es habe am Montag ein langes Gespräch mit dem russischen Außenminister gegeben, "
            "sagte der französische Präsident.",
            "de",
        ),
        (
            "Bereits am Freitag habe es mit Moskau ein Telefonat gegeben, "
            "erklärte der französische Außenminister.",
            "de",
        ),
    ],
)
def test_reported_talk_with_a_partner_is_the_speakers(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert pairs(extractor, text, "CONSULT", lang) == {("FRA", "RUS")}


def test_reported_fight_with_a_partner_has_no_speaker_side(extractor: Extractor) -> None:
    text = "Es habe heftige Gefechte mit der Armee gegeben, sagte der syrische Rebellenführer."
    assert ("SYR", "SYR") not in pairs(extractor, text, "ASSAULT")


def test_talk_with_its_own_subject_keeps_it(extractor: Extractor) -> None:
    text = (
        "Der deutsche Kanzler habe ein Gespräch mit dem russischen Außenminister geführt, "
        "sagte der französische Präsident."
    )
    assert pairs(extractor, text, "CONSULT") == {("DEU", "RUS")}


def test_talk_whose_subject_names_no_actor_is_not_the_speakers(extractor: Extractor) -> None:
    text = (
        "Die Sängerin habe einen Vertrag mit der russischen Regierung unterzeichnet, "
        "berichtete die französische Zeitung."
    )
    assert ("FRA", "RUS") not in pairs(extractor, text, "SUPPORT") | pairs(extractor, text, "AGREE")
