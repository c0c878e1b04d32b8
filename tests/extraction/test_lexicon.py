"""Lemmas from simplemma's memory-frugal dictionaries (the same as from its dict-backed ones), and
trigger lookups of spelling variants."""

from __future__ import annotations

import pytest
import simplemma

from extraction.kb import load_kb
from extraction.lexicon import LOW_MEMORY_BLOCK, Lexicon, lemma_of

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


def test_the_low_memory_dictionary_is_indexed_in_small_blocks():
    # simplemma's own block size (a module constant) is what a lookup pays for: a renamed
    # constant would silently make German lemmas four times slower to look up
    from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY

    lemma_of("Verhandlungsrunde", "de")
    index = LOW_MEMORY_DICTIONARY_FACTORY.get_dictionary("de")
    assert len(index._firsts) == -(-len(index) // LOW_MEMORY_BLOCK)


@pytest.mark.parametrize("word", ["criticised", "criticises", "recognised"])
def test_british_spellings_find_the_tables_american_triggers(word: str) -> None:
    lex = Lexicon("en", load_kb())
    american = word.replace("is", "iz", 1)
    assert lex.word_trigger(word, lex.lemma(word)) == lex.word_trigger(
        american, lex.lemma(american)
    )
    assert lex.word_trigger(word, lex.lemma(word)) is not None


@pytest.mark.parametrize(
    ("word", "lemma"), [("erschoss", "erschießen"), ("beschoss", "beschießen")]
)
def test_the_lemmatisers_swiss_spelling_finds_the_tables_sharp_s(word: str, lemma: str) -> None:
    lex = Lexicon("de", load_kb())
    assert lex.lemma(word) != lemma  # simplemma writes "ss"
    assert lex.word_trigger(word, lex.lemma(word)) == lex.triggers[lemma][0]


@pytest.mark.parametrize(("word", "base"), [("shot", "shoot"), ("cancelled", "cancel")])
def test_verb_forms_the_lemmatiser_misses_find_their_base(word: str, base: str) -> None:
    lex = Lexicon("en", load_kb())
    assert lex.lemma(word) != base  # simplemma: the noun "shot", a verb "cancell"
    assert lex.word_trigger(word, lex.lemma(word)) == lex.triggers[base][0]
