"""Implied actors: who acted when the sentence does not say. "Zwei Journalisten wurden in Minsk
festgenommen" names no agent, yet an arrest is by definition the act of the authorities of the
country where it happens. The codes for which this holds are data
(``data/implied_agents.curated.tsv``, from the CAMEO codebook and the PLOVER manual); this module
holds the rule: an agentless passive or impersonal clause ("man nahm ihn fest") of such a code
gets the authorities of the event's place, else of the article's country (the one it names most,
else its dateline's: a correspondent in Seoul reports on North Korea), as a source marked
``implied``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .bounds import parse_count
from .candidate import Candidate, impersonal_subject
from .codes import NON_STATE_CODES, STATE_SECTORS, root
from .dates import YEAR_RE
from .kb import DATA_DIR, read_tsv
from .lexicon import Lexicon
from .model import Actor
from .spans import EntitySpan, Sentence

__all__ = [
    "IMPLIED_AGENTS_FILE",
    "IMPLIED_TARGETS_FILE",
    "ImpliedAgent",
    "ImpliedAgents",
    "domestic_target",
    "load_implied_agents",
]

IMPLIED_AGENTS_FILE = "implied_agents.curated.tsv"
IMPLIED_TARGETS_FILE = "implied_targets.curated.tsv"
COERCION_ROOT = "17"


@dataclass(frozen=True)
class ImpliedAgent:
    """The kind of actor an event code implies: its text and CAMEO sector."""

    text: str
    sector: str
    # where its object is: "home", within the agent's own jurisdiction (a ban); "abroad",
    # another state's (a summoned diplomat); "any"
    reach: str = "any"
    lemmas: frozenset[str] = frozenset()  # the trigger words it is implied for; empty: any
    # words one of which must stand in the trigger's clause: a preposition ("charged with
    # murder", not "charged higher fees"; "gegen X wird ermittelt", not "die Täter wurden
    # ermittelt") or a noun of custody ("nach drei Jahren Haft freigelassen", not hostages
    # set free by their kidnappers); empty: none needed
    cues: frozenset[str] = frozenset()

    def in_sense(self, s: Sentence, cand: Candidate) -> bool:
        """Whether ``cand``'s clause has one of :attr:`cues`, if any are needed: before the
        trigger too, as the German verb ends its clause."""
        a, b = cand.clause
        return not self.cues or bool(self.cues & set(s.lowers[a:b]))


@dataclass(frozen=True)
class ImpliedAgents:
    """The CAMEO codes whose agent is, by definition, the state."""

    by_code: dict[str, ImpliedAgent]
    # sectors of the group nouns an agentless act is presumed to hit at home
    home_sectors: frozenset[str] = frozenset()

    def of(self, cameo: str, lemma: str) -> ImpliedAgent | None:
        """The implied agent of ``cameo`` or of its three-digit parent ("1723" -> "172") told
        by the trigger word ``lemma``."""
        agent = self.by_code.get(cameo) or self.by_code.get(cameo[:3])
        if agent is None or (agent.lemmas and lemma not in agent.lemmas):
            return None
        return agent

    def supply(
        self, lex: Lexicon, s: Sentence, cand: Candidate, *, article_country: str | None
    ) -> None:
        """Give ``cand`` its implied source when its clause names no agent and its code implies
        one: the authorities of the event's place, else of ``article_country``. Events with a
        source that can act, or where no country is known, keep what they have; where that
        source is a state body, a target the text gives no country is its own
        (:meth:`_acts_at_home`)."""
        agent = self.of(cand.cameo, cand.trigger.lemma)
        if agent is None:
            return
        if not agent.in_sense(s, cand):
            # the cue tells the authorities' act from another's ("Haft": not hostages freed by
            # their kidnappers); a state body named as the doer tells it too ("Die ägyptischen
            # Behörden ließen den Journalisten frei": he was in Egypt's custody)
            if agent.reach != "abroad" and self._acts_at_home(cand):
                cand.target = _placed(cand.target, cand.source.country)
            return
        if _seat_acts(cand, agent):
            # "Am Montag verbot Kandahar Kundgebungen": a town or region as the subject of a
            # state's act stands for its authorities, as a capital does for its government
            seat = cand.seat.country if cand.seat is not None else None
            actor = Actor(agent.text, None, seat, agent.sector, implied=True)
            cand.source = EntitySpan(cand.index, cand.index, "GROUP", actor)
        if agent.reach == "home":
            domestic_target(lex, s, cand)
        if agent.reach != "abroad" and self._acts_at_home(cand):
            cand.target = _placed(cand.target, cand.source.country)
        source, target = cand.source, cand.target
        # "man" in reported speech is the speaker's side: only a plain statement is impersonal
        impersonal = not cand.passive and cand.reporter is None and impersonal_subject(lex, s, cand)
        patient = _genitive_patient(lex, s, cand)
        if (impersonal or patient) and source is not None and source.kind != "PLACE":
            # "In Minsk nahm man zwei Journalisten fest": "man" is the subject, so the actor
            # word order read as the subject is the object; "die Festnahme des Journalisten":
            # the noun's genitive is whom the act hits
            source, target = None, source
        agentless = cand.passive or impersonal or patient or _passive_noun(lex, s, cand, target)
        if not agentless or (source is not None and source.kind != "PLACE"):
            return
        # a place read as the agent ("am Flughafen von Chicago festgenommen") does not act:
        # the authorities of its country do
        country = (source.country if source is not None else None) or _place_country(cand)
        country = country or article_country
        if (target is None or target.dateline) and country and cand.passive and lex.lang == "de":
            # the dateline's town is an actor only where no other is named: a counted
            # subject is the one named
            target = _counted_patients(lex, s, cand, country) or target
        if (target is None or target.dateline) and agent.reach == "home":
            # "in Kairo wurde eine Ausgangssperre verhängt": an administrative sanction hits
            # the people of the place it is imposed on
            target = cand.location or target
        if target is None or not (target.country or self._placeable(target)):
            return  # "the authorities arrested someone" tells no one anything
        if country is None or (agent.reach == "abroad" and country == target.country):
            return  # "der litauische Botschafter wurde einbestellt": not by Lithuania
        actor = Actor(agent.text, None, country, agent.sector, implied=True)
        # a zero-width span at the trigger: the actor stands nowhere in the sentence
        cand.source = EntitySpan(cand.index, cand.index, "GROUP", actor)
        cand.target = target if target.country else _placed(target, country)

    def _acts_at_home(self, cand: Candidate) -> bool:
        """Whether a state body the clause names does its act of authorities on someone the
        text gives no country, at home: the target is placed as an agentless act's would be
        ("Die weißrussische Polizei nahm zwei Journalisten fest" hits Belarusian journalists
        as "Zwei Journalisten wurden in Weißrussland festgenommen" does). Not where the act
        happens in another country ("nahm in Afghanistan zwei Verdächtige fest")."""
        source, target = cand.source, cand.target
        return (
            source is not None
            and source.actor is not None
            and source.actor.sector in STATE_SECTORS
            and bool(source.country)
            and source.country not in NON_STATE_CODES
            and target is not None
            and not target.country
            and self._placeable(target)
            and _place_country(cand) in (None, source.country)
        )

    def _placeable(self, target: EntitySpan) -> bool:
        """Whether an agentless act's target without a country is someone the act's place
        can place (``data/implied_targets.curated.tsv``): a person the text names or a noun
        of one person ("der Journalist", "der frühere Präsident"), or a group noun of a
        sector that authorities act on at home ("Oppositionelle"). Coders give such a
        target the country where the authorities acted: a text that says nothing of a
        foreign nationality reports a domestic act."""
        actor = target.actor
        if actor is None or target.supranational:
            return False
        return target.kind == "PER" or target.title or actor.sector in self.home_sectors


def domestic_target(lex: Lexicon, s: Sentence, cand: Candidate) -> None:
    """A state body's act within its jurisdiction (a ban: see the table's ``reach`` "home") on
    someone its clause names but the KB does not know is an act on its own country's people:
    "Die Regierung Perus verbot zwei Gewerkschaften" bans Peruvian unions. The object is the
    first noun of the clause after the source that no preposition governs; a clause with no
    such noun ("die Regierung verbot es") gets no target. German only: its nouns are
    capitalised, so word order finds them without a parse. The act is a verb and its agent a
    state body: a noun ("das Verbot grausamer Strafen") names no act of its own, and a bare
    country name may be a word of another sense ("das Ukrain", a drug)."""
    source = cand.source
    if (
        lex.lang != "de"
        or cand.passive
        or cand.target is not None
        or cand.mode in ("hypothetical", "future")
        or source is None
        or source.actor is None
        or not source.country
        or source.country in NON_STATE_CODES
        or cand.trigger.pos != "VERB"
        or source.actor.sector not in STATE_SECTORS
    ):
        return
    noun = _object_noun(lex, s, cand, source)
    if noun is None:
        return
    actor = Actor(s.words[noun], None, source.country)
    cand.target = EntitySpan(noun, noun + 1, "GROUP", actor)


def _object_noun(lex: Lexicon, s: Sentence, cand: Candidate, source: EntitySpan) -> int | None:
    """The clause's first capitalised noun after ``source`` that no preposition governs,
    crossing the verb and prepositional phrases ("nahm am Montag in Minsk zwei Studenten
    fest": "Studenten"); a comma or a word that opens no noun phrase ends the search."""
    a, b = cand.clause
    if not a <= source.start < b:
        return None  # a subject read from another clause: its object is not this one's
    words, lowers, w = s.words, s.lowers, lex.words
    np_words = w["articles"] | w["possessives"]  # number words are lower case: below
    in_pp = False
    after = max(source.end, cand.seat.end if cand.seat is not None else 0)
    for k in range(max(a, after), b):
        word, low = words[k], lowers[k]
        if k == cand.index or low in lex.auxiliaries:
            in_pp = False
            continue
        if not word[:1].isalnum():
            return None
        if low in w["prepositions"]:
            in_pp = True
            continue
        if word[:1].isupper() and word.isalpha() and low not in w["function_words"]:
            if not in_pp:
                return k
            in_pp = False  # the head of the prepositional phrase
            continue
        if not (low in np_words or word[:1].islower() or word.isdigit()):
            return None
    return None


def _seat_acts(cand: Candidate, agent: ImpliedAgent) -> bool:
    """Whether the source of an active clause was a town or region of a known country whose
    authorities can do the act: a ban (``reach`` "home") only within their own country, so a
    recipient of another country says the town's name meant something else ("Malmö FF", a
    club)."""
    seat, target = cand.seat, cand.target
    return (
        cand.source is None
        and not cand.passive
        and seat is not None
        and bool(seat.country)
        and not (
            agent.reach == "home"
            and target is not None
            and target.country not in (None, seat.country)
        )
    )


def _counted_patients(
    lex: Lexicon, s: Sentence, cand: Candidate, country: str
) -> EntitySpan | None:
    """The people a German agentless passive counts but does not name ("Weitere 64 wurden
    verhaftet", "Zwei seien festgenommen worden"): a cardinal standing alone as the subject,
    with no noun after it (an elided noun: Duden grammar, the number as the head of its
    noun phrase) and no preposition before it. They are a group of the place whose
    authorities acted, as coders code an arrested crowd by its size."""
    a, b = cand.clause
    lowers, preps = s.lowers, lex.words["prepositions"]
    finite = lex.finite_auxiliaries  # "wurden", "seien ... worden"
    for k in range(a, min(b, cand.index)):
        count = _cardinal(lex, lowers[k])
        if count is None or count < 2 or (k > a and lowers[k - 1] in preps):
            continue
        if k + 1 == cand.index or lowers[k + 1] in finite:
            cand.size = cand.size or count
            return EntitySpan(k, k + 1, "GROUP", Actor(s.words[k], None, country))
    return None


def _cardinal(lex: Lexicon, word: str) -> int | None:
    """The count a word spells, a digit string or a number word ("ein" is also the
    article: below 2, no count); a year is no count."""
    if YEAR_RE.match(word):
        return None
    return parse_count(word) or lex.conf["number_words"].get(word)


def _placed(target: EntitySpan, country: str) -> EntitySpan:
    """``target`` with the country of the authorities that acted on it."""
    a = target.actor
    assert a is not None  # ImpliedAgents._placeable
    return replace(target, actor=Actor(a.text, a.name, country, a.sector, a.actor_id))


def _german_noun(lex: Lexicon, cand: Candidate) -> bool:
    return lex.lang == "de" and cand.trigger.pos == "NOUN"


def _genitive_patient(lex: Lexicon, s: Sentence, cand: Candidate) -> bool:
    """Whether word order read the genitive of a German event noun as its source with no
    target, in a clause that names the act's place ("Die Festnahme des Journalisten in
    Ankara löste Proteste aus"): the genitive of a noun of arrest, charge or deportation is
    whom the act hits (Duden grammar: the objective genitive; the agent of a nominalised act
    stands in a durch-phrase). Only coercion (CAMEO 17): the genitive of a lawsuit is the
    plaintiff ("die Klage des Juristen"). Only with the place: without it, the article's
    country is too weak a guess for a noun that may tell of an act anywhere."""
    source, i = cand.source, cand.index
    return (
        _german_noun(lex, cand)
        and root(cand.cameo) == COERCION_ROOT
        and cand.location is not None
        and source is not None
        and cand.target is None
        and i + 1 < source.start <= i + 2
        and s.lowers[i + 1] in lex.words.get("genitive_links", ())
    )


def _governed(lex: Lexicon, s: Sentence, i: int) -> bool:
    """Whether a preposition governs the noun at ``i`` ("bei einer Razzia"): a look back
    over the lower-case words of its noun phrase."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if s.lowers[k] in lex.words["prepositions"]:
            return True
        if not s.words[k][:1].islower():
            return False
    return False


def _passive_noun(lex: Lexicon, s: Sentence, cand: Candidate, target: EntitySpan | None) -> bool:
    """Whether ``cand`` is a German event noun that is the subject of a passive, aimed at
    a "gegen" phrase ("Gegen X wurde Anklage erhoben"): the clause names no agent. A noun
    in a prepositional phrase is a circumstance of another act ("Bei einer Razzia gegen X
    wurden ... festgenommen")."""
    a, b = cand.clause
    return (
        _german_noun(lex, cand)
        and target is not None
        and target.prep in lex.words.get("impersonal_target_preps", ())
        and not _governed(lex, s, cand.index)
        and any(w in lex.words["passive_aux"] for w in s.lowers[a:b])
    )


def _place_country(cand: Candidate) -> str | None:
    return cand.location.country if cand.location is not None else None


def load_implied_agents(data_dir: Path = DATA_DIR) -> ImpliedAgents:
    """The tables of ``data_dir``, read once per extractor."""
    return ImpliedAgents(
        {
            row["cameo"]: ImpliedAgent(
                row["text"],
                row["sector"],
                row["reach"],
                frozenset(row["lemmas"].split()),
                frozenset(row["cues"].split()),
            )
            for row in read_tsv(data_dir / IMPLIED_AGENTS_FILE)
        },
        frozenset(row["sector"] for row in read_tsv(data_dir / IMPLIED_TARGETS_FILE)),
    )
