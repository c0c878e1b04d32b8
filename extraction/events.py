"""Who did what to whom: triggers, clauses, roles, modes and numbers of one sentence.

The coder works on token arrays (words, lemmas) and the sentence's mentions, so it runs the
same with a blank spaCy pipeline and with a statistical one. Language specifics are cue words
from ``data/lang/<lang>.json``; event knowledge is the trigger lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from .bounds import parse_count
from .clause_trigger import clause_trigger, in_fixed_marker, no_event_alone, tagged_sense
from .clauses import BACKGROUND_RELATIONS, CONTENT_RELATIONS, Clause, build_clauses, plausible
from .codes import (
    ARMED_GROUP_SECTORS,
    CONTENT_TARGET_ROOTS,
    FORCE_ROOTS,
    INTENT_ROOT,
    MATERIAL_ROOTS_FROM,
    RECIPROCAL_ROOTS,
    SIZED_ROOTS,
    SPEECH_CONFLICT_ROOTS,
    VIOLENT_ROOTS,
    root,
)
from .coordination import Coordination, coordinate
from .dates import YEAR_RE
from .entities import EntitySpan, Sentence, compound_voice
from .kb import KnowledgeBase, Trigger
from .lexicon import Lexicon
from .reviewed import idiom_at, recodes

__all__ = ["Candidate", "Imply", "code_sentence", "find_triggers", "takes_recipient"]

NOUN_REACH = 4  # a noun's own arguments follow it within this many words
# marks that end a clause (quotation marks and brackets stand inside one)
CLAUSE_END = {",", ";", ":", ".", "!", "?", "\u2013", "\u2014"}
PUNCT_BREAK = {",", ";", ":", "\u2013", "\u2014", "(", ")", "'", '"', "\u201e", "\u201c", "\u201d"}
# Roots whose future-tense statements PLOVER codes as AGREE, with the CAMEO 03x code to use.
FUTURE_AS_AGREE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Events that have no recipient by nature: resigning, surrendering.
INTRANSITIVE_MODES = {"resign"}
INTRANSITIVE_CODES = {"0874"}
# Function-word classes (UPOS; STTS and Penn Treebank articles, prepositions, conjunctions)
CLOSED_CLASSES = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "NUM"})
CLOSED_TAGS = frozenset({"ART", "APPR", "KON", "DT", "IN", "CC"})


Imply = Callable[["Candidate"], None]  # fills in an actor the clause leaves unnamed


@dataclass
class Candidate:
    """An event found in a sentence, before it becomes a :class:`~extraction.model.Event`."""

    trigger: Trigger
    cameo: str
    index: int
    source: EntitySpan | None = None
    target: EntitySpan | None = None
    reporter: EntitySpan | None = None
    location: EntitySpan | None = None
    mode: str | None = None
    passive: bool = False
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    clause: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)
    date_span: tuple[int, int] | None = None  # words that date this event alone
    undated: list[tuple[int, int]] = field(default_factory=list)  # spans dating other events


def takes_recipient(trigger: Trigger, cameo: str) -> bool:
    """Whether an event of ``trigger`` coded ``cameo`` has a recipient at all: resigning and
    surrendering have none."""
    return trigger.mode not in INTRANSITIVE_MODES and cameo not in INTRANSITIVE_CODES


def _no_implied(cand: Candidate) -> None:
    """No actor is implied: what the sentence names is all there is."""


GLOSS_REACH = 6  # the most words a bracketed gloss holds


def _glosses(words: list[str], agencies: Collection[str]) -> list[tuple[int, int]]:
    """The brackets (opening and closing index) around a gloss: an abbreviation, a name or an
    amount, words that are all capitalised or numbers ("hat Anhänger der Terrormiliz (IS)
    festgenommen", "einen Kredit von 90 Millionen Kronen (8,1 Millionen Euro) gewähren"); a
    lower-case word may be a verb of a clause of its own. A news agency's
    credit, "(Reuters)", ends a headline."""
    brackets = []
    for i, word in enumerate(words):
        if word != "(":
            continue
        inner = words[i + 1 : i + 2 + GLOSS_REACH]
        if ")" not in inner[1:]:
            continue
        inner = inner[: inner.index(")")]
        if all(not w[:1].islower() and w.lower() not in agencies and w != "(" for w in inner):
            brackets.append((i, i + len(inner) + 1))
    return brackets


def _appositions(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """The commas around a German name or abbreviation set off after a noun ("lud den
    Präsidenten Boliviens, Tomás Quispe, ein"; "hat die Beobachter der Vereinten Nationen,
    kurz UN, des Landes verwiesen"): capitalised words only, after a gloss marker at most,
    with the clause going on after them (a lower-case word that opens no clause of its own).
    They set off no clause, so they neither cut the verb from its particle nor its object.
    Returns the index pairs of the two commas."""
    if lex.lang != "de":
        return []
    markers = lex.words["gloss_markers"]
    openers = (
        lex.words["relative_pronouns"]
        | lex.words["subordinators"]
        | lex.words["coordinators"]
        | lex.words["complementizers"]
    )
    pairs = []
    for i in range(1, len(words)):
        if words[i] != "," or not words[i - 1][:1].isupper():
            continue
        j = next((k for k in range(i + 1, len(words)) if not words[k][:1].isalnum()), len(words))
        inner = words[i + 1 : j]
        if inner and inner[0].lower() in markers:
            inner = inner[1:]
        if (
            0 < len(inner) <= GLOSS_REACH
            and j + 1 < len(words)
            and words[j] == ","
            and all(w[:1].isupper() for w in inner)
            and words[j + 1][:1].islower()
            and words[j + 1] not in openers
        ):
            pairs.append((i, j))
    return pairs


def _apposition_commas(pairs: list[tuple[int, int]]) -> set[int]:
    """The commas of the :func:`_appositions` ``pairs``, which cut no stretch of the
    sentence."""
    return {k for pair in pairs for k in pair}


def _segments(
    words: list[str],
    joints: Collection[int] = (),
    agencies: Collection[str] = (),
    appositions: Collection[int] = (),
) -> list[tuple[int, int]]:
    """Stretches of the sentence between punctuation marks, except the ``joints`` (the commas
    of a list of actors: "Chile, Peru und Bolivien kritisierten X" is one stretch), the
    brackets around a gloss (:func:`_glosses`) and the commas around an apposition
    (:func:`_apposition_commas`)."""
    segs, start = [], 0
    glosses = {k for bracket in _glosses(words, agencies) for k in bracket}
    glosses.update(appositions)
    for i, w in enumerate(words):
        if w in PUNCT_BREAK and i not in joints and i not in glosses:
            if i > start:
                segs.append((start, i))
            start = i + 1
    if start < len(words):
        segs.append((start, len(words)))
    return segs


def find_triggers(lex: Lexicon, s: Sentence) -> list[tuple[int, Trigger]]:
    """Every trigger of the sentence, mentions not yet excluded: the cheap first pass that
    decides whether the sentence is worth coding at all. A sentence without any is looked up
    again in the language's fallback table (:attr:`Lexicon.fallback`)."""
    found = _triggers_in(lex, s)
    fallback = lex.fallback
    if not found and fallback is not None:
        words = fallback.fallback_words
        if any(lemma in words for lemma in s.lemmas) or any(w.lower() in words for w in s.words):
            return _triggers_in(fallback, s, verbs_only=True)
    return found


def _triggers_in(lex: Lexicon, s: Sentence, verbs_only: bool = False) -> list[tuple[int, Trigger]]:
    """The triggers of ``lex`` in ``s``; ``verbs_only`` skips the words that cannot be a
    verb (German capitalised words: the fallback table adds only verbs)."""
    words, lemmas = s.words, s.lemmas
    lowers = [w.lower() for w in words]
    found: list[tuple[int, Trigger]] = []
    word_trigger = lex.word_trigger
    contractions = lex.conf.get("prep_contractions", {})
    agencies = lex.words["news_agencies"]
    # a gloss names or measures; its words are not the sentence's event ("(Schengener Abkommen)")
    glossed = {k for a, b in _glosses(words, agencies) for k in range(a, b)}
    appositions = _apposition_commas(_appositions(lex, words))
    undone: set[int] = set()  # event nouns whose verb's idiom codes the event instead
    for a, b in _segments(words, (), agencies, appositions):
        for i in range(a, b):
            word = words[i]
            if (
                not word[:1].isalpha()
                or i in glossed
                or (verbs_only and not lex.pos_fits_verb(word))
            ):
                continue
            forms: tuple[str, ...] = (lemmas[i], lowers[i])
            if lemmas[i] in lex.idiom_stems and lex.pos_fits_verb(word):
                # "stellte die Hilfe ein": the closing particle makes the idiom's verb
                particle = _closing_particle(lex, lowers, i, appositions)
                forms = (particle + lemmas[i], *forms) if particle else forms
            if any(f in lex.idioms for f in forms) and lex.pos_fits_verb(word):
                match = idiom_at(lex.idioms, forms, lemmas, lowers, (a, b), contractions)
                # the verb's sense is decided by its noun; an event noun ("verhängte
                # Sanktionen", "führten Gespräche", "zu Streiks aufgerufen") is coded by the
                # table as it stands, and the verb adds no event of its own, unless the
                # idiom makes it another event: "hob die Sanktionen auf" lifts them
                if match is not None:
                    idiom, k = match
                    noun = word_trigger(words[k], lemmas[k])
                    if recodes(idiom, noun):
                        undone.add(k)
                    if idiom.trigger is not None and (noun is None or k in undone):
                        found.append((i, idiom.trigger))
                    continue
            hit = _lookup_trigger(lex, word, lemmas[i], lowers, (i, b), word_trigger, appositions)
            if hit is not None and not in_fixed_marker(lex, lowers, i):
                found.append((i, hit))
    return [(i, hit) for i, hit in found if i not in undone]


def _lookup_trigger(
    lex: Lexicon,
    word: str,
    lemma: str,
    lowers: list[str],
    span: tuple[int, int],
    word_trigger,
    appositions: Collection[int],
) -> Trigger | None:
    i, end = span
    if i + 1 < end and lemma in lex.bigram_heads:
        bigram = f"{lemma} {lowers[i + 1]}"
        if bigram in lex.triggers:
            return lex.triggers[bigram][0]
    hit = word_trigger(word, lemma)
    if (
        lex.lang != "de"
        or not word[:1].islower()
        or (hit is None and lemma not in lex.separable_stems)
    ):
        return hit  # no particle can make this word a listed verb
    # separable verb: the particle closing the clause makes the verb ("lud ... ein" is
    # einladen; "traf ... ein" is eintreffen, to arrive, not treffen, to meet)
    particle = _closing_particle(lex, lowers, i, appositions)
    if particle is None:
        return hit
    if hit is not None and hit.lemma.startswith(particle):
        return hit  # the table lists the particle verb by its stem ("prangert ... an")
    full = lex.triggers.get(particle + lemma)
    return full[0] if full else None


def _closing_particle(
    lex: Lexicon, lowers: list[str], i: int, appositions: Collection[int] = ()
) -> str | None:
    """The separable particle that closes the clause of the verb at ``i`` ("lud ... ein,"):
    the clause's last word, across quotation marks, brackets and the commas of an apposition
    ("lehnen die Änderungen am „Land gegen Sicherheit“ ab")."""
    close = next(
        (k for k in range(i + 1, len(lowers)) if lowers[k] in CLAUSE_END and k not in appositions),
        len(lowers),
    )
    last = next((k for k in range(close - 1, i, -1) if any(c.isalnum() for c in lowers[k])), None)
    if last is None or lowers[last] not in lex.words["separable_particles"]:
        return None
    return lowers[last]


def code_sentence(
    kb: KnowledgeBase,
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    history: list[Candidate],
    triggers: list[tuple[int, Trigger]] | None = None,
    imply: Imply | None = None,
) -> list[Candidate]:
    """Candidates of one sentence; ``history`` holds the article's earlier candidates and
    ``triggers`` the result of :func:`find_triggers` when the caller already has it. A parsed
    sentence is coded from its clauses; an unparsed one (no syntax pipeline) from word order.
    ``imply`` may give a candidate the actor its clause leaves unnamed, once the clause's own
    roles are read and before a further event of the sentence is checked for both actors.
    A role held by coordinated actors gives one candidate per (source, target) pair."""
    imply = imply or _no_implied
    if s.heads and plausible(s, lex.words["copulas"]):
        found = triggers or find_triggers(lex, s)
        # the parse's tags tell a trigger noun from its verb ("drives demand for travel")
        tagged = ((i, tagged_sense(lex, s, i, t)) for i, t in found)
        found = [(i, t) for i, t in tagged if t is not None]
        clauses = build_clauses(s, lex.words)
        if not _lost_verb(s, clauses, found):
            coordination = coordinate(lex, s, mentions, parsed=True)
            cands = _code_clauses(lex, s, clauses, coordination, history, found, imply)
            return _paired(cands, coordination)
    words = s.words
    lowers = [w.lower() for w in words]
    coordination = coordinate(lex, s, mentions, parsed=False)
    covered, mentions = coordination.covered, coordination.leaders
    if triggers is None:
        triggers = find_triggers(lex, s)
    # a verb whose sense needs its arguments ("cut", "share") is no event read by word order
    triggers = [
        (i, t) for i, t in triggers if i not in covered and not no_event_alone(lex, s, i, t)
    ]
    if not triggers:
        return []
    # an inflected participle before its noun ("ein verurteilter Mann", "der verbotenen
    # Partei") is never a finite verb; "-te(n)" may be a preterite and is only weak
    inflected = lex.inflected_participle_endings
    triggers = [
        (i, t)
        for i, t in triggers
        if not (
            inflected
            and lowers[i].endswith(inflected)
            and _attributive_participle(lex, words, lowers, i, t)
        )
        and not _present_participle(lex, lowers[i], t)
    ]
    strong = [(i, t) for i, t in triggers if not _weak_trigger(lex, words, lowers, i, t)]
    if strong:
        triggers = strong
    appositions = _appositions(lex, words)
    # a name set off after an actor's noun is that actor: "der Premierminister Kanadas,
    # John Miller, hat Brasilien kritisiert" has one actor before the verb
    mentions = [
        m
        for m in mentions
        if not any(
            a < m.start and m.end <= b and any(x.end == a for x in mentions) for a, b in appositions
        )
    ]
    segs = _segments(
        words,
        coordination.joints,
        lex.words["news_agencies"],
        _apposition_commas(appositions),
    )
    seg_of = {i: seg for seg in segs for i in range(*seg)}
    _mark_preps(lex, lowers, mentions, s)
    reporter, reported_segs = _reported_speech(lex, s, lowers, mentions, segs)
    # a verb's clause: its stretch and the part before a relative clause that cut it
    verb_segs = {
        g
        for i, t in triggers
        if t.pos == "VERB"
        for g in _clause_segs(lex, lowers, segs, seg_of[i])
    }
    # "sagte, China müsse die Hemmnisse abbauen": a reported "must" is a demand of the
    # speaker, and the verb it governs is only its content
    demand_segs = (
        {seg_of[i] for i, t in triggers if t.pos == "AUX"} & reported_segs
        if reporter is not None
        else set()
    )
    has_main = any(t.pos != "AUX" and seg_of[i] not in demand_segs for i, t in triggers)
    coded_roots = {c.cameo[:2] for c in history}
    out: list[Candidate] = []
    dated: list[Candidate] = []
    for i, trig in triggers:
        seg = seg_of[i]
        if trig.pos in ("NOUN", "ADJ") and (
            seg in verb_segs or _backgrounded(lex, lowers, seg, i, len(triggers), coded_roots, trig)
        ):
            span = _own_date(lex, s, lowers, i, seg) if trig.pos == "NOUN" else None
            if span is not None:  # "erinnerte an seinen Besuch in Russland im Jahr 2023"
                cand = Candidate(trig, trig.cameo, i, clause=seg, date_span=span)
                _assign_roles(lex, s, lowers, mentions, seg, segs, cand, history)
                if cand.source is not None:
                    dated.append(cand)
            continue
        if trig.pos == "AUX" and (
            (has_main and seg not in demand_segs)
            or reporter is None
            or _no_demand(lex, s, lowers, seg, i)
        ):
            continue
        if trig.pos != "AUX" and seg in demand_segs:
            continue
        if i > 0 and lowers[i - 1] in lex.words["demonstratives"] and trig.pos == "NOUN":
            continue  # "diese Unterstützung" refers back to an event already coded
        if _raising(lex, lowers, seg, i, trig) or _no_threat(lex, lowers, segs, seg, trig):
            continue
        if out and _complement(lex, lowers, i):
            continue  # "agreed to set up", "threatened to ban": the first verb is the event
        if out and not _kept_secondary(lex, lowers, seg):
            continue
        cand = Candidate(trig, trig.cameo, i, clause=seg)
        reported = reporter is not None and seg in reported_segs
        if not _apply_modes(lex, words, segs, seg, i, cand, reported):
            continue
        if reported:
            cand.reporter = reporter
        _assign_roles(lex, s, lowers, mentions, seg, segs, cand, history)
        if root(cand.cameo) in VIOLENT_ROOTS:
            _attack_by_prefix(kb, lex, words, [k for k, _ in triggers if seg_of[k] == seg], cand)
        imply(cand)
        _numbers(lex, lowers, seg, cand)
        if out and not (
            cand.source
            and cand.target
            and root(cand.cameo) >= MATERIAL_ROOTS_FROM
            and "target-guessed" not in cand.notes
        ):
            continue  # a second event of a sentence must be material and fully resolved
        out.append(cand)
    for cand in out:
        cand.undated = [d.date_span for d in dated if d.date_span]
    return _paired(_dedupe(out) + _dedupe(dated), coordination)


def _place_as_target(cand: Candidate) -> None:
    """ "hob die Ausgangssperre in der Provinz Idlib auf", "sagte einen Besuch in Haiti ab":
    with no object, the place the act happens in is its recipient; of an armed group's attack
    also in its own country ("ein Anschlag der Taliban in Kabul")."""
    if (
        cand.target is None
        and cand.source is not None
        and cand.location is not None
        and cand.location.country
        and (cand.location.country != cand.source.country or _insurgent_attack(cand))
    ):
        cand.target = cand.location
        cand.notes.append("target-guessed")


def _attack_by_prefix(
    kb: KnowledgeBase, lex: Lexicon, words: list[str], in_clause: list[int], cand: Candidate
) -> None:
    """The attacker an attack noun's prefix names: of the noun itself, or of the agentless
    passive its clause tells ("wurden bei einem IS-Anschlag getötet")."""
    if cand.trigger.pos == "NOUN":
        _voiced_by_prefix(kb, lex, words[cand.index], cand)
    elif cand.passive and cand.source is None:
        for k in in_clause:
            if k != cand.index and cand.source is None:
                _voiced_by_prefix(kb, lex, words[k], cand)


def _insurgent_attack(cand: Candidate) -> bool:
    actor = cand.source.actor if cand.source is not None else None
    return (
        actor is not None
        and actor.sector in ARMED_GROUP_SECTORS
        and root(cand.cameo) in VIOLENT_ROOTS
    )


def _voiced_by_prefix(kb: KnowledgeBase, lex: Lexicon, word: str, cand: Candidate) -> None:
    """An attack noun whose prefix names an actor ("US-Luftangriff", "IS-Anschlag") has it as
    its source; the side the clause made the source, if another country, is its target. (Of
    other nouns the prefix is as often the forum, "EU-Gipfel", or the target,
    "Russland-Sanktionen".)"""
    voice = compound_voice(kb, lex, word)
    if voice is None:
        return
    source = EntitySpan(cand.index, cand.index, "GROUP", voice)
    if cand.target is None and cand.source is not None and cand.source.country != voice.country:
        cand.target = cand.source
    cand.source = source
    if cand.target is not None and cand.target.country == voice.country:
        cand.target = None
    _place_as_target(cand)


def _paired(cands: list[Candidate], coordination: Coordination) -> list[Candidate]:
    """Each candidate once per (source, target) pair of its coordinated roles, all sharing its
    trigger (and so one statement); a mutual act (consulting, cooperating, fighting, or told
    with "gegenseitig"/"each other") whose source is a group and whose target is missing or only
    guessed pairs the group's members with each other ("Putin und Kim trafen sich")."""
    out: list[Candidate] = []
    for cand in cands:
        mutual = root(cand.cameo) in RECIPROCAL_ROOTS or coordination.mutual(
            cand.clause, cand.source
        )
        guessed = "target-guessed" in cand.notes or "target-fallback" in cand.notes
        for source, target in coordination.pairs(cand.source, cand.target, mutual, guessed):
            same = source is cand.source and target is cand.target
            out.append(cand if same else replace(cand, source=source, target=target))
    return out


def _own_date(
    lex: Lexicon, s: Sentence, lowers: list[str], i: int, seg: tuple[int, int]
) -> tuple[int, int] | None:
    """The span from a possessed nominal event to a year or month named right after it, when
    the phrase is not interrupted by a verb or a coordinator: someone's own earlier event told
    inside another one's clause has its own date ("erinnerte an seinen Besuch ... im Jahr
    2023", "recalled his visit to Moscow in 2023"). Without the possessive the noun is more
    often the content of the main event ("agreed to postpone the demonstration until May")."""
    if not any(w in lex.words["possessives"] for w in lowers[max(seg[0], i - 2) : i]):
        return None
    months = lex.conf["months"]
    for k in range(i + 1, min(seg[1], i + 8)):
        word = lowers[k]
        if word in lex.words["coordinators"] or _is_verb(lex, s, k):
            return None
        if (
            YEAR_RE.match(word) and lowers[k - 1] in (*lex.conf["year_words"], "in", "im")
        ) or word in months:
            end = k + 1
            if end < seg[1] and YEAR_RE.match(lowers[end]):
                end += 1
            return i, end
    return None


def _weak_trigger(lex: Lexicon, words: list[str], lowers: list[str], i: int, trig: Trigger) -> bool:
    """A trigger that is only a circumstance when the sentence has another one: a noun inside
    a prepositional phrase ("nach zwölftägigen Kämpfen", "mit Hilfe Albaniens", "after days of
    fighting") or a German participle used as an adjective ("in Genf stationierte
    Diplomaten", "der von Syrien unterstützten Miliz"), except violence."""
    if trig.pos == "NOUN":
        preps = lex.words.get("circumstance_preps", set())
        for k in range(i - 1, max(-1, i - 4), -1):
            if lowers[k] in PUNCT_BREAK or (lex.lang == "de" and words[k][:1].isupper()):
                return False  # a German noun closes the phrase: "im Gazastreifen Kundgebungen"
            if lowers[k] in preps:
                return True
        return False
    return _attributive_participle(lex, words, lowers, i, trig)


def _attributive_participle(
    lex: Lexicon, words: list[str], lowers: list[str], i: int, trig: Trigger
) -> bool:
    """A German participle used as an adjective ("in Genf stationierte Diplomaten", "der
    von Syrien unterstützten Miliz", "ein verurteilter 25-jähriger Mann") tells a state or an
    earlier act of its noun, not the news; violence is the exception ("2.000 getötete
    Soldaten" reports the killing itself)."""
    if (
        lex.lang != "de"
        or trig.pos != "VERB"
        or i + 1 >= len(words)
        or root(trig.cameo) in VIOLENT_ROOTS
    ):
        return False
    word = lowers[i]
    participle = (
        word.startswith(lex.participle_prefixes)
        or word.endswith(("iert", "ierte", "ierten", "iertes", "ierter", "iertem"))
    ) and word.endswith(("te", "ten", "tes", "ter", "tem"))
    # "verurteilter", "verbotenen": endings no finite verb has, whatever the prefix
    participle = participle or word.endswith(lex.inflected_participle_endings)
    nxt = words[i + 1]
    # "kritisierte die Führung": a preterite before its object's determiner
    determiners = (
        lex.words["function_words"] | lex.words["possessives"] | lex.words["demonstratives"]
    )
    return participle and (
        nxt[:1].isupper()
        or (
            nxt[:1].isalnum()
            and nxt.endswith(lex.adjective_endings)
            and nxt.lower() not in determiners
            and i + 2 < len(words)
            and words[i + 2][:1].isupper()
        )
    )


def _present_participle(lex: Lexicon, word: str, trig: Trigger) -> bool:
    """A German present participle ("einen drohenden Umsturz", "sagte drohend") is an
    adjective or adverb, never the act itself; the infinitive ("beenden") is no participle."""
    endings = lex.present_participle_endings
    return bool(endings) and trig.pos == "VERB" and word.endswith(endings) and word != trig.lemma


def _no_demand(lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int], i: int) -> bool:
    """A "must" that asks nothing of anyone: a past obligation ("Der Hubschrauber musste
    notlanden", a fact) or a passive one, with no one named to act ("Wahlen müssen vorbereitet
    werden")."""
    if lowers[i] in lex.words.get("past_obligation_forms", ()):
        return True
    a, b = seg
    auxes = [k for k in range(i + 1, b) if lowers[k] in lex.words["passive_aux"]]
    return bool(auxes) and any(
        lex.past_participle(lowers[j], s.lemmas[j]) for j in range(a, auxes[-1])
    )


def _raising(lex: Lexicon, lowers: list[str], seg: tuple[int, int], i: int, trig: Trigger) -> bool:
    """German "drohen"/"versprechen" with a zu-infinitive and no comma between is a raising
    verb ("Die Krise droht zu eskalieren", "..., wenn die Region zu fallen droht": is in
    danger of), not a threat or a promise, which set their infinitive off ("Er drohte, die
    Gespräche abzubrechen")."""
    if trig.lemma not in lex.words.get("raising_verbs", ()):
        return False
    markers = lex.words["infinitive_markers"]
    if i >= 2 and lowers[i - 2] in markers and seg[0] <= i - 2:
        return True  # a verb-final clause: "... in die Hände der Gegner zu fallen droht"
    # the infinitive closes the stretch: "zu einem Konflikt zu eskalieren."
    end = next((k + 1 for k in range(seg[1] - 1, i, -1) if lowers[k].isalpha()), i)
    return end - 2 > i and lowers[end - 2] in markers


def _no_threat(
    lex: Lexicon,
    lowers: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    trig: Trigger,
) -> bool:
    """German "drohen" threatens only with what it threatens: a mit-phrase ("droht mit
    Sanktionen", "drohte damit, ...") or an infinitive clause after its comma ("drohte, die
    Gespräche abzubrechen"). Without either, what looms is the subject ("Flüchtlingen droht
    die Abschiebung", "Österreich droht eine Klage"): no one threatens."""
    if trig.lemma not in lex.words.get("threat_verbs", ()):
        return False
    a, b = seg
    if any(w in lex.words.get("threat_complements", ()) for w in lowers[a:b]):
        return False
    here = segs.index(seg)
    if here + 1 < len(segs):
        c, d = segs[here + 1]
        markers = lex.words["infinitive_markers"]
        if any(w in markers or any(m in w[2:8] for m in markers) for w in lowers[c:d]):
            return False
    return True


def _complement(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """An infinitive that completes an earlier verb ("to ban", "zu verbieten")."""
    before = lowers[max(0, i - 2) : i]
    markers = lex.words["infinitive_markers"]
    return any(w in markers for w in before) or (
        lex.lang == "de" and any(m in lowers[i][2:6] for m in markers)
    )


def _kept_secondary(lex: Lexicon, lowers: list[str], seg: tuple[int, int]) -> bool:
    """Further events of a sentence come only from relative or subordinate clauses."""
    first = lowers[seg[0]]
    return first in lex.words["relative_pronouns"] or first in lex.words["subordinators"]


def _backgrounded(
    lex: Lexicon,
    lowers: list[str],
    seg: tuple[int, int],
    i: int,
    n_triggers: int,
    coded_roots: set[str],
    trig: Trigger,
) -> bool:
    """A nominal event that is only the setting of the sentence: in a PP while another event
    is told ("Während der Zusammenkunft äußerte ..."), a definite repeat of an event already
    coded ("Das Zusammentreffen ..."), or the object of an infinitive ("einen Gegenbesuch zu
    machen")."""
    a, b = seg
    before = lowers[max(a, i - 3) : i]
    preps = lex.words["locative_preps"] | lex.words["subordinators"] | lex.words["during_preps"]
    if n_triggers > 1 and trig.cameo[:2] == "04" and any(w in preps for w in before):
        return True
    definite = lex.words["definite_articles"]
    if trig.cameo[:2] in coded_roots and any(w in definite for w in before):
        return True
    return b - a >= 2 and lowers[b - 2] in lex.words["infinitive_markers"] and i < b - 2


def _mark_preps(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], s: Sentence | None = None
) -> None:
    """The preposition governing each mention, looking back at most three words; a
    punctuation mark or a verb closes the look-back ("In einem Interview sagte Präsident
    Putin": Putin is the subject, not in a PP)."""
    preps = (
        lex.words["target_preps"]
        | lex.words["source_preps"]
        | lex.words["agent_preps"]
        | lex.words["locative_preps"]
    )
    prev_end = 0
    for m in mentions:
        m.prep = None
        for k in range(m.start - 1, max(prev_end, m.start - 4) - 1, -1):
            if lowers[k] in preps:
                m.prep = lowers[k]
                break
            if lowers[k] in PUNCT_BREAK or (s is not None and _is_verb(lex, s, k)):
                break
        prev_end = m.end


def _is_verb(lex: Lexicon, s: Sentence, k: int) -> bool:
    """Whether word ``k`` is a verb: a reporting verb, a listed one, or a German auxiliary
    ("Im Osten haben die Truppen ...": the look-back for a preposition stops at "haben")."""
    word = s.words[k]
    if not word[:1].islower():
        return False
    if s.lemmas[k] in lex.words["reporting_verbs"] or (
        lex.lang == "de" and word in lex.auxiliaries
    ):
        return True
    trig = lex.word_trigger(word, s.lemmas[k])
    return trig is not None and trig.pos == "VERB"


def _reported_speech(
    lex: Lexicon,
    s: Sentence,
    lowers: list[str],
    mentions: list[EntitySpan],
    segs: list[tuple[int, int]],
) -> tuple[EntitySpan | None, set[tuple[int, int]]]:
    """The speaker of a reporting clause and the clauses it reports."""
    reporting = lex.words["reporting_verbs"]
    for seg in segs:
        a, b = seg
        modals = lex.words.get("modal_verbs", set())
        verbs = [
            k
            for k in range(a, b)
            if s.lemmas[k] in reporting
            and s.words[k][:1].islower()
            # "müssen ... erklären, dass": an infinitive under a modal reports nothing
            and not (s.words[k] == s.lemmas[k] and any(x in modals for x in s.lemmas[a:k]))
        ]
        if not verbs:
            continue
        speakers = [m for m in mentions if a <= m.start < b and m.prep is None]
        if not speakers:
            continue
        others = {g for g in segs if g != seg}
        complement = any(lowers[k] in lex.words["complementizers"] for k in range(len(lowers)))
        if complement or len(segs) > 1:
            return speakers[0], others
    for m in mentions:
        if _attributed(lex, lowers, m):
            return m, set(segs) - {g for g in segs if g[0] <= m.start < g[1]}
    return None, set()


def _apply_modes(
    lex: Lexicon,
    words: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    i: int,
    cand: Candidate,
    reported: bool = False,
) -> bool:
    """Negation (drop, or recode: "did not agree" -> reject), hypothetical and future;
    ``reported``: the clause is another's speech."""
    lowers = [w.lower() for w in words]
    a, b = seg
    window = lowers[a:b] if lex.lang == "de" else lowers[max(a, i - 4) : i + 1]
    text = " ".join(lowers[a:b])
    negated = any(w in lex.words["negations"] for w in window) and not any(
        exc in text for exc in lex.words["negation_exceptions"]
    )
    if negated:
        if not cand.trigger.negated:
            return False
        cand.cameo = cand.trigger.negated
        cand.mode = "negation-recoded"
        return True
    clause = _clause_words(lex, lowers, segs, seg)
    governing = _governing(lex, words, segs, seg)
    # "plant, Uganda anzugreifen": the clause an infinitive depends on tells its future
    cues = lowers[governing[0] : governing[1]] if governing else []
    hypothetical = lex.words["hypothetical"]
    backshift = lex.words.get("reported_future_auxiliaries", set())
    # "erklärten, sie würden ... freilassen": indirect speech tells a future with "würde(n)"
    # and an infinitive, unless a condition stands anywhere in the sentence ("wenn", "falls")
    reported_future = (
        reported
        and set(clause) & hypothetical <= backshift
        and not set(lowers) & (hypothetical - backshift)
        and _future_tense(lex, clause, backshift)
    )
    if any(w in hypothetical for w in clause) and not reported_future:
        cand.mode = "hypothetical"
    elif (
        reported_future
        or any(w in lex.words["future"] for w in clause + cues)
        or _future_tense(lex, clause, lex.words["future_auxiliaries"])
    ):
        cand.mode = "future"
        root = cand.cameo[:2]
        if root in FUTURE_AS_AGREE:
            cand.cameo = FUTURE_AS_AGREE[root]
    return True


def _clause_words(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> list[str]:
    """The words of the clause that ``seg`` closes (:func:`_clause_segs`)."""
    return [w for a, b in _clause_segs(lex, lowers, segs, seg) for w in lowers[a:b]]


def _clause_segs(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> list[tuple[int, int]]:
    """The stretches of the German clause that ``seg`` closes: ``seg`` and, when a relative
    clause cut the clause ("sie würden die Geiseln, die sie ... hatten, freilassen"), the
    stretch before that relative clause, where its auxiliary stands (the closing stretch may
    open with an article: "..., die ... leben, die Rückkehr erlauben")."""
    here = segs.index(seg)
    relative = lex.words["relative_pronouns"]
    if lex.lang != "de" or here < 2:
        return [seg]
    (a, b), (r, _) = segs[here - 2], segs[here - 1]
    opens_clause = a == 0 or lowers[a] not in relative  # a sentence opens with an article
    return [(a, b), seg] if lowers[r] in relative and opens_clause else [seg]


def _future_tense(lex: Lexicon, clause: list[str], auxiliaries: Collection[str]) -> bool:
    """German future: a form of "werden" (one of ``auxiliaries``) with an infinitive closing
    the ``clause`` ("wird ... angreifen", "dass sie ... angreifen werde"); with a participle
    it is the passive ("wird ... kritisiert")."""
    if not any(w in auxiliaries for w in clause):
        return False
    words = [w for w in clause if w.isalpha()]
    if len(words) >= 2 and words[-1] in auxiliaries:
        words.pop()  # a subordinate clause ends in its auxiliary: "dass sie ... angreifen werde"
    last = words[-1] if words else ""
    return last.endswith("n") and lex.lemma(last) == last and last not in lex.words["passive_aux"]


def _assign_roles(
    lex: Lexicon,
    s: Sentence,
    lowers: list[str],
    mentions: list[EntitySpan],
    seg: tuple[int, int],
    segs: list[tuple[int, int]],
    cand: Candidate,
    history: list[Candidate],
) -> None:
    a, b = seg
    i = cand.index
    # a dateline's place is an actor of last resort: "Genf - Russland hat ... gewarnt"
    actors = sorted(
        (
            m
            for m in mentions
            if m.actor is not None and m is not cand.reporter and not _attributed(lex, lowers, m)
        ),
        key=lambda m: m.dateline,
    )
    places = [
        m
        for m in mentions
        if m.place is not None
        and m.prep in lex.words["locative_preps"]
        and m.kind in ("PLACE", "COUNTRY")
        and not m.genitive
        and a <= m.start < b
    ]
    cities = [m for m in places if m.kind == "PLACE"]
    cand.location = (cities or places or [None])[0]
    if cand.location is not None:
        actors = [
            m
            for m in actors
            if m is not cand.location
            or (m.kind == "COUNTRY" and m.prep not in lex.words["inside_preps"])
        ]
    in_seg = [m for m in actors if a <= m.start < b]
    if not any(m.prep is None for m in in_seg):
        in_seg = [m for m in actors if _in_main_clause(lex, lowers, segs, seg, m)] or in_seg
    # a relative clause takes its antecedent as subject
    antecedent = None
    if (
        lowers[a] in lex.words["relative_pronouns"]
        and a > 0
        and s.words[a][:1].islower()
        and len(_clause_segs(lex, lowers, segs, seg)) == 1  # not a clause's closing stretch
    ):
        before = [
            m
            for m in actors
            if m.end <= a and m.prep not in lex.words["locative_preps"] and not m.dateline
        ]
        antecedent = before[-1] if before else None
    if antecedent is None and i == a and cand.trigger.pos == "VERB":
        antecedent = _apposed_subject(lex, lowers, actors, segs, seg)
    served_subject, served_object = (
        _served_roles(lex, s.words, actors, segs, seg)
        if cand.trigger.pos == "VERB"
        else (None, None)
    )
    antecedent = antecedent or served_subject
    passive = _is_passive(lex, s, lowers, seg, i, cand.trigger.lemma)
    cand.passive = passive
    free = [m for m in in_seg if m.prep is None]
    agents = [m for m in in_seg if m.prep in lex.words["agent_preps"]]
    origins = [m for m in in_seg if m.prep in lex.words["source_preps"]]
    goals = [m for m in in_seg if m.prep in lex.words["target_preps"] and m.start > i]
    # "in" is both a place and a direction: a goal with an unambiguous preposition comes first
    # ("nach den Kämpfen in Tschetschenien Gespräche mit dem Präsidenten Georgiens")
    if lex.lang == "de":
        goals.sort(key=lambda m: m.prep in lex.words["locative_preps"])
    if not goals and lex.lang == "de":
        # verb-final clause: "ist ... mit Präsident Obama zusammengetroffen"
        goals = [
            m
            for m in in_seg
            if m.prep in lex.words["target_preps"]
            and m.start < i
            and m.prep not in lex.words["locative_preps"]
        ]
    # German case: "einen US-Soldaten", "dem Präsidenten" cannot be the subject
    nominative = [m for m in free if not _oblique(lex, lowers, m)]
    owner = None if antecedent else _owner_subject(lex, s, lowers, seg, free)
    unnamed_subject = owner is None and _unresolved_subject(lex, s, seg, i, cand.trigger)
    if unnamed_subject:
        # "Ein Leitartikel forderte Obama auf": the actor after the verb is its object
        nominative = [m for m in nominative if m.start < i]
    subject = antecedent or owner or (nominative[0] if nominative else None)
    pronouns = lex.words["pronouns_person"] | lex.words.get("pronouns_plural", set())
    if (
        cand.reporter is not None
        and not antecedent
        and (subject is None or lex.lang == "de")
        and any(
            lowers[k] in pronouns
            for k in range(a, min(i, subject.start) if subject is not None else i)
        )
    ):
        # "sagte Präsident Bouteflika, er sei bereit ...": the speaker speaks of himself;
        # in German a pronoun before a noun is the subject ("erklärte, sie werde Uganda
        # angreifen")
        subject = cand.reporter
    if subject is None and not unnamed_subject:
        main = [m for m in actors if m.prep is None and not _oblique(lex, lowers, m)]
        subject = main[0] if main else None
    if subject is not None and not antecedent and _unknown_name_first(lex, s, seg, subject):
        subject = None  # "Die HDP wirft der Staatsführung ... vor": the HDP, whom no KB knows
    if passive:
        cand.target = subject
        attributive = (
            lex.lang == "de"
            and i + 1 < len(s.words)
            and s.words[i + 1][:1].isupper()
            and not any(w in lex.words["passive_aux"] for w in lowers[a:b])
        )
        cand.source = agents[0] if agents and not attributive else None
    else:
        cand.source = subject
        objects = [m for m in free if m is not subject]
        if goals:
            # "zwei seiner Staatsbürger an Großbritannien ausliefern", "hand over its nationals
            # to Britain": what the subject hands over of its own is not the recipient
            objects = [m for m in objects if not _possessed(lex, lowers, m)]
        if (
            objects
            and goals
            and goals[0].country
            and objects[0].kind != "PER"
            and objects[0].country in (None, getattr(subject, "country", None))
            and goals[0].country != objects[0].country
        ):
            # "entsandte Soldaten in die russischen Gebiete": the goal is the target; a person
            # is whom the act is aimed at ("ordered former president X to appear ... to Peru")
            objects = []
        # "verlangen von Präsident Erdogan", "forderten vom Parlament", "demanded from": in
        # an active clause a von/from phrase after the verb is whom the act is aimed at
        asked = [m for m in agents + origins if m.start > i and cand.cameo[:2] != "07"]
        cand.target = (
            objects[0] if objects else (goals[0] if goals else (asked[0] if asked else None))
        )
        if origins and cand.cameo[:2] == "07" and origins[0].kind != "PLACE":
            # "Lieferungen aus Nordkorea": from -> source; "aus der Stadt X" is where aid goes
            cand.source, cand.target = origins[0], cand.source
    if cand.trigger.pos == "NOUN" and root(cand.cameo) in SPEECH_CONFLICT_ROOTS:
        _noun_arguments(lex, lowers, in_seg, cand)
    _no_place_source(cand)
    if root(cand.cameo) in VIOLENT_ROOTS:
        _conflict_fallbacks(actors, cand, history)
    if cand.trigger.pos == "AUX" and cand.reporter is not None:
        # "Die Regierung erklärte, China müsse ... abbauen": the speaker demands, the subject
        # of the reported clause is asked
        cand.source, cand.target = cand.reporter, subject
    if not takes_recipient(cand.trigger, cand.cameo):
        cand.target = None
        return  # "ist zurückgetreten", "haben sich ergeben": no recipient by nature
    _place_as_target(cand)
    if (
        cand.target is None
        and cand.source is not None
        and i == a
        and a > 0
        and cand.cameo[:2] in CONTENT_TARGET_ROOTS
    ):
        # "Die Behörden versäumen es, ..., beklagte eine Menschenrechtsgruppe": a complaint
        # told after its content is aimed at the subject of that content
        content = [
            m
            for m in actors
            if m.start < a
            and m.prep is None
            and m is not cand.source
            and not _oblique(lex, lowers, m)
        ]
        if content:
            cand.target = content[0]
    if cand.target is None and cand.source is not None:
        # "bestellte den Botschafter ... ein, um sich über ... zu beschweren": a purpose
        # clause with no object of its own is aimed at the object of the clause it serves
        cand.target = served_object if served_subject is cand.source else None
    if cand.target is None and cand.source is not None and "noun-voiced" not in cand.notes:
        # German verb-final clauses and English PP objects: the next other actor is the recipient
        others = [
            m
            for m in actors
            if m is not cand.source and m.actor is not None and (m.start >= a or m in in_seg)
        ]
        others = [m for m in others if m.start > cand.source.start] or others
        others = [m for m in others if not _possessed(lex, lowers, m)] or others
        if others:
            cand.target = others[0]
            cand.notes.append("target-guessed")
    if cand.source is not None and cand.source is cand.target:
        cand.target = None


def _owner_subject(
    lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int], free: list[EntitySpan]
) -> EntitySpan | None:
    """The actor of a German clause that opens with a noun no mention covers and its owner
    in the genitive ("Der Menschenrechtskommissar des Europarats hat ... kritisiert"): the
    official acts for the owner, who is the subject, not a later noun in the nominative."""
    a, b = seg
    if lex.lang != "de" or b - a < 4 or lowers[a] not in ("der", "die", "das"):
        return None
    if not s.words[a + 1][:1].isupper() or any(m.start <= a + 1 < m.end for m in free):
        return None
    link = lex.words["genitive_links"] & lex.words["oblique_articles"]  # "des", "eines"
    owner = [m for m in free if m.start == a + 3 and lowers[a + 2] in link]
    return owner[0] if owner else None


def _served_roles(
    lex: Lexicon,
    words: list[str],
    actors: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
) -> tuple[EntitySpan | None, EntitySpan | None]:
    """The subject and object of the clause a German infinitive clause (which has no subject
    of its own: "plant, Uganda anzugreifen", "um ... zu" + infinitive) serves, for a clause
    that names no actor; the subject alone for a complement that names its object.
    (None, None) for any other clause."""
    served = _governing(lex, words, segs, seg)
    if served is None or _infinitive_clause(lex, words, served):
        return None, None  # an infinitive clause served has no subject to lend either
    lowers = [w.lower() for w in words]
    free = [m for m in actors if served[0] <= m.start < served[1] and m.prep is None]
    subjects = [m for m in free if not _oblique(lex, lowers, m)]
    objects = [m for m in free if _oblique(lex, lowers, m)]
    a, b = seg
    if any(a <= m.start < b for m in actors):
        # a clause that names its own actors inherits the subject only as a complement
        # ("plant, Uganda anzugreifen"); a purpose clause's actors are its own roles
        if lowers[a] in lex.words.get("purpose_markers", ()) or not subjects:
            return None, None
        return subjects[0], None
    return (subjects[0] if subjects else None), (objects[0] if objects else None)


def _governing(
    lex: Lexicon, words: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> tuple[int, int] | None:
    """The stretch a German infinitive clause ("..., Uganda anzugreifen", "um ... zu
    verhandeln") depends on: the nearest one before it that no relative pronoun or
    conjunction opens (the sentence's first stretch opens with an article, if any)."""
    a = seg[0]
    if lex.lang != "de" or not _infinitive_clause(lex, words, seg):
        return None
    embedded = lex.words["relative_pronouns"] | lex.words["subordinators"]
    if words[a].lower() in embedded - lex.words.get("purpose_markers", set()):
        return None
    # an infinitive clause opening with an article is no relative clause ("die Wahl
    # herbeigeführt zu haben, um ... zurückzuerobern")
    return next(
        (
            g
            for g in reversed(segs[: segs.index(seg)])
            if g[0] == 0 or words[g[0]].lower() not in embedded or _infinitive_clause(lex, words, g)
        ),
        None,
    )


def _infinitive_clause(lex: Lexicon, words: list[str], seg: tuple[int, int]) -> bool:
    """Whether the German stretch closes with an infinitive (a lower-case word) after "zu",
    also inside a separable verb ("anzugreifen"); "Grenze zu Mazedonien" is none."""
    a, b = seg
    alpha = [k for k in range(a, b) if words[k].isalpha()]
    if not alpha or not words[alpha[-1]][:1].islower():
        return False
    last = alpha[-1]
    if last > a and words[last - 1].lower() in lex.words["infinitive_markers"]:
        return True
    word = words[last]
    return word.endswith("n") and any(
        word.startswith(p + "zu") and len(word) > len(p) + 5
        for p in lex.words["separable_particles"]
    )


def _unresolved_subject(
    lex: Lexicon, s: Sentence, seg: tuple[int, int], i: int, trig: Trigger
) -> bool:
    """Whether the clause opens with a noun phrase in the nominative that names no actor
    ("Der Republikaner warf dem Weißen Haus vor, ..."): its verb has a subject, only not one
    the knowledge base knows, and no other actor of the sentence stands in for it."""
    a = seg[0]
    first = s.words[a]
    return (
        lex.lang == "de"
        and trig.pos == "VERB"
        and a < i
        and first[:1].isupper()
        and first.lower() in lex.words["articles"]
        and first.lower() not in lex.words["oblique_articles"]
    )


def _possessed(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether a possessive stands right before the mention or before its adjectives."""
    for k in range(m.start - 1, max(-1, m.start - 3), -1):
        if lowers[k] in lex.words["possessives"]:
            return True
        if not lowers[k].isalpha() or lowers[k] in lex.words.get("function_words", ()):
            return False
    return False


def _apposed_subject(
    lex: Lexicon,
    lowers: list[str],
    actors: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
) -> EntitySpan | None:
    """The subject of a German verb that opens its stretch after an apposition or relative
    clause: "Jean Dupont, der Außenminister, forderte die Regierung auf" (the verb's first
    field is the name before the apposition, not the object after the verb)."""
    if lex.lang != "de":
        return None
    here = segs.index(seg)
    if here < 2:
        return None
    apposition, (a, b) = segs[here - 1][0], segs[here - 2]
    if lowers[apposition] not in lex.words["articles"] | lex.words["relative_pronouns"]:
        return None
    named = [m for m in actors if a <= m.start and m.end == b and m.prep is None]
    return named[0] if named else None


def _attributed(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether the mention names the source of the report ("griechischen Medienberichten
    zufolge", "laut dem Außenministerium"): a reporter, not a side of the event."""
    before = " ".join(lowers[max(0, m.start - 2) : m.start])
    after = lowers[m.end] if m.end < len(lowers) else ""
    attribution = lex.words["attribution"]
    return after in attribution or any(before.endswith(w) for w in attribution)


def _unknown_name_first(lex: Lexicon, s: Sentence, seg: tuple[int, int], m: EntitySpan) -> bool:
    """Whether the clause opens with an abbreviation no mention covers ("Die HDP", "PSOE"),
    before the mention read as the subject: German news name parties and groups so, and the
    clause's first noun phrase is its subject far more often than a later one."""
    if lex.lang != "de":
        return False
    a = seg[0]
    k = a + 1 if s.words[a].lower() in lex.words["articles"] else a
    word = s.words[k] if k < m.start else ""
    return (
        2 <= len(word) <= 6
        and word.isalpha()
        and word.isupper()
        and word.lower() not in lex.words["news_agencies"]
    )


def _oblique(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether a German article or possessive before the mention marks it accusative, dative
    or genitive ("einen", "dem", "des" ...), so that it is an object, never the subject."""
    oblique = lex.words.get("oblique_articles")
    if not oblique:
        return False
    for k in range(m.start - 1, max(-1, m.start - 3), -1):
        if lowers[k] in oblique:
            return True
        if not lowers[k].isalpha() or not lowers[k].endswith(lex.adjective_endings):
            return False  # only adjectives may stand between the article and the noun
    return False


def _in_main_clause(
    lex: Lexicon,
    lowers: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    m: EntitySpan,
) -> bool:
    """Whether ``m`` belongs to the clause of ``seg`` once embedded clauses are skipped: a
    clause-final German verb after a relative clause ("Bush hat Russland in einer Sendung,
    die ... wurde, mit Maßnahmen gedroht") takes its subject and object from the part before
    the relative clause. Only for a trigger clause that is not itself embedded."""
    embedded = (
        lex.words["relative_pronouns"]
        | lex.words["subordinators"]
        | lex.words["complementizers"]
        | lex.words.get("apposition_starts", set())
    )
    if lowers[seg[0]] in embedded:
        return seg[0] <= m.start < seg[1]
    here = segs.index(seg)
    for k in range(here, -1, -1):
        a, b = segs[k]
        if k < here and lowers[a] in embedded:
            continue
        if a <= m.start < b:
            return True
        if k < here:
            return False
    return False


def _is_passive(
    lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int], i: int, infinitive: str
) -> bool:
    a, b = seg
    word = lowers[i]
    if lex.lang == "de":
        if s.words[i][:1].isupper():
            return False  # a noun ("Gespräche"), not a participle
        # inflected before a noun only with its ge-, which no preterite has ("die
        # festgenommenen Männer"; "verurteilten Männer" may be "judges sentenced men")
        attributive = (
            word.startswith(lex.participle_prefixes)
            and word != infinitive  # "Die USA gewähren Kredite": a finite verb
            and word.endswith(lex.adjective_endings)
            and (i + 1 < len(s.words) and s.words[i + 1][:1].isupper())
        )
        return attributive or (
            lex.past_participle(word, s.lemmas[i])
            and any(w in lex.words["passive_aux"] for w in lowers[a:b])
        )
    if word.endswith("ing"):
        return False  # progressive ("are demanding", "is suing"), never passive
    participle = word.endswith(("ed", "en")) or word != s.lemmas[i]
    window = lowers[max(a, i - 3) : i]
    return participle and any(w in lex.words["passive_aux"] for w in window)


def _noun_arguments(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], cand: Candidate
) -> None:
    """A demand, criticism, rejection or threat told as a noun names its own sides right
    after it: the one who voices it in a name's genitive or a von/aus phrase ("die Kritik
    Irans", "Kritik aus Berlin"), the one it is aimed at with an/gegen ("Kritik an der
    Regierung"). They win over the clause's subject and object ("Neben Kritik von Amnesty
    ... bezeichnete der Minister ..."); with a voice but no aim the target stays unknown.
    ("die Kritik der Regierung" may be by or of the government: an article is no link.)"""
    i = cand.index
    own = [m for m in mentions if i < m.start <= i + NOUN_REACH and m.actor is not None]
    voicing = lex.words["agent_preps"] | lex.words["source_preps"]
    voices = [m for m in own if m.genitive or m.prep in voicing]
    aimed = [m for m in own if m.prep in lex.words.get("noun_target_preps", ())]
    if voices:
        cand.source = voices[0]
        cand.target = aimed[0] if aimed else None
        cand.notes.append("noun-voiced")  # its target is not guessed from the next actor
    elif aimed:
        cand.target = aimed[0]
    if cand.source is not None and cand.source is cand.target:
        cand.target = None


def _no_place_source(cand: Candidate) -> None:
    """A town or region read as the source acts for no one ("Nordirak", "Illinois"): the
    event's source is unknown. As a target it stands for the people there ("Hilfe für
    Gorazde"), and a country or capital acts for its government."""
    if cand.source is not None and not cand.source.acts:
        cand.source = None


def _local_source(cand: Candidate) -> None:
    """A group with no country of its own that acts in a place is of that place's country
    ("farmers blocked a motorway in Lima", "gunmen stormed a bank in Kabul"): the sentence
    may name other countries, so the one-country fallback of the mentions did not apply."""
    src, loc = cand.source, cand.location
    if (
        src is not None
        and src.kind == "GROUP"
        and src.actor is not None
        and not src.actor.country
        and loc is not None
        and loc.country
    ):
        cand.source = replace(src, actor=replace(src.actor, country=loc.country))


def _conflict_fallbacks(
    actors: list[EntitySpan], cand: Candidate, history: list[Candidate]
) -> None:
    """Violence with one side named: the other side is the nearest opposing actor, or the
    counterpart of an earlier fight of the article."""
    named = cand.source or cand.target
    if named is None:
        return
    if cand.target is None:
        others = [
            m for m in actors if m.start > cand.index and m.country and m.country != named.country
        ]
        if others:
            cand.target = others[0]
            cand.notes.append("target-fallback")
            return
    if cand.source is None:
        for old in reversed(history):
            if root(old.cameo) in VIOLENT_ROOTS and old.source and old.target:
                if old.target.country == named.country:
                    cand.source = old.source if old.source.country != named.country else None
                elif old.source.country == named.country and old.target.acts:
                    cand.source = old.target
                if cand.source is not None:
                    return


def _numbers(lex: Lexicon, lowers: list[str], seg: tuple[int, int], cand: Candidate) -> None:
    a, b = seg
    dead_words, injured_words = lex.words["dead_words"], lex.words["injured_words"]
    numbers: list[tuple[int, int]] = []
    for k in range(a, b):
        value = _number(lex, lowers[k])
        if value is not None:
            numbers.append((k, value))
    for k, value in numbers:
        near = lowers[k + 1 : k + 4]
        if any(w in dead_words for w in near) or (k > a and lowers[k - 1] in dead_words):
            cand.dead = cand.dead or value
        elif any(w in injured_words for w in near):
            cand.injured = cand.injured or value
        elif root(cand.cameo) in SIZED_ROOTS and cand.size is None and value >= 10:
            cand.size = value


def _number(lex: Lexicon, word: str) -> int | None:
    sep = lex.conf["thousands_separator"]
    digits = word.replace(sep, "")
    is_year = word == digits and len(digits) == 4 and digits[:2] in ("19", "20")
    value = parse_count(digits)
    if value is not None and not is_year:
        return value
    value = lex.conf["number_words"].get(word)
    return value if value and value >= 10 else None


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple] = set()
    out = []
    for c in cands:
        key = (c.cameo[:2], id(c.source), id(c.target))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _lost_verb(s: Sentence, clauses: list[Clause], found: list[tuple[int, Trigger]]) -> bool:
    """Whether the tagger put a verb the trigger lexicon knows into a function-word class
    ("lud" tagged as an article): the parse built on it is wrong, read better from word
    order."""
    predicates = {c.predicate for c in clauses}
    return any(
        t.pos == "VERB"
        and i not in predicates
        and (s.pos[i] in CLOSED_CLASSES or s.tags[i] in CLOSED_TAGS)
        for i, t in found
    )


def _code_clauses(
    lex: Lexicon,
    s: Sentence,
    clauses: list[Clause],
    coordination: Coordination,
    history: list[Candidate],
    words_found: list[tuple[int, Trigger]],
    imply: Imply,
) -> list[Candidate]:
    """Candidates of a parsed sentence, one per clause whose predicate is a trigger: roles from
    the clause's arguments, modes from its negation, modal and place in the sentence.
    ``words_found`` are the sentence's trigger words: one the parse did not make a predicate
    (a participle tagged as an adjective, a verb hung on its auxiliary) still codes the clause
    it stands in when that clause has no trigger of its own."""
    words = lex.words
    if not clauses:
        return []
    # German capitalises every noun: only elsewhere does a capitalised run make a name
    parse = _Parse(s, clauses, coordination, case_names=lex.lang != "de")
    triggers = [
        clause_trigger(lex, s, c) or parse.stray(ci, words_found, lex)
        for ci, c in enumerate(clauses)
    ]
    # a trigger verb read in a sense that is no event still says what its content clause is
    # ("denied that they met", "insisted that ..."): the content is not coded as fact
    trigger_words = {i for i, _ in words_found}
    ranked: list[tuple[bool, int, Candidate]] = []
    for ci, (c, found) in enumerate(zip(clauses, triggers, strict=True)):
        reporter = _clause_reporter(lex, parse, ci)
        demand = lex.triggers.get(c.modal or "", [None])[0]
        if reporter is not None and demand is not None and demand.pos == "AUX":
            index, trig = c.predicate, demand  # "sagte, China müsse … abbauen": a demand
        elif found is None or found[0] in parse.covered:
            continue
        else:
            index, trig = found
        gov = c.governor
        if (
            (c.relation in ("xcomp", "ccomp", "csubj") or (c.relation == "advcl" and c.infinitive))
            and gov is not None
            and (triggers[gov] is not None or clauses[gov].predicate in trigger_words)
        ):
            # "agreed to meet", "forderte X auf, … zu": the content of an event; an infinitive
            # the parser hung on as an adverbial ("urged the UN to move toward sanctions") too
            continue
        if (
            trig.pos == "NOUN"
            and c.pos == "NOUN"
            and any(s.lowers[k] in words["demonstratives"] for k in parse.children[index])
        ):
            continue  # "diese Unterstützung" refers back to an event already coded
        if trig.lemma in words.get("content_events", ()) and not any(
            x.governor == ci and x.relation == "xcomp" and triggers[cx] is not None
            for cx, x in enumerate(clauses)
        ):
            continue  # "failed to reach agreement" rejects; "failed to tackle crime" does not
        cand = Candidate(trig, trig.cameo, index, clause=parse.span(ci))
        if not _clause_modes(lex, parse, ci, cand):
            continue
        cand.reporter = reporter
        _clause_roles(lex, parse, ci, cand, history)
        imply(cand)
        ranked.append((c.relation != "root", len(ranked), cand))
    out: list[Candidate] = []
    for _, _, cand in sorted(ranked, key=lambda r: r[:2]):
        if not out and (cand.source is None or cand.target is None):
            _fill_roles(lex, s, coordination, cand, history)
        elif out and (cand.source is None or cand.target is None):
            continue  # a further event of the sentence needs both its actors from the parse
        _numbers(lex, s.lowers, cand.clause, cand)
        out.append(cand)
    return _dedupe(out)


def _fill_roles(
    lex: Lexicon,
    s: Sentence,
    coordination: Coordination,
    cand: Candidate,
    history: list[Candidate],
) -> None:
    """The roles the parse left empty, read from word order (and the place, if none): the
    parsers get a quarter to a third of German and English relations wrong (LAS 0.70 / 0.77),
    most often the subject or object of a long sentence."""
    lowers, mentions = s.lowers, coordination.leaders
    segs = _segments(
        s.words,
        coordination.joints,
        lex.words["news_agencies"],
        _apposition_commas(_appositions(lex, s.words)),
    )
    seg = next(g for g in segs if g[0] <= cand.index < g[1])
    _mark_preps(lex, lowers, mentions, s)
    guess = Candidate(cand.trigger, cand.cameo, cand.index, reporter=cand.reporter, clause=seg)
    _assign_roles(lex, s, lowers, mentions, seg, segs, guess, history)
    if cand.source is None and guess.source is not cand.target:
        cand.source = guess.source
    if cand.target is None and guess.target is not cand.source:
        cand.target = guess.target
        cand.notes.extend(guess.notes)
        cand.notes.append("target-fallback")  # not the parse's: yields to a group's members
    cand.location = cand.location or guess.location


class _Parse:
    """A parsed sentence's clauses with the lookups role assignment needs; of coordinated
    mentions only the first (the leader) takes a role."""

    def __init__(
        self, s: Sentence, clauses: list[Clause], coordination: Coordination, case_names: bool
    ) -> None:
        mentions = coordination.leaders
        self.case_names = case_names
        self.s, self.clauses, self.mentions = s, clauses, mentions
        self.coordination = coordination
        n = len(s.words)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for k, h in enumerate(s.heads):
            if h != k:
                self.children[h].append(k)
        self.position = {c.predicate: p for p, c in enumerate(clauses)}
        self.owner = [self._owner(k) for k in range(n)]
        self.covered = coordination.covered
        self.tops = [self._top(m) for m in mentions]
        lowers = s.lowers
        self.prep: dict[int, str | None] = {}  # the parse's preposition of each mention
        for m, top in zip(mentions, self.tops, strict=True):
            case = [lowers[x] for x in self.children[top] if s.deps[x] == "case"]
            self.prep[id(m)] = case[0] if case else None

    def _owner(self, k: int) -> int | None:
        seen: set[int] = set()
        while k not in self.position:
            if k in seen:
                return None
            seen.add(k)
            k = self.s.heads[k]
        return self.position[k]

    def _top(self, m: EntitySpan) -> int:
        heads = self.s.heads
        inside = [k for k in range(m.start, m.end) if not m.start <= heads[k] < m.end]
        return inside[0] if inside else m.start

    def span(self, ci: int) -> tuple[int, int]:
        """First and past-last word of the clause's own words (embedded clauses excluded)."""
        own = [k for k, o in enumerate(self.owner) if o == ci]
        return own[0], own[-1] + 1

    def mention(self, k: int | None, skip: EntitySpan | None = None) -> EntitySpan | None:
        """The mention that is argument ``k``: the one containing it, else the nearest one
        below it within the same clause other than ``skip``, a resolved one first ("the
        leaders of France", "sanctions on Iran")."""
        if k is None:
            return None
        holder = self.coordination.leader_at(k)
        if holder is not None:
            return holder
        best, rank = None, (True, len(self.s.words))
        heads = self.s.heads
        for m, top in zip(self.mentions, self.tops, strict=True):
            if m is skip:
                continue
            t, steps = top, 0
            while t != k and heads[t] != t and t not in self.position:
                t, steps = heads[t], steps + 1
            # a resolved mention first: "the leaders of France", "Sympathisanten des IS"
            if t == k and (m.country is None, steps) < rank:
                best, rank = m, (m.country is None, steps)
        return best or self._name_head(k)

    def _name_head(self, k: int) -> EntitySpan | None:
        """The mention inside the capitalised name that word ``k`` ends ("the World Bank Chief
        Economist"): a title the KB does not know, headed by its last
        word, belongs to the organisation it names."""
        words = self.s.words
        start = k
        while start > 0 and words[start - 1][:1].isupper() and words[start][:1].isupper():
            start -= 1
        if not self.case_names or not words[k][:1].isupper():
            return None
        found = (self.coordination.leader_at(j) for j in range(k - 1, start - 1, -1))
        return next((m for m in found if m is not None), None)

    def stray(
        self, ci: int, found: list[tuple[int, Trigger]], lex: Lexicon
    ) -> tuple[int, Trigger] | None:
        """The first trigger word of clause ``ci`` outside a mention and outside a
        circumstance ("nach den Gesprächen")."""
        # "according to a press release": where the news comes from is no event either
        attribution = {a.split()[0] for a in lex.words["attribution"]}
        circumstances = lex.words.get("circumstance_preps", set()) | attribution
        lowers = self.s.lowers
        c = self.clauses[ci]
        # a trigger predicate the clause's trigger did not take was read with its object
        read_away = {c.predicate, c.object} if any(i == c.predicate for i, _ in found) else set()
        for i, trig in found:
            if self.owner[i] != ci or i in self.covered or trig.pos == "AUX":
                continue
            if i in read_away:
                continue  # the verb was read in its sense ("meet demand", "deny that"): none
            if no_event_alone(lex, self.s, i, trig):
                continue  # "Shares in X fell": the verb's sense needs its arguments
            if trig.pos == "VERB" and self.s.deps[i] == "compound":
                continue  # "a press release", "a press conference": a noun modifying a noun
            if c.lemma in lex.words["reporting_verbs"] and self._below(i, c.subject):
                continue  # "…, the meeting's chairman said": who speaks, not what happened
            case = {lowers[x] for x in self.children[i] if self.s.deps[x] == "case"}
            if not case & circumstances:
                return i, trig
        return None

    def before(self, k: int) -> EntitySpan | None:
        """The mention right before word ``k``, or before a bracketed abbreviation there
        ("…, Amnesty International (AI) said")."""
        words = self.s.words
        for m in self.mentions:
            gap = words[m.end : k]
            if m.end == k or (len(gap) == 3 and gap[0] == "(" and gap[2] == ")"):
                return m
        return None

    def _below(self, k: int, top: int | None) -> bool:
        """Whether word ``k`` is ``top`` or hangs below it within its clause."""
        heads = self.s.heads
        while top is not None and k != top and heads[k] != k and k not in self.position:
            k = heads[k]
        return top is not None and k == top

    def antecedent(self, c: Clause) -> EntitySpan | None:
        """The actor a relative clause is about: the noun the clause hangs on, or the actor
        right before its comma and pronoun (where the parser lost the attachment)."""
        start = self.span(self.position[c.predicate])[0]
        found = [self.mention(self.s.heads[c.predicate])] + [
            m for m in self.mentions if start - 2 <= m.end <= start
        ]
        return next((m for m in found if m is not None and m.actor is not None), None)

    def in_clause(self, ci: int) -> list[EntitySpan]:
        return [m for m, top in zip(self.mentions, self.tops, strict=True) if self.owner[top] == ci]


def _clause_reporter(lex: Lexicon, parse: _Parse, ci: int) -> EntitySpan | None:
    """Who reports the clause: the subject of a reporting verb it is the content of ("said
    that …", "…, sagte X"), or an attribution phrase ("according to X", "laut X")."""
    clauses, reporting = parse.clauses, lex.words["reporting_verbs"]
    c = clauses[ci]
    speaker = None
    if c.relation in CONTENT_RELATIONS | {"conj"} and c.governor is not None:
        gov = clauses[c.governor]
        if gov.lemma in reporting:
            speaker = gov.agent if gov.passive else gov.subject
    told = None
    for other in clauses:
        if other.governor == ci and other.relation == "parataxis" and other.lemma in reporting:
            speaker = other.subject
            # "…, Amnesty International said": a parser that made the name a conjunct of an
            # object before it left the reporting verb without a subject
            told = parse.before(other.predicate) if speaker is None else None
    found = parse.mention(speaker) or told
    if found is not None:
        return found
    attribution = {a.split()[0] for a in lex.words["attribution"]} - lex.words["locative_preps"]
    for prep, k in c.preps:
        if prep in attribution:
            return parse.mention(k)
    return None


def _clause_modes(lex: Lexicon, parse: _Parse, ci: int, cand: Candidate) -> bool:
    """Negation (drop, or recode: "did not agree" -> reject), background, hypothetical and
    future, from the clause and the clauses governing it."""
    c, words = parse.clauses[ci], lex.words
    if c.negated:
        if not cand.trigger.negated:
            return False
        cand.cameo = cand.trigger.negated
        cand.mode = "negation-recoded"
        return True
    chain = [c]
    while chain[-1].governor is not None and len(chain) <= len(parse.clauses):
        chain.append(parse.clauses[chain[-1].governor])
    if any(_background(parse, x) for x in chain):
        cand.mode = "background"  # a relative, attributive or adverbial clause sets the scene
        return True
    lowers = parse.s.lowers
    cues = {lowers[k] for k in parse.children[c.predicate]} | {c.modal or ""}
    future = words["future"] | {lex.lemma(w) for w in words["future"]}
    if cues & words["hypothetical"]:
        cand.mode = "hypothetical"
    elif cues & future or c.modal == "werden" or any(x.lemma in future for x in chain[1:]):
        cand.mode = "future"
        if cand.cameo[:2] in FUTURE_AS_AGREE:
            cand.cameo = FUTURE_AS_AGREE[cand.cameo[:2]]
    return True


def _aimed_force(lex: Lexicon, parse: _Parse, ci: int, cand: Candidate) -> EntitySpan | None:
    """The target of a force posture whose object is the source's own force ("mobilized
    reservists for a war against Iraq", "deployed soldiers to the border with Ukraine"): the
    foreign side a target preposition after the verb names, however deep the parser hung it;
    a force of another country stays the target ("put Iraqi troops on alert")."""
    force, own = cand.target, getattr(cand.source, "country", None)
    if force is None or force.country not in (None, own):
        return force
    sides = [
        m
        for m in parse.in_clause(ci)
        if m.start > cand.index
        and parse.prep[id(m)] in lex.words["target_preps"]
        and m.country not in (None, own)
        and m is not cand.location
        and m is not cand.reporter
    ]
    return sides[0] if sides else None


def _content_target(
    lex: Lexicon,
    parse: _Parse,
    ci: int,
    actor: Callable[[int | None], EntitySpan | None],
    depth: int = 3,
) -> EntitySpan | None:
    """Whom an intent is aimed at: the recipient of the act it intends ("prepared to lift the
    ban on X", "ready to send aid to Y"), found in its infinitive content clauses."""
    if depth == 0:
        return None
    for cj, c in enumerate(parse.clauses):
        if c.governor != ci or not (
            c.relation == "xcomp" or (c.relation == "advcl" and c.infinitive)
        ):
            continue
        aimed = (actor(k) for prep, k in c.preps if prep in lex.words["target_preps"])
        found = (
            actor(c.object)
            or actor(c.indirect)
            or next((m for m in aimed if m is not None), None)
            or _content_target(lex, parse, cj, actor, depth - 1)
        )
        if found is not None:
            return found
    return None


def _event_noun(lex: Lexicon, s: Sentence, k: int) -> bool:
    hit = lex.word_trigger(s.words[k], s.lemmas[k])
    return hit is not None and hit.pos == "NOUN"


def _background(parse: _Parse, c: Clause) -> bool:
    """A relative, attributive or adverbial clause sets the scene of another predicate,
    except a purpose ("um … zu", "to") and a relative clause on an actor, which tells what
    that actor did ("Kims Truppen, die … gespielt haben")."""
    if c.relation not in BACKGROUND_RELATIONS or c.infinitive:
        return False
    return c.relation != "relcl" or parse.antecedent(c) is None


def _clause_roles(
    lex: Lexicon, parse: _Parse, ci: int, cand: Candidate, history: list[Candidate]
) -> None:
    """Source and target from the clause's arguments: subject (or a passive's agent) and
    object (or a prepositional argument aimed at someone); the place where it happened."""
    c, s, words = parse.clauses[ci], parse.s, lex.words
    here = parse.in_clause(ci)
    places = [
        m
        for m in here
        if m.place is not None
        and parse.prep[id(m)] in words["locative_preps"]
        and m.kind in ("PLACE", "COUNTRY")
        and not m.genitive
    ]
    cand.location = ([m for m in places if m.kind == "PLACE"] or places or [None])[0]
    loc = cand.location

    def actor(k: int | None) -> EntitySpan | None:
        m = parse.mention(k, skip=cand.reporter)
        if m is None or m.actor is None or m is cand.reporter:
            return None
        if m is loc and (m.kind != "COUNTRY" or parse.prep[id(m)] in words["inside_preps"]):
            return None
        return m

    subject = actor(c.subject)
    if subject is None and c.relation == "relcl" and not c.passive:
        subject = parse.antecedent(c)  # "Kims Truppen, die … gespielt haben"
    if subject is None and c.subject is not None and s.pos[c.subject] == "PRON":
        subject = cand.reporter  # "sagte Präsident X, er sei bereit …": the speaker himself
    # a PP around an event noun is a circumstance ("nach den Kämpfen in X"), not a participant
    args = [(prep, actor(k)) for prep, k in c.preps if not _event_noun(lex, s, k)]
    cand.passive = c.passive
    carried = cand.index != c.predicate  # an event noun the verb carries
    attributive = carried and s.deps[cand.index] == "amod" and cand.trigger.pos == "VERB"
    if attributive:
        # "Verluste von 2.000 getöteten Soldaten erlitten": a participle tells what was done
        # to the clause's subject, by someone the sentence does not name
        cand.passive = True
        cand.source, cand.target = None, subject
    elif carried and cand.index == c.subject:
        # "Die Ermittlungen gegen Lula machten …": the noun's own argument is aimed at
        cand.source, cand.target = None, actor(cand.index)
    elif c.passive:
        cand.source, cand.target = actor(c.agent), subject
    else:
        cand.source = subject
        # "Zu Besuch in Sarajevo …": the carried noun's own argument comes first
        own = actor(cand.index) if carried and cand.index != c.object else None
        if own is not None and own.place is not None and own.kind != "COUNTRY":
            own = None  # "die Wiedereroberung der Region Kursk": where, not against whom
        aimed = [m for prep, m in args if m is not None and prep in words["target_preps"]]
        asked = [
            m
            for prep, m in args
            if m is not None
            and prep in words["agent_preps"] | words["source_preps"]
            and cand.cameo[:2] != "07"
        ]
        cand.target = actor(c.object) or actor(c.indirect) or own or (aimed + asked + [None])[0]
        if root(cand.cameo) in FORCE_ROOTS and cand.target is actor(c.object) is not None:
            cand.target = _aimed_force(lex, parse, ci, cand)
        if cand.target is None and root(cand.trigger.cameo) == INTENT_ROOT:
            cand.target = _content_target(lex, parse, ci, actor)
        origins = [m for prep, m in args if m is not None and prep in words["source_preps"]]
        if origins and cand.cameo[:2] == "07" and origins[0].kind != "PLACE":
            # "Lieferungen aus Nordkorea": from -> source; "aus der Stadt X" is where aid goes
            cand.source, cand.target = origins[0], cand.source
    if cand.trigger.pos == "AUX":
        cand.source, cand.target = cand.reporter, subject
    _no_place_source(cand)
    _local_source(cand)
    if root(cand.cameo) in VIOLENT_ROOTS:
        # the other side of a fight is an actor, not the region fought over
        sides = [m for m in parse.mentions if m.actor and m.kind != "PLACE"]
        _conflict_fallbacks(sides, cand, history)
    if not takes_recipient(cand.trigger, cand.cameo):
        cand.target = None  # "ist zurückgetreten", "haben sich ergeben": no recipient by nature
    if cand.source is not None and cand.source is cand.target:
        cand.target = None
