"""Lemmas from simplemma's memory-frugal dictionaries: the same as from its dict-backed ones."""

from __future__ import annotations

import pytest
import simplemma

from extraction.lexicon import lemma_of

WORDS = {
    "de": "Die Minister verhängten gestern neue Sanktionen gegen Unternehmen und drohten "
    "weiteren Ländern mit Zöllen , nachdem Verhandlungen gescheitert waren",
    "en": "The ministers imposed new sanctions on companies yesterday and threatened further "
    "countries with tariffs after talks had collapsed",
}


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_low_memory_lemmas_equal_the_default_dictionaries(lang):
    words = WORDS[lang].split()
    expected = [simplemma.lemmatize(w, lang=lang).lower() for w in words]
    assert [lemma_of(w, lang) for w in words] == expected
    assert lemma_of("Sanktionen" if lang == "de" else "sanctions", lang) == (
        "sanktion" if lang == "de" else "sanction"
    )
