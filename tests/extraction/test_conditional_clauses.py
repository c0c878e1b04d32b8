"""What a German condition ("wenn", "falls", "sofern", a sentence opened by "sollte") tells has
not happened: no event; what the sentence foretells from it stays a future act, and "auch
wenn" concedes a fact. Sentences are invented."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    "text",
    [
        "Wenn Peru die Regierung Chiles kritisiert, bleibt Bolivien neutral.",
        "Bolivien bleibt neutral, falls Peru Chile angreift.",
        "Sofern Peru seine Truppen aus Chile abzieht, bleibt Bolivien neutral.",
    ],
)
def test_an_act_told_in_a_condition_is_no_event(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


def test_what_a_condition_foretells_stays_a_future_act(extractor: Extractor) -> None:
    text = "Wenn Peru Chile angreift, wird Bolivien Sanktionen gegen Peru verhängen."
    assert coded(extractor, text) == [("THREATEN", "BOL", "PER")]


def test_auch_wenn_concedes_a_fact(extractor: Extractor) -> None:
    text = "Auch wenn Peru die Regierung Chiles kritisierte, blieben die Beziehungen gut."
    assert coded(extractor, text) == [("ACCUSE", "PER", "CHL")]
