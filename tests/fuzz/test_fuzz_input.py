"""Fuzzing the input path and the extractor: every input becomes an Article, events, or one of
the documented dead-letter reasons; never an unhandled exception, never ``internal_error``
(which is kept for GeoWire's own bugs). Bounded to run in well under a minute."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import Document, ExtractionError, Extractor
from schemas.convert import extraction_rejection
from schemas.errors import REASONS, RejectedArticle
from schemas.parsing import parse_article
from schemas.records import Article

LIMIT = 50_000
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with what broke GeoWire before: runs of punctuation, digits of every script, lone
# surrogates, odd white space, German and English words that trigger events and dates.
WORDS = st.sampled_from(
    [
        "Putin",
        "traf",
        "met",
        "Kim",
        "in",
        "Peking",
        "am",
        "3.",
        "September",
        "morgen",
        "tomorrow",
        "attacked",
        "griff",
        "an",
        "getötet",
        "killed",
        "²",
        "٣",
        "1" * 40,
        ",",
        ".",
        '"',
        "«",
        "»",
        "\n",
        "\u00a0",
        "\ud800",
        "Bundeskanzler",
        "Sanktionen",
        "Iran",
        "the",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=80).map(" ".join),
    st.lists(WORDS, max_size=200).map("".join),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)
ARTICLES = st.fixed_dictionaries(
    {"id": TEXT, "body": TEXT},
    optional={
        "title": TEXT,
        "language": st.sampled_from(["de", "en", "fr", "", "xx"]) | TEXT,
        "published_at": st.sampled_from(["2025-09-03", "9999-12-31", "0001-01-01T00:00:00Z"])
        | TEXT,
        "extra": JSON_VALUES,
    },
)


def outcome_of(raw: bytes) -> Article | str:
    try:
        return parse_article(raw, LIMIT)
    except RejectedArticle as rejection:
        assert rejection.reason in REASONS and rejection.reason != "internal_error"
        return rejection.reason


@FUZZ
@given(st.binary(max_size=2_000))
def test_any_bytes(raw):
    outcome_of(raw)


@FUZZ
@given(ARTICLES)
def test_any_article_shaped_json(data):
    outcome_of(json.dumps(data).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.integers(min_value=1, max_value=20_000), st.sampled_from('[{"\\'))
def test_deep_nesting_and_long_runs(depth, char):
    outcome_of(char.encode() * depth)
    outcome_of(b'{"id": "a", "body": ' + b"[" * depth + b"]" * depth + b"}")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ARTICLES)
def test_the_extractor_takes_every_parsed_article(extractor, data):
    parsed = outcome_of(json.dumps(data).encode("utf-8", "surrogatepass"))
    if not isinstance(parsed, Article):
        return
    document = Document(
        parsed.id, parsed.body, parsed.title or "", parsed.language, parsed.published_at
    )
    try:
        extraction = extractor.run(document)
    except ExtractionError as error:  # a documented reason, as the stream would file it
        assert extraction_rejection(error).reason == "unsupported_language"
        return
    for event in extraction.events:
        assert 0 <= event.start <= event.end <= len(parsed.body)
        assert all(n is None or 0 <= n < 10**9 for n in (event.dead, event.injured, event.size))
