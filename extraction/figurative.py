"""Words of violence used figuratively: an attack or fight aimed at a thing no one can hit.

Ding tells the figurative sense of the violent words by their object: "Kampf (gegen jdn./etw.)
[mil.] [übtr.]" is a battle against someone and, against something, a struggle ("der Kampf
gegen den Krebs"); "Angriff (auf etw.) [übtr.]" is "ein Angriff auf die Pressefreiheit"; "um
etw. kämpfen" is to struggle for it. CAMEO.2.0 codes the same: "fight" or "battle" with
corruption, violence, racism, extremism is no event (CAMEO.2.0.txt:8907-8919), an "attack on
policies", a "scathing", "sharpest" or "personal attack" is criticism, 111 (3919-3927, 1074). So
a violent word aimed (by the preposition its aim takes) at an abstract noun is no violence: an
attack word is criticism, any other none ("kämpfte gegen die Sparpolitik", "ein Angriff auf die
Pressefreiheit"); and an attack word with a modifier of speech ("scharf angegriffen") is
criticism whatever its aim. Abstract nouns: :mod:`extraction.aims_build` (Ding and WordNet).
Frames of force that tell no act: "mit etw. zu kämpfen haben" (to grapple with a problem),
a participle of coercion, violence or threat its subject feels or sees itself in ("fühlt sich
unterdrückt", "sich angegriffen fühlen" :: "to feel defensive", "sieht sich bedroht"); and a
verb of holding that records what is said ("hielt fest, dass ...") arrests no one. A threat
noun that a verb of calling applies to ("bezeichnete Russland als Bedrohung") judges the one
called: criticism, not a threat.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from .codes import COERCIVE_ROOTS, VIOLENT_ROOTS, root
from .kb import REFLEXIVE, Trigger
from .lexicon import Lexicon
from .spans import EntitySpan

__all__ = ["abstract_noun", "figurative_sense"]

ABSTRACT_NOUNS = Path(__file__).parent / "data" / "abstract_nouns.de.generated.tsv"
COMPOUND_HEAD = 5  # a compound's head noun has at least this many letters
AIM_REACH = 4  # the aim's head noun stands at most this many words after its preposition
CRITICISM = "111"  # CAMEO: criticize or denounce
THREAT_ROOT = "13"  # CAMEO: threaten
LABEL_REACH = 6  # "als" stands at most this many words before the noun it calls something
FEELING_REACH = 6  # "sich" stands at most this many words before a felt participle
MODIFIER_REACH = 2  # a modifier of speech stands at most this many words before its word


def figurative_sense(
    lex: Lexicon,
    words: Sequence[str],
    lowers: Sequence[str],
    mentions: Sequence[EntitySpan],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
) -> Trigger | None:
    """The trigger at ``i`` as its aim and modifiers read it: itself, criticism (an attack
    word aimed at an abstract noun or said "scharf"), or None (a fight for or against one,
    a struggle with a problem, a feeling of being oppressed, a statement for the record)."""
    if lex.lang != "de":
        return trig
    if root(trig.cameo) not in COERCIVE_ROOTS | {THREAT_ROOT}:
        return trig
    if trig.pos == "NOUN" and _labelled(lex, lowers, i):
        return replace(trig, cameo=CRITICISM, mode=None, context=(), negated=None)
    if trig.pos == "VERB" and _felt(lex, lowers, seg, i):
        return None  # "fühlt sich unterdrückt", "sieht sich bedroht"
    if root(trig.cameo) == THREAT_ROOT:
        return trig
    if trig.pos == "VERB" and (
        _struggle(lex, lowers, seg, i, trig) or _recorded(lex, lowers, seg, i, trig)
    ):
        return None
    if root(trig.cameo) not in VIOLENT_ROOTS:
        return trig
    attack = trig.lemma in lex.words.get("attack_words", ())
    criticism = replace(trig, cameo=CRITICISM, mode=None, context=(), negated=None)
    speech = lex.words.get("speech_modifiers", set())
    if attack and any(lex.lemma(w) in speech for w in lowers[max(seg[0], i - MODIFIER_REACH) : i]):
        return criticism
    if not aimed_at_thing(lex, words, lowers, mentions, seg, i, trig):
        return trig
    return criticism if attack else None


def _labelled(lex: Lexicon, lowers: Sequence[str], i: int) -> bool:
    """Whether a threat or force noun is what its stretch's verb of calling names something
    ("bezeichnete Russland als Bedrohung", "bezeichnete die Mission als Invasion"): a judgement
    of the one called, criticism (111), not a threat or an act of force, as CAMEO.2.0 codes
    'BRAND - * KIDNAPPING [111]' (CAMEO.2.0.txt:2404)."""
    # a list of modifiers may cut the stretch between "als" and its noun ("als sehr, sehr
    # ernsthafte Bedrohung"): both are looked for in the sentence around it
    before = lowers[max(0, i - LABEL_REACH) : i]
    return "als" in before and any(
        lex.lemma(w) in lex.words.get("labelling_verbs", ()) for w in lowers
    )


def _felt(lex: Lexicon, lowers: Sequence[str], seg: tuple[int, int], i: int) -> bool:
    """A participle of force the stretch's subject feels ("fühlen sich unterdrückt", "sich
    angegriffen fühlen" :: "to feel defensive", Ding de-en 1.9:138128): a feeling, no act."""
    a, b = seg
    feeling = lex.words.get("feeling_verbs", set())
    # a list of adverbs may cut the stretch before it: "sich politisch, kulturell und
    # religiös unterdrückt fühlen"
    return (
        REFLEXIVE in lowers[max(0, min(a, i - FEELING_REACH)) : b]
        and any(lex.lemma(w) in feeling for w in lowers[a:b])
        and lex.past_participle(lowers[i], lex.lemma(lowers[i]))
    )


def _struggle(
    lex: Lexicon, lowers: Sequence[str], seg: tuple[int, int], i: int, trig: Trigger
) -> bool:
    """A struggle ("mit etw. zu kämpfen haben", to grapple with a problem, Ding de-en
    1.9:150118, 162823): an infinitive of a struggle verb after "zu" with a form of "haben"
    in its stretch ("hat mit Schulden zu kämpfen", "zu kämpfen haben")."""
    a, b = seg
    have = lex.words.get("struggle_auxiliaries", set())
    return (
        trig.lemma in lex.words.get("struggle_verbs", ())
        and i > a
        and lowers[i - 1] in lex.words["infinitive_markers"]
        and any(lex.lemma(w) in have for w in lowers[a:b])
    )


def _recorded(
    lex: Lexicon, lowers: Sequence[str], seg: tuple[int, int], i: int, trig: Trigger
) -> bool:
    """A verb of holding that records ("etw. (schriftlich) festhalten" :: "to record sth.",
    Ding de-en 1.9:184970) tells what is said: with a that-clause after its stretch ("hielt
    fest, dass") or opening a reporting clause after what was said ("..., hielt X fest")."""
    if trig.lemma not in lex.words.get("record_verbs", ()):
        return False
    a, b = seg
    that = b + 1 < len(lowers) and lowers[b + 1] in lex.words["complementizers"]
    reporting = i == a and a > 0 and lowers[a - 1] == ","
    return that or reporting


def aimed_at_thing(
    lex: Lexicon,
    words: Sequence[str],
    lowers: Sequence[str],
    mentions: Sequence[EntitySpan],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
) -> bool:
    """Whether the trigger at ``i`` is aimed (a noun: by the preposition right after
    it, "Angriff auf"; a verb: by one in its stretch, "kämpfte gegen") at a thing that is no
    actor, person or place and cannot be hit."""
    a, b = seg
    if trig.pos == "NOUN":
        preps = lex.words.get("violent_noun_aim_preps", set())
        k = i + 1 if i + 1 < b and lowers[i + 1] in preps else None
    else:
        preps = lex.words.get("violent_verb_aim_preps", set())
        # not a common noun's own phrase ("in der Affäre um die Vergabe ... angegriffen")
        # nor an organisation's ("die Beobachtungsstelle für Menschenrechte"); after a place
        # it is the verb's ("kämpfte in Rom gegen ...")
        places = {
            j for m in mentions if m.kind in ("PLACE", "COUNTRY") for j in range(m.start, m.end)
        }
        k = next(
            (
                j
                for j in range(a, b)
                if j != i
                and lowers[j] in preps
                and not (j > a and words[j - 1][:1].isupper() and j - 1 not in places)
            ),
            None,
        )
    if k is None or k + 1 >= b or not words[k + 1][:1].isalpha():
        return False  # "gegen 21 Uhr" is a time
    head = next(
        (j for j in range(k + 1, min(b, k + 1 + AIM_REACH)) if words[j][:1].isupper()), None
    )
    if head is None or any(m.start <= head and m.end > k for m in mentions):
        return False
    if (
        head + 1 < b
        and words[head + 1][:1].isupper()
        and not any(m.start == head + 1 and m.genitive for m in mentions)
    ):
        return False  # a name follows the noun: "die Zeitschrift Charlie Hebdo" is a body
    return abstract_noun(lex.lemma(words[head]))


@cache
def _abstract_nouns() -> frozenset[str]:
    with open(ABSTRACT_NOUNS, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return frozenset(row["lemma"].lower() for row in rows)


def abstract_noun(lemma: str, shortest_modifier: int = 1) -> bool:
    """Whether a lower-case German noun lemma, or the noun a compound ends in ("Spardiktat")
    after at least ``shortest_modifier`` letters, names no thing violence can hit
    (:mod:`extraction.aims_build`)."""
    nouns = _abstract_nouns()
    if lemma in nouns:
        return True
    return any(lemma[k:] in nouns for k in range(shortest_modifier, len(lemma) - COMPOUND_HEAD + 1))
