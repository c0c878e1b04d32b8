"""The German candidate generator on an invented dictionary and an invented news corpus: verb
phrases with governed prepositions, split particles and misaligned forms, idioms inside noun
entries, function words from the language file, and the ranking by news counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.kb import load_kb
from extraction.lexicon import Lexicon
from extraction.verb_lexicon import VerbLexicon
from extraction.verbs_candidates import (
    Candidate,
    EnglishPhrases,
    GermanPhrases,
    candidates,
    is_participle,
    news_counts,
    ranked,
)

DICTIONARY = """\
# invented entries in the Ding format (German :: English, synonyms "; ", slots " | ")
auf etw. aufpassen; jdn. beobachten {vt} | aufpassend; beobachtend | aufgepasst; beobachtet :: \
to watch sth. | watching | watched
Einspruch erheben gegen {v} | Einspruch erhebend gegen | Einspruch erhoben :: \
to object to sth. | objecting | objected
jdn. festnehmen; fest nehmen {vt} | festnehmend; fest nehmend | festgenommen; geworden :: \
to arrest sb. | arresting | arrested
Rüge {f} | Rügen {pl} | an jdm. Rüge üben :: criticism | criticisms | to level criticism at sb.
verrückt werden {vi} | verrückt werdend | verrückt geworden :: to go mad | going mad | gone mad
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Candidate]:
    path = Path(tmp_path_factory.mktemp("ding")) / "de-en"
    path.write_text(DICTIONARY, encoding="utf-8")
    kb = load_kb()
    en = EnglishPhrases(VerbLexicon(Lexicon("en", kb)))
    return list(candidates(path, en, GermanPhrases(kb.lang["de"])))


def _coded(generated: list[Candidate]) -> set[tuple[str, str, str, str, str]]:
    return {(c.lemma, c.participle, c.object, c.preps, c.cameo) for c in generated if c.cameo}


def test_a_governed_preposition_is_not_glued_to_the_verb(generated) -> None:
    lemmas = {c.lemma for c in generated}
    assert "aufpassen" in lemmas and "aufaufpassen" not in lemmas
    assert ("aufpassen", "aufgepasst") in {(c.lemma, c.participle) for c in generated}
    # a trailing preposition of the argument is not the verb either
    assert ("erheben", "erhoben", "einspruch", "", "120") in _coded(generated)
    assert "gegen" not in lemmas


def test_participles_must_belong_to_their_verb(generated) -> None:
    forms = {(c.lemma, c.participle) for c in generated if c.source.endswith("«to arrest sb.»")}
    # the particle written apart joins the verb; the misaligned "geworden" is left out
    assert forms == {("festnehmen", "festgenommen"), ("festnehmen", "")}


def test_idioms_inside_noun_entries_take_their_nouns_code(generated) -> None:
    coded = _coded(generated)
    assert ("Rüge", "", "", "", "111") in coded  # criticism -> criticize
    assert ("üben", "", "rüge", "", "111") in coded  # "to level criticism at sb."


def test_phrases_with_adverbs_are_left_to_the_reviewer(generated) -> None:
    assert not [c for c in generated if "werden" in c.lemma]


@pytest.mark.parametrize(
    ("form", "verb", "expected"),
    [
        ("getroffen", "treffen", True),
        ("festgenommen", "festnehmen", True),
        ("untersucht", "untersuchen", True),
        ("geworden", "verrücktwerden", False),
        ("belebt", "wiederbeleben", False),
        ("sprengen", "auflösen", False),
    ],
)
def test_participle_shapes(form: str, verb: str, expected: bool) -> None:
    assert is_participle(form, verb, ("fest", "auf", "aus")) is expected


def test_function_words_come_from_the_language_file() -> None:
    conf = {
        "dictionary_placeholders": ["etw."],
        "articles": ["dos"],
        "prepositions": ["gen", "zum"],
        "prep_contractions": {"zum": "zu"},
        "separable_particles": ["fest"],
    }
    de = GermanPhrases(conf)
    assert de.parse("gen etw. protestieren") == ("protestieren", "", "", False, "")
    # the lemmatiser's old spelling ("Abschluß") is not taken over
    assert de.parse("zum Dos Abschluss bringen") == ("bringen", "", "zu abschluss", False, "")
    assert de.parse("Dos Feuer eröffnen") == ("eröffnen", "feuer", "", False, "")
    assert de.parse("sich gegen etw. wehren") is None  # "gegen" is no preposition here


def test_ranking_counts_sentences_with_the_whole_idiom(tmp_path: Path) -> None:
    corpus = tmp_path / "news.csv"
    corpus.write_text(
        "Inland;'Die Opposition übte Kritik. Der Chor übte lange. Kritik kam auch von links.'\n",
        encoding="utf-8",
    )
    counts = news_counts(corpus)

    def cand(lemma: str, obj: str, cameo: str) -> Candidate:
        return Candidate(lemma, "VERB", "", obj, "", cameo, "to x", "test")

    rows = ranked(
        [cand("üben", "kritik", "111"), cand("üben", "", "010"), cand("kommen", "", "190")],
        counts,
    )
    # statements (01) come last whatever their counts; an idiom counts the sentences that
    # hold both of its words (1), not the rarer word alone (2)
    assert [(r["lemma"], r["cameo"], r["news"]) for r in rows] == [
        ("kommen", "190", "1"),
        ("üben", "111", "1"),
        ("üben", "010", "2"),
    ]
