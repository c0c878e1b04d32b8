"""Extractor.run_many: several articles with their parses made together, each coded as alone."""

from __future__ import annotations

import pytest

import extraction.extractor as ext
from extraction import Document, Extraction, Extractor
from extraction.errors import UnsupportedLanguage


def article(key: str, text: str, lang: str | None = "en") -> Document:
    return Document(key, text, language=lang, published_at="2025-09-03")


ARTICLES = [
    article("a", "France condemned Russia on Monday. The weather was fine."),
    article("b", "Germany sanctioned Iran over its missile programme."),
    article("c", "Russische Truppen griffen die Ukraine an.", "de"),
    article("d", "Japan praised India for the agreement. Brazil accused Argentina of cheating."),
]


@pytest.fixture
def parses(monkeypatch) -> list[list[str]]:
    """The first word of each sentence parsed, by call into the syntax pipeline."""
    calls: list[list[str]] = []
    parse = ext.parse_sentences

    def spy(nlp, sentences):
        calls.append([s.words[0] for s in sentences])
        parse(nlp, sentences)

    monkeypatch.setattr(ext, "parse_sentences", spy)
    return calls


def test_each_article_gets_what_run_gives_it_with_one_parse_call(
    extractor: Extractor, parses: list[list[str]]
) -> None:
    alone = [extractor.run(d) for d in ARTICLES]
    parses.clear()
    assert extractor.run_many(ARTICLES) == alone
    assert [e.event_type for r in alone for e in r.events] == [
        "ACCUSE",
        "SANCTION",
        "ASSAULT",
        "SUPPORT",
        "ACCUSE",
    ]
    assert parses == [["France", "Germany", "Japan", "Brazil"]]


def test_an_article_that_raises_fails_alone(extractor: Extractor, monkeypatch) -> None:
    """An article that fails after the parse of its batch, and one that fails before it."""
    alone = [extractor.run(d) for d in ARTICLES]
    code_sentence = ext.code_sentence

    def fail_on_germany(kb, lex, s, *args):
        if "Germany" in s.words:
            raise RuntimeError("coding failed")
        return code_sentence(kb, lex, s, *args)

    monkeypatch.setattr(ext, "code_sentence", fail_on_germany)
    results = extractor.run_many([*ARTICLES, article("x", "Un texte.", "xx")])
    assert isinstance(results[1], RuntimeError)
    assert isinstance(results[4], UnsupportedLanguage)
    assert [results[k] for k in (0, 2, 3)] == [alone[k] for k in (0, 2, 3)]
    with pytest.raises(RuntimeError):
        extractor.run(ARTICLES[1])


def test_a_failed_parse_is_only_its_own_articles(
    extractor: Extractor, parses: list[list[str]], monkeypatch
) -> None:
    """The batch's parse fails on one article's sentence: each article is parsed again on
    its own, and only that article gets the error."""
    alone = [extractor.run(d) for d in ARTICLES]
    spy = ext.parse_sentences

    def fail_on_germany(nlp, sentences):
        spy(nlp, sentences)
        if any(s.words[0] == "Germany" for s in sentences):
            raise ValueError("parse failed")

    monkeypatch.setattr(ext, "parse_sentences", fail_on_germany)
    parses.clear()
    results = extractor.run_many(ARTICLES)
    assert isinstance(results[1], ValueError)
    assert [results[k] for k in (0, 2, 3)] == [alone[k] for k in (0, 2, 3)]
    assert parses == [
        ["France", "Germany", "Japan", "Brazil"],
        ["France"],
        ["Germany"],
        ["Japan", "Brazil"],
    ]


def test_a_parse_call_holds_at_most_parse_batch_sentences(
    extractor: Extractor, parses: list[list[str]], monkeypatch
) -> None:
    """An article's sentences stay in one call; the next article's go to a new call where they
    would pass the bound: a batch of long articles parses no more at once than one article."""
    alone = [extractor.run(d) for d in ARTICLES]
    monkeypatch.setattr(ext, "PARSE_BATCH", 2)
    parses.clear()
    assert extractor.run_many(ARTICLES) == alone
    assert parses == [["France", "Germany"], ["Japan", "Brazil"]]


def test_a_pipeline_is_rebuilt_only_after_the_batch(parses: list[list[str]], monkeypatch) -> None:
    """Every article of a batch is parsed by the pipeline it started with; the rebuild of an
    overgrown pipeline waits for the batch's end."""
    extractor = Extractor()
    first = extractor._resources("en")[2]
    used = []
    spy = ext.parse_sentences

    def record(nlp, sentences):
        used.append(nlp)
        spy(nlp, sentences)

    monkeypatch.setattr(ext, "parse_sentences", record)
    monkeypatch.setattr(ext, "VOCAB_LIMIT", 10)
    results = extractor.run_many(ARTICLES)
    assert all(isinstance(r, Extraction) for r in results)
    assert used == [first]
    assert extractor._resources("en")[2] is not first
