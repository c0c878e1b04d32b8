"""A victim of violence whose attacker the sentence does not name takes one from the article's
earlier fights. A state and an armed group of the same country are opposite sides: the state's
fight with a third party makes that party no attacker of the group. Sentences are written for
the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die kolumbianische Armee beschoss am Montag Stellungen der Miliz Islamischer Staat. "
            "Dabei wurden auch zehn FARC-Rebellen getötet.",
            "de",
        ),
        (
            "The Colombian army shelled Islamic State positions on Monday. "
            "Ten FARC rebels were also killed.",
            "en",
        ),
    ],
)
def test_a_states_enemy_is_no_attacker_of_its_rebels(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert [r for r in roles(code(extractor, text, lang)) if r[1] == "IMG"] == []


def test_a_groups_own_enemy_still_answers_its_attack(extractor: Extractor) -> None:
    """The counter-attack reading stays for the group's own fight."""
    text = (
        "Die Rebellen der PKK griffen am Montag Stellungen des IS an. "
        "Am Dienstag wurden zwei PKK-Kämpfer getötet."
    )
    assert ("ASSAULT", "IMG", "TUR") in roles(code(extractor, text, "de"))


def test_an_air_strike_names_no_kidnappers_of_its_victims(extractor: Extractor) -> None:
    """Hostages killed in an air strike were abducted by others than its attacker."""
    text = (
        "Bei einem Luftangriff der USA auf ein Lager in Syrien kamen zwei Peruaner ums Leben. "
        "Die beiden Peruaner waren im Mai entführt worden."
    )
    assert ("181", "USA", "PER") not in roles(code(extractor, text, "de"), "cameo")


def test_an_earlier_abduction_names_the_kidnappers(extractor: Extractor) -> None:
    text = (
        "Kämpfer der FARC entführten am Montag zwei Peruaner. "
        "Am Dienstag wurden in der Region zwei weitere Peruaner verschleppt."
    )
    assert ("181", "COL", "PER") in roles(code(extractor, text, "de"), "cameo")


@pytest.mark.parametrize(
    "text",
    [
        "Rebellen der ELN griffen am Montag eine Kaserne in Kolumbien an. "
        "Die Regierung Perus verurteilte den Angriff scharf.",
        "Die Armee Ecuadors bombardierte am Montag ein Dorf in Kolumbien. "
        "Die Regierung Perus hat den Angriff auf das Dorf scharf verurteilt.",
    ],
)
def test_a_condemned_attack_accuses_its_earlier_attacker(extractor: Extractor, text: str) -> None:
    events = code(extractor, text, "de")
    [attacker] = [e.source.country for e in events if e.event_type == "ASSAULT"]
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target and e.target.country) for e in accusations] == [
        ("PER", attacker)
    ]


def test_a_condemnation_takes_no_attacker_without_a_country(extractor: Extractor) -> None:
    text = (
        "Unbekannte griffen am Montag eine Kaserne an. Die Regierung Perus verurteilte den Angriff."
    )
    accusations = [e for e in code(extractor, text, "de") if e.event_type == "ACCUSE"]
    assert [e.target for e in accusations] == [None] * len(accusations)
