"""Bounded work per article, whatever its text: the regressions are named after the inputs."""

from __future__ import annotations

import time

import pytest

from extraction import Document, ExtractionPolicy, Extractor
from extraction.bounds import (
    MAX_SENTENCE_TOKENS,
    MAX_TOKEN_CHARS,
    break_long_runs,
    parse_count,
    sentence_ranges,
)


def test_long_runs_are_broken_in_place():
    text = "Kurz " + "," * 250 + " und " + "x" * (MAX_TOKEN_CHARS - 1)
    broken = break_long_runs(text)
    assert len(broken) == len(text)
    assert max(len(run) for run in broken.split()) < MAX_TOKEN_CHARS
    assert broken.endswith("x" * (MAX_TOKEN_CHARS - 1))  # shorter runs are untouched


def test_sentences_over_the_limit_are_cut_into_pieces():
    assert list(sentence_ranges([0, 3], 3 + 2 * MAX_SENTENCE_TOKENS + 1)) == [
        (0, 3),
        (3, 3 + MAX_SENTENCE_TOKENS),
        (3 + MAX_SENTENCE_TOKENS, 3 + 2 * MAX_SENTENCE_TOKENS),
        (3 + 2 * MAX_SENTENCE_TOKENS, 4 + 2 * MAX_SENTENCE_TOKENS),
    ]


@pytest.mark.parametrize(
    ("word", "value"), [("12", 12), ("²", None), ("٣", None), ("1" * 30, None), ("x1", None)]
)
def test_counts_are_small_ascii_integers(word, value):
    assert parse_count(word) == value


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(policy=ExtractionPolicy(max_events_per_article=3, max_events_per_sentence=2))


@pytest.mark.parametrize(
    "body",
    [
        "," * 40_015,  # 144 s before: quadratic in spaCy's tokenizer
        '"' * 90_000,  # nested quotes: did not finish in 150 s
        "Wort " * 50_000,  # one sentence of 50,000 words
        "A" + "b" * 100_000,  # one 100,000-character compound
    ],
    ids=["commas", "quotes", "no-punctuation", "compound"],
)
def test_pathological_bodies_take_linear_time(extractor, body):
    started = time.process_time()
    assert extractor.run(Document("x", body, language="de")).events == []
    # CPU seconds, not wall time: a busy machine does not make this slower
    assert time.process_time() - started < 5


def test_a_30_digit_casualty_figure_is_no_count(extractor):
    [event] = extractor.extract(
        Document(
            "x",
            f"Russland griff die Ukraine an, {'9' * 30} Menschen wurden getötet.",
            language="de",
        )
    )
    assert event.dead is None


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_relative_dates_at_the_ends_of_the_calendar(extractor, published):
    for word in ("morgen", "gestern", "Montag"):
        extractor.extract(
            Document(
                "x", f"Russland griff die Ukraine {word} an.", language="de", published_at=published
            )
        )


def test_superscript_digits_before_a_month(extractor):
    extractor.extract(
        Document(
            "x",
            "Russland griff die Ukraine am ² März an.",
            language="de",
            published_at="2025-03-10",
        )
    )


def test_events_past_the_limits_are_cut_and_say_so(extractor):
    body = " ".join(["Russland griff die Ukraine an."] * 2 + ["Frankreich griff Spanien an."] * 2)
    extraction = extractor.run(Document("x", body, language="de"))
    assert len(extraction.events) <= 3 and extraction.truncated
    assert not extractor.run(
        Document("y", "Russland griff die Ukraine an.", language="de")
    ).truncated


def test_a_text_without_tokens_has_no_sentences(extractor: Extractor) -> None:
    assert list(sentence_ranges([], 0)) == []
    assert extractor.extract(Document("t", "", language="de")) == []
