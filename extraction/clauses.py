"""Clauses of a parsed sentence: each predicate with its arguments, the unit events are coded from.

The contract between the parse (which builds clauses) and the verb lexicon (which codes them):
indices are token positions in the sentence, so both sides read words and lemmas from the same
:class:`extraction.entities.Sentence`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Clause"]


@dataclass(frozen=True)
class Clause:
    """One predicate of a sentence and what depends on it."""

    predicate: int  # token index of the predicate's head word
    lemma: str  # lower-case lemma; a German separable verb joined with its particle ("einladen")
    pos: str  # UPOS of the predicate: VERB, NOUN (nominal predicate), ADJ
    subject: int | None = None  # head token of the subject (nsubj; nsubj:pass when passive)
    object: int | None = None  # head token of the direct object (obj)
    agent: int | None = None  # head token of a passive's agent ("by", "von", "durch")
    preps: tuple[tuple[str, int], ...] = ()  # (lower-case preposition, head token of its object)
    passive: bool = False
    negated: bool = False
    modal: str | None = None  # lemma of a modal verb governing the predicate
    relation: str = "root"  # the predicate's own dependency: root, conj, xcomp, ccomp, relcl, ...
    governor: int | None = None  # position in the sentence's clause list of the governing clause
