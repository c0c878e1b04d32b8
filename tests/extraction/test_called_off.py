"""A meeting that is called off or put off did not take place: the clause is the verb's own
act in CAMEO.2.0 (CANCEL "call off" 160, DELAY "postpone" 120), never the meeting noun's
consultation. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Kenya has called off talks with Uganda.", ("SANCTION", "KEN", "UGA")),
        ("Kenya postponed a summit with Uganda.", ("REJECT", "KEN", "UGA")),
        ("Kenya shelved negotiations with Uganda.", ("REJECT", "KEN", "UGA")),
    ],
)
def test_a_meeting_called_off_is_the_verbs_act(
    extractor: Extractor, text: str, coded: tuple[str, str, str]
) -> None:
    assert roles(code(extractor, text, "en")) == [coded]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya scrapped the planned visit of the Ugandan president.",
        "The summit between Kenya and Uganda was postponed.",
    ],
)
def test_a_meeting_called_off_is_no_consultation(extractor: Extractor, text: str) -> None:
    assert "CONSULT" not in [t for t, _, _ in roles(code(extractor, text, "en"))]


def test_a_meeting_held_is_still_a_consultation(extractor: Extractor) -> None:
    assert roles(code(extractor, "Kenya held talks with Uganda.", "en")) == [
        ("CONSULT", "KEN", "UGA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenia hat das Gipfeltreffen mit Uganda verschoben.",
        "Das Treffen zwischen Kenia und Uganda wurde auf Juni verschoben.",
        "Kenia hat den Abzug seiner Truppen aus Uganda aufgeschoben.",
    ],
)
def test_a_german_event_put_off_did_not_take_place(extractor: Extractor, text: str) -> None:
    # German has no parse: a verb of putting off voids the event noun of its stretch
    assert not [t for t, _, _ in roles(code(extractor, text, "de")) if t in ("CONSULT", "RETREAT")]


def test_a_german_meeting_held_is_still_a_consultation(extractor: Extractor) -> None:
    text = "Kenia hat die Gespräche mit Uganda am Montag fortgesetzt."
    assert ("CONSULT", "KEN", "UGA") in roles(code(extractor, text, "de"))
