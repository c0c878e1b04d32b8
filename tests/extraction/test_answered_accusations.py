"""A rejection that names no one answers the article's last accuser or petitioner of its
source, and one of a pronoun or of nothing ("wies das zurück", "lehnt ab") the last demand or
accusation made of it (:func:`extraction.candidate.answered_party`). Sentences are invented
for the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    ("text", "lang", "accuser"),
    [
        (
            "Peru warf Ecuador vor, Soldaten über die Grenze geschickt zu haben. "
            "Quito wies die Vorwürfe am Dienstag zurück.",
            "de",
            "PER",
        ),
        (
            "Die Opposition in Ecuador beschuldigte die Regierung in Quito des Wahlbetrugs. "
            "Ecuadors Regierung wies die Anschuldigungen zurück.",
            "de",
            "ECU",
        ),
        (
            "Peru accused Ecuador of sending soldiers across the border. "
            "Quito rejected the accusations on Tuesday.",
            "en",
            "PER",
        ),
        (
            "Peru warf Ecuador vor, die Grenze geschlossen zu haben. Ecuador wies dies zurück.",
            "de",
            "PER",
        ),
        (
            "Peru forderte von Ecuador die Öffnung der Grenze. Quito lehnte die Forderung ab.",
            "de",
            "PER",
        ),
        (
            "Peru demanded that Ecuador open the border. Quito rejected the demand on Tuesday.",
            "en",
            "PER",
        ),
    ],
)
def test_the_rejection_is_aimed_at_the_accuser(
    extractor: Extractor, text: str, lang: str, accuser: str
) -> None:
    assert pairs(extractor, text, "REJECT", lang) == {("ECU", accuser)}


def test_a_rejection_with_no_accusation_before_it_stays_unaimed(extractor: Extractor) -> None:
    text = "Peru lobte Ecuador für die Hilfe. Quito wies die Vorwürfe zurück."
    assert ("ECU", "PER") not in pairs(extractor, text, "REJECT")


def test_a_rejection_naming_nothing_stays_unaimed(extractor: Extractor) -> None:
    # a bare "lehnt ab" answers a motion or a proposal as often as a demand
    text = "Peru forderte von Ecuador die Öffnung der Grenze. Quito lehnte am Dienstag ab."
    assert ("ECU", "PER") not in pairs(extractor, text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador forderte Peru zum Abzug der Truppen auf. Lima wies das zurück.",
        "Ecuador forderte Peru zum Abzug der Truppen auf. Lima lehnt ab.",
        "Ecuador warf Peru Betrug vor. Lima hat dies zurückgewiesen.",
    ],
)
def test_a_rejection_of_a_pronoun_answers_the_last_demand_or_accusation(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "REJECT") == {("PER", "ECU")}


def test_a_rejection_of_a_pronoun_after_praise_stays_unaimed(extractor: Extractor) -> None:
    text = "Ecuador warf Peru Betrug vor. Kolumbien lobte Peru für die Hilfe. Lima lehnte das ab."
    assert ("PER", "ECU") not in pairs(extractor, text, "REJECT")
