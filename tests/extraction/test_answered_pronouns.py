"""A rejection whose object is a demonstrative pronoun ("wies dies zurück", "lehnte das ab")
answers the act the article told last, where that act was aimed at the rejecting side
(:func:`extraction.candidate.answered_party`); a state's compound description ("die frühere
Sowjetrepublik") stands for the article's leading state. Sentences are invented for the
tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs

ACCUSATION = "Chile warf Bolivien vor, Schmuggler zu schützen. "


@pytest.mark.parametrize(
    "answer", ["Bolivien wies dies am Montag zurück.", "Bolivien wies das zurück."]
)
def test_a_pronoun_rejection_answers_the_accuser(extractor: Extractor, answer: str) -> None:
    assert pairs(extractor, ACCUSATION + answer, "REJECT") == {("BOL", "CHL")}


def test_a_pronoun_rejection_answers_a_demand(extractor: Extractor) -> None:
    text = "Chile forderte von Bolivien neue Gespräche über die Grenze. Bolivien lehnte dies ab."
    assert pairs(extractor, text, "REJECT") == {("BOL", "CHL")}


def test_an_article_before_a_noun_is_no_pronoun(extractor: Extractor) -> None:
    text = ACCUSATION + "Bolivien wies das Angebot zurück."
    assert ("BOL", "CHL") not in pairs(extractor, text, "REJECT")


def test_a_former_soviet_republic_is_the_leading_state(extractor: Extractor) -> None:
    text = (
        "In Georgien wird im Herbst gewählt. Russland warf der Regierung in Tiflis "
        "Provokationen an der Grenze vor. Die frühere Sowjetrepublik wies dies zurück."
    )
    assert pairs(extractor, text, "REJECT") == {("GEO", "RUS")}
