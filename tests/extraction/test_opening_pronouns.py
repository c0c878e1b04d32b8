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
