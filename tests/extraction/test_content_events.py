"""A verb whose event is its content ("fail", en.json content_events) is coded only when its
infinitive is itself an event: failing to reach an agreement rejects it, failing to tackle
crime is no interaction. A speech act told after its content ("…, forderte X") is the event, aimed
at the content's subject. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government failed to tackle crime in Nairobi, Uganda's president said.",
        "Kenya's president failed to answer Uganda's questions about the budget.",
    ],
)
def test_failing_an_ordinary_task_is_no_rejection(extractor: Extractor, text: str) -> None:
    assert "REJECT" not in [e.event_type for e in code(extractor, text, "en")]


def test_failing_to_reach_agreement_is_a_rejection(extractor: Extractor) -> None:
    events = code(extractor, "Kenya and Uganda failed to agree on a border treaty.", "en")
    assert sorted(e.source.country for e in events if e.event_type == "REJECT") == ["KEN", "UGA"]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Bolivien müsse die Grenze öffnen, forderte Perus Präsident.", "de", "REQUEST"),
        (
            "Bolivien werde dafür bezahlen, drohte der peruanische Präsident am Montag.",
            "de",
            "THREATEN",
        ),
        ("Die Politik Boliviens sei gescheitert, kritisierte Perus Außenminister.", "de", "ACCUSE"),
        # English is read from the parse
        ("Bolivia must open the border, Peru's president demanded.", "en", "REQUEST"),
        ("Bolivia will pay for the attack, Peru's president threatened.", "en", "THREATEN"),
    ],
)
def test_a_speech_act_after_its_content_is_the_event(
    extractor: Extractor, text: str, lang: str, kind: str
) -> None:
    assert pairs(extractor, text, kind, lang) == {("PER", "BOL")}
    assert {e.event_type for e in code(extractor, text, lang)} == {kind}
