"""The hot path: sentences from the tokenizer's arrays, trigger pre-screening, bounded memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import Document, Extractor, triggers
from extraction.extractor import _blank_sentences, _punct_chars
from extraction.pipeline import load_pipeline
from extraction.reviewed import _noun_matches, idiom_at, noun_keys
from extraction.triggers import find_triggers

from .conftest import code


def test_array_sentences_match_the_spacy_sentencizer(
    extractor: Extractor, seed_document: Document
) -> None:
    text = seed_document.body + "\n\nAm 3. Mai sprach er. Dann: nichts! Zum 80. Jahrestag kam er."
    nlp, lex, _ = extractor._resources("de")
    spacy_sents = [
        (s.start_char, s.end_char) for s in nlp(text).sents if any(not t.is_space for t in s)
    ]
    ours = [
        (a, b) for _, a, b in _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
    ]
    assert ours == spacy_sents


def test_a_lower_case_word_after_a_regnal_number_continues_the_sentence(
    extractor: Extractor,
) -> None:
    text = "Der von König Karl VI. beauftragte Minister traf ein. Später reiste er ab."
    nlp, lex, _ = extractor._resources("de")
    ours = [
        s.words[0] for s, _, _ in _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
    ]
    assert ours == ["Der", "Später"]
    assert [s.text.split()[0] for s in nlp(text).sents] == ["Der", "Später"]


def test_sentence_without_a_trigger_yields_nothing_but_later_ones_still_code(
    extractor: Extractor,
) -> None:
    events = code(extractor, "Das Wetter war schön. Russische Truppen griffen die Stadt an.", "de")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].sentence == "Russische Truppen griffen die Stadt an."


def test_pipeline_is_rebuilt_when_its_vocabulary_grows(monkeypatch) -> None:
    import extraction.extractor as ext

    extractor = Extractor()
    code(extractor, "Russische Truppen griffen die Stadt an.", "de")
    first = extractor._nlp["de"]
    monkeypatch.setattr(ext, "VOCAB_LIMIT", 10)
    code(extractor, "Russische Truppen griffen die Stadt Charkiw erneut an.", "de")
    assert extractor._nlp["de"] is not first
    assert len(extractor._nlp["de"].vocab) < len(first.vocab)


def test_blank_pipeline_skips_unused_lexeme_attributes() -> None:
    nlp = load_pipeline("de")
    doc = nlp("Russische Truppen griffen an.")
    assert [t.is_punct for t in doc] == [False, False, False, False, True]
    assert doc[0].shape_ == ""  # not computed: nothing reads it


def test_bench_script_runs_one_small_measurement(shared_data: Path) -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "bench" / "extraction_speed.py"
    out = subprocess.run(
        [sys.executable, str(script), "--only", "mixed", "--articles", "4", "--repeats", "3"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "sentences/s median of 3" in out


# invented sentences, one per way a word that is no trigger of its own adds one: a bigram's
# first word, a verb a closing particle makes a listed one, an idiom's verb (also by its stem
# and particle), and the fallback table's verbs
PRETEST_SENTENCES = [
    ("en", "The union called for a hunger strike on Monday."),
    ("en", "The minister ruled out new talks with the rebels."),
    ("en", "Kenya condemned the raid and protested to Uganda."),
    ("de", "Die Regierung lehnte den Vorschlag der Opposition ab."),
    ("de", "Die Partei übte scharfe Kritik an der Regierung."),
    ("de", "Die EU stellte die Hilfe für das Land ein."),
    ("de", "Die Regierung stufte die Gruppe als Terrororganisation ein."),
    ("de", "Die Regierung will Verstärkung in die Region schicken."),
    ("de", "Die Regierung verschärfte die Kontrollen an der Grenze."),
    ("de", "Die Polizei riegelte das Viertel ab."),
    ("de", "Die Minister kamen in Genf zusammen."),
]


@pytest.mark.parametrize(("lang", "text"), PRETEST_SENTENCES)
def test_the_trigger_pretest_drops_no_trigger(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    """Lexicon.may_trigger only spares words their look-ups: the sentence's triggers are
    those found with every word read."""
    nlp, lex, _ = extractor._resources(lang)
    (s, _, _), *_ = _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
    found = find_triggers(lex, s)
    for table in filter(None, (lex, lex.fallback)):
        monkeypatch.setattr(table, "may_trigger", lambda word, lemma: True)
    assert found and found == find_triggers(lex, s)


def test_the_trigger_pretest_is_keyed_by_word_and_lemma(extractor: Extractor) -> None:
    """The cache of Lexicon.may_trigger answers per (word, lemma): one word form with another
    lemma is asked anew, not answered from the first."""
    _, lex, _ = extractor._resources("en")
    assert lex.may_trigger("Blorfed", "condemn")
    assert not lex.may_trigger("Blorfed", "blorf")


def test_lemmas_of_a_sentence_are_its_words_lemmas(extractor: Extractor) -> None:
    _, lex, _ = extractor._resources("de")
    words = ["Ghana", "brach", "die", "Gespräche", "ab"]
    assert lex.lemmas(words) == [lex.lemma(w) for w in words]
    assert lex.lemmas(words)[1] == "brechen"  # the verb-form table's base, not simplemma's


def test_the_layout_is_found_once_and_only_where_a_word_may_trigger(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence with no word that may trigger needs no punctuation layout; one read with the
    main and the fallback table finds it once."""
    calls: list[list[str]] = []
    layout = triggers._Layout
    monkeypatch.setattr(
        triggers, "_Layout", lambda lex, words: calls.append(words) or layout(lex, words)
    )
    for lang, text, wanted in [
        ("en", "The weather was mild all week.", 0),
        ("de", "Die Minister kamen in Genf zusammen.", 1),  # the fallback table's verb
    ]:
        nlp, lex, _ = extractor._resources(lang)
        (s, _, _), *_ = _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
        calls.clear()
        find_triggers(lex, s)
        assert len(calls) == wanted


def test_an_idioms_nouns_match_by_their_own_set() -> None:
    """The cached compound heads belong to one noun set: another set asks anew."""
    assert _noun_matches("selbstmordanschlag", frozenset({"anschlag", "krieg"}))
    assert not _noun_matches("selbstmordanschlag", frozenset({"angriff", "krieg"}))
    assert not _noun_matches("handelskrieg", frozenset({"krieg"}))  # too short to be a head
    assert _noun_matches("krieg", frozenset({"krieg"}))


@pytest.mark.parametrize(
    "lemma", ["selbstmordanschlag", "anschlag", "beschuß", "kompromiss", "krieg", "gesprächen", ""]
)
def test_a_lemmas_noun_keys_are_the_nouns_it_matches(lemma: str) -> None:
    """noun_keys holds exactly the nouns _noun_matches accepts: the lemma (reformed spelling)
    and its endings long enough to end a compound."""
    nouns = {"anschlag", "krieg", "beschuss", "kompromiss", "gespräch", "mordanschlag", ""}
    spelled = lemma.replace("ß", "ss")
    wanted = {n for n in nouns if spelled == n or (len(n) >= 6 and spelled.endswith(n))}
    assert {n for n in nouns if n in noun_keys(lemma)} == wanted


def test_an_idiom_is_found_with_and_without_the_lexicons_noun_keys(extractor: Extractor) -> None:
    """The stretch's idiom nouns the trigger pass hands idiom_at (Lexicon.idiom_noun_keys) find
    the idiom noun_keys of every word find: "stellte die Hilfe ein", "übte scharfe Kritik"."""
    nlp, lex, _ = extractor._resources("de")
    for text in ["Ghana übte scharfe Kritik an Peru.", "Peru stellte die Hilfe für Chile ein."]:
        (s, _, _), *_ = _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
        seg = (0, len(s.words) - 1)
        present = frozenset().union(*map(lex.idiom_noun_keys, s.lemmas))
        for form in {*s.lemmas, *s.lowers, "ein" + s.lemmas[1]} & lex.idioms.keys():
            args = (lex.idioms, [form], s.lemmas, s.lowers, seg, {})
            assert idiom_at(*args, present) == idiom_at(*args)


def test_the_fallback_table_is_asked_only_about_words_that_may_be_verbs(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """German nouns are no verb: the fallback table (verbs only) need not look them up."""
    nlp, lex, _ = extractor._resources("de")
    text = "Die Minister kamen in Genf zusammen."
    (s, _, _), *_ = _blank_sentences(nlp.make_doc(text), text, lex, _punct_chars(nlp))
    asked: list[str] = []
    may = lex.fallback.may_trigger
    monkeypatch.setattr(
        lex.fallback, "may_trigger", lambda word, lemma: asked.append(word) or may(word, lemma)
    )
    assert find_triggers(lex, s)
    assert asked and all(w[:1].islower() for w in asked)
