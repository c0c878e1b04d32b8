"""The reviewed verb lexicon (``verbs.<lang>.reviewed.tsv``) in word-order coding.

Without a parse, a row can only be used as far as word order can check it:

- argument-free nouns join the trigger table ("Verhaftung", "Feuerpause");
- the participles listed for a verb of the trigger table stand for it there ("bombardiert");
- argument-free verbs, with their listed participles, form the fallback table of a sentence in
  which the trigger table finds nothing (beside the table's verbs they pre-empted them);
- rows that name a noun (object, subject or prepositional phrase) are idioms and senses: the
  verb takes the row's code when one of the nouns stands in the verb's stretch of the sentence
  ("Kritik üben", "in Haft nehmen", "Truppen abziehen"), or no code at all when the row is a
  sense without event ("Vorkehrungen treffen" is no meeting); a row that makes an event noun
  another kind of event ("Sanktionen aufheben") codes it instead of the noun (:func:`recodes`).

The parse-based coder reads the same rows with their roles (:mod:`extraction.verb_lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from .kb import REFLEXIVE, KnowledgeBase, Trigger

__all__ = [
    "ACTOR",
    "Idiom",
    "absorbs",
    "idiom_at",
    "idiom_nouns",
    "noun_keys",
    "recodes",
    "reviewed_idioms",
    "reviewed_non_events",
    "reviewed_participles",
    "reviewed_triggers",
]

ACTOR = "@actor"  # a pattern's placeholder for any actor
COMPOUND_HEAD = 6  # a listed noun this long also stands for compounds it ends ("Bodentruppen")
PREP_REACH = 3  # a pattern's preposition stands at most this many words before its noun


@dataclass(frozen=True)
class Idiom:
    """A verb's sense that a noun near it decides; ``trigger`` None: a sense without event."""

    verb: str  # lower-case lemma
    nouns: frozenset[str]  # lower-case lemmas of the head noun, any one of them; empty: none
    prep: frozenset[str]  # the preposition before the noun (or alone: "pochen auf"); empty: none
    reflexive: bool
    trigger: Trigger | None
    # a row naming a subject or object and a prepositional phrase needs both: the phrase's
    # prepositions and head nouns ("Soldaten ... im Einsatz"); None: the row names one pattern
    phrase: tuple[frozenset[str], frozenset[str]] | None = None


def recodes(idiom: Idiom, noun: Trigger | None) -> bool:
    """Whether the idiom makes its event noun another kind of event (another CAMEO root:
    "Sanktionen aufheben" eases them, "die Hilfe einstellen" stops aid), rather than a light
    verb's or a narrower code of the noun's own event ("einen Anschlag verüben")."""
    return (
        idiom.trigger is not None and noun is not None and noun.cameo[:2] != idiom.trigger.cameo[:2]
    )


def absorbs(idiom: Idiom, noun: Trigger | None) -> bool:
    """Whether a sense without event takes its event noun with it: the noun of a fixed
    prepositional phrase ("ins Treffen führen" puts an argument forward) names no event."""
    return idiom.trigger is None and noun is not None and bool(idiom.prep)


def _usable(kb: KnowledgeBase, row: Mapping[str, str]) -> bool:
    """Kept rows whose code has a PLOVER type, or that are kept as senses without event."""
    if row["review"].startswith("drop") or row["particle"]:
        return False
    return not row["cameo"] or bool(kb.cameo_row(row["cameo"])["plover"])


def _argument_free(row: Mapping[str, str]) -> bool:
    """A row naming no subject, object or prepositional phrase: a word on its own."""
    return not (row["subject"] or row["object"] or row["preps"])


def _forms(row: Mapping[str, str], lemma: str) -> list[str]:
    """The lemma and its listed participles, lower-case."""
    return [lemma, *(p.strip().lower() for p in row["participle"].split("|") if p.strip())]


def _trigger(row: Mapping[str, str], lemma: str, pos: str, reflexive: bool = False) -> Trigger:
    return Trigger(lemma, pos, row["cameo"], None, (), row["negated"] or None, reflexive)


def reviewed_triggers(
    kb: KnowledgeBase, rows: Iterable[Mapping[str, str]], pos: str
) -> dict[str, Trigger]:
    """One-word rows of ``pos`` with no argument pattern and a code, by lemma and participle;
    a reflexive verb's ("sich widersetzen") by its verb, which then needs "sich" in its
    clause."""
    out: dict[str, Trigger] = {}
    for row in rows:
        lemma = row["lemma"].lower()
        reflexive = lemma.startswith(REFLEXIVE + " ")
        lemma = lemma.removeprefix(REFLEXIVE + " ")
        if (
            row["pos"] != pos
            or not row["cameo"]
            or not _usable(kb, row)
            or not _argument_free(row)
            or " " in lemma
        ):
            continue
        trig = _trigger(row, lemma, pos, reflexive)
        for form in _forms(row, lemma):
            out.setdefault(form, trig)
    return out


def reviewed_participles(rows: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """The past participles that kept verb rows list, with their lower-case lemma (the first
    row's where two lemmas share one)."""
    out: dict[str, str] = {}
    for row in rows:
        lemma = row["lemma"].lower()
        if row["pos"] != "VERB" or row["review"].startswith("drop") or " " in lemma:
            continue
        for form in _forms(row, lemma)[1:]:
            out.setdefault(form, lemma)
    return out


def _spelling(word: str) -> str:
    """``word`` in the reformed spelling: the lemmatiser gives some nouns in the old one
    ("Kompromiss", "Beschuss" -> "kompromiß", "beschuß", but "Kompromisses" -> "kompromiss"),
    so rows and lemmas are compared with "ß" written "ss"."""
    return word.replace("ß", "ss")


def _heads(spec: str) -> frozenset[str]:
    """The head noun's alternatives of a noun-phrase pattern ("die truppe|soldat")."""
    words = _spelling(spec.lower()).split()
    return frozenset(words[-1].split("|")) if words else frozenset()


def reviewed_non_events(kb: KnowledgeBase, rows: Iterable[Mapping[str, str]]) -> frozenset[str]:
    """Kept noun rows without a code: compounds that are no event though their head is one
    ("Wahlkampf" is a campaign, not a fight), by lower-case lemma."""
    return frozenset(
        row["lemma"].lower()
        for row in rows
        if row["pos"] == "NOUN" and not row["cameo"] and _usable(kb, row) and _argument_free(row)
    )


def reviewed_idioms(kb: KnowledgeBase, rows: Iterable[Mapping[str, str]]) -> dict[str, list[Idiom]]:
    """Verb rows whose pattern names nouns (not an actor) or a preposition, by lemma and
    participle. A row with several patterns needs them all: word order checks the noun of the
    object (else the subject's) and, with it, the prepositional phrase."""
    out: dict[str, list[Idiom]] = {}
    for row in rows:
        lemma = row["lemma"].lower()
        specs = (row["object"], row["subject"], row["preps"])
        if row["pos"] != "VERB" or _argument_free(row) or not _usable(kb, row):
            continue
        if any(ACTOR in spec for spec in specs) or ";" in row["preps"]:
            continue  # an actor needs the parse's roles
        reflexive = lemma.startswith(REFLEXIVE + " ")
        lemma = lemma.removeprefix(REFLEXIVE + " ")
        if " " in lemma:
            continue
        prep, _, prep_noun = row["preps"].lower().partition(" ")
        preps = frozenset(prep.split("|")) if prep else frozenset()
        noun = row["object"] or row["subject"]
        both = bool(noun and prep_noun)
        idiom = Idiom(
            lemma,
            _heads(noun or prep_noun),
            frozenset() if both else preps,
            reflexive,
            _trigger(row, lemma, "VERB") if row["cameo"] else None,
            (preps, _heads(prep_noun)) if both else None,
        )
        for form in _forms(row, lemma):
            out.setdefault(form, []).append(idiom)
    return out


def noun_keys(lemma: str) -> frozenset[str]:
    """The nouns of an idiom that ``lemma`` matches (:func:`_noun_matches`): the lemma in the
    reformed spelling and each of its endings long enough to end a compound. The lexicon
    keeps, per lemma, those that are its idioms' nouns (``Lexicon.idiom_noun_keys``)."""
    spelled = _spelling(lemma)
    return frozenset([spelled, *(spelled[k:] for k in range(1, len(spelled) - COMPOUND_HEAD + 1))])


def _noun_matches(lemma: str, nouns: frozenset[str]) -> bool:
    """Whether ``lemma`` is one of ``nouns`` or a compound ending in a long one."""
    lemma = _spelling(lemma)
    return lemma in nouns or lemma.endswith(_compound_heads(nouns))


@cache
def _compound_heads(nouns: frozenset[str]) -> tuple[str, ...]:
    """The nouns long enough to end a compound, as one tuple for ``str.endswith`` (cached:
    the noun sets are the lexicon's idioms', a fixed few)."""
    return tuple(n for n in nouns if len(n) >= COMPOUND_HEAD)


def _fits(
    idiom: Idiom,
    lemmas: Sequence[str],
    lowers: Sequence[str],
    seg: tuple[int, int],
    contractions: Mapping[str, str],
) -> int | None:
    """Where the idiom's noun (or, without a noun, its preposition) stands in ``seg``."""
    a, b = seg
    if idiom.reflexive and REFLEXIVE not in lowers[a:b]:
        return None
    if idiom.phrase is not None:
        preps, nouns = idiom.phrase
        if _noun_at(nouns, preps, lemmas, lowers, seg, contractions) is None:
            return None
    return _noun_at(idiom.nouns, idiom.prep, lemmas, lowers, seg, contractions)


def _noun_at(
    nouns: frozenset[str],
    preps: frozenset[str],
    lemmas: Sequence[str],
    lowers: Sequence[str],
    seg: tuple[int, int],
    contractions: Mapping[str, str],
) -> int | None:
    """Where one of ``nouns`` stands in ``seg`` with one of ``preps`` shortly before it (no
    nouns: where the preposition stands; no prepositions: the noun alone)."""
    a, b = seg
    for k in range(a, b):
        if not nouns:
            if contractions.get(lowers[k], lowers[k]) in preps:
                return k
            continue
        if not _noun_matches(lemmas[k], nouns):
            continue
        before = {contractions.get(w, w) for w in lowers[max(a, k - PREP_REACH) : k]}
        if not preps or preps & before:
            return k
    return None


def idiom_at(
    idioms: Mapping[str, list[Idiom]],
    key_forms: Sequence[str],
    lemmas: Sequence[str],
    lowers: Sequence[str],
    seg: tuple[int, int],
    contractions: Mapping[str, str],
    present: frozenset[str] | None = None,
) -> tuple[Idiom, int] | None:
    """The first idiom of the verb (looked up by ``key_forms``: lemma, word) whose noun stands
    in ``seg``, and the noun's index; ``lemmas`` are lower-case. An idiom whose noun matches
    no word of the stretch is passed over before the search for where it stands (most are):
    ``present`` holds the :func:`noun_keys` of the stretch's words (at least those that are
    the idioms' nouns; None: found here)."""
    if present is None:
        a, b = seg
        present = frozenset().union(*map(noun_keys, lemmas[a:b]))
    for form in key_forms:
        for idiom in idioms.get(form, ()):
            if _absent(idiom.nouns, present) or (
                idiom.phrase is not None and _absent(idiom.phrase[1], present)
            ):
                continue
            k = _fits(idiom, lemmas, lowers, seg, contractions)
            if k is not None:
                return idiom, k
    return None


def idiom_nouns(idiom: Idiom) -> frozenset[str]:
    """The nouns the idiom needs one of: its noun's and its phrase's."""
    return idiom.nouns | idiom.phrase[1] if idiom.phrase is not None else idiom.nouns


def _absent(nouns: frozenset[str], present: frozenset[str]) -> bool:
    """Whether an idiom's ``nouns`` (none: it needs no noun) match none of the ``present``
    :func:`noun_keys` of a stretch's words."""
    return bool(nouns) and nouns.isdisjoint(present)
