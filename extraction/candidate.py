"""An event candidate of one sentence and the actor rules that act on it alone.

Both role assigners (word order, :mod:`.word_roles`; the parse, :mod:`.parse_roles`) end with
the same rules: a place named as source or target, an attacker named in an attack noun's
prefix, conflict fallbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .affiliation import compound_voice, demonym_country
from .codes import (
    ACCUSE_CODE,
    ARMED_GROUP_SECTORS,
    DISAPPROVAL_ROOT,
    MEETING_ROOT,
    NON_STATE_CODES,
    PARTY_ROOTS,
    PROTEST_ROOT,
    PUBLIC_PROTEST_CODES,
    RECIPROCAL_ROOTS,
    STATE_SECTORS,
    TOPIC_ROOTS,
    VENUE_ROOTS,
    VERDICT_CODE,
    VIOLENT_ROOTS,
    VISIT_CODE,
    VISIT_CODES,
    root,
)
from .coordination import Coordination
from .kb import KnowledgeBase, Trigger
from .lexicon import Lexicon
from .model import Actor
from .spans import EntitySpan, Sentence

__all__ = [
    "Candidate",
    "Imply",
    "allegation",
    "answered_party",
    "attack_by_prefix",
    "condemned_attacker",
    "conflict_fallbacks",
    "court_verdict",
    "dedupe",
    "impersonal_subject",
    "in_attribution",
    "judgement",
    "local_sides",
    "no_implied",
    "no_place_source",
    "no_self_target",
    "no_town_recipient",
    "paired",
    "place_as_target",
    "protest_at_home",
    "protested_embassy",
    "reported_accuser",
    "reported_partner",
    "retreat_origin",
    "sentencing_court",
    "takes_recipient",
]

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
    seat: EntitySpan | None = None  # a town or region read as the source: see no_place_source


ABDUCTION = "181"  # CAMEO: abduct, hijack, take hostage

# The acts a rejection answers (CAMEO roots: 02 appeal, 10 demand, 11 disapprove), and those
# each word list's nouns name
ANSWERED_ROOTS = frozenset({"02", "10", "11"})
ANSWER_NOUNS = {"demand_nouns": frozenset({"02", "10"}), "accusation_nouns": frozenset({"11"})}


# Events that have no recipient by nature: resigning, surrendering.
INTRANSITIVE_MODES = {"resign"}


INTRANSITIVE_CODES = {"0874"}


def retreat_origin(cand: Candidate, origins: list[EntitySpan]) -> EntitySpan | None:
    """The recipient of an event that takes none by nature: CAMEO.2.0 codes a withdrawal
    from a place 0874 with that place as target ("RETREAT - * FROM +", "zieht seine Truppen
    aus Syrien ab"); surrendering and resigning have none ("haben sich ergeben")."""
    if cand.cameo not in INTRANSITIVE_CODES or cand.trigger.mode in INTRANSITIVE_MODES:
        return None
    return next((m for m in origins if m is not cand.source and m.actor is not None), None)


def takes_recipient(trigger: Trigger, cameo: str) -> bool:
    """Whether an event of ``trigger`` coded ``cameo`` has a recipient at all: resigning and
    surrendering have none."""
    return trigger.mode not in INTRANSITIVE_MODES and cameo not in INTRANSITIVE_CODES


def judgement(trig: Trigger) -> bool:
    """Whether ``trig`` is a predicative adjective of blame ("Russland sei für die Angriffe
    verantwortlich", "... sei schuld daran"): the subject is judged, not acting; told by a
    speaker, it is the speaker's accusation of the subject (CAMEO.2.0 "BELIEVE * RESPONSIBLE")."""
    return trig.pos == "ADJ" and root(trig.cameo) == "11"


def court_verdict(words: dict[str, set[str]], cand: Candidate) -> None:
    """Recode a court's condemnation as its verdict ("Das Gericht bestätigte die Verurteilung
    des Bloggers", "ein Gericht verurteilte den Journalisten"): a court voices no moral
    condemnation (111), the words' other sense is the legal one (Ding de-en 1.9:117991
    «(strafrechtliche) Verurteilung» :: «conviction», 170232 «jdn. (zu einer Strafe)
    verurteilen» :: «to sentence sb.»), CAMEO 116, the judiciary's act."""
    source = cand.source
    if (
        root(cand.cameo) == DISAPPROVAL_ROOT
        and cand.trigger.lemma in words.get("verdict_words", ())
        and source is not None
        and source.actor is not None
        and source.actor.sector == "JUD"
    ):
        cand.cameo = VERDICT_CODE


def allegation(cand: Candidate) -> None:
    """Recode an act a speaker alleges (noted "alleged": another's past intent or plan of
    it) as the speaker's accusation of its would-be perpetrator, named or not ("die Männer");
    an intent the speaker tells of himself keeps the act's own mode and code."""
    perpetrator = cand.source
    if "alleged" not in cand.notes or cand.reporter is None or perpetrator is cand.reporter:
        return
    cand.cameo, cand.mode = ACCUSE_CODE, None
    cand.source, cand.target = cand.reporter, perpetrator


def reported_accuser(cand: Candidate) -> None:
    """An accusation told in the passive without its accuser, named or implied (a charge is
    the judiciary's), is the speaker's ("Der Armee werden Kriegsverbrechen vorgeworfen,
    teilte die UNO mit")."""
    reporter = cand.reporter
    if (
        cand.passive
        and cand.source is None
        and root(cand.cameo) == root(ACCUSE_CODE)
        and reporter is not None
        and reporter.actor is not None
        and cand.target is not reporter
    ):
        cand.source = reporter


def reported_partner(lex: Lexicon, lowers: list[str], cand: Candidate) -> None:
    """A talk, an offer or an act of diplomatic cooperation told in reported speech with only
    its partner ("mit Kern") and an existential or impersonal subject (``existential_subjects``,
    ``speaker_pronouns``: "es", "man") is the speaker's own: "Es habe ein Gespräch mit Kern
    gegeben, sagte der Minister" tells the minister's talk. A clause with a subject of its own
    that names no actor ("Die Sängerin habe einen Vertrag mit X unterzeichnet") is someone
    else's; a fight is left out, its reporter is as often an observer ("Es gab Gefechte mit
    der Armee, berichteten Aktivisten")."""
    reporter, partner = cand.reporter, cand.target
    start, end = cand.clause
    impersonal = lex.words.get("existential_subjects", set()) | lex.words.get(
        "speaker_pronouns", set()
    )
    if (
        cand.source is None
        and partner is not None
        and partner.prep in lex.words.get("partner_preps", ())
        and root(cand.cameo) in TOPIC_ROOTS
        and reporter is not None
        and reporter.actor is not None
        and reporter is not partner
        and impersonal.intersection(lowers[start:end])
    ):
        cand.source = reporter


def no_implied(cand: Candidate) -> None:
    """No actor is implied: what the sentence names is all there is."""


def paired(cands: list[Candidate], coordination: Coordination) -> list[Candidate]:
    """Each candidate once per (source, target) pair of its coordinated roles, all sharing its
    trigger (and so one statement); a mutual act (consulting, cooperating, fighting, or told
    with "gegenseitig"/"each other") whose source is a group and whose target is missing, only
    guessed, or taken from what they intend pairs the group's members with each other ("Putin
    und Kim trafen sich", "Ukraine and Russia agreed to exchange prisoners")."""
    out: list[Candidate] = []
    for cand in cands:
        mutual = root(cand.cameo) in RECIPROCAL_ROOTS or coordination.mutual(
            cand.clause, cand.source
        )
        guessed = any(
            n in cand.notes for n in ("target-guessed", "target-fallback", "target-content")
        )
        for source, target in coordination.pairs(cand.source, cand.target, mutual, guessed):
            same = source is cand.source and target is cand.target
            out.append(cand if same else replace(cand, source=source, target=target))
    return out


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple] = set()
    out = []
    for c in cands:
        key = (c.cameo[:2], id(c.source), id(c.target))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def protested_embassy(lex: Lexicon, s: Sentence, cand: Candidate) -> None:
    """A protest at a state's embassy ("vor der US-Botschaft in Kairo", "outside the Israeli
    embassy") is aimed at that state, not at the town it stands in: the embassy, named by a
    country prefix or a demonym before it (``embassy_nouns``), is the target where the clause
    gave none or only a place."""
    target = cand.target
    if root(cand.cameo) != PROTEST_ROOT or not (target is None or target.kind == "PLACE"):
        return
    a, b = cand.clause or (0, len(s.words))
    nouns = lex.words.get("embassy_nouns", ())
    for k in range(a, b):
        head, _, rest = s.words[k].rpartition("-")
        if (rest or head).lower() not in nouns:
            continue
        voice = compound_voice(lex.kb, lex, s.words[k]) if head else None
        country = voice.country if voice else (k > a and demonym_country(lex, s.lowers[k - 1]))
        source = cand.source.country if cand.source is not None else None
        if country and country != source:
            embassy = Actor(
                s.words[k] if head else " ".join(s.words[k - 1 : k + 1]), None, country, "GOV"
            )
            cand.target = EntitySpan(k, k + 1, "GROUP", embassy)
            cand.notes.append("embassy")
            return


# who protests not against his own government by default: a state and its bodies, armed
# groups, refugees, and the sides of labour disputes (unions, workers, firms)
NO_HOME_PROTEST_SECTORS = STATE_SECTORS | ARMED_GROUP_SECTORS | {"REF", "LAB", "BUS"}


def protest_at_home(lex: Lexicon, s: Sentence, cand: Candidate) -> None:
    """A people's demonstration or riot at home whose clause names no one it is aimed at is
    aimed at its own government: PLOVER 0.8 codes as PROTEST "demonstrations ... carried out
    as protests against the target actor", "to protest a policy, action, or actor(s)", and
    the policy a people protests against at home is its state's ("Tausende Italiener
    demonstrierten in Rom gegen die Reform"). Only the public protests of
    ``PUBLIC_PROTEST_CODES`` told by a verb, whose subject is the protester, or by a protest
    noun in the phrase of manner of another verb ("verließ aus Protest den Saal", "walked
    out in protest", ``protest_manner_preps``: CAMEO.2.0 codes "* (IN PROTEST)" with any
    act as a protest by its subject); a protest noun alone is often named by someone else
    ("erklärte angesichts von Protesten"). Only protests by people,
    parties or the opposition: a state or its bodies protest diplomatically, abroad ("Ungarn
    protestierte" may be the state or its people, and is left alone); workers, unions and
    firms protest against employers; refugees and armed groups are often of another state
    than the one they protest in. A protest told in another country is aimed there
    (:func:`place_as_target`)."""
    source = cand.source
    if (
        cand.target is not None
        or not (cand.trigger.pos == "VERB" or _manner_protest(lex, s, cand))
        or cand.cameo[:3] not in PUBLIC_PROTEST_CODES
        or source is None
        or source.actor is None
        or not source.country
        or source.country in NON_STATE_CODES
        or source.actor.sector in NO_HOME_PROTEST_SECTORS
        or (cand.location is not None and cand.location.country not in (None, source.country))
        or not _people(lex, source)
    ):
        return
    government = Actor("(government)", None, source.country, "GOV", implied=True)
    # a zero-width span at the trigger: the government stands nowhere in the sentence
    cand.target = EntitySpan(cand.index, cand.index, "GROUP", government)
    cand.notes.append("home-government")


def _manner_protest(lex: Lexicon, s: Sentence, cand: Candidate) -> bool:
    """Whether the candidate's protest noun stands in a phrase of manner, "aus Protest"."""
    i = cand.index
    return i > 0 and s.lowers[i - 1] in lex.words.get("protest_manner_preps", ())


def _people(lex: Lexicon, mention: EntitySpan) -> bool:
    """Whether a mention names a people or a body of people, who protest together (PLOVER
    0.8: "civilian demonstrations and other collective actions"), not a state, a place or
    one person (who "protests" in words or "demonstrates" his strength): a group or
    organisation, or a demonym noun that is no country's name ("Italiener"; not "Ungarn")."""
    if mention.kind in ("GROUP", "ORG"):
        return True
    if mention.kind != "COUNTRY":
        return False
    head = mention.actor.text.split()[-1].lower() if mention.actor else ""
    return head in lex.person_demonyms and head not in lex.kb.country_names[lex.lang]


def place_as_target(cand: Candidate) -> None:
    """ "hob die Ausgangssperre in der Provinz Idlib auf", "sagte einen Besuch in Haiti ab":
    with no object, the place the act happens in is its recipient; of an armed group's attack
    also in its own country ("ein Anschlag der Taliban in Kabul"). A meeting other than a visit
    is only held there ("Krisentreffen der Arabischen Liga in Kairo")."""
    if (
        cand.target is None
        and cand.source is not None
        and (root(cand.cameo) != MEETING_ROOT or cand.cameo == VISIT_CODE)
        and cand.location is not None
        and cand.location.country
        and (cand.location.country != cand.source.country or _insurgent_attack(cand))
    ):
        cand.target = cand.location
        cand.notes.append("target-guessed")


def attack_by_prefix(
    kb: KnowledgeBase, lex: Lexicon, words: list[str], in_clause: list[int], cand: Candidate
) -> None:
    """The attacker an attack noun's prefix names: of the noun itself, or of the agentless
    passive its clause tells ("wurden bei einem IS-Anschlag getötet"), where a German demonym
    before the noun names it too ("wurden bei russischen Luftangriffen getötet", as it does
    before the noun as the event itself, "die türkischen Angriffe auf ...")."""
    if cand.trigger.pos == "NOUN":
        _voiced_by_prefix(kb, lex, words[cand.index], cand)
    elif cand.passive and cand.source is None:
        for k in in_clause:
            if k == cand.index:
                continue
            if cand.source is None:
                _voiced_by_prefix(kb, lex, words[k], cand)
            if cand.source is None and lex.lang == "de" and k > 0:
                _voiced_by_demonym(lex, words[k - 1], cand)


def visit_by_prefix(kb: KnowledgeBase, lex: Lexicon, word: str, cand: Candidate) -> None:
    """A German visit noun whose first part names a person is that person's visit
    ("Papstbesuch", "Kanzlerbesuch", "Obama-Besuch"): the first part is the visitor, and the
    clause's other actors are those who attend or await it, no side of it ("Neben der
    Staatschefin ... werden zum Papstbesuch Hunderttausende erwartet"); the visited side is the
    place of the visit, if another country. (A country as first part is as often where the
    visit goes, "China-Besuch", and is left to the clause.)"""
    visitor = _person_prefix(kb, lex, word)
    if visitor is None:
        return
    cand.source = EntitySpan(cand.index, cand.index, "PER", visitor)
    location = cand.location
    far = location is not None and location.country not in (None, visitor.country)
    cand.target = location if far else None


def _person_prefix(kb: KnowledgeBase, lex: Lexicon, word: str) -> Actor | None:
    """The person the first part of a compound noun names: an agent noun that stands for one
    person ("Papst", "Kanzler") or, before a hyphen, a person the knowledge base knows."""
    first, sep, rest = word.partition("-")
    if sep:
        entry = kb.actor(first.lower(), None) if rest[:1].isupper() else None
        if entry is None or entry.kind != "PER" or not entry.country:
            return None
        return Actor(first, entry.name, entry.country, entry.sector)
    head = lex.noun_trigger_head(word.lower())
    prefix = word[: len(word) - len(head)].rstrip("s") if head else ""
    agent = lex.agent(prefix.lower(), prefix) if len(prefix) > 2 else None
    if agent is None or not agent[1] or not agent[2]:
        return None  # "Truppenbesuch": troops are visited; a title names one person
    return Actor(prefix, None, agent[2], agent[0])


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
    if voice is not None:
        _voiced(voice, cand)


def _voiced_by_demonym(lex: Lexicon, word: str, cand: Candidate) -> None:
    """A lower-case demonym before the clause's attack noun ("bei russischen Luftangriffen")
    is the attacking state, as a prefix is (:func:`_voiced_by_prefix`)."""
    country = demonym_country(lex, word.lower()) if word[:1].islower() else None
    if country:
        _voiced(Actor(word, None, country), cand)


def _voiced(voice: Actor, cand: Candidate) -> None:
    """``voice`` is the source; the side the clause made the source, if another country, is
    the target."""
    source = EntitySpan(cand.index, cand.index, "GROUP", voice)
    if cand.target is None and cand.source is not None and cand.source.country != voice.country:
        cand.target = cand.source
    cand.source = source
    if cand.target is not None and cand.target.country == voice.country:
        cand.target = None
    place_as_target(cand)


def no_place_source(cand: Candidate) -> None:
    """A town or region read as the source acts for no one ("Nordirak", "Illinois"): the
    event's source is unknown. As a target it stands for the people there ("Hilfe für
    Gorazde"), and a country or capital acts for its government, except in a dateline, which
    says where the story was filed ("Wien - Der Ministerrat hat beschlossen"). The place is
    kept as the event's seat: where the act is a state's by definition, its authorities
    acted."""
    if cand.source is not None and (not cand.source.acts or cand.source.dateline):
        cand.seat, cand.source = cand.source, None


def impersonal_subject(lex: Lexicon, s: Sentence, cand: Candidate) -> bool:
    """Whether the clause's subject is an impersonal pronoun ("man nahm ihn fest")."""
    a, b = cand.clause
    impersonal = lex.words.get("impersonal_pronouns", set())
    return any(w in impersonal for w in s.lowers[a:b])


def no_self_target(cand: Candidate) -> None:
    """An actor is not the recipient of its own act: the same mention, or the same person
    named twice ("The chancellor unveiled a plan which he compared to ...")."""
    source, target = cand.source, cand.target
    if source is None or target is None:
        return
    if source is target or (
        source.kind == target.kind == "PER"
        and source.actor is not None
        and target.actor is not None
        and source.actor.name is not None
        and source.actor.name == target.actor.name
    ):
        cand.target = None


def no_town_recipient(cand: Candidate) -> None:
    """Words are not aimed at a town or region: "Ärzte kritisierten den Entwurf ... in Wien",
    "Gewerkschaft fordert die Anerkennung des Tarifvertrags Rheinland-Pfalz" name where or
    what, not whom. Aid, arrests, violence and visits do reach a place ("Hilfe für Gorazde",
    "Besuch in Hanoi"), and a capital stands for its government, but not where it is only
    the place the words were said ("forderte am Rande des Gipfels in Paris ...")."""
    t = cand.target
    if (
        t is not None
        and (not t.acts or (t is cand.location and _venue(cand)))
        and "target-guessed" in cand.notes
        and root(cand.cameo) in PARTY_ROOTS
        and cand.cameo[:3] not in VISIT_CODES
    ):
        cand.target = None


def _venue(cand: Candidate) -> bool:
    """Whether the town the act is told in is only where it was voiced or signed."""
    return (
        cand.location is not None
        and cand.location.kind == "PLACE"
        and root(cand.cameo) in VENUE_ROOTS
    )


def local_sides(cand: Candidate) -> None:
    """A group with no country of its own that acts in a place is of that place's country
    ("farmers blocked a motorway in Lima", "gunmen stormed a bank in Kabul"), and so is a
    group that violence hits there ("töteten im Jemen 20 Zivilisten"): the sentence may name
    other countries, so the one-country fallback of the mentions did not apply."""
    loc = cand.location
    if loc is None or not loc.country:
        return
    sides = ["source", "target"] if root(cand.cameo) in VIOLENT_ROOTS else ["source"]
    for side in sides:
        m = getattr(cand, side)
        if m is not None and m.kind == "GROUP" and m.actor is not None and not m.actor.country:
            setattr(cand, side, replace(m, actor=replace(m.actor, country=loc.country)))


def in_attribution(cand: Candidate, m: EntitySpan) -> bool:
    """Whether the mention stands in the attribution told after the act ("X griff ... an,
    sagte der Minister in Washington"): who reports an act, and where, is no side of it."""
    reporter = cand.reporter
    return reporter is not None and cand.index < reporter.start <= m.start


def conflict_fallbacks(actors: list[EntitySpan], cand: Candidate, history: list[Candidate]) -> None:
    """Violence with one side named: the other side is the nearest opposing actor, or the
    counterpart of an earlier fight of the article."""
    named = cand.source or cand.target
    if named is None:
        return
    if cand.target is None:
        others = [
            m
            for m in actors
            if m.start > cand.index
            and m.country
            and m.country != named.country
            and not in_attribution(cand, m)
        ]
        if others:
            cand.target = others[0]
            cand.notes.append("target-fallback")
            return
    if cand.source is None:
        cand.source = _earlier_attacker(named, cand.cameo, history)


def _side(mention: EntitySpan) -> tuple[str | None, bool]:
    """A fight's side: the country, and whether an armed group of it rather than its state
    or people (the PKK and the Turkish army are both "TUR" but fight each other)."""
    sector = mention.actor.sector if mention.actor else None
    return mention.country, sector in ARMED_GROUP_SECTORS


def _earlier_attacker(named: EntitySpan, cameo: str, history: list[Candidate]) -> EntitySpan | None:
    """Who attacked the named victim, from the article's latest earlier fight of its country:
    that fight's attacker when its target was of the victim's country, else its target when
    its attacker was the victim's own side (a counter-attack). An armed group's fight says
    nothing of its country's state: Turkey attacking the IS makes the IS no attacker of the
    PKK. An abduction (CAMEO 181) is its kidnappers' act, a crime of its own: only an earlier
    abduction names them, not an air strike that later hit the hostages."""
    for old in reversed(history):
        if root(old.cameo) not in VIOLENT_ROOTS or not (old.source and old.target):
            continue
        if cameo.startswith(ABDUCTION) and not old.cameo.startswith(ABDUCTION):
            continue
        if old.target.country == named.country:
            if old.source.country != named.country:
                return old.source
        elif _side(old.source) == _side(named) and old.target.acts:
            return old.target
    return None


def condemned_attacker(cand: Candidate, history: list[Candidate]) -> EntitySpan | None:
    """Who is condemned for an attack the condemnation names without its doer ("Mexiko
    verurteilte den Angriff scharf"): the attacker of the article's latest earlier act of
    violence, as CAMEO.2.0 codes CONDEMN * ATTACKS / BOMBING / KILLING / RAID [111] against the
    one who did it. Only an attacker with a country, and never the condemner itself."""
    return _latest_doer(cand, history, lambda o: root(o.cameo) in VIOLENT_ROOTS)


def sentencing_court(cand: Candidate, history: list[Candidate]) -> EntitySpan | None:
    """Who is criticised for a verdict the criticism names without its court ("Kenia
    bezeichnete das Urteil als Unrecht"): the court (a JUD source) of the article's latest
    earlier act by one, as CAMEO.2.0 codes SLAM * SENTENCE and ATTACK * RULING [111]
    (CAMEO.2.0.txt:1451, 8971) against those who passed it. Only a court with a country,
    and never the critic itself."""
    return _latest_doer(
        cand, history, lambda o: o.source is not None and _sector(o.source) == "JUD"
    )


def _sector(mention: EntitySpan) -> str | None:
    return mention.actor.sector if mention.actor else None


def _latest_doer(
    cand: Candidate, history: list[Candidate], did_it: Callable[[Candidate], bool]
) -> EntitySpan | None:
    """The source of the article's latest earlier act that ``did_it`` accepts: the one a
    judgement of that act without its doer is aimed at. Only a doer with a country, and never
    the judge itself."""
    latest = next((o.source for o in reversed(history) if did_it(o) and o.source is not None), None)
    if latest is None or not latest.country or cand.source is None:
        return None
    return None if latest.actor is cand.source.actor else latest


def answered_party(
    s: Sentence, words: dict[str, set[str]], cand: Candidate, history: list[Candidate]
) -> None:
    """A rejection that names no one answers the article's earlier address to its source. One
    naming accusations ("Moskau wies die Vorwürfe zurück", "Russia rejected the allegations")
    or demands ("lehnte die Forderung ab") answers the latest such act aimed at its source.
    One of a pronoun or of nothing ("Kiew wies dies zurück", "Moskau lehnt ab") answers what
    was said to its source last, if that was a demand or an accusation: praise in between
    leaves it unaimed. That act's source is its target."""
    if root(cand.cameo) != "12" or cand.target is not None or cand.source is None:
        return
    if not cand.source.country:
        return
    a, b = cand.clause
    named = set(s.lowers[a:b])
    roots = frozenset().union(
        *(codes for key, codes in ANSWER_NOUNS.items() if named & words.get(key, set()))
    )
    if roots:
        answered = next(
            (o.source for o in reversed(history) if root(o.cameo) in roots and _addresses(o, cand)),
            None,
        )
    elif cand.trigger.pos == "VERB" and _unnamed_object(s, words, cand):
        answered = _latest_address(cand, history)
    else:
        return
    if answered is not None:
        cand.target = answered
        cand.notes.append("target-answered")


def _latest_address(cand: Candidate, history: list[Candidate]) -> EntitySpan | None:
    """The source of the article's latest event aimed at the rejection's source, when that
    event is a demand or an accusation: an answer with a pronoun refers to the last word."""
    for old in reversed(history):
        if _addresses(old, cand):
            return old.source if root(old.cameo) in ANSWERED_ROOTS else None
    return None


def _addresses(old: Candidate, cand: Candidate) -> bool:
    """Whether an earlier event came from another actor with a country to the country of
    ``cand``'s source."""
    return (
        old.target is not None
        and old.target.country == cand.source.country
        and old.source is not None
        and bool(old.source.country)
        and old.source.actor is not cand.source.actor
    )


def _unnamed_object(s: Sentence, words: dict[str, set[str]], cand: Candidate) -> bool:
    """Whether the rejecting verb's object is a pronoun or missing: a pronoun or a separated
    particle right after it ("wies dies zurück", "lehnt ab"), or, where it ends its clause, a
    pronoun or a perfect auxiliary right before it ("hat das abgelehnt", "hat abgelehnt"). A
    pronoun is one no noun follows, as its article's would ("das Angebot": German nouns are
    capitalised)."""
    lowers, pronouns = s.lowers, words.get("answer_pronouns", set())
    i, (a, b) = cand.index, cand.clause

    def pronoun(k: int) -> bool:
        return lowers[k] in pronouns and (k + 1 >= len(s.words) or not s.words[k + 1][:1].isupper())

    after = lowers[i + 1] if i + 1 < b else ""
    if after in words.get("separable_particles", set()) or (after and pronoun(i + 1)):
        return True
    closing = not after.isalpha()
    return closing and i > a and (pronoun(i - 1) or lowers[i - 1] in words.get("perfect_aux", ()))
