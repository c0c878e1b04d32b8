"""The reach measure of the German lexicons on invented parsed sentences and invented tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extraction.kb import DATA_DIR, Trigger, load_kb, read_tsv
from extraction.lexicon import Lexicon
from extraction.verb_lexicon import verb_lexicon
from extraction.verbs_coverage import agreement, clauses_of, coverage, rows_per_root

VOCAB = Vocab()


def _doc(words, heads, deps, pos, lemmas) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# "Die Polizei nahm den Mann fest": a separable verb, its subject and object
ARREST = _doc(
    ["Die", "Polizei", "nahm", "den", "Mann", "fest"],
    [1, 2, 2, 4, 2, 2],
    ["det", "nsubj", "ROOT", "det", "obj", "compound:prt"],
    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP"],
    ["der", "Polizei", "nehmen", "der", "Mann", "fest"],
)
# "Unbekannte verübten einen Anschlag auf die Botschaft": an idiom only the verb lexicon has
ATTACK = _doc(
    ["Unbekannte", "verübten", "einen", "Anschlag", "auf", "die", "Botschaft"],
    [1, 1, 3, 1, 6, 6, 3],
    ["nsubj", "ROOT", "det", "obj", "case", "det", "nmod"],
    ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
    ["Unbekannte", "verüben", "ein", "Anschlag", "auf", "der", "Botschaft"],
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon("de", load_kb())


def test_clauses_carry_the_arguments_of_the_parse() -> None:
    _, clauses = clauses_of(ARREST)
    verb = next(c for c in clauses if c.pos == "VERB")
    assert (verb.predicate, verb.lemma, verb.subject, verb.object) == (2, "festnehmen", 1, 4)
    _, clauses = clauses_of(ATTACK)
    noun = next(c for c in clauses if c.lemma == "anschlag")
    assert noun.preps == (("auf", 6),)


def test_a_sentence_is_reached_when_a_coded_word_has_a_gold_type(lex: Lexicon) -> None:
    types = {r["code"]: r["plover"] for r in read_tsv(DATA_DIR / "cameo.generated.tsv")}
    docs = {"arrest": ARREST, "attack": ATTACK}
    records = [
        {"text": "arrest", "events": [{"type": "COERCE"}]},
        {"text": "attack", "events": [{"type": "ASSAULT"}]},
        {"text": "arrest", "events": [{"type": "AID"}]},  # nothing codes AID here
        {"text": "attack", "events": []},  # no gold event: not counted
    ]
    cov = coverage(records, lex, verb_lexicon(lex), docs.__getitem__, types)
    assert (cov.sentences, cov.new, cov.either) == (3, 2, 2)
    assert cov.old <= cov.either


def test_rows_per_root_and_agreement_read_the_reviewed_table(tmp_path: Path) -> None:
    (tmp_path / "verbs.de.reviewed.tsv").write_text(
        "lemma\tpos\tcameo\treview\tsource\n"
        "angreifen\tVERB\t190\tkeep\tinvented\n"
        "loben\tVERB\t111\tfix: invented\tinvented\n"
        "kämpfen\tVERB\t190\tdrop: invented\tinvented\n"
        "fordern\tVERB\t\tkeep\tinvented\n",
        encoding="utf-8",
    )
    assert rows_per_root(tmp_path) == {"19": 1, "11": 1, "--": 1}

    triggers = {  # the trigger table of an invented language
        "angreifen": [Trigger("angreifen", "VERB", "193", None, (), None)],
        "loben": [Trigger("loben", "VERB", "051", None, (), None)],
        "kämpfen": [Trigger("kämpfen", "VERB", "190", None, (), None)],
    }

    assert agreement(triggers, tmp_path) == {"same": 1, "other": 1, "absent": 1}
