"""Source and target of an event from word order: the fallback when no parse is at hand
and the German coder, whose verb-second and verb-final clauses the order rules cover.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from .candidate import (
    Candidate,
    answered_party,
    condemned_attacker,
    conflict_fallbacks,
    impersonal_subject,
    in_attribution,
    judgement,
    local_sides,
    no_place_source,
    no_self_target,
    no_town_recipient,
    place_as_target,
    retreat_origin,
    sentencing_court,
    takes_recipient,
)
from .clause_trigger import in_fixed_marker
from .codes import (
    CALL_ROOTS,
    CLOSING_SPEECH_ROOTS,
    COERCIVE_ROOTS,
    CONTENT_TARGET_ROOTS,
    DISAPPROVAL_ROOT,
    EXCHANGE_ROOTS,
    FORCE_ROOTS,
    MEETING_ROOT,
    NON_STATE_CODES,
    PLACED_ACT_CODES,
    SPEECH_CONFLICT_ROOTS,
    TOPIC_ROOTS,
    VIOLENT_ROOTS,
    root,
)
from .figurative import abstract_noun
from .kb import REFLEXIVE, Trigger
from .lexicon import Lexicon, known_word, masculine
from .model import Actor
from .segments import PUNCT_BREAK, clause_segs
from .spans import EntitySpan, Sentence, after_word, opens_participle

__all__ = [
    "assign_roles",
    "attributed",
    "coordinated_clauses",
    "fronted_purpose",
    "governing_stretch",
    "infinitive_clause",
    "is_verb",
    "joined_clause",
    "mark_preps",
    "patient_phrase",
    "privative_clause",
    "topic_phrase",
]

NOUN_REACH = 4  # a noun's own arguments follow it within this many words
NOUN_VOICED_ROOTS = SPEECH_CONFLICT_ROOTS | {"04"}  # nouns that name their sides: _noun_arguments
GENITIVE_ARTICLES = frozenset({"des", "eines"})  # a noun after them depends on the one before
TOPIC_REACH = 6  # a topic's noun phrase: "über den seit Jahren andauernden Konflikt in X"


def mark_preps(
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
        m.prep = m.prep_at = None
        for k in range(m.start - 1, max(prev_end, m.start - 4) - 1, -1):
            if _upper_bound(lex, lowers, k):
                break  # "bis zu 12.000 Menschen", "up to 200 soldiers": a number, no phrase
            if lowers[k] in preps or topic_prep(lex, lowers, k):
                m.prep, m.prep_at = lowers[k], k
                break
            if lowers[k] in PUNCT_BREAK or (s is not None and is_verb(lex, s, k)):
                break
        prev_end = m.end


def topic_prep(lex: Lexicon, lowers: list[str], k: int) -> bool:
    """Whether word ``k`` is a preposition of topic ("über", "about", "over"): a mention
    after it is in a phrase, never a subject or object. Before a number the same words say
    "more than" or "roughly" ("über 100 Syrer", "about 20 Iraqis"), no preposition."""
    if lowers[k] not in lex.words.get("topic_preps", ()):
        return False
    return not _before_number(lex, lowers, k)


def _upper_bound(lex: Lexicon, lowers: list[str], k: int) -> bool:
    """Whether word ``k`` ends a bound before a number ("bis zu", "up to"): an adverb of
    degree there, not the preposition it is elsewhere."""
    return (
        k > 0
        and f"{lowers[k - 1]} {lowers[k]}" in lex.words["upper_bounds"]
        and _before_number(lex, lowers, k)
    )


def _before_number(lex: Lexicon, lowers: list[str], k: int) -> bool:
    """Whether a number (digits or a number word above one) follows word ``k``."""
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    return after[:1].isdigit() or lex.conf["number_words"].get(after, 0) > 1


def topic_phrase(lex: Lexicon, s: Sentence, lowers: list[str], m: EntitySpan, i: int) -> bool:
    """Whether ``m`` stands in the topic of the talk whose trigger is word ``i``: after a
    topic preposition ("berieten über Syrien", "consulted about Iraq") or in a phrase of the
    topic's noun ("über den Konflikt in Syrien", "about the dispute over Kashmir"). What is
    talked about is no side of the talk; a partner preposition names a side wherever it
    hangs ("verhandelte über Gas mit Russland")."""
    if m.prep in lex.words.get("partner_preps", ()):
        return False
    start = m.prep_at if m.prep_at is not None else m.start - 1
    for k in range(start, max(-1, m.start - TOPIC_REACH - 1), -1):
        if k == i or lowers[k] in PUNCT_BREAK or is_verb(lex, s, k):
            return False  # "Über Syrien berieten Putin und Erdogan": the talk's own sides
        if topic_prep(lex, lowers, k):
            return True
    return False


def is_verb(lex: Lexicon, s: Sentence, k: int) -> bool:
    """Whether word ``k`` is a verb: a reporting verb, a listed one, or a German auxiliary or
    modal ("Im Osten haben die Truppen ...", "In der Stadt sollen Soldaten ...": the look-back
    for a preposition stops at "haben", "sollen")."""
    word = s.words[k]
    if not word[:1].islower():
        return False
    if s.lemmas[k] in lex.words["reporting_verbs"] or (
        lex.lang == "de" and (word in lex.auxiliaries or s.lemmas[k] in lex.words["modal_verbs"])
    ):
        return True
    if lex.lang == "de" and s.lemmas[k] in lex.separable_stems:
        return True  # the finite stem of a separable verb ("Im Mai griffen ... an")
    trig = lex.word_trigger(word, s.lemmas[k])
    return trig is not None and trig.pos == "VERB"


def coordinated_clauses(
    lex: Lexicon, s: Sentence, segs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches with each German main clause joined by "und" or "sowie" to the one
    before it set apart, from the conjunction on: "Russland wies die Vorwürfe zurück und warf
    Kiew Provokationen vor" is two acts of one subject, each with its own object. The
    conjunction joins clauses where a finite verb follows it right away (the second clause
    lends its subject from the first, verb-second: Duden grammar, "Koordination mit
    Subjektellipse") and a verb stands before it in its stretch; a participle or a closing
    infinitive after it belongs to the first clause's verb group ("hat kritisiert und
    gewarnt"), and a subordinate or relative clause keeps its verbs together at its end."""
    if lex.lang != "de":
        return segs
    lowers = s.lowers
    out: list[tuple[int, int]] = []
    for a, b in segs:
        # a sentence opens with an article that looks like a relative pronoun ("Die EU ...")
        embedded = lowers[a] in lex.words["subordinators"] or (
            a > 0 and lowers[a] in lex.words["relative_pronouns"]
        )
        start = a
        for k in range(a + 1, b - 1):
            verb = k + 1
            if (
                lowers[k] in lex.words["coordinators"]
                and not embedded
                and _finite_verb(lex, s, verb, b)
                and any(is_verb(lex, s, j) for j in range(start, k))
            ):
                out.append((start, k))
                start = k
        out.append((start, b))
    return out


def _coordinated_subject(
    lex: Lexicon,
    lowers: list[str],
    actors: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
) -> EntitySpan | None:
    """The subject a clause set apart by :func:`coordinated_clauses` lends from the clause
    before it: that one's first actor in the nominative."""
    if not joined_clause(lex, lowers, segs, seg):
        return None
    subjects, _ = _free_roles(lex, lowers, actors, segs[segs.index(seg) - 1])
    return subjects[0] if subjects else None


def _free_roles(
    lex: Lexicon, lowers: list[str], actors: list[EntitySpan], stretch: tuple[int, int]
) -> tuple[list[EntitySpan], list[EntitySpan]]:
    """The actors of ``stretch`` with no preposition, as possible subjects (nominative) and
    objects (an oblique case), in order: the roles a clause lends to one that has none."""
    free = [m for m in actors if stretch[0] <= m.start < stretch[1] and m.prep is None]
    return (
        [m for m in free if not _oblique(lex, lowers, m)],
        [m for m in free if _oblique(lex, lowers, m)],
    )


def _in_joined_clause(
    lex: Lexicon,
    lowers: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    m: EntitySpan,
) -> bool:
    """Whether ``m`` stands in the clause :func:`coordinated_clauses` set apart right after
    ``seg``."""
    here = segs.index(seg)
    if here + 1 >= len(segs) or not joined_clause(lex, lowers, segs, segs[here + 1]):
        return False
    a, b = segs[here + 1]
    return a <= m.start < b


def joined_clause(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> bool:
    """Whether ``seg`` is a clause :func:`coordinated_clauses` set apart: it opens with the
    conjunction right where the stretch before it ends (punctuation parts all others)."""
    here = segs.index(seg)
    return (
        lex.lang == "de"
        and here > 0
        and segs[here - 1][1] == seg[0]
        and lowers[seg[0]] in lex.words["coordinators"]
    )


def _article_verb_second(lex: Lexicon, s: Sentence, seg: tuple[int, int]) -> bool:
    """Whether a German stretch that opens like a relative clause ("..., die") is a main
    clause: the word is the article of a noun that the finite verb follows with the clause
    going on after it ("..., die Gewerkschaften streiken seit Montag in Lima"); a
    relative clause ends in its finite verb ("..., die in Rom demonstrieren")."""
    a, b = seg
    j = a + 1
    while j < b and s.words[j][:1].islower() and s.lowers[j].endswith(lex.adjective_endings):
        j += 1  # "die großen Parteien"
    if j >= b or not s.words[j][:1].isupper():
        return False
    k = j + 1
    while k < min(b, j + 3) and s.words[k][:1].isupper():
        k += 1  # "die Regierung Spaniens forderte"
    return _finite_verb(lex, s, k, b)


def _finite_verb(lex: Lexicon, s: Sentence, k: int, end: int) -> bool:
    """Whether word ``k`` is a German finite verb with its clause going on after it (before
    ``end``): no participle, and no verb after it, as verb forms that close a clause do ("hat
    kritisiert und gewarnt", "..., die X angreifen wollen"); a plural present looks like the
    infinitive ("und fordern den Rücktritt")."""
    return (
        k + 1 < end
        and is_verb(lex, s, k)
        and not lex.past_participle(s.lowers[k], s.lemmas[k])
        and not is_verb(lex, s, k + 1)
    )


def assign_roles(
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
            if m.actor is not None and m is not cand.reporter and not attributed(lex, lowers, m)
        ),
        key=lambda m: m.dateline,
    )
    # "mit Hilfe der Regierung", "an der Seite der Armee": a helper or ally, no role
    actors = [m for m in actors if not _after_fixed_marker(lex, lowers, m)]
    # "griff X an, ohne die Regierung zu informieren": whom an act not done concerns
    unreal = [g for g in segs if g != seg and privative_clause(lex, s.words, g)]
    actors = [m for m in actors if not any(g[0] <= m.start < g[1] for g in unreal)]
    if root(cand.cameo) in VIOLENT_ROOTS or cand.cameo[:3] in PLACED_ACT_CODES:
        # "nahe der Grenze zu Mauretanien": a neighbour named to say where, not a side (nor
        # whom an arrest or a seizure there is aimed at)
        actors = [m for m in actors if not _neighbour(lex, lowers, m)]
    if root(cand.cameo) in TOPIC_ROOTS:
        actors = [m for m in actors if not topic_phrase(lex, s, lowers, m, i)]
    named = {k for m in mentions for k in range(m.start, m.end)}
    if lex.lang == "de":
        actors = [m for m in actors if not _others_sides(lex, s, named, m, cand)]
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
    # a relative clause takes its antecedent as subject (an actor, not a thing)
    antecedent = None
    about_thing = _thing_antecedent(lex, s, mentions, a, cand)
    if (
        lowers[a] in lex.words["relative_pronouns"]
        and a > 0
        and s.words[a][:1].islower()
        and len(clause_segs(lex, lowers, segs, seg)) == 1  # not a clause's closing stretch
        and not _article_verb_second(lex, s, seg)
    ):
        before = [
            m
            for m in actors
            if m.end <= a and m.prep not in lex.words["locative_preps"] and not m.dateline
        ]
        if not about_thing:
            antecedent = before[-1] if before else None
    if antecedent is None and i == a and cand.trigger.pos == "VERB":
        antecedent = _apposed_subject(lex, s.words, actors, segs, seg)
    antecedent = antecedent or _coordinated_subject(lex, lowers, actors, segs, seg)
    served_subject, served_object = (
        _served_roles(lex, s.words, actors, segs, seg)
        if cand.trigger.pos == "VERB"
        else (None, None)
    )
    antecedent = antecedent or served_subject
    passive = _is_passive(lex, s, lowers, seg, i, cand.trigger.lemma)
    cand.passive = passive
    free = [m for m in in_seg if m.prep is None]
    agents = [
        m
        for m in in_seg
        if m.prep in lex.words["agent_preps"] and not _noun_phrase(lex, s, m, cand.cameo)
    ]
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
    # ... except the genitive right after an event noun, which is its agent ("den Einmarsch
    # der Türkei in Syrien")
    nominative = [
        m
        for m in free
        if not _oblique(lex, lowers, m)
        or (
            cand.trigger.pos == "NOUN"
            and m.start == i + 2
            and lowers[i + 1] in lex.words.get("genitive_links", ())
        )
    ]
    if cand.trigger.pos == "VERB":
        # "hat den Umgang Israels mit ... kritisiert": the owner of a noun inside the clause
        # is what the act is about, never its subject
        nominative = [m for m in nominative if not _inner_owner(lex, s, lowers, seg, m)]
    owner = None if antecedent else _owner_subject(lex, s, lowers, seg, free)
    pronouns = lex.words["pronouns_person"] | lex.words.get("pronouns_plural", set())
    pronoun_subject = _pronoun_subject(lex, lowers, seg, i, cand.trigger, pronouns, mentions)
    opening_pronoun = _opening_pronoun(lex, s, seg, i, cand.trigger, pronouns, mentions)
    # "Die Regierung Kubas kritisierte der russische Präsident": an object may open the
    # clause when the subject after the verb shows its case
    verb = cand.trigger.pos == "VERB"
    shown = [m for m in nominative if verb and _nominative_after_verb(lex, s, i, m)]
    unnamed_subject = owner is None and (
        (_unresolved_subject(lex, s, seg, i, cand.trigger) and not shown)
        or pronoun_subject
        or opening_pronoun
        # "Dass man mit der Türkei verhandle, verteidigte der Kanzler": "man" is the subject
        # (in reported speech it may stand for the speaker's side)
        or (cand.reporter is None and impersonal_subject(lex, s, cand))
        or about_thing
    )
    if unnamed_subject:
        # "Ein Leitartikel forderte Obama auf": the actor after the verb is its object; after
        # an opening pronoun every actor is ("Sie sollen 20 Soldaten getötet haben")
        nominative = [m for m in nominative if m.start < i and not opening_pronoun]
    subject = antecedent or owner or (shown or nominative or [None])[0]
    if (
        cand.reporter is not None
        and not antecedent
        and (subject is None or lex.lang == "de")
        and (
            any(
                lowers[k] in pronouns
                for k in range(a, min(i, subject.start) if subject is not None else i)
            )
            or (pronoun_subject and subject is None)
            or _speaker_pronoun(lex, lowers, seg, i, cand.trigger)
        )
    ):
        # "sagte Präsident Bouteflika, er sei bereit ...": the speaker speaks of himself;
        # in German a pronoun before a noun is the subject ("erklärte, sie werde Uganda
        # angreifen")
        subject = cand.reporter
    if subject is None and not unnamed_subject:
        main = [
            m
            for m in actors
            if m.prep is None
            and not _oblique(lex, lowers, m)
            and not (cand.trigger.pos == "VERB" and _inner_owner(lex, s, lowers, seg, m))
        ]
        subject = main[0] if main else None
    if (
        subject is not None
        and not antecedent
        and (
            _unknown_name_first(lex, s, seg, subject)
            or _unknown_name_before_verb(lex, s, seg, i, subject)
        )
    ):
        subject = None  # "Die HDP wirft der Staatsführung ... vor": the HDP, whom no KB knows
    if passive:
        # a dateline's place is a subject of last resort: the "gegen" phrase comes first
        if subject is None or subject.dateline:
            cand.target = (
                _impersonal_target(lex, s, in_seg) or _passive_recipient(lex, s, free) or subject
            )
        else:
            cand.target = subject
        attributive = (
            lex.lang == "de"
            and i + 1 < len(s.words)
            and s.words[i + 1][:1].isupper()
            and not any(w in lex.words["passive_aux"] for w in lowers[a:b])
        )
        cand.source = agents[0] if agents and not attributive else None
        if cand.source is None and root(cand.cameo) in VIOLENT_ROOTS:
            # "bei einem Angriff der Taliban wurden zehn Polizisten getötet"
            cand.source = _attacker(lex, s, lowers, in_seg, a, i)
            source = cand.source
            if source is not None and lex.words["between_preps"].intersection(
                lowers[max(a, source.start - 3) : source.start]
            ):
                # "bei Gefechten zwischen X und Y wurden vier Menschen getötet": a fight
                # between the two, each pair once, whose victims are no side
                cand.target = None
    else:
        cand.source = subject
        objects = [
            m
            for m in free
            if m is not subject and not _subject_owner(lex, s, lowers, seg, i, subject, m)
        ]
        if i > a and lowers[i - 1] in lex.words["coordinators"]:
            # "kritisierte Chile und forderte Bolivien auf": a verb a coordinator opens takes
            # its object after it; the first verb's object is not its
            objects = [m for m in objects if m.start > i] or objects
        if goals:
            # "zwei seiner Staatsbürger an Großbritannien ausliefern", "hand over its nationals
            # to Britain": what the subject hands over of its own is not the recipient
            objects = [m for m in objects if not _possessed(lex, lowers, m)]
        if root(cand.cameo) in FORCE_ROOTS:
            # "versetzte seine Truppen wegen Togo in Alarmbereitschaft": the force a posture
            # moves is the source's own, not whom it is aimed at (the parse's _aimed_force)
            own = getattr(subject, "country", None)
            objects = [
                m for m in objects if not (_possessed(lex, lowers, m) and m.country in (None, own))
            ]
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
        territories = ("PLACE", "COUNTRY")
        losers = [
            m for m in agents if m.kind not in territories and m.start > getattr(subject, "end", a)
        ]
        if objects and objects[0].kind in territories and losers:
            # "hat Ramadi vom IS zurückerobert", "befreite die Stadt von den Rebellen": in an
            # active clause a territory taken from a group names where, the group whom the act
            # is aimed at
            objects = losers
        # "beschwerte sich bei der UNO über die Ukraine": a complaint is aimed at what it is about
        about = [
            m
            for m in in_seg
            if root(cand.cameo) in CONTENT_TARGET_ROOTS
            and m.prep in lex.words.get("topic_preps", ())
            and m.start > i
        ]
        if (
            asked
            and lex.lang == "de"
            and root(cand.cameo) in CALL_ROOTS
            and objects
            and asked[0].start < objects[0].start
        ):
            # "verlangte von Uganda die Auslieferung des Rebellenführers": in German word order
            # the von-phrase before the demanded act is whom the call is made of; an actor
            # after it takes part in the act demanded
            objects = []
        cand.target = next(iter(objects + about + goals + asked), None)
        if origins and cand.cameo[:2] == "07" and origins[0].kind != "PLACE":
            # "Lieferungen aus Nordkorea": from -> source; "aus der Stadt X" is where aid goes
            cand.source, cand.target = origins[0], cand.source
    if cand.trigger.pos == "NOUN" and root(cand.cameo) in NOUN_VOICED_ROOTS | VIOLENT_ROOTS:
        _noun_arguments(lex, s, in_seg, cand, actors)
    if cand.trigger.pos == "NOUN" and lex.lang == "de":
        _noun_sides(lex, s, named, in_seg, cand)
    if cand.trigger.pos == "NOUN" and not takes_recipient(cand.trigger, cand.cameo):
        _noun_owner(lex, s, in_seg, cand)
    if cand.trigger.pos == "NOUN":
        _demonym_voice(s, in_seg, cand)
        _nominal_agent(lex, s, lowers, in_seg, cand)
        _arrived_voice(lex, s, lowers, in_seg, cand)
        _received(lex, s, lowers, in_seg, seg, cand)
    elif cand.trigger.lemma in lex.words.get("meet_verbs", ()):
        _received(lex, s, lowers, in_seg, seg, cand)  # an idiom's: "stößt auf Widerstand"
    if root(cand.cameo) in COERCIVE_ROOTS:
        _patient_words(lex, lowers, in_seg, cand)
    no_place_source(cand)
    if root(cand.cameo) in VIOLENT_ROOTS:
        local_sides(cand)
        conflict_fallbacks(actors, cand, history)
    if (cand.trigger.pos == "AUX" or judgement(cand.trigger)) and cand.reporter is not None:
        # "Die Regierung erklärte, China müsse ... abbauen": the speaker demands, the subject
        # of the reported clause is asked; "für die Angriffe sei Russland verantwortlich,
        # sagte X": the speaker blames the subject
        cand.source, cand.target = cand.reporter, subject
    if not takes_recipient(cand.trigger, cand.cameo):
        cand.target = retreat_origin(cand, origins)
        return  # "ist zurückgetreten", "haben sich ergeben": no recipient by nature
    condemned = _condemned_attack(lex, s, seg, cand)
    if not condemned:
        place_as_target(cand)
    answered_party(s, lex.words, cand, history)
    if (
        cand.target is None
        and cand.source is not None
        and i == a
        and a > 0
        and (cand.cameo[:2] in CONTENT_TARGET_ROOTS or "after-content" in cand.notes)
    ):
        # "Die Behörden versäumen es, ..., beklagte eine Menschenrechtsgruppe": a complaint
        # (or demand, threat) told after its content is aimed at the subject of that content;
        # a name and its apposition before the verb are its subject, no content ("Jean
        # Dupont, der Botschafter, kritisierte, dass ...")
        frame = _apposed_pair(lex, s.words, actors, segs, seg) if i == a else None
        content = [
            m
            for m in actors
            if m.start < a
            and m.prep is None
            and m is not cand.source
            and not _oblique(lex, lowers, m)
            and not (frame is not None and frame[0] <= m.start < frame[1])
        ]
        # "Die Angriffe der syrischen Armee seien empörend, kritisierte X": a content whose
        # subject is a thing is aimed at the actor owning it, as the object "kritisierte die
        # Angriffe der syrischen Armee" is
        cand.target = content[0] if content else _content_owner(lex, s, actors, a, cand)
    if condemned and cand.target is None:
        cand.target = condemned_attacker(cand, history)
    if cand.target is None and _criticised_verdict(lex, s, seg, cand):
        cand.target = sentencing_court(cand, history)
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
        # "Die Truppen der Regierung von X griffen ... an": the subject's owner is no recipient
        others = [m for m in others if not _subject_owner(lex, s, lowers, seg, i, cand.source, m)]
        others = [m for m in others if not _possessed(lex, lowers, m)] or others
        # "verurteilte den Anschlag und sicherte Frankreich Hilfe zu": a clause joined after
        # this one has its own object (coordinated_clauses)
        others = [m for m in others if not _in_joined_clause(lex, lowers, segs, seg, m)]
        # "die von den USA verhängten Strafmaßnahmen", "durch Luftangriffe zerstört": an agent
        # phrase before the verb tells who did something else, not whom the act is aimed at
        others = [m for m in others if m.start > i or m.prep not in lex.words["agent_preps"]]
        others = [m for m in others if not in_attribution(cand, m)]
        addressee = _unnamed_addressee(lex, s, mentions, seg, segs, cand)
        if others and addressee is not None:
            # whom the act addresses is its target, not an actor of its content ("gegen den
            # IS"); an unnamed addressee is mostly the source's own people (critics,
            # officials, voters), which a content actor of the source's country confirms
            same = others[0].country == cand.source.country
            cand.target = _addressee_actor(s, addressee, cand.source) if same else None
            cand.notes.append("target-addressee")
        elif others and not _own_cooperation(cand, others[0]):
            cand.target = others[0]
            cand.notes.append("target-guessed")
    no_town_recipient(cand)
    no_self_target(cand)


def _thing_antecedent(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], a: int, cand: Candidate
) -> bool:
    """Whether an event noun stands in a German relative clause at ``a`` that hangs on a
    common noun naming no actor ("Der Konflikt, der das Nato-Treffen dominierte, waren die
    Spannungen zwischen X und Y"): the clause is about that thing, and the event noun's sides
    are named inside the clause or not at all, never taken from elsewhere in the sentence. A
    verb's subject may be a noun moved out before it ("für jene Jugendlichen ein Segen, die
    ... protestieren"), and a name the dictionary lacks is a person ("Niessl, der ...")."""
    k = a - 2
    return (
        lex.lang == "de"
        and cand.trigger.pos == "NOUN"
        and k >= 0
        and s.lowers[a] in lex.words["relative_pronouns"]
        and s.words[a][:1].islower()
        and s.words[a - 1] == ","
        and s.words[k][:1].isupper()
        and not any(m.start <= k < m.end for m in mentions)
        and known_word(s.words[k], lex.lang)
    )


def _others_sides(
    lex: Lexicon, s: Sentence, named: set[int], m: EntitySpan, cand: Candidate
) -> bool:
    """Whether ``m`` opens the sides of a "zwischen" phrase that belongs to a noun other than
    the trigger noun: the pair after "zwischen" are the sides of the noun right before it
    ("das Treffen, ... die Spannungen zwischen der Türkei und Russland": the tensions', not the
    meeting's). A phrase that no noun governs ("Zwischen X und Y gab es Gefechte") or whose
    noun is an event or genitive that hands its sides on ("nach Gesprächen zwischen X und Y
    ein Abkommen") stays the sentence's, and a verb keeps its actors (its clause's sides
    after an event noun elsewhere are as often its own)."""
    k = _between_at(lex, s.lowers, m)
    if k is None or cand.trigger.pos != "NOUN":
        return False
    head = _phrase_head(lex, s, named, k, cand.index)
    return head is not None and head != cand.index and not _hands_on(lex, s, head)


def _between_at(lex: Lexicon, lowers: list[str], m: EntitySpan) -> int | None:
    """Where the "zwischen"/"between" before ``m`` stands (articles and a title between)."""
    at = [k for k in range(max(0, m.start - 3), m.start) if lowers[k] in lex.words["between_preps"]]
    return at[-1] if at else None


def _noun_sides(
    lex: Lexicon, s: Sentence, named: set[int], mentions: list[EntitySpan], cand: Candidate
) -> None:
    """A noun trigger right before its "zwischen" phrase names its sides there ("ein Treffen
    zwischen Putin und Erdogan", "Verhandlungen in Genf zwischen X und Y"): the phrase's first
    actor is the source, and coordination pairs it with the others as a mutual act. A source
    found otherwise wins: the noun's own voice ("die Vermittlung Ägyptens zwischen X und Y")
    or the clause's subject ("Perus Präsident will zwischen den beiden Staaten eine Einigung")."""
    if cand.source is not None:
        return
    for m in mentions:
        k = _between_at(lex, s.lowers, m)
        if (
            k is not None
            and m.actor is not None
            and _phrase_head(lex, s, named, k, cand.index) == cand.index
        ):
            cand.source, cand.target = m, None
            cand.notes.append("noun-voiced")
            return


def _phrase_head(lex: Lexicon, s: Sentence, named: set[int], k: int, i: int) -> int | None:
    """The noun that the prepositional phrase at ``k`` hangs on: the trigger ``i`` when it is
    reached, else the nearest German (capitalised) noun before the phrase; None when a verb or
    a punctuation mark comes first (the phrase is the clause's). The look-back passes a place
    or time phrase ("die Kämpfe im Osten zwischen ..."), and through a noun that hands its
    sides on to the one it depends on: a genitive ("die Unterzeichnung eines Abkommens
    zwischen ...") or an event noun of its own ("die Einigung auf eine Waffenruhe zwischen
    ...")."""
    lowers = s.lowers
    head = None
    j, reach = k - 1, NOUN_REACH
    while j >= 0 and reach > 0:
        if j == i:
            return j
        if j > 1 and lowers[j] in lex.words["relative_pronouns"] and lowers[j - 1] == ",":
            j -= 2  # "das Abkommen, das zwischen X und Y geschlossen wurde": its antecedent
            continue
        if lowers[j] in PUNCT_BREAK or is_verb(lex, s, j):
            break
        if _noun_at(lex, s, named, j) and not after_word(
            lex, lowers, j, lex.words["locative_preps"], lex.words["articles"]
        ):
            head = j if head is None else head
            if not _hands_on(lex, s, j):
                break
        j, reach = j - 1, reach - 1
    return head


def _hands_on(lex: Lexicon, s: Sentence, j: int) -> bool:
    """Whether the noun ``j`` hands the sides of a phrase after it on to a noun before it: a
    genitive attribute or an event noun (a trigger) of its own."""
    return (
        after_word(lex, s.lowers, j, GENITIVE_ARTICLES, lex.words["articles"] - GENITIVE_ARTICLES)
        or lex.word_trigger(s.words[j], s.lemmas[j]) is not None
    )


def _noun_at(lex: Lexicon, s: Sentence, named: set[int], j: int) -> bool:
    """Whether word ``j`` is a German noun that names no actor (capitalised, no function word)."""
    return (
        s.words[j][:1].isupper()
        and j not in named
        and s.lowers[j] not in lex.words["function_words"]
    )


def _unnamed_addressee(
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    seg: tuple[int, int],
    segs: list[tuple[int, int]],
    cand: Candidate,
) -> tuple[int, int] | None:
    """The noun phrase naming no actor that a speech act told before its infinitive content
    addresses ("hat die Verbündeten aufgefordert, ... zu fliegen", "wirft dem Prediger vor,
    ... zu wollen"): its object after the subject, outside any preposition's phrase. Whom
    the act addresses is its target (CAMEO: the recipient of a demand, accusation or
    threat)."""
    a, b = seg
    source = cand.source
    later = [g for g in segs if g[0] >= b]
    if (
        lex.lang != "de"
        or source is None
        or root(cand.cameo) not in CLOSING_SPEECH_ROOTS
        or not later
        or not infinitive_clause(lex, s.words, later[0])
        or s.lowers[later[0][0]] in lex.words.get("purpose_markers", ())
    ):
        return None
    found = (_noun_phrase_object(lex, s, mentions, k, b) for k in range(max(a, source.end), b))
    return next((span for span in found if span is not None), None)


def _addressee_actor(s: Sentence, span: tuple[int, int], source: EntitySpan) -> EntitySpan:
    """The unnamed addressee as an actor of the source's country."""
    start, end = span
    text = " ".join(s.words[start:end])
    return EntitySpan(start, end, "GROUP", Actor(text, None, source.country), agent_noun=True)


def _noun_phrase_object(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], k: int, end: int
) -> tuple[int, int] | None:
    """The noun phrase a determiner at ``k`` opens, which no actor holds and no preposition
    governs, its noun before ``end`` (the first capitalised word not right after a
    preposition: "dem im Exil lebenden Prediger") naming a person, group or thing, not an
    abstract noun (:func:`extraction.figurative.abstract_noun`)."""
    w, lowers = lex.words, s.lowers
    determiners = w["articles"] | w["possessives"] | w["demonstratives"]
    prepositions = w["prepositions"] | set(lex.conf.get("prep_contractions", ()))
    if lowers[k] not in determiners or (k > 0 and lowers[k - 1] in prepositions):
        return None
    head = next(
        (
            j
            for j in range(k + 1, end)
            if s.words[j][:1].isupper() and lowers[j - 1] not in prepositions
        ),
        None,
    )
    if head is None or any(abstract_noun(x) for x in (lowers[head], s.lemmas[head].lower())):
        return None  # "hat die Forderung zurückgewiesen, ... zu stationieren": what, not whom
    if any(m.start <= head < m.end and m.actor is not None for m in mentions):
        return None
    return k + 1, head + 1


def _condemned_attack(lex: Lexicon, s: Sentence, seg: tuple[int, int], cand: Candidate) -> bool:
    """Whether a disapproval's clause names an attack ("verurteilte die Anschläge in Brüssel",
    "condemned the attacks in Brussels"): the place of the attack is where it hit, not the
    one accused."""
    a, b = seg
    if "after-content" in cand.notes:
        a = 0  # "Der Angriff sei empörend, kritisierte X": the attack is in the content before

    def violent(k: int) -> bool:
        t = lex.word_trigger(s.words[k], s.lemmas[k])
        return t is not None and root(t.cameo) in VIOLENT_ROOTS

    return _disapproval_names(cand, (a, b), violent)


def _criticised_verdict(lex: Lexicon, s: Sentence, seg: tuple[int, int], cand: Candidate) -> bool:
    """Whether a disapproval's clause names a verdict (``verdict_nouns``: "bezeichnete das
    Urteil als Unrecht"): it is aimed at the court that passed it."""
    nouns = lex.words.get("verdict_nouns", ())
    return _disapproval_names(cand, seg, lambda k: s.lowers[k] in nouns)


def _disapproval_names(
    cand: Candidate, span: tuple[int, int], names: Callable[[int], bool]
) -> bool:
    """Whether ``cand`` is a disapproval (CAMEO 11) and a word of ``span`` other than its
    trigger is one that ``names`` accepts: what the disapproval is aimed at by its words."""
    a, b = span
    return root(cand.cameo) == DISAPPROVAL_ROOT and any(
        names(k) for k in range(a, b) if k != cand.index
    )


def _impersonal_target(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> EntitySpan | None:
    """The target of a German impersonal passive, which has no subject: its "gegen"
    phrase ("Gegen den Minister wird ermittelt", "Gegen X wurde Anklage erhoben": Duden
    grammar, the subjectless passive keeps the verb's prepositional object). A phrase
    right after a noun is that noun's ("Bei einer Razzia gegen X wurden ... festgenommen")."""
    preps = lex.words.get("impersonal_target_preps", ())
    return next(
        (
            m
            for m in mentions
            if m.prep in preps
            and m.prep_at is not None
            and not (m.prep_at > 0 and s.words[m.prep_at - 1][:1].isupper())
        ),
        None,
    )


def _passive_recipient(lex: Lexicon, s: Sentence, free: list[EntitySpan]) -> EntitySpan | None:
    """The target of a German passive whose subject is no actor: its dative, the recipient
    the active verb's indirect object names ("Der Regierung wird Korruption vorgeworfen",
    "Dem Land wurde Hilfe zugesagt"); the accusative object became the subject. A genitive
    after a noun is that noun's ("45 Personen des Landes verwiesen")."""
    if lex.lang != "de":
        return None
    return next(
        (m for m in free if _oblique(lex, s.lowers, m) and not _genitive_attribute(lex, s, m)),
        None,
    )


def _genitive_attribute(lex: Lexicon, s: Sentence, m: EntitySpan) -> bool:
    """Whether the mention is in the genitive after a noun ("der Vater des Franzosen"):
    its article, after adjectives at most, is a genitive one and follows a noun."""
    return _genitive_head(lex, s, m) is not None


def _content_owner(
    lex: Lexicon, s: Sentence, actors: list[EntitySpan], a: int, cand: Candidate
) -> EntitySpan | None:
    """The first actor in the genitive of a noun in the content told before the speech act
    opening the stretch at ``a`` ("Die Politik der Regierung sei gescheitert, kritisierte X").
    The genitive of a violent noun that takes no attacker in it is the victim ("die Tötung
    des Journalisten"), never the one the words are aimed at."""
    for m in actors:
        head = _genitive_head(lex, s, m) if m.start < a and m is not cand.source else None
        if head is None or m.prep is not None:
            continue
        trig = lex.word_trigger(s.words[head], s.lemmas[head])
        victim = trig is not None and root(trig.cameo) in VIOLENT_ROOTS
        if not victim or _agent_genitive(lex, s.lemmas[head].lower()):
            return m
    return None


def _genitive_head(lex: Lexicon, s: Sentence, m: EntitySpan) -> int | None:
    """The noun the mention is the genitive of: its article, after adjectives at most, is a
    genitive one and follows that noun."""
    links = lex.words.get("genitive_links", ())
    k = m.start - 1
    while (
        k > 0
        and s.lowers[k] not in links
        and s.lowers[k].isalpha()
        and s.lowers[k].endswith(lex.adjective_endings)
    ):
        k -= 1
    if k > 0 and s.lowers[k] in links and s.words[k - 1][:1].isupper() and s.words[k - 1].isalpha():
        return k - 1
    return None


def _own_cooperation(cand: Candidate, guess: EntitySpan) -> bool:
    """Whether ``guess`` would make ``cand`` cooperation given to the source's own country
    ("Die USA seien zu Lieferungen bereit, versicherte der Vizechef der Präsidialverwaltung"):
    the next actor is then someone else of the story, not the recipient."""
    return (
        root(cand.cameo) in EXCHANGE_ROOTS
        and guess.country is not None
        and guess.country == getattr(cand.source, "country", None)
    )


def _noun_phrase(lex: Lexicon, s: Sentence, m: EntitySpan, cameo: str) -> bool:
    """Whether the preposition before ``m`` follows an event noun, whose argument ``m`` is:
    "nach dem Besuch von Präsident X wurden ... festgenommen" names no agent of the arrest.
    Violence done in violence is the same agent's ("bei dem Beschuss durch X wurden ...
    getötet"), unless the noun's argument is a town ("die Anschläge von Brüssel")."""
    k = m.prep_at if m.prep_at is not None and m.prep_at >= m.start - 3 else 0
    trig = lex.word_trigger(s.words[k - 1], s.lemmas[k - 1]) if k > 0 else None
    if trig is None or trig.pos != "NOUN":
        return False
    violent = root(trig.cameo) in VIOLENT_ROOTS and root(cameo) in VIOLENT_ROOTS
    return not violent or m.kind == "PLACE"


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


def _subject_owner(
    lex: Lexicon,
    s: Sentence,
    lowers: list[str],
    seg: tuple[int, int],
    i: int,
    subject: EntitySpan | None,
    m: EntitySpan,
) -> bool:
    """Whether ``m`` is the genitive (or von phrase) of a German subject that opens the
    clause, the two filling the place before the finite verb ("Die Truppen der Regierung von
    Baschar al-Assad griffen ... an", "Die Soldaten des gestürzten Präsidenten X griffen ...
    an"): only one phrase stands there, so the owner is part of the subject, never the
    object, also after a participle phrase before its noun ("Die Truppen der von China
    unterstützten Regierung Syriens griffen ... an"). A clause that opens with a
    conjunction keeps its dative ("dass die Regierung der Opposition half")."""
    return (
        lex.lang == "de"
        and subject is not None
        and subject.start - seg[0] <= 1
        and m.start > subject.end
        and lowers[subject.end] in lex.words["genitive_links"]
        and (
            all(s.words[k][:1].islower() for k in range(subject.end + 1, m.start))
            or (
                opens_participle(lex, lowers[subject.end : subject.end + 2])
                and s.words[m.start - 1][:1].islower()
            )
        )
        and _finite_at(lex, s, lowers, m.end, i)
    )


def _finite_at(
    lex: Lexicon,
    s: Sentence,
    lowers: list[str],
    k: int,
    i: int,
    auxiliaries: Collection[str] | None = None,
) -> bool:
    """Whether the German clause's finite verb stands at ``k``: the predicate ``i`` itself,
    or an auxiliary (of ``auxiliaries``, by default every finite one) or modal before its
    participle or infinitive."""
    auxiliaries = lex.finite_auxiliaries if auxiliaries is None else auxiliaries
    return k == i or (
        k < i and (lowers[k] in auxiliaries or s.lemmas[k] in lex.words["modal_verbs"])
    )


def _inner_owner(
    lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int], m: EntitySpan
) -> bool:
    """Whether ``m`` is a German name in the genitive after the noun it owns, in a noun
    phrase that does not open the clause ("kritisierte die Politik Russlands", "hat den
    Umgang Israels ... kritisiert"): the phrase is an object or a circumstance, and its
    owner never the subject ("Die Regierung Kenias kritisierte ..." opens the clause)."""
    k = m.start - 1
    if lex.lang != "de" or not m.genitive or k <= seg[0] or not s.words[k][:1].isupper():
        return False
    if any(x.isupper() for x in s.words[k][1:]) or not s.words[k].isalpha():
        return False  # an abbreviation or a name, not a noun
    j = k - 1
    articles = lex.words["articles"]
    while (
        j > seg[0]
        and lowers[j] not in articles
        and lowers[j].isalpha()
        and lowers[j].endswith(lex.adjective_endings)
    ):
        j -= 1  # the adjectives of the noun: "die bisherige Politik Russlands"
    return j > seg[0] and lowers[j] in articles


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
    served = governing_stretch(lex, words, segs, seg)
    if served is None or infinitive_clause(lex, words, served):
        return None, None  # an infinitive clause served has no subject to lend either
    lowers = [w.lower() for w in words]
    subjects, objects = _free_roles(lex, lowers, actors, served)
    a, b = seg
    if any(a <= m.start < b for m in actors):
        # a clause that names its own actors inherits the subject only as a complement
        # ("plant, Uganda anzugreifen"); a purpose clause's actors are its own roles
        if lowers[a] in lex.words.get("purpose_markers", ()) or not subjects:
            return None, None
        return subjects[0], None
    return (subjects[0] if subjects else None), (objects[0] if objects else None)


def governing_stretch(
    lex: Lexicon, words: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> tuple[int, int] | None:
    """The stretch a German infinitive clause ("..., Uganda anzugreifen", "um ... zu
    verhandeln") depends on: the nearest one before it that no relative pronoun or
    conjunction opens (the sentence's first stretch opens with an article, if any)."""
    a = seg[0]
    if lex.lang != "de" or not infinitive_clause(lex, words, seg):
        return None
    embedded = lex.words["relative_pronouns"] | lex.words["subordinators"]
    # a relative clause ends in its finite verb: one that closes with "zu" and an infinitive
    # opens with an article ("..., die Hauptstadt anzugreifen")
    opening = embedded - lex.words.get("purpose_markers", set()) - lex.words["definite_articles"]
    if words[a].lower() in opening:
        return None
    # an infinitive clause opening with an article is no relative clause ("die Wahl
    # herbeigeführt zu haben, um ... zurückzuerobern")
    return next(
        (
            g
            for g in reversed(segs[: segs.index(seg)])
            if g[0] == 0 or words[g[0]].lower() not in embedded or infinitive_clause(lex, words, g)
        ),
        None,
    )


def fronted_purpose(lex: Lexicon, words: list[str], seg: tuple[int, int]) -> bool:
    """Whether the German stretch is an "um … zu" clause opening the sentence: what the act
    of the main clause is for, which has not happened ("Um die Lage zu beenden, fordern
    wir …"). After its main clause it is often the news: "kehren nach Genf zurück, um … zu
    verhandeln" is coded as the talks (PLOVER dev)."""
    markers = lex.words.get("purpose_markers", ())
    return seg[0] == 0 and words[0].lower() in markers and infinitive_clause(lex, words, seg)


def privative_clause(lex: Lexicon, words: list[str], seg: tuple[int, int]) -> bool:
    """Whether the German stretch is an "ohne … zu" or "(an)statt … zu" clause: an act that
    did not take place ("verlegte Truppen, ohne die Ukraine zu warnen"; Duden grammar, the
    infinitive clauses of a missing circumstance and of a substitute), so neither an event
    nor a place of the main act's actors."""
    markers = lex.words.get("privative_markers", ())
    return words[seg[0]].lower() in markers and infinitive_clause(lex, words, seg)


def infinitive_clause(lex: Lexicon, words: list[str], seg: tuple[int, int]) -> bool:
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
    noun = next((w.lower() for w in s.words[a + 1 : i] if w[:1].isupper()), "")
    return (
        lex.lang == "de"
        and trig.pos == "VERB"
        and a < i
        and first[:1].isupper()
        and first.lower() in lex.words["articles"]
        and first.lower() not in lex.words["oblique_articles"]
        and not _feminine_oblique(lex, first.lower(), noun)
    )


def _pronoun_subject(
    lex: Lexicon,
    lowers: list[str],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
    pronouns: set[str],
    mentions: list[EntitySpan],
) -> bool:
    """Whether a German verb in second place has a personal pronoun right after it that names
    no actor ("Erneut kritisierte sie die Entscheidung Merkels"): the pronoun is the subject,
    and the actors after the verb are its objects. A pronoun the article resolved
    (anaphora: "er") is that subject itself."""
    return (
        lex.lang == "de"
        and trig.pos == "VERB"
        and seg[0] < i
        and i + 1 < seg[1]
        and lowers[i + 1] in pronouns
        and not any(m.start == i + 1 for m in mentions)
    )


def _opening_pronoun(
    lex: Lexicon,
    s: Sentence,
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
    pronouns: set[str],
    mentions: list[EntitySpan],
) -> bool:
    """Whether a German sentence opens with a personal pronoun that names no actor, before
    its verb ("Sie sollen 20 Soldaten getötet haben", "Er kritisierte die Ukraine"): a
    capitalised pronoun opening the sentence is its subject (a nominative; the objects stand
    later), so no actor of the clause is."""
    a = seg[0]
    return (
        lex.lang == "de"
        and trig.pos == "VERB"
        and a == 0
        and a < i
        and s.words[a][:1].isupper()
        and s.lowers[a] in pronouns
        and not any(m.start == a for m in mentions)
    )


def _speaker_pronoun(
    lex: Lexicon, lowers: list[str], seg: tuple[int, int], i: int, trig: Trigger
) -> bool:
    """Whether a reported judgement opens with a pronoun of the speaker's side right before
    its verb ("Das Ministerium teilte mit, es betrachte die türkischen Angriffe als
    Provokation", "man verurteile ..."): "es" stands for a neuter body, "man" for the
    speaker's side, and the judge is the speaker, never the demonym of the act judged. Only
    a judgement (CAMEO 11): elsewhere "es" is mostly expletive ("es drohe ein Krieg")."""
    a = seg[0]
    return (
        trig.pos == "VERB"
        and root(trig.cameo) == DISAPPROVAL_ROOT
        and i == a + 1
        and lowers[a] in lex.words.get("speaker_pronouns", ())
    )


def _feminine_oblique(lex: Lexicon, article: str, noun: str) -> bool:
    """ "der" before a feminine noun (by its suffix: "Regierung", "Türkei") is its dative or
    genitive, never a nominative ("Der Türkei drohte Russland ...")."""
    return article in lex.words.get("feminine_oblique_articles", ()) and noun.endswith(
        tuple(lex.words.get("feminine_suffixes", ()))
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
    words: list[str],
    actors: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
) -> EntitySpan | None:
    """The subject of a German verb that opens its stretch after an apposition or relative
    clause: "Jean Dupont, der Außenminister, forderte die Regierung auf" (the verb's first
    field is the name before the apposition, not the object after the verb). An apposition
    that names an office says for whom the person acts where the name alone does not: a name
    no KB knows ("Jean Dupont, der französische Botschafter, ..."), a person without a
    country, or an office of an organisation ("..., der Generalsekretär der Nato, ...")."""
    stretches = _apposition_stretches(lex, words, segs, seg)
    if stretches is None:
        return None
    (a, b), (apposition, end) = stretches
    named = next((m for m in actors if a <= m.start and m.end == b and m.prep is None), None)
    office = _office(words, actors, apposition, end)
    if office is None or office.country is None:
        return named
    if named is None:
        name = words[a:b]
        return office if 0 < len(name) <= 3 and all(w[:1].isupper() for w in name) else None
    return office if named.country is None or office.country in NON_STATE_CODES else named


def _apposition_stretches(
    lex: Lexicon, words: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The stretch of a German subject and that of the apposition or relative clause after it,
    when the stretch of ``seg`` opens with the verb ("Jean Dupont, der Außenminister, forderte
    ...")."""
    if lex.lang != "de":
        return None
    here = segs.index(seg)
    if here < 2:
        return None
    apposition = segs[here - 1]
    if words[apposition[0]].lower() not in lex.words["articles"] | lex.words["relative_pronouns"]:
        return None
    return segs[here - 2], apposition


def _apposed_pair(
    lex: Lexicon,
    words: list[str],
    actors: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
) -> tuple[int, int] | None:
    """Where a name and its apposition before the verb of ``seg`` stand (from the name's
    stretch to the apposition's end), when :func:`_apposition_stretches` holds both: an actor
    that ends the stretch before the apposition, and an apposition naming an office."""
    stretches = _apposition_stretches(lex, words, segs, seg)
    if stretches is None:
        return None
    (a, b), (apposition, end) = stretches
    named = any(a <= m.start and m.end == b and m.prep is None for m in actors)
    return (a, end) if named and _office(words, actors, apposition, end) is not None else None


def _office(words: list[str], actors: list[EntitySpan], start: int, end: int) -> EntitySpan | None:
    """The mention an apposition from ``start`` (its article) to ``end`` is, at its head
    ("der österreichische Botschafter in Kairo"); None for a relative clause, which closes
    with its verb in lower case ("der die Regierung kritisiert hatte")."""
    if end - start < 2 or not words[end - 1][:1].isupper():
        return None
    return next(
        (m for m in actors if start < m.start <= start + 3 and m.end <= end and m.prep is None),
        None,
    )


def attributed(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether the mention names the source of the report ("griechischen Medienberichten
    zufolge", "laut dem Außenministerium", "nach Angaben der syrischen Armee", where the
    mention starts after the article): a reporter, not a side of the event. A postposition
    before a mention ends the phrase before it ("Medienberichten zufolge ein Algerier"). German
    "so" right after a comma attributes what the sentence said before it (``comma_attributions``:
    "..., so der Minister")."""
    articles = lex.words.get("articles", ())
    start = m.start - 1 if m.start and lowers[m.start - 1] in articles else m.start
    before = " ".join(lowers[max(0, start - 2) : start])
    after = lowers[m.end] if m.end < len(lowers) else ""
    attribution = lex.words["attribution"]
    preposed = attribution - lex.words.get("attribution_postpositions", set())
    after_comma = {f", {w}" for w in lex.words.get("comma_attributions", ())}
    return (
        after in attribution
        or before in after_comma
        or any(before.endswith(w) for w in preposed)
        or _in_comma_attribution(lex, lowers, m)
    )


def _in_comma_attribution(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether the mention stands inside the noun phrase of a German "..., so der/die X"
    (``comma_attributions`` before an article), after its head: the speaker's organisation
    and place ("so die Sprecherin des Roten Kreuzes in Kenia") name who reports, no side of the
    event told before. The phrase runs to the next comma (an apposition or relative clause
    after it is another phrase)."""
    words = lex.words.get("comma_attributions", ())
    articles = lex.words.get("articles", ())
    for k in range(m.start - 1, 0, -1):
        if lowers[k] == ",":
            return False
        if lowers[k] in words and lowers[k - 1] == "," and k + 1 < m.start:
            return lowers[k + 1] in articles
    return False


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


def _unknown_name_before_verb(
    lex: Lexicon, s: Sentence, seg: tuple[int, int], i: int, m: EntitySpan
) -> bool:
    """Whether the German verb in second place follows a name no dictionary or KB knows
    ("Jazenjuk kritisierte Frankreich"), while the mention read as its subject comes after
    it: the words before a verb in second place are one phrase, here a person's name, and
    the subject; the mention after the verb is its object."""
    a = seg[0]
    before = s.words[a:i]
    return (
        lex.lang == "de"
        and m.start > i
        and 0 < len(before) <= 2
        and all(w[:1].isupper() and w.isalpha() for w in before)
        and not known_word(before[-1], lex.lang)
    )


def _oblique(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether a German article or possessive before the mention marks it accusative, dative
    or genitive ("einen", "dem", "des" ...), so that it is an object, never the subject. Not
    the genitive of a part ("große Teile der Opposition", "die Mehrheit der Abgeordneten":
    ``partitive_nouns``, Duden's partitive genitive): the actor stands for the whole phrase,
    whose case its part noun's article tells, and may be its subject."""
    oblique = lex.words.get("oblique_articles")
    if not oblique:
        return False
    for k in range(m.start - 1, max(-1, m.start - 3), -1):
        # the noun the article goes with opens the mention, after an adjective at most
        # ("der Regierung Kenias", "der russischen Regierung")
        if lowers[k] in oblique or any(
            _feminine_oblique(lex, lowers[k], w) for w in lowers[m.start : min(m.end, m.start + 2)]
        ):
            return not (k > 0 and lowers[k - 1] in lex.words.get("partitive_nouns", ()))
        if not lowers[k].isalpha() or not lowers[k].endswith(lex.adjective_endings):
            return False  # only adjectives may stand between the article and the noun
    return False


def _nominative_after_verb(lex: Lexicon, s: Sentence, i: int, m: EntitySpan) -> bool:
    """Whether the mention right after the German verb ``i`` (or after the auxiliary of its
    clause: "hat der Papst ... gelobt") is a nominative by its article and endings, so the
    clause's subject even after an object that opens it: "der" with weak "-e" adjectives
    ("der russische Präsident"; a dative or genitive would end in "-en") or with a masculine
    title ("der Papst"; "der Ministerin", "der Regierung" are datives)."""
    articles = lex.words.get("masculine_articles", ())
    article = m.start - 1
    while article > 0 and s.lowers[article] not in articles and s.words[article][:1].islower():
        article -= 1  # adjectives before the mention ("der langjährige [Präsident X]")
    if article < 1 or s.lowers[article] not in articles:
        return False
    if not _finite_at(lex, s, s.lowers, article - 1, i, lex.words["perfect_aux"]):
        return False
    noun = article + 1
    while noun < m.end and s.words[noun][:1].islower():
        noun += 1
    if noun == m.end:
        return False
    adjectives = s.words[article + 1 : noun]
    if adjectives:
        return all(w.endswith("e") for w in adjectives)
    word = s.lowers[noun]
    return (
        m.title
        and masculine(word) is None
        and not word.endswith("e")
        and not _feminine_oblique(lex, s.lowers[article], word)
    )


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
            (
                lex.past_participle(word, s.lemmas[i])
                or (word == infinitive and _after_past_werden(lex, lowers, seg))
            )
            and (
                any(w in lex.words["passive_aux"] for w in lowers[a:b])
                or _perceived(lex, s, lowers, seg)
                or _state_passive(lex, lowers, seg, i, infinitive)
                or _headline_passive(lex, s, lowers, i, infinitive)
                # "Unterstützt von Russland, rückte die Armee vor": a participle that opens
                # its stretch with its agent after it
                or (i == a and i + 1 < b and lowers[i + 1] in lex.words["agent_preps"])
            )
        )
    if word.endswith("ing"):
        return False  # progressive ("are demanding", "is suing"), never passive
    participle = word.endswith(("ed", "en")) or word != s.lemmas[i]
    window = lowers[max(a, i - 3) : i]
    return participle and any(w in lex.words["passive_aux"] for w in window)


def _after_past_werden(lex: Lexicon, lowers: list[str], seg: tuple[int, int]) -> bool:
    """Whether a German verb form spelt like its infinitive ("empfangen", "verlassen") is the
    participle: the preterite or participle of "werden" in its stretch (``past_passive_aux``:
    "wurde ... empfangen") takes a participle, never an infinitive, unlike "wird ... empfangen"
    (a future)."""
    a, b = seg
    return any(w in lex.words.get("past_passive_aux", ()) for w in lowers[a:b])


def _state_passive(
    lex: Lexicon, lowers: list[str], seg: tuple[int, int], i: int, verb: str
) -> bool:
    """Whether "sein" with the participle of a verb that is only transitive tells the state
    its subject was put in ("ist seit Montag verhaftet", "die Regierung ist gefordert"), not
    the perfect of an act ("sind abgezogen"). The participle closes its stretch: a verb
    inside it is finite ("ist Verbündeter und unterstützt das Regime")."""
    a, b = seg
    last = max((k for k in range(i, b) if lowers[k].isalpha()), default=i)
    return (
        verb in lex.transitive
        and last == i
        and any(w in lex.words["state_aux"] for w in lowers[a:i])
    )


def _headline_passive(lex: Lexicon, s: Sentence, lowers: list[str], i: int, verb: str) -> bool:
    """Whether a German sentence without any auxiliary or modal closes with the participle of
    a verb that is only transitive: a headline, which leaves out "wurde" ("Journalist in
    Kairo festgenommen", "X von der EU-Kommission verklagt"; Duden: the headline style drops
    the finite verb). Its actor is the agent or the implied one, not the first noun."""
    last = max((k for k, w in enumerate(lowers) if w.isalpha()), default=-1)
    return (
        last == i
        and verb in lex.transitive
        and not lex.finite_auxiliaries.intersection(lowers)
        and not set(lex.words["modal_verbs"]).intersection(s.lemmas)
    )


def _perceived(lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int]) -> bool:
    """Whether the German stretch feels or sees itself undergo its participle, which reads as
    a passive ("sieht sich durch X bedroht", "fühlt sich provoziert")."""
    a, b = seg
    verbs = lex.words.get("passive_perception_verbs", ())
    return REFLEXIVE in lowers[a:b] and any(lemma in verbs for lemma in s.lemmas[a:b])


def _noun_arguments(
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    cand: Candidate,
    sentence_actors: list[EntitySpan],
) -> None:
    """A meeting, demand, criticism, rejection or threat told as a noun names its own sides
    right after it: the one who voices it in a name's genitive or a von/aus phrase ("die
    Kritik Irans", "Kritik aus Berlin", "der Besuch von Präsident X"), the one it is aimed at
    with an/gegen ("Kritik an der Regierung"). They win over the clause's subject and object
    ("Neben Kritik von Amnesty ... bezeichnete der Minister ..."); with a voice but no aim the
    target stays unknown, or is the place the act happens in. A genitive inside a
    prepositional phrase is not the noun's ("Besuch in Ägyptens Hauptstadt"). ("die Kritik
    der Regierung" may be by or of the government: an article is no link.)"""
    i = cand.index
    lowers = s.lowers
    own = [m for m in mentions if i < m.start <= i + NOUN_REACH and m.actor is not None]
    voicing = lex.words["agent_preps"] | lex.words["source_preps"]
    if _content_accused(lex, s, sentence_actors, own, cand):
        return
    if root(cand.cameo) not in VIOLENT_ROOTS and _defended(lex, lowers, i):
        # "wehrte sich gegen die Kritik Italiens": the act is aimed at the clause's subject
        links = lex.words.get("genitive_links", set()) | voicing
        cand.source, cand.target = _right_after(lowers, own, i, links), cand.source
        cand.notes.append("noun-voiced")
        return
    # the genitive of a violent noun may be its victim ("die Bombardierung Aleppos"): only
    # a von/aus/durch phrase right after it (and its genitive) names who fights ("Beschuss
    # aus Syrien"), not one of its victims' ("Anschlag auf Soldaten aus Uganda")
    if root(cand.cameo) in VIOLENT_ROOTS:
        after = next((m.end for m in own if m.start == i + 1 and m.genitive), i + 1)
        voices = [_origin(lex, s, m) for m in own if m.prep in voicing and m.prep_at == after]
        if not voices and _agent_genitive(lex, cand.trigger.lemma.lower()):
            # "ein Angriff der Taliban", "der Anschlag des IS": an attack noun that aims with
            # auf/gegen has its attacker in the genitive (an -ung noun, its victim)
            attacker = _genitive_attacker(lex, lowers, own, i)
            voices = [attacker] if attacker is not None else []
    else:
        voices = [m for m in own if (m.genitive and m.prep is None) or m.prep in voicing]
    aims = "violent_noun_aim_preps" if root(cand.cameo) in VIOLENT_ROOTS else "noun_target_preps"
    aimed = [m for m in own if m.prep in lex.words.get(aims, ())]
    if voices:
        cand.source = voices[0]
        cand.target = aimed[0] if aimed else None
        cand.notes.append("noun-voiced")  # its target is not guessed from the next actor
    elif aimed:
        cand.target = aimed[0]
    no_self_target(cand)


def _content_accused(
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    own: list[EntitySpan],
    cand: Candidate,
) -> bool:
    """An accusation noun whose content follows it after a comma ("der Vorwurf, X habe ...",
    "nach Vorwürfen kurdischer Medien, die Armee habe ..."): the content's subject, the
    sentence's first actor after the comma, is the accused, its target; the accuser is the
    noun's genitive, if it names one, else unknown. Whether it applied."""
    i, lowers = cand.index, s.lowers
    if lowers[i] not in lex.words.get("accusation_nouns", ()):
        return False
    articles = lex.words["articles"]
    # its genitive: "der Vorwurf Perus", "die Vorwürfe der Regierung Perus"
    voice = _right_after(lowers, own, i, GENITIVE_ARTICLES | {"der"})
    comma = voice.end if voice is not None else i + 1
    # a genitive naming no actor before the comma: "nach Vorwürfen kurdischer Medien, ..."
    while comma < min(len(lowers), i + NOUN_REACH) and (
        lowers[comma] in articles
        or s.words[comma][:1].isupper()
        or lowers[comma].endswith(lex.adjective_endings)
    ):
        comma += 1
    if comma >= len(lowers) or lowers[comma] != ",":
        return False
    accused = next((m for m in mentions if m.start > comma and m.actor is not None), None)
    if accused is not None and accused.prep is not None:
        accused = None  # "im Nordirak seien Zivilisten getötet worden": no one accused by name
    cand.source, cand.target = voice, accused
    cand.notes.append("noun-voiced")
    return True


def _attacker(
    lex: Lexicon, s: Sentence, lowers: list[str], mentions: list[EntitySpan], a: int, i: int
) -> EntitySpan | None:
    """The attacker an attack noun before a passive verb of violence names in its genitive
    or in the aus-phrase right after it: the passive's agent, told in the noun phrase that
    sets the scene ("bei einem Angriff der Taliban", "bei Beschuss aus dem Gazastreifen");
    or the first of the sides its "zwischen" phrase names ("bei Gefechten zwischen X und
    Y"), which coordination pairs with the others."""
    for k in range(a, i):
        if not s.words[k][:1].isupper():
            continue
        if _agent_genitive(lex, s.lemmas[k].lower()):
            attacker = _genitive_attacker(lex, lowers, mentions, k)
            if attacker is not None:
                return attacker
        trig = lex.word_trigger(s.words[k], s.lemmas[k])
        if trig is not None and trig.pos == "NOUN" and root(trig.cameo) in VIOLENT_ROOTS:
            side = _between_side(lex, lowers, mentions, k + 1)
            if side is not None:
                return side
            origin = next(
                (
                    m
                    for m in mentions
                    if m.prep_at == k + 1 and m.prep in lex.words["source_preps"] and m.country
                ),
                None,
            )
            if origin is not None:
                return _origin(lex, s, origin)
    return None


def _between_side(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], k: int
) -> EntitySpan | None:
    """The first actor of a "zwischen" phrase at ``k``, right after a violent noun: the
    leader of the sides that fight each other (coordination pairs its members)."""
    if k >= len(lowers) or lowers[k] not in lex.words["between_preps"]:
        return None
    return next(
        (m for m in mentions if k < m.start <= k + 3 and m.actor is not None and m.acts), None
    )


def _origin(lex: Lexicon, s: Sentence, m: EntitySpan) -> EntitySpan:
    """The side an attack told by a noun comes from, when ``m`` is its aus-phrase: a town
    or region stands for the armed actors there ("Raketenbeschuss aus dem Gazastreifen" is
    fired by fighters of the Palestinian territories), who act as the place does not; a
    country is its state ("Beschuss aus Syrien"). Other mentions are what they are."""
    if m.acts or m.prep not in lex.words["source_preps"] or not m.country:
        return m
    text = f"({lex.conf['origin_attackers']} {m.prep} {' '.join(s.words[m.start : m.end])})"
    return replace(m, kind="GROUP", actor=Actor(text, None, m.country, implied=True), place=None)


def _genitive_attacker(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], k: int
) -> EntitySpan | None:
    """The actor in the genitive right after the attack noun at ``k`` ("Israels", "der
    Taliban", "des IS"); a town names where, not who ("die Anschläge von Brüssel")."""
    links = lex.words["genitive_links"]
    return next(
        (
            m
            for m in mentions
            if m.actor is not None
            and m.kind != "PLACE"
            and (
                (m.start == k + 1 and m.genitive)
                or (k + 2 <= m.start <= k + 3 and lowers[k + 1] in links)
            )
        ),
        None,
    )


def _after_fixed_marker(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether the mention is the genitive of a multiword function word (``fixed_markers``,
    with its article: "mit Hilfe der Regierung", "an der Seite einer Allianz"): whom the act
    is done with or alongside, neither its agent nor its target; or starts with its noun
    ("auf der Seite Boliviens")."""
    if in_fixed_marker(lex, lowers, m.start):
        return True
    k = m.start - 1
    if k >= 0 and lowers[k] in lex.words["definite_articles"] | lex.words.get("articles", set()):
        k -= 1
    return k >= 0 and in_fixed_marker(lex, lowers, k)


def _neighbour(lex: Lexicon, lowers: list[str], m: EntitySpan) -> bool:
    """Whether the mention is the state across a border that says where ("nahe der Grenze
    zur Elfenbeinküste": ``border_preps``, an article, ``border_words``, ``border_links``):
    named by its neighbour; not a border acted on ("eine Blockade der Grenze zu Belarus")."""
    k = m.start
    w = lex.words
    return (
        k >= 3
        and lowers[k - 1] in w.get("border_links", ())
        and lowers[k - 2] in w.get("border_words", ())
        and any(p in w.get("border_preps", ()) for p in lowers[max(0, k - 4) : k - 2])
    )


def _agent_genitive(lex: Lexicon, noun: str) -> bool:
    """Whether the violent noun (or the compound it ends: "Luftangriff", "Vergeltungsschlag")
    takes its attacker in the genitive (``agent_genitive_nouns``), as nouns that aim with
    auf/gegen do, unlike an -ung nominalisation ("die Bombardierung Aleppos")."""
    return noun.endswith(tuple(lex.words.get("agent_genitive_nouns", ())))


def _defended(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is what a "gegen" phrase turns against ("sich gegen die
    Vorwürfe wehren"), with at most an article and adjectives between."""
    preps = lex.words.get("defended_preps", ())
    for k in range(i - 1, max(-1, i - 4), -1):
        if lowers[k] in preps:
            return True
        if not lowers[k].isalpha() or lowers[k] in lex.words["coordinators"]:
            return False
    return False


def _arrived_voice(
    lex: Lexicon, s: Sentence, lowers: list[str], mentions: list[EntitySpan], cand: Candidate
) -> None:
    """A German event noun that is the subject of a verb of coming names who voices it in
    the von/aus phrase of that verb ("Kritik an Uganda kam aus Kenia", "Lob gab es vom
    Präsidenten", "Drohungen hagelten von der Regierung"): that actor is its source, however
    far from the noun, and what the noun is aimed at stays its target."""
    cues = lex.words.get("arrival_verbs", ())
    phrases = lex.words.get("arrival_phrases", ())  # "gab es": a verb with its next word
    i = cand.index
    verb = None
    for k in range(i + 1, min(len(lowers), i + NOUN_REACH + 2)):
        if not s.words[k][:1].isalnum():
            return
        lemma = s.lemmas[k]
        if lemma in cues or (k + 1 < len(lowers) and f"{lemma} {lowers[k + 1]}" in phrases):
            verb = k
            break
    if verb is None:
        return
    preps = lex.words["agent_preps"] | lex.words["source_preps"]
    voice = next(
        (m for m in mentions if m.start > verb and m.prep in preps and m.actor is not None), None
    )
    if voice is None or voice is cand.source:
        return
    cand.source = voice
    if cand.target is voice:
        cand.target = None
    cand.notes.append("noun-voiced")


def _received(
    lex: Lexicon,
    s: Sentence,
    lowers: list[str],
    mentions: list[EntitySpan],
    seg: tuple[int, int],
    cand: Candidate,
) -> None:
    """An event noun that the clause's subject receives ("Uganda erhielt Unterstützung von
    Kenia", "erntete Kritik aus Kenia"), meets ("stieß bei Kenia auf Ablehnung", "geriet in die
    Kritik Kenias") or is exposed to ("sieht sich Vorwürfen Kenias ausgesetzt") is aimed at that
    subject; who gives it stands in a von/aus/bei phrase or the noun's genitive, else it is not
    named. So is the act of a meeting verb's idiom whose noun is no event alone ("stieß bei
    Kenia auf Widerstand"): the idiom has checked its preposition and noun."""
    i = cand.index
    a, b = seg
    words = lex.words
    noun = cand.trigger.pos == "NOUN"
    receives = noun and any(s.lemmas[k] in words.get("receive_verbs", ()) for k in range(a, b))
    meets = not noun or (
        any(s.lemmas[k] in words.get("meet_verbs", ()) for k in range(a, b))
        and any(lowers[k] in words.get("meet_preps", ()) for k in range(max(a, i - 3), i))
    )
    # exposed to criticism: "ausgesetzt" with sein or sehen, not with haben or werden (that
    # suspends: "hat die Gespräche ausgesetzt")
    exposed = (
        lowers[i] in words["accusation_nouns"]
        and any(lowers[k] in words.get("exposed_words", ()) for k in range(a, b))
        and not any(
            lowers[k] in words["perfect_aux"] or lowers[k] in words["passive_aux"]
            for k in range(a, b)
        )
    )
    if not (receives or meets or exposed):
        return
    # the noun's own demonym ("serbisches Asyl bekommen") says who gives, not who receives
    subject = next(
        (
            m
            for m in mentions
            if m.prep is None and (m.end < i or not noun) and not _oblique(lex, lowers, m)
        ),
        None,
    )
    if subject is None:
        return
    preps = words["agent_preps"] | words["source_preps"] | words["giver_preps"]
    genitive = _right_after(lowers, mentions, i, words.get("genitive_links", ())) if noun else None
    giver = genitive or next((m for m in mentions if m.prep in preps and m is not subject), None)
    if giver is None and not (receives or meets):
        return  # "Vorwürfen ausgesetzt" with no accuser named: the subject may be someone else
    cand.source, cand.target = giver, subject
    cand.notes.append("noun-voiced")


def _noun_owner(lex: Lexicon, s: Sentence, mentions: list[EntitySpan], cand: Candidate) -> None:
    """An act with no recipient told as a noun ("der Rücktritt des Kanzlers X", "der Rücktritt
    von Kanzler X") is done by the actor in its genitive or von-phrase right after it, not by
    the clause's subject, who only comments on it."""
    actors = [m for m in mentions if m.actor is not None]
    owner = _right_after(s.lowers, actors, cand.index, lex.words.get("genitive_links", set()))
    if owner is not None:
        cand.source = owner


def _right_after(
    lowers: list[str], mentions: list[EntitySpan], i: int, links: Collection[str]
) -> EntitySpan | None:
    """The mention right after the noun at ``i`` that depends on it: in its genitive ("die
    Kritik Irans") or after one of ``links`` ("der Rücktritt von Kanzler X", "des Kanzlers")."""
    return next(
        (
            m
            for m in mentions
            if (m.start == i + 1 and m.genitive) or (m.start == i + 2 and lowers[i + 1] in links)
        ),
        None,
    )


def _demonym_voice(s: Sentence, mentions: list[EntitySpan], cand: Candidate) -> None:
    """A German demonym adjective right before an event noun is the country that acts ("die
    türkischen Angriffe auf ...", "serbisches Asyl bekommen"; see persons._event_noun): it is
    the source, and the actor the clause gave that role becomes the target when none other
    is named. Talks have sides, not a voice: another country the clause makes their source
    takes part in the demonym's talks ("Norwegen vermittelt in den kolumbianischen
    Friedensgesprächen"), whose country is then the target."""
    i = cand.index
    voice = next(
        (
            m
            for m in mentions
            if m.end == i
            and m.kind == "COUNTRY"
            and m.end - m.start == 1
            and s.words[m.start][:1].islower()
        ),
        None,
    )
    if voice is None or cand.source is voice:
        return
    before = cand.source
    if (
        root(cand.cameo) == MEETING_ROOT
        and before is not None
        and before.country not in (None, voice.country)
    ):
        if cand.target is None:
            cand.target = voice
        return
    cand.source = voice
    if cand.target is None or cand.target is voice:
        cand.target = before if before is not None and before.country != voice.country else None


def _patient_words(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], cand: Candidate
) -> None:
    """:func:`patient_phrase` read from word order: the first actor after an "of" right after
    the noun, and a "by" phrase right after that actor."""
    i = cand.index
    if i + 1 >= len(lowers) or lowers[i + 1] not in lex.words.get("patient_links", ()):
        return
    patient = next(
        (m for m in mentions if i + 1 < m.start <= i + NOUN_REACH and m.actor is not None), None
    )
    if patient is None:
        return
    agent = next(
        (
            m
            for m in mentions
            if m.prep in lex.words["agent_preps"] and patient.end <= m.start <= patient.end + 1
        ),
        None,
    )
    patient_phrase(cand, patient, agent)


def patient_phrase(cand: Candidate, patient: EntitySpan | None, agent: EntitySpan | None) -> None:
    """An English noun of force (or a verb's gerund) names whom it hits in its "of" phrase,
    never who acts: "the killing of two aid workers", "the arrest of X"; a "by" phrase is
    the agent ("the bombing of Serbia by NATO"). Without one, the clause's subject still is
    ("Rebels claimed the kidnapping of two engineers"), unless it is the patient itself."""
    if patient is None:
        return
    if agent is not None or cand.source is patient:
        cand.source = agent
    cand.target = patient


def _nominal_agent(
    lex: Lexicon, s: Sentence, lowers: list[str], mentions: list[EntitySpan], cand: Candidate
) -> None:
    """The agent of a German event noun stands in a durch-phrase of its noun phrase ("die
    Annexion der Krim durch Russland", "die Abschiebung von 100 Uiguren durch Thailand nach
    China"; Duden grammar: the agent of a nominalised act): it is the source, and the noun's
    genitive the target when the clause gave none other."""
    cues = lex.words.get("nominal_agent_preps", ())
    if not cues:
        return
    i = cand.index
    # a verb or a punctuation mark ends the noun phrase before any durch-phrase
    verbs = {
        *lex.words["passive_aux"],
        *lex.words["perfect_aux"],
        *lex.words["future_auxiliaries"],
        *lex.words["subordinators"],
    }
    agent = None
    for k in range(i + 1, min(len(lowers), i + NOUN_REACH + 3)):
        if lowers[k] in cues:
            agent = next((m for m in mentions if m.prep_at == k and m.actor is not None), None)
            break
        if not s.words[k][:1].isalnum() or lowers[k] in verbs or is_verb(lex, s, k):
            return
    if agent is None or agent is cand.source:
        return
    patient = next(
        (m for m in mentions if m.genitive and i < m.start <= i + 2 and m.actor is not None),
        None,
    )
    before = cand.source
    cand.source = agent
    if patient is not None:
        cand.target = patient
    elif cand.target is agent:
        cand.target = before if before is not None and before is not agent else None
