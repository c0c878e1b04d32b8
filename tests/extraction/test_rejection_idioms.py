"""Rejections told by idioms (rows added by hand to verbs.de.reviewed.tsv): shelving sth. ("auf
Eis legen", coded by its object as the CAMEO.2.0 DELAY block codes SHELVE), rejecting sth. ("von
sich weisen", as "zurückweisen") and opposing a proposal or demand ("sich gegen etw.
aussprechen"); disavowing responsibility is a denial (CAMEO 016, no PLOVER event) and speaking
out for sth. is no rejection. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded, pairs


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Die EU hat die Beitrittsgespräche mit der Türkei auf Eis gelegt.", "164"),
        ("Die polnische Regierung legte das Abkommen mit Russland auf Eis.", "160"),
        ("Die USA legten die Militärhilfe für Ägypten auf Eis.", "162"),
    ],
)
def test_shelving_is_coded_by_its_object(extractor: Extractor, text: str, cameo: str) -> None:
    assert [e for e in coded(extractor, text, kind="cameo") if e[0] == cameo]


def test_rejected_accusation_answers_its_accuser(extractor: Extractor) -> None:
    text = (
        "Die Bundesregierung warf Moskau Wahlbetrug vor. "
        "Der russische Außenminister hat diese Vorwürfe entschieden von sich gewiesen."
    )
    assert ("RUS", "DEU") in pairs(extractor, text, "REJECT")


def test_speaking_out_against_a_demand_rejects_it(extractor: Extractor) -> None:
    text = (
        "Die Bundesregierung forderte Moskau zum Rückzug auf. "
        "Der Kreml sprach sich gegen die Forderung aus."
    )
    assert ("RUS", "DEU") in pairs(extractor, text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Der russische Präsident hat jede Verantwortung für den Anschlag in Kiew von sich"
        " gewiesen.",
        "Der französische Präsident sprach sich für Verhandlungen mit Russland aus.",
    ],
)
def test_disavowal_or_support_is_no_rejection(extractor: Extractor, text: str) -> None:
    assert not [e for e in coded(extractor, text) if e[0] == "REJECT"]
