"""A trigger that is also a mass noun ("demand", "supply") is the market's when the parse makes
it a singular noun without a determiner; with one, and as a verb, it stays an actor's act.
Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Falling demand in Germany hurt French exporters.", "100"),
        ("Water supply in Kenya has improved with help from Uganda.", "070"),
    ],
)
def test_a_bare_mass_noun_is_no_event(extractor: Extractor, text: str, cameo: str) -> None:
    assert not [e for e in code(extractor, text, "en") if e.cameo == cameo]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru repeated its demand that Chile withdraw its troops.", "PER", "CHL"),
        ("Peru issued a demand that Chile withdraw its troops.", "PER", "CHL"),
        ("Peruvian students demand an apology from Chile.", "PER", "CHL"),
    ],
)
def test_a_determined_noun_or_the_verb_stays_a_demand(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    events = [e for e in code(extractor, text, "en") if e.cameo == "100"]
    assert [(e.source.country, e.target.country) for e in events] == [(source, target)]


@pytest.mark.parametrize(
    "text",
    [
        "The panel was chaired by Kenyan television host Mary Otieno, with Uganda's minister"
        " taking part.",
    ],
)
def test_a_verb_only_trigger_as_a_noun_is_no_visit(extractor: Extractor, text: str) -> None:
    assert "043" not in [e.cameo for e in code(extractor, text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda is one of the hosts for Kenyan refugees.",
        "Kenya and Uganda were among the hosts of the tournament.",
    ],
)
def test_a_verb_only_trigger_in_the_plural_is_no_visit(extractor: Extractor, text: str) -> None:
    # only a verb tag makes a verb-only trigger an act: a plural noun is no more one than a
    # singular
    assert code(extractor, text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Marches by Kenyan students against Uganda drew thousands.",
        "The Ugandan minister said relations with Kenya were fine.",
        "The Kenyan journalist was sent to jail by a Ugandan court.",
    ],
)
def test_verb_only_triggers_as_nouns_or_adjectives_are_no_events(
    extractor: Extractor, text: str
) -> None:
    assert code(extractor, text, "en") == []


def test_a_verb_only_trigger_as_a_verb_stays_an_event(extractor: Extractor) -> None:
    events = code(extractor, "Kenya hosted Uganda's president on Monday.", "en")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [
        ("043", "KEN", "UGA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister's speech was a warning shot to Peru.",
        "The opening shot in the Chilean campaign against Peru was fired on Monday.",
    ],
)
def test_a_noun_that_spells_a_verbs_irregular_form_is_no_act(
    extractor: Extractor, text: str
) -> None:
    assert [e.event_type for e in code(extractor, text, "en")] == []
    assert [
        e.event_type for e in code(extractor, "Chilean soldiers shot two Peruvian farmers.", "en")
    ] == ["ASSAULT"]
