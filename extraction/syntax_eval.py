"""Scores of a syntax pipeline against a gold CoNLL-U file: what ``geowire syntax eval`` prints.

The gold sentences are read as running text (``extraction.conllu``), ten to a document; the
pipeline tokenises and splits that text itself, and spaCy's scorer aligns its tokens with the
gold ones, so tokenisation and sentence errors count as they would on news.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.training import Example

from .conllu import SENTENCES_PER_DOC, group_sentences, read_conllu, to_doc
from .errors import SyntaxModelError
from .language import SUPPORTED, detect_language
from .syntax import load_syntax_pipeline

__all__ = [
    "SyntaxScores",
    "conllu_language",
    "evaluate_conllu",
    "format_scores",
    "pipeline_speed",
]

# UD file names start with the language code: de_gsd-ud-test.conllu
_UD_NAME = re.compile(r"^([a-z]{2,3})_")


@dataclass(frozen=True)
class SyntaxScores:
    """Accuracies on aligned tokens; ``sent_f`` is the F1 of sentence starts."""

    language: str
    sentences: int
    tokens: int
    upos: float
    lemma: float
    uas: float
    las: float
    sent_f: float
    tokens_per_second: float

    def as_dict(self) -> dict[str, float | int | str]:
        return asdict(self)


def conllu_language(path: Path) -> str:
    """The language of a CoNLL-U file: from a UD file name, else detected in its first
    sentences."""
    match = _UD_NAME.match(Path(path).name)
    if match and match.group(1) in SUPPORTED:
        return match.group(1)
    text = " ".join(s.text for s in islice(read_conllu(path), 20))
    lang = detect_language(text)
    if lang is None:
        raise SyntaxModelError(f"{path}: cannot tell the language (de, en are supported)")
    return lang


def evaluate_conllu(
    path: Path, nlp: Language | None = None, limit: int | None = None
) -> SyntaxScores:
    """Score ``nlp`` (default: the shipped pipeline of the file's language) on the first
    ``limit`` sentences of ``path`` (all when None)."""
    lang = conllu_language(path)
    nlp = nlp or load_syntax_pipeline(lang)
    if nlp is None:
        raise SyntaxModelError(f"no syntax pipeline for {lang!r} to score (run `make models`)")
    sentences = list(islice(read_conllu(path), limit))
    if not sentences:
        raise SyntaxModelError(f"{path}: no sentences")
    gold = [to_doc(nlp.vocab, group) for group in group_sentences(sentences, SENTENCES_PER_DOC)]
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    start = time.process_time()
    scores = nlp.evaluate(examples)
    took = time.process_time() - start
    tokens = sum(len(doc) for doc in gold)
    return SyntaxScores(
        language=lang,
        sentences=len(sentences),
        tokens=tokens,
        upos=float(scores["pos_acc"]),
        lemma=float(scores["lemma_acc"]),
        uas=float(scores["dep_uas"]),
        las=float(scores["dep_las"]),
        sent_f=float(scores["sents_f"]),
        tokens_per_second=tokens / took if took else 0.0,
    )


def format_scores(scores: SyntaxScores) -> str:
    """Five figures on one line each, for people."""
    return "\n".join(
        [
            f"{scores.language}: {scores.sentences} sentences, {scores.tokens} gold tokens",
            f"UPOS accuracy   {scores.upos:.4f}",
            f"lemma accuracy  {scores.lemma:.4f}",
            f"UAS             {scores.uas:.4f}",
            f"LAS             {scores.las:.4f}",
            f"sentence F1     {scores.sent_f:.4f}",
            f"speed           {scores.tokens_per_second:,.0f} tokens/s "
            "(CPU time, scoring included)",
        ]
    )


def pipeline_speed(nlp: Language, texts: Sequence[str], repeats: int = 3) -> float:
    """Median tokens per CPU second of ``repeats`` passes of ``nlp.pipe`` over ``texts`` (the
    machines are shared: CPU time of this process, medians, not one wall-clock run)."""
    for _ in nlp.pipe(texts[:5]):
        pass  # first calls allocate
    rates = []
    for _ in range(repeats):
        start = time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        rates.append(tokens / max(time.process_time() - start, 1e-9))
    return statistics.median(rates)
