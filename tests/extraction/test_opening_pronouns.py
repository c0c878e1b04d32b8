"""A German sentence that opens with a personal pronoun naming no actor has that pronoun as its
subject: no actor of the clause is (extraction.word_roles._opening_pronoun). Sentences are
invented for the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Der Sprecher äußerte sich. Er unterstützt die Regierung Kenias im Streit mit Uganda.",
        "Die Kommission tagte am Montag. Wir können die Truppen aus Kenia oder Uganda abziehen.",
    ],
)
def test_no_actor_after_an_unresolved_opening_pronoun_is_its_subject(
    extractor: Extractor, text: str
) -> None:
    assert [source for _, source, _ in coded(extractor, text) if source is not None] == []


def test_a_fight_told_with_an_opening_pronoun_takes_the_earlier_attacker(
    extractor: Extractor,
) -> None:
    text = (
        "Die IS-Miliz hat die Stadt Sirte erobert. "
        "Sie sollen 100 Kämpfer verfeindeter Milizen getötet haben."
    )
    assert pairs(extractor, text, "ASSAULT") == {("IMG", "LBY")}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Das Militär Nordkoreas testete eine Rakete. "
            "Es warf der Regierung in Seoul Kriegspläne vor.",
            "ACCUSE",
            {("PRK", "KOR")},
        ),
        (
            "Der Sicherheitsrat der Vereinten Nationen tagte am Montag. "
            "Er forderte Russland auf, die Angriffe zu beenden.",
            "REQUEST",
            {("IGO", "RUS")},
        ),
        # the subject after a dateline
        (
            "Lima \u2013 Die Regierung Perus berief ihren Botschafter ein. "
            "Sie warf Chile Spionage vor.",
            "ACCUSE",
            {("PER", "CHL")},
        ),
    ],
)
def test_an_opening_pronoun_stands_for_the_subject_that_opened_the_sentence_before(
    extractor: Extractor, text: str, kind: str, expected: set
) -> None:
    assert pairs(extractor, text, kind) == expected


def test_an_opening_pronoun_of_another_gender_does_not_stand_for_that_subject(
    extractor: Extractor,
) -> None:
    text = (
        "Das Militär Nordkoreas testete eine Rakete. "
        "Sie warf der Regierung in Seoul Kriegspläne vor."
    )
    assert ("PRK", "KOR") not in pairs(extractor, text, "ACCUSE")
