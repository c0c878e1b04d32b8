"""The hot path: sentences from the tokenizer's arrays, trigger pre-screening, bounded memory."""

from __future__ import annotations

from pathlib import Path

from extraction import Document, Extractor
from extraction.extractor import _blank_sentences, _punct_chars
from extraction.pipeline import load_pipeline

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
