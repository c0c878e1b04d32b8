"""Clauses of a parsed sentence: each predicate with its arguments, the unit events are coded from.

The contract between the parse (which builds clauses) and the verb lexicon (which codes them):
indices are token positions in the sentence, so both sides read words and lemmas from the same
:class:`extraction.entities.Sentence`.

Built from Universal Dependencies labels (GeoWire's own pipelines are trained on UD treebanks):
a predicate is the root, a verb in a clausal relation, or a noun or adjective with a copula.
Arguments a clause does not spell out are taken where UD leaves them: a conjoined verb shares
its subject, an open complement takes its governor's object or subject ("forderte X auf, … zu",
"agreed to meet"), and a relative clause's pronoun stands for the noun it modifies.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .spans import Sentence

__all__ = ["BACKGROUND_RELATIONS", "CONTENT_RELATIONS", "Clause", "build_clauses", "plausible"]

# clauses that only set the scene of another predicate: relative, attributive, adverbial
BACKGROUND_RELATIONS = frozenset({"relcl", "acl", "advcl"})
# clauses that are what another predicate says, demands or agrees to
CONTENT_RELATIONS = frozenset({"xcomp", "ccomp", "csubj", "parataxis"})
CLAUSAL = BACKGROUND_RELATIONS | CONTENT_RELATIONS | {"root", "conj"}
SUBJECTS = ("nsubj", "nsubj:pass")
OBLIQUES = ("obl", "obl:arg", "obl:agent")
# modal verbs: Penn Treebank MD, STTS VM*; German werden + infinitive is the future
MODAL_TAGS = ("MD", "VM")
PARTICIPLE_TAGS = ("VBN", "VVPP")
VERB_TAGS = ("VV", "VB")  # full verbs (STTS, Penn Treebank), whatever UPOS the tagger chose
ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent"})


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
    indirect: int | None = None  # head token of the indirect (dative) object (iobj)
    infinitive: bool = False  # an infinitive clause ("to meet", "um … zu verhandeln")


def _relation(dep: str) -> str:
    dep = dep.lower()
    return "relcl" if dep == "acl:relcl" else dep.split(":", 1)[0]


# finite verbs (STTS, Penn Treebank): a sentence with one has a verbal root in a sound parse
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VBD", "VBZ", "VBP", "MD"})


def plausible(s: Sentence, copulas: Collection[str]) -> bool:
    """Whether the parse of ``s`` can be coded from: a sentence with a finite verb whose root
    is a noun ("Präsident" with "hat … gedroht" hung below it) is a parse gone wrong, read
    better from word order, unless a copula makes the noun the predicate. Headlines without
    a finite verb keep their nominal root."""
    if not any(t in FINITE_TAGS for t in s.tags):
        return True
    return any(
        h == k and (_verbal(s, k) or _has_cop(s, k, copulas) or _apposed_root(s, k))
        for k, h in enumerate(s.heads)
    )


def _apposed_root(s: Sentence, k: int) -> bool:
    """Whether root ``k`` is a name with an apposition and, after it, a finite verb hung as
    parataxis: the parser's reading of "Vladimir Putin, the Russian president, criticised
    Turkey", whose clause :func:`_apposed_subject` mends."""
    heads, deps = s.heads, s.deps
    return any(heads[c] == k and deps[c] == "appos" for c in range(k + 1, len(heads))) and any(
        heads[c] == k and deps[c] == "parataxis" and s.tags[c] in FINITE_TAGS
        for c in range(k + 1, len(heads))
    )


def _has_cop(s: Sentence, k: int, copulas: Collection[str]) -> bool:
    return any(
        s.deps[c] == "cop" and s.heads[c] == k and s.lemmas[c] in copulas
        for c in range(len(s.words))
    )


def _verbal(s: Sentence, k: int) -> bool:
    return s.pos[k] in ("VERB", "AUX") or s.tags[k].startswith(VERB_TAGS)


def _is_predicate(s: Sentence, k: int, children: list[list[int]]) -> bool:
    rel = _relation(s.deps[k])
    if rel == "root":
        return True
    if rel not in CLAUSAL:
        return False
    if _verbal(s, k) and (rel != "conj" or _verbal(s, s.heads[k])):
        return True
    return any(s.deps[c] == "cop" for c in children[k])


def build_clauses(s: Sentence, cues: Mapping[str, Collection[str]]) -> list[Clause]:
    """The clauses of a parsed sentence in word order (``s.heads`` set). ``cues`` are the
    language's word lists (``data/lang/<lang>.json``): negations, agent_preps,
    relative_pronouns, infinitive_markers, passive_aux, perfect_aux (and weekdays, where
    the language has them)."""
    n = len(s.words)
    children: list[list[int]] = [[] for _ in range(n)]
    for k, h in enumerate(s.heads):
        if h != k:
            children[h].append(k)
    for k in range(n):
        # a subject or object the parser hung on an auxiliary belongs to the main verb
        if s.deps[k] in ("aux", "aux:pass") and s.heads[k] != k:
            children[s.heads[k]].extend(c for c in children[k] if s.deps[c] in ARGUMENTS)
    relative_pronouns = cues["relative_pronouns"]
    preds = [k for k in range(n) if _is_predicate(s, k, children)]
    position = {k: p for p, k in enumerate(preds)}
    lowers = s.lowers
    raw = [_own_arguments(s, k, children, cues) for k in preds]
    clauses: list[Clause] = []
    for p, k in enumerate(preds):
        args = raw[p]
        rel = _relation(s.deps[k])
        governor = _governor(s, k, position)
        if rel == "relcl" and _on_a_weekday(s, k, children, cues):
            # "said Tuesday the army had shelled the town": no relative clause on the day but
            # what was said; the parser hung it on the weekday before it
            rel, governor = "ccomp", _governor(s, s.heads[k], position)
        if rel == "acl" and s.tags[k] in PARTICIPLE_TAGS:
            args["passive"] = True  # "the sanctions imposed by the EU"
        if not args["passive"]:
            args["agent"] = None  # "by"/"von" of an active verb is an ordinary PP
        if rel == "parataxis" and args["subject"] is None:
            _apposed_subject(s, k, children, args)
        if governor is not None:
            gov = raw[governor]
            if args["subject"] is None:
                if rel == "xcomp":  # object control first: "urged Iran to stop"
                    args["subject"] = gov["object"] or gov["indirect"] or gov["subject"]
                elif rel in ("conj", "advcl") and not args["passive"]:
                    args["subject"] = gov["subject"]
            if args["modal"] is None and rel == "conj":
                args["modal"] = gov["modal"]
        if rel in ("relcl", "acl") and k > 0:
            noun = s.heads[k]
            for role in ("subject", "object"):
                if args[role] is not None and lowers[args[role]] in relative_pronouns:
                    args[role] = noun
            if args["subject"] is None and args["object"] is None:
                # a participle's noun is what it acts on ("the sanctions imposed by the EU")
                args["subject" if args["passive"] or rel == "relcl" else "object"] = noun
        clauses.append(Clause(relation=rel, governor=governor, **args))
    return clauses


def _apposed_subject(s: Sentence, k: int, children: list[list[int]], args: dict) -> None:
    """A verb the parser hung as parataxis on a name with an apposition before it has that
    name for its subject ("Vladimir Putin, the Russian president, criticised Turkey": the
    name is read as the root), and the bare oblique after the verb for its object (what the
    parser made of "Turkey")."""
    head = s.heads[k]
    if not (
        head < k
        and s.heads[head] == head
        and s.pos[head] in ("PROPN", "NOUN")
        and any(s.deps[c] == "appos" and c < k for c in children[head])
    ):
        return
    args["subject"] = head
    if args["object"] is None:
        args["object"] = next(
            (c for c in children[k] if c > k and s.deps[c] == "obl:unmarked"), None
        )


def _on_a_weekday(
    s: Sentence, k: int, children: list[list[int]], cues: Mapping[str, Collection[str]]
) -> bool:
    """Whether relative clause ``k`` hangs on a weekday without a relative pronoun among its
    arguments: a day has no relative clause without one."""
    pronouns = cues["relative_pronouns"]
    return s.lowers[s.heads[k]] in cues.get("weekdays", ()) and not any(
        s.lowers[c] in pronouns and s.deps[c] in ARGUMENTS for c in children[k]
    )


def _own_arguments(
    s: Sentence, k: int, children: list[list[int]], cues: Mapping[str, Collection[str]]
) -> dict:
    """The arguments a predicate's own dependents spell out."""
    lowers, negations, agent_preps = s.lowers, cues["negations"], cues["agent_preps"]
    lemma = s.lemmas[k]
    subject = obj = indirect = agent = modal = second_subject = None
    preps: list[tuple[str, int]] = []
    passive = negated = False
    infinitive = s.tags[k].endswith("IZU")  # German "aufzuheben"
    auxiliaries = {lowers[c] for c in children[k] if s.deps[c] in ("aux", "aux:pass")}
    for c in children[k]:
        dep = s.deps[c]
        if dep in SUBJECTS and subject is None:
            subject = c
            passive = passive or dep == "nsubj:pass"
        elif dep in SUBJECTS and second_subject is None:
            second_subject = c
        elif dep == "obj" and obj is None:
            obj = c
        elif dep == "obj" and subject is None and obj is not None and obj < k:
            subject, obj = obj, c  # two objects and no subject: the parser lost the subject
        elif dep == "iobj" and indirect is None:
            indirect = c
        elif dep == "aux:pass":
            passive = True
        elif dep == "aux" and s.tags[c].startswith(MODAL_TAGS):
            modal = s.lemmas[c]
        elif dep == "aux" and s.lemmas[c] == "werden" and s.tags[k] == "VVINF":
            modal = "werden"
        elif dep == "compound:prt" and s.tags[c] == "PTKVZ":
            lemma = lowers[c] + lemma  # German "lud … ein" -> einladen
        elif dep in OBLIQUES:
            case = [lowers[x] for x in children[c] if s.deps[x] == "case"]
            if case:
                preps.append((case[0], c))
            if dep == "obl:agent" or (case and case[0] in agent_preps):
                agent = agent if agent is not None else c
        if lowers[c] in negations and dep in ("advmod", "det", "cc", "advmod:neg"):
            negated = True
        if dep == "mark" and lowers[c] in cues["infinitive_markers"]:
            infinitive = True
    if auxiliaries & set(cues["perfect_aux"]) and not auxiliaries & set(cues["passive_aux"]):
        # a perfect with "haben"/"have" and no passive auxiliary is active, whatever the
        # subject's label: "Die Rebellen haben den Plan abgelehnt"
        passive = False
        if obj is None and second_subject is not None:
            obj = second_subject  # the parser took the object for a second subject
    if obj is not None and any(lowers[c] in negations for c in children[obj]):
        negated = True  # "keine Einigung erzielt", "no agreement"
    return {
        "predicate": k,
        "lemma": lemma,
        "pos": "VERB" if s.tags[k].startswith(VERB_TAGS) else s.pos[k],
        "subject": subject,
        "object": obj,
        "indirect": indirect,
        "agent": agent,
        "preps": tuple(preps),
        "passive": passive,
        "negated": negated,
        "modal": modal,
        "infinitive": infinitive,
    }


def _governor(s: Sentence, k: int, position: dict[int, int]) -> int | None:
    """Position of the clause whose predicate ``k`` depends on, through nouns and the like."""
    seen = {k}
    h = s.heads[k]
    while h not in seen:
        if h in position:
            return position[h]
        seen.add(h)
        h = s.heads[h]
    return None
