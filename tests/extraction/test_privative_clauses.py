"""What German "ohne ... zu" and "(an)statt ... zu" clauses tell did not happen, and asking for
help is a request, not help. Sentences are invented."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code, roles


def test_an_act_told_with_ohne_zu_did_not_take_place(extractor: Extractor) -> None:
    assert code(extractor, "Chile verlegte Truppen, ohne Peru zu warnen.", "de") == []
    assert code(extractor, "Ohne Peru zu warnen, verlegte Chile Truppen.", "de") == []


def test_whom_an_act_not_done_concerns_is_no_side_of_the_main_act(extractor: Extractor) -> None:
    text = "Chile griff Stellungen in Bolivien an, ohne die Regierung Perus zu informieren."
    assert roles(code(extractor, text, "de")) == [("ASSAULT", "CHL", "BOL")]


def test_asking_for_help_is_a_request_of_whom_is_asked(extractor: Extractor) -> None:
    for text in (
        "Chile bat Peru um Hilfe.",
        "Chile hat Peru um Unterstützung gebeten.",
        "Chile ersuchte Peru um Hilfe.",
    ):
        assert roles(code(extractor, text, "de")) == [("REQUEST", "CHL", "PER")]
