"""How far the German lexicons reach on gold sentences, before clause structure decides anything.

Run ``python -m extraction.verbs_coverage [GOLD.jsonl] [--part read|scored|all]`` (default: the
read part of ``../shared/data/plover_gold/dev.de.jsonl``). A sentence counts as *reached* when
some word of it, coded by a lexicon as the predicate of a clause built from the parse, has one of
the sentence's gold PLOVER types: an upper bound on recall that says whether the words are there
at all. Three rows: the old trigger table (``triggers.tsv``, lemma lookup), the verb lexicon
(:mod:`extraction.verb_lexicon`, with the clause's arguments), and either of them. Also printed:
the verb lexicon's loaded rows per CAMEO root, and how many of ``triggers.tsv``'s German lemmas
the verb lexicon codes with the same CAMEO root (a sanity check of the review, not a target:
the trigger table was grown from dev sentences).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from .clauses import Clause
from .dev_split import PARTS, select
from .kb import DATA_DIR, SHARED_DATA_DIR, Trigger, load_kb, read_tsv
from .lexicon import Lexicon
from .spans import Sentence
from .syntax import load_syntax_pipeline
from .verb_lexicon import VerbLexicon, verb_lexicon

__all__ = ["Coverage", "agreement", "clauses_of", "coverage", "main", "rows_per_root"]

GOLD = SHARED_DATA_DIR / "plover_gold" / "dev.de.jsonl"
PREDICATE_POS = frozenset({"VERB", "NOUN", "AUX"})
SUBJECT = frozenset({"nsubj", "nsubj:pass"})
OBLIQUE = frozenset({"obl", "nmod", "obl:arg", "obl:agent"})


@dataclass
class Coverage:
    """Sentences with gold events, and how many each lexicon reaches."""

    sentences: int = 0
    old: int = 0
    new: int = 0
    either: int = 0


def clauses_of(doc: Doc) -> tuple[Sentence, list[Clause]]:
    """One clause per verb or noun of a parsed sentence, with the arguments the UD labels give
    (a separable verb joined with its particle: "lud … ein" -> "einladen")."""
    sentence = Sentence([t.text for t in doc], [t.lemma_ for t in doc], [t.idx for t in doc])
    clauses = [_clause(t) for t in doc if t.pos_ in PREDICATE_POS]
    return sentence, clauses


def _clause(t: Token) -> Clause:
    kids = list(t.children)
    prt = "".join(k.text.lower() for k in kids if k.dep_ == "compound:prt")
    subject = next((k.i for k in kids if k.dep_ in SUBJECT), None)
    obj = next((k.i for k in kids if k.dep_ == "obj"), None)
    preps = tuple(
        (case.text.lower(), k.i)
        for k in kids
        if k.dep_ in OBLIQUE
        for case in k.children
        if case.dep_ == "case"
    )
    agent = next((i for p, i in preps if p in ("von", "durch")), None)
    passive = any(k.dep_ in ("aux:pass", "nsubj:pass") for k in kids)
    pos = "NOUN" if t.pos_ == "NOUN" else "VERB"
    lemma = prt + t.lemma_.lower()
    return Clause(t.i, lemma, pos, subject, obj, agent if passive else None, preps, passive)


def _plover(code: str, types: dict[str, str]) -> str:
    return types.get(code, "")


def _old_trigger(lex: Lexicon, s: Sentence, c: Clause) -> Trigger | None:
    """What the trigger table gives the predicate: its joined lemma ("einladen"), else the
    word as the extractor looks it up (participles, compounds ending in a listed noun)."""
    joined = lex.triggers.get(c.lemma, ())
    if joined:
        return joined[0]
    return lex.word_trigger(s.words[c.predicate], s.lemmas[c.predicate].lower())


def coverage(
    records: Iterable[dict], lex: Lexicon, verbs: VerbLexicon, nlp, types: dict[str, str]
) -> Coverage:
    """Reach of the trigger table and the verb lexicon on the records that have gold events."""
    cov = Coverage()
    for record in records:
        gold = {e["type"] for e in record.get("events") or ()}
        if not gold:
            continue
        cov.sentences += 1
        sentence, clauses = clauses_of(nlp(record["text"]))
        old = {
            _plover(trig.cameo, types)
            for c in clauses
            if (trig := _old_trigger(lex, sentence, c)) is not None
        }
        new = {
            _plover(trig.cameo, types)
            for c in clauses
            if (trig := verbs.code(sentence, c)) is not None
        }
        cov.old += bool(old & gold)
        cov.new += bool(new & gold)
        cov.either += bool((old | new) & gold)
    return cov


def rows_per_root(data_dir: Path = DATA_DIR) -> Counter[str]:
    """Loaded rows of ``verbs.de.reviewed.tsv`` per CAMEO root ("--": a sense with no event)."""
    rows = read_tsv(data_dir / "verbs.de.reviewed.tsv")
    return Counter(r["cameo"][:2] or "--" for r in rows if not r["review"].startswith("drop"))


def agreement(triggers: dict[str, list[Trigger]], data_dir: Path = DATA_DIR) -> Counter[str]:
    """For each German lemma of ``triggers`` (``triggers.tsv``'s rows, not the reviewed nouns
    the extractor adds to them): does a loaded verb-lexicon row of the same
    lemma and part of speech carry the same CAMEO root (``same``), only other roots
    (``other``), or is the lemma not in the verb lexicon (``absent``)?"""
    roots: dict[tuple[str, str], set[str]] = {}
    for r in read_tsv(data_dir / "verbs.de.reviewed.tsv"):
        if r["review"].startswith("drop") or not r["cameo"]:
            continue
        key = (r["lemma"].lower().removeprefix("sich "), r["pos"])
        roots.setdefault(key, set()).add(r["cameo"][:2])
    out: Counter[str] = Counter()
    for lemma, listed in triggers.items():
        for t in listed:
            found = roots.get((lemma, "NOUN" if t.pos == "NOUN" else "VERB"))
            out["absent" if not found else "same" if t.cameo[:2] in found else "other"] += 1
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extraction.verbs_coverage")
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--part", choices=PARTS, default="read")
    args = parser.parse_args(argv)
    nlp = load_syntax_pipeline("de")
    if nlp is None:
        raise SystemExit("the German syntax pipeline is needed: make models")
    lex = Lexicon("de", load_kb())
    verbs = verb_lexicon(lex)
    types = {r["code"]: r["plover"] for r in read_tsv(DATA_DIR / "cameo.generated.tsv")}
    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()]
    cov = coverage(select(records, args.part), lex, verbs, nlp, types)
    n = cov.sentences or 1
    print(f"{args.gold.name} ({args.part}): {cov.sentences} sentences with gold events reached by")
    for name, hits in (
        ("triggers.tsv", cov.old),
        ("verb lexicon", cov.new),
        ("either", cov.either),
    ):
        print(f"  {name:13} {hits:3}  {hits / n:.0%}")
    roots = rows_per_root()
    print(
        "verb lexicon rows per CAMEO root:", " ".join(f"{k}:{v}" for k, v in sorted(roots.items()))
    )
    agree = agreement(lex.kb.triggers[lex.lang])
    total = sum(agree.values()) or 1
    print(
        "triggers.tsv German rows coded with the same root by the verb lexicon: "
        + ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in sorted(agree.items()))
    )


if __name__ == "__main__":
    main()
