"""Which trigger a clause is: the one narrow point where the trigger lexicon meets the parse.

A verb lexicon that codes a :class:`~extraction.clauses.Clause` from its verb and its object or
preposition patterns replaces :func:`clause_trigger` as a whole; until then it reads today's
trigger table (``data/triggers.tsv`` through :class:`~extraction.lexicon.Lexicon`).
"""

from __future__ import annotations

from .clauses import Clause
from .kb import Trigger
from .lexicon import Lexicon
from .spans import Sentence
from .verb_lexicon import verb_lexicon

__all__ = [
    "called_off",
    "clause_trigger",
    "in_fixed_marker",
    "no_event_alone",
    "ordered_act",
    "tagged_sense",
]


def clause_trigger(lex: Lexicon, s: Sentence, clause: Clause) -> tuple[int, Trigger] | None:
    """The trigger of ``clause`` and the word it sits on: the predicate (a separable verb with
    its particle, a listed two-word phrase), else an event noun the verb carries: its object
    ("held talks", "verhängte Sanktionen"), its subject ("talks were held", "Die Ermittlungen
    gegen X machten …") or a prepositional argument that is not a circumstance ("Zu Besuch in
    Sarajevo stellte X klar", not "nach den Gesprächen")."""
    k = clause.predicate
    lowers = s.lowers
    if k + 1 < len(lowers) and f"{clause.lemma} {lowers[k + 1]}" in lex.triggers:
        return k, lex.triggers[f"{clause.lemma} {lowers[k + 1]}"][0]
    if clause.lemma != s.lemmas[k] and clause.lemma in lex.triggers:
        return k, lex.triggers[clause.lemma][0]  # separable verb joined with its particle
    hit = tagged_sense(lex, s, k, lex.word_trigger(s.words[k], s.lemmas[k]))
    if hit is not None and hit.pos != "AUX":
        return _in_sense(lex, s, clause, hit)
    if clause.pos != "VERB":
        return None
    if lex.conf.get("clause_senses"):
        argued = verb_lexicon(lex).argued_sense(s, clause)
        if argued is not None:
            return k, argued
    circumstances = lex.words.get("circumstance_preps", set())
    carriers = [clause.object, clause.subject] + [
        t for prep, t in clause.preps if prep not in circumstances
    ]
    for c in carriers:
        if c is not None and not in_fixed_marker(lex, s.lowers, c):
            noun = tagged_sense(lex, s, c, _noun_trigger(lex, s, c))
            if noun is not None and noun.pos == "NOUN":
                if called_off(lex, s, clause, c):
                    return _own_act(lex, s, clause)
                return c, noun
    return None


def _noun_trigger(lex: Lexicon, s: Sentence, c: int) -> Trigger | None:
    """The trigger of the noun at ``c``, in the sense a listed two-word noun it closes gives
    it ("air strikes", "a hunger strike": no labour strike). A word that is no trigger alone
    stays none: the pair is read where the table finds its first word ("phone call")."""
    own = lex.word_trigger(s.words[c], s.lemmas[c])
    if own is None or c == 0:
        return own
    pair = lex.triggers.get(f"{s.lemmas[c - 1]} {s.lemmas[c]}", ())
    return next((t for t in pair if t.pos == "NOUN"), own)


def called_off(lex: Lexicon, s: Sentence, clause: Clause, c: int) -> bool:
    """Whether the event noun ``c`` did not take place: the object, or the passive subject,
    of a verb of calling off or putting off (``called_off_verbs``: "postponed the talks",
    "the summit was called off")."""
    if c != clause.object and not (c == clause.subject and clause.passive):
        return False
    return verb_lexicon(lex).has_phrasal(s, clause, lex.words.get("called_off_verbs", ()))


def _own_act(lex: Lexicon, s: Sentence, clause: Clause) -> tuple[int, Trigger] | None:
    """The verb's own act in the verb lexicon (CAMEO.2.0 CANCEL "call off", "abort" 160;
    DELAY "postpone", "delay", "defer", "shelve" 120), or no event where it gives the verb no
    code ("scrap")."""
    hit = verb_lexicon(lex).verb_default(s, clause)
    return (clause.predicate, hit) if hit is not None else None


def _in_sense(
    lex: Lexicon, s: Sentence, clause: Clause, hit: Trigger
) -> tuple[int, Trigger] | None:
    """A table verb read in the sense its arguments give it, where the language's verb
    lexicon has such a pattern (``clause_senses`` in its cue file): "ordered under house
    arrest" is an arrest, not a demand; a pattern without a code is no event ("released a
    report")."""
    k = clause.predicate
    if not lex.conf.get("clause_senses") or clause.pos != "VERB":
        return k, hit
    pat = verb_lexicon(lex).sense(s, clause)
    if pat is None:
        return ordered_act(lex, s, clause, hit) or (k, hit)
    if pat.cameo == hit.cameo:
        return k, hit
    if not pat.cameo:
        return None
    return k, Trigger(hit.lemma, "VERB", pat.cameo, None, (), pat.negated)


def ordered_act(
    lex: Lexicon, s: Sentence, clause: Clause, hit: Trigger
) -> tuple[int, Trigger] | None:
    """The event noun a verb of ordering (``order_verbs``) takes as its object: ordering an
    act is that act, as CAMEO.2.0 codes ORDER + attack 138, + crackdown 170, + evacuation 166,
    + &military exercises 150 ("ordered patrols" mobilises); None when there is none."""
    c = clause.object
    if hit.lemma not in lex.words.get("order_verbs", ()) or c is None:
        return None
    noun = tagged_sense(lex, s, c, lex.word_trigger(s.words[c], s.lemmas[c]))
    return (c, noun) if noun is not None and noun.pos == "NOUN" else None


def tagged_sense(lex: Lexicon, s: Sentence, k: int, hit: Trigger | None) -> Trigger | None:
    """Trigger word ``k`` unless its tag, where the language's cue file names its tag of a
    singular common noun (English spells a noun and its verb alike), makes it a word that is
    no act: a verb-only trigger (``verb_only``) the parser does not tag as a verb
    (``verb_tags`` or ``gerund_tags``: "a host of", "a television host", "marches", "fined"
    but not "a fine", "fine words"), a verb found through an irregular form as a noun ("a
    warning shot") or a mass noun (``mass_nouns``) without a determiner, the market's and no
    actor's ("drives demand for travel", "electricity supply"); "a demand", "North Korea's
    demand" stay events."""
    tags = lex.words.get("noun_tags")
    if hit is None or not tags or k >= len(s.tags):
        return hit
    verb_tags = lex.words.get("verb_tags", ())
    if hit.pos == "NOUN" and s.tags[k] in verb_tags:
        # a verb spelled as a noun trigger takes the verb's own row ("struck" attacks, "a
        # strike" is a labour strike)
        return next((t for t in lex.triggers.get(hit.lemma, ()) if t.pos == "VERB"), hit)
    if hit.pos == "VERB" and s.lemmas[k] in lex.words["verb_only"]:
        as_verb = s.tags[k] in verb_tags or s.tags[k] in lex.words.get("gerund_tags", ())
        return hit if as_verb else None
    if s.tags[k] not in tags:
        return hit
    if hit.pos == "VERB" and _irregular_form(lex, s.lowers[k], hit):
        return None
    if s.lemmas[k] not in lex.words["mass_nouns"]:
        return hit
    own = (x for x, head in enumerate(s.heads) if head == k and x != k)
    return hit if any(s.deps[x] in ("det", "nmod:poss") for x in own) else None


def _irregular_form(lex: Lexicon, word: str, hit: Trigger) -> bool:
    """Whether ``word`` finds ``hit`` only as an irregular form of its verb ("shot" for
    "shoot"): as a noun it is another word ("a warning shot"), unlike a gerund, which starts
    with its verb and names the act ("the kidnapping of")."""
    return hit.lemma in lex.verb_bases.get(word, ()) and not word.startswith(hit.lemma)


def no_event_alone(lex: Lexicon, s: Sentence, i: int, trig: Trigger) -> bool:
    """Whether a verb trigger the parse did not make a predicate ("Shares in X fell", "cuts
    in services") is no event: read without its arguments, the verb's own lemma row says so
    ("cut" and "share" code nothing by themselves in CAMEO.2.0)."""
    if not lex.conf.get("clause_senses") or trig.pos != "VERB":
        return False
    own = verb_lexicon(lex).own_default(s.lemmas[i])
    return own is not None and not own.cameo


def in_fixed_marker(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """Whether word ``i`` ends a multiword function word (``fixed_markers`` in the language's
    cue file): "in order (to)" is a purpose marker, UD's ``fixed`` relation, not an order."""
    for marker in lex.words.get("fixed_markers", ()):
        parts = marker.split()
        if i + 1 >= len(parts) and lowers[i + 1 - len(parts) : i + 1] == parts:
            return True
    return False
