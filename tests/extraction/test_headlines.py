"""A wire item's headline stands above its first sentence, separated by a blank line and
without a full stop: it is a sentence of its own, and its title-case words are read as running
text. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

from extraction import Extractor
from extraction.extractor import sentence_starts

from .conftest import code

PUNCT = frozenset(".!?")


def test_a_blank_line_ends_a_sentence_without_a_full_stop() -> None:
    words = ["Kenya", "recalls", "envoy", "\n\n", "Kenya", "recalled", "its", "envoy", "."]
    is_punct = [w == "." for w in words]
    assert sentence_starts(words, is_punct, PUNCT) == [0, 4]


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    words = ["Kenya", "recalled", "\n", "its", "envoy", "."]
    assert sentence_starts(words, [w == "." for w in words], PUNCT) == [0]


def test_the_headline_does_not_take_the_first_sentence_s_verb(extractor: Extractor) -> None:
    text = (
        "Kenyan opposition leader to stand trial\n\n"
        "The Kenyan opposition leader Raila Odinga was ordered under house arrest on Monday."
    )
    assert [(e.event_type, e.target and e.target.country) for e in code(extractor, text, "en")] == [
        ("COERCE", "KEN")
    ]


def test_a_title_case_headline_is_read_as_running_text(extractor: Extractor) -> None:
    found = code(extractor, "Kenya Condemns Uganda Over Border Raid", "en")
    assert [(e.event_type, e.source.country, e.target.country) for e in found] == [
        ("ACCUSE", "KEN", "UGA")
    ]
