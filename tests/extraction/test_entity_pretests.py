"""The entity pass's pre-tests only spare work: where they say no, the full rule finds nothing,
and the mentions are those found with every word read."""

from __future__ import annotations

from copy import deepcopy

import pytest

from extraction import Extractor, entities
from extraction.affiliation import led_by, may_lead
from extraction.anaphora import anaphor, anaphor_starts
from extraction.extractor import _blank_sentences, _punct_chars
from extraction.model import Actor
from extraction.spans import ArticleMemory, EntitySpan, Sentence

SENTENCES = [
    ("en", "The Vietnamese-led forces attacked the rebels and the country's army withdrew."),
    ("en", "He said both countries and the two presidents would meet the kingdom's envoy."),
    ("en", "Troops led by Russia entered the town, the minister told reporters."),
    ("de", "Die von Vietnam geführten Truppen griffen das Land an, sagte er."),
    ("de", "Beide Staaten und die beiden Minister kritisierten das kleine ölreiche Emirat."),
    ("de", "Sie warf dem Land vor, die US-geführte Koalition zu behindern."),
]


def _sentence(extractor: Extractor, lang: str, text: str) -> Sentence:
    nlp, lex, _ = extractor._resources(lang)
    (s, _, _), *_ = _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
    return s


def _memory() -> ArticleMemory:
    """An article that named two states, two titled persons and an opening subject."""
    putin = Actor("Putin", "Vladimir Putin", "RUS", "GOV")
    zelensky = Actor("Selenskyj", "Volodymyr Zelensky", "UKR", "GOV")
    return ArticleMemory(
        persons=[putin, zelensky],
        countries={"RUS": 3, "UKR": 1},
        states=["RUS", "UKR"],
        titled=[("president", putin), ("president", zelensky), ("minister", zelensky)],
        subject=("die", EntitySpan(1, 2, "GOV", Actor("Regierung", None, "RUS", "GOV"))),
    )


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_no_anaphor_starts_where_the_pretest_says_none(
    extractor: Extractor, lang: str, text: str
) -> None:
    _, lex, _ = extractor._resources(lang)
    s = _sentence(extractor, lang, text)
    starts = anaphor_starts(lex, s, _memory())
    assert any(starts) and not all(starts)
    for i, may in enumerate(starts):
        if not may:
            assert anaphor(extractor.kb, lex, s, i, None, _memory(), []) is None


@pytest.mark.parametrize(("lang", "text"), [*SENTENCES, ("de", "Das Wetter war schön.")])
def test_led_by_finds_nothing_where_the_pretest_says_none(
    extractor: Extractor, lang: str, text: str
) -> None:
    _, lex, _ = extractor._resources(lang)
    s = _sentence(extractor, lang, text)
    found = [led_by(extractor.kb, lex, s.words, i) for i in range(len(s.words))]
    assert may_lead(lex, s) or not any(found)
    assert may_lead(lex, s) == ("led" in text or "geführt" in text)


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_mentions_are_those_found_with_every_word_read(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    _, lex, _ = extractor._resources(lang)
    found = entities.find_entities(
        extractor.kb, lex, _sentence(extractor, lang, text), None, _memory()
    )
    monkeypatch.setattr(entities, "may_lead", lambda lex, s: True)
    monkeypatch.setattr(entities, "anaphor_starts", lambda lex, s, memory: [True] * len(s.words))
    memory = deepcopy(_memory())
    assert found
    assert found == entities.find_entities(
        extractor.kb, lex, _sentence(extractor, lang, text), None, memory
    )
