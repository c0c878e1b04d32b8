"""Propose German verb-lexicon rows from a German-English dictionary, for review by hand.

Run ``python -m extraction.verbs_candidates OUT.tsv [DING_FILE]``. Every aligned pair of a Ding
entry (``gegen jdn. Sanktionen verhängen :: to impose sanctions on sb.``) whose English side
the English verb lexicon codes becomes a candidate with that code: the German verb, its past
participle (from the entry's forms), the German object noun of an idiom and its preposition.
Nouns (``Festnahme {f} :: arrest``) become candidates when their English word is a coded verb
(or its ``-ion``/``-ment`` noun). Automatic translation picks the right type for few rows, so the
output is never loaded: the reviewed rows go to ``data/verbs.de.reviewed.tsv`` with their source.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .clauses import Clause
from .entities import Sentence
from .kb import load_kb, write_tsv
from .lexicon import Lexicon, lemma_of
from .verb_lexicon import VerbLexicon

__all__ = ["Candidate", "candidates", "english_clause", "main", "ranked"]

DING = Path("/usr/share/trans/de-en")
# placeholders of dictionary phrases, with the word that stands for them in a clause
EN_SLOTS = {"sb.": "him", "sth.": "it", "sb./sth.": "him", "oneself": "himself"}
DE_SLOTS = {"jdn.", "jdm.", "jds.", "etw.", "jdn./etw.", "jdm./etw.", "etw./jdn.", "jdn./jdm."}
EN_PREPS = frozenset(
    [
        "on",
        "against",
        "to",
        "for",
        "with",
        "from",
        "in",
        "into",
        "at",
        "of",
        "by",
        "over",
        "about",
        "under",
        "after",
        "toward",
        "towards",
    ]
)
EN_SKIP = frozenset(["a", "an", "the", "one's", "his", "her", "their", "its", "new"])
DE_ARTICLES = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"]
)
NOUN_SUFFIXES = (("ation", "ate"), ("ation", ""), ("ion", "e"), ("ion", ""), ("ment", ""))
BRACKETS = re.compile(r"\s*(\{[^}]*\}|\[[^\]]*\]|\([^)]*\))")


@dataclass(frozen=True)
class Candidate:
    lemma: str
    pos: str
    participle: str
    object: str
    preps: str
    cameo: str
    english: str
    source: str


def english_clause(phrase: str) -> tuple[Sentence, Clause] | None:
    """ "to impose sanctions on sb." as a clause: verb, object head, prepositional phrases."""
    words = [EN_SLOTS.get(w, w) for w in BRACKETS.sub("", phrase).split()]
    if len(words) < 2 or words[0] != "to":
        return None
    words = ["they", *words[1:]]
    lemmas = [lemma_of(w, "en") for w in words]
    obj: int | None = None
    preps: list[tuple[str, int]] = []
    i = 2
    while i < len(words):
        w = words[i].lower()
        if w in EN_PREPS and i + 1 < len(words):
            j = i + 1
            while j + 1 < len(words) and words[j] in EN_SKIP:
                j += 1
            preps.append((w, j))
            i = j + 1
            continue
        if w not in EN_SKIP and obj is None and not preps:
            k = i
            while k + 1 < len(words) and words[k + 1].lower() not in EN_PREPS:
                k += 1  # the last word before a preposition heads the phrase
            obj = k
            i = k
        i += 1
    clause = Clause(1, lemmas[1].lower(), "VERB", subject=0, object=obj, preps=tuple(preps))
    return Sentence(words, lemmas, [0] * len(words)), clause


def _german(phrase: str) -> tuple[str, str, str, bool] | None:
    """German verb phrase -> (infinitive, object noun, preposition + noun, reflexive)."""
    words = [
        w for w in BRACKETS.sub("", phrase).split() if w not in DE_SLOTS and w not in DE_ARTICLES
    ]
    reflexive = "sich" in words
    words = [w for w in words if w != "sich"]
    if not words or not words[-1].islower() or not words[-1].endswith("n"):
        return None
    verb, rest = words[-1], words[:-1]
    nouns = [w for w in rest if w[:1].isupper()]
    preps = [w for w in rest if w.islower() and len(w) <= 5]
    obj = prep = ""
    if len(nouns) == 1 and not preps:
        obj = lemma_of(nouns[0], "de")
    elif len(nouns) == 1 and len(preps) == 1:
        prep = f"{preps[0]} {lemma_of(nouns[0], 'de')}"
    elif rest and not (len(rest) == 1 and rest[0].islower()):
        return None  # longer phrases are left to the reviewer's own rows
    elif rest:
        verb = rest[0] + verb  # "fest nehmen" style split particles do not occur; keep it whole
    return verb, obj.lower(), prep.lower(), reflexive


def _slots(side: str) -> list[str]:
    return [s.strip() for s in side.split(" | ")]


def candidates(ding: Path, en: VerbLexicon) -> Iterator[Candidate]:
    """Every pair of the dictionary, in file order; ``cameo`` empty when English codes nothing."""
    for n, line in enumerate(ding.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or " :: " not in line:
            continue
        de_side, en_side = line.split(" :: ", 1)
        de_slots, en_slots = _slots(de_side), _slots(en_side)
        pairs = list(zip(de_slots, en_slots, strict=False))
        if len(de_slots) != len(en_slots):
            pairs = pairs[:1]
        source = f"Ding de-en 1.9:{n}"
        head_de = de_slots[0]
        if "{v" in head_de:
            participles = de_slots[2].split("; ") if len(de_slots) > 2 else []
            yield from _verb_pair(head_de, en_slots[0], participles, en, source)
            pairs = pairs[1:]
        elif re.search(r"\{[mfn]\}", head_de):
            yield from _noun_pair(head_de, en_slots[0], en, source)
        for de, eng in pairs:
            if eng.startswith("to ") and "{" not in de:
                yield from _verb_pair(de, eng, [], en, source)


def _code(en: VerbLexicon, phrase: str) -> str:
    parsed = english_clause(phrase)
    if parsed is None:
        return ""
    trig = en.code(*parsed)
    return trig.cameo if trig else ""


def _verb_pair(
    de: str, eng: str, participles: list[str], en: VerbLexicon, source: str
) -> Iterator[Candidate]:
    en_syns = [e for e in eng.split("; ") if e.startswith("to ")]
    de_syns = de.split("; ")
    aligned = len(participles) == len(de_syns)
    for e in en_syns:
        code = _code(en, e)
        for k, d in enumerate(de_syns):
            parsed = _german(d)
            if parsed is None:
                continue
            verb, obj, prep, reflexive = parsed
            part = (
                BRACKETS.sub("", participles[k]).split()[-1] if aligned and participles[k] else ""
            )
            yield Candidate(
                ("sich " if reflexive else "") + verb,
                "VERB",
                part,
                obj,
                prep,
                code,
                e,
                f"{source} «{d.strip()}» :: «{e.strip()}»",
            )


def _noun_pair(de: str, eng: str, en: VerbLexicon, source: str) -> Iterator[Candidate]:
    for e in eng.split("; "):
        word = BRACKETS.sub("", e).strip().lower()
        if not word.isalpha():
            continue
        forms = [word] + [
            word[: -len(suf)] + rep for suf, rep in NOUN_SUFFIXES if word.endswith(suf)
        ]
        code = next((c for f in forms if (c := _code(en, f"to {f}"))), "")
        for d in de.split("; "):
            noun = BRACKETS.sub("", d).strip()
            if noun[:1].isupper() and " " not in noun:
                yield Candidate(noun, "NOUN", "", "", "", code, e, f"{source} «{d}» :: «{e}»")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit("usage: python -m extraction.verbs_candidates OUT.tsv [DING_FILE]")
    ding = Path(args[1]) if len(args) > 1 else DING
    en = VerbLexicon(Lexicon("en", load_kb()))
    write_tsv(Path(args[0]), ranked(candidates(ding, en)))


def ranked(pairs: Iterable[Candidate]) -> list[dict[str, str]]:
    """Coded candidates, one per (German phrase, code), ranked for review: ``votes`` is how many
    dictionary pairs give the code, ``share`` their part of all the phrase's translations (a
    German verb most of whose English translations say "attack" is likely an attack)."""
    total: Counter[tuple[str, ...]] = Counter()
    votes: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], Candidate] = {}
    for c in pairs:
        phrase = (c.lemma, c.pos, c.object, c.preps)
        total[phrase] += 1
        if c.cameo:
            votes[(*phrase, c.cameo)] += 1
            first.setdefault((*phrase, c.cameo), c)
    rows = []
    for key, n in votes.items():
        c = first[key]
        share = n / total[key[:4]]
        rows.append(
            {
                "lemma": c.lemma,
                "pos": c.pos,
                "participle": c.participle,
                "object": c.object,
                "preps": c.preps,
                "cameo": c.cameo,
                "english": c.english,
                "votes": str(n),
                "share": f"{share:.2f}",
                "source": c.source,
            }
        )
    rows.sort(key=lambda r: (-float(r["share"]) * int(r["votes"]), r["lemma"]))
    return rows


if __name__ == "__main__":
    main()
