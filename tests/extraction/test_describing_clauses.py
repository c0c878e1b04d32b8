"""A German relative clause in the present tense tells what its antecedent does, not what it
did: no event of its own; one in a past tense is news. Sentences are written for the tests (not
taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


def test_a_present_relative_clause_is_no_event(extractor: Extractor) -> None:
    text = (
        "Die kolumbianische Armee beschoss am Montag ein Lager der FARC, "
        "die gegen die Regierung kämpft."
    )
    assert roles(code(extractor, text, "de")) == [("ASSAULT", "COL", "COL")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee beschoss am Montag ein Lager der FARC, die am Sonntag einen Posten der Polizei "
        "angegriffen hatte.",
        "Die kolumbianische Armee beschoss am Montag Rebellen der FARC, die am Sonntag Polizisten "
        "in Bogotá angriffen.",
    ],
)
def test_a_past_relative_clause_is_news(extractor: Extractor, text: str) -> None:
    assert len(roles(code(extractor, text, "de"))) == 2
