"""English verbs that the trigger table leaves out because alone they are no event, coded where
their curated lemma row's arguments are there (CAMEO.2.0: RECALL * AMBASSADOR 161, SUMMON 040,
SEND/DEPLOY * &MILITARY 154, EXCHANGE * PRISONERS 0841, APOLOGIZE 055). Sentences are invented
for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Kenya recalled its ambassador from Uganda.", ("SANCTION", "KEN", "UGA")),
        ("Ghana recalled its envoy to Togo on Monday.", ("SANCTION", "GHA", "TGO")),
        ("Peru withdrew its ambassador from Bolivia.", ("SANCTION", "PER", "BOL")),
        ("Norway summoned the Chilean ambassador.", ("ACCUSE", "NOR", "CHL")),
        ("Kenya sent 300 troops to Somalia.", ("MOBILIZE", "KEN", "SOM")),
        ("Chile's president apologised to Bolivia.", ("SUPPORT", "CHL", "BOL")),
    ],
)
def test_a_verb_with_its_arguments_is_an_event(
    extractor: Extractor, text: str, coded: tuple[str, str, str]
) -> None:
    assert roles(code(extractor, text, "en")) == [coded]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister recalled his years in Uganda.",
        "Kenya sent a letter of thanks to Uganda's football team.",
        "The Kenyan firm apologised for the delays.",
        "Kenya recalled 5,000 Ugandan cars with faulty brakes.",
    ],
)
def test_without_those_arguments_no_event(extractor: Extractor, text: str) -> None:
    assert roles(code(extractor, text, "en")) == []
