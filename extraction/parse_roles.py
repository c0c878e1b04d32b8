"""Source and target of an event from the dependency parse: the clause's subject, object,
passive agent and prepositional arguments; reporters and background clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from .candidate import (
    Candidate,
    answered_party,
    conflict_fallbacks,
    local_sides,
    no_place_source,
    no_self_target,
    no_town_recipient,
    retreat_origin,
    takes_recipient,
)
from .clause_trigger import called_off, no_event_alone
from .clauses import BACKGROUND_RELATIONS, CONTENT_RELATIONS, Clause
from .codes import (
    CLOSING_SPEECH_ROOTS,
    COERCIVE_ROOTS,
    ENVOY_CODES,
    FORCE_ROOTS,
    INTENT_ROOT,
    TOPIC_ROOTS,
    VIOLENT_ROOTS,
    root,
)
from .coordination import Coordination
from .kb import Trigger
from .lexicon import Lexicon
from .modes import conditional_sentence, future_code
from .spans import EntitySpan, Sentence
from .word_roles import patient_phrase

__all__ = ["ClauseParse", "clause_modes", "clause_reporter", "clause_roles", "spoken_content"]


class ClauseParse:
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

    def mention(
        self,
        k: int | None,
        skip: EntitySpan | None = None,
        closed: Collection[str] = (),
        partners: Collection[str] = (),
    ) -> EntitySpan | None:
        """The mention that is argument ``k``: the one containing it, else the nearest one
        below it within the same clause other than ``skip``, a resolved one first ("the
        leaders of France", "sanctions on Iran"). One below a phrase that a ``closed`` case
        word opens is passed over ("talks about the dispute over Kashmir": the topic), unless
        its own case word is one of ``partners`` ("with", a side wherever it hangs)."""
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
            if closed and self.prep[id(m)] not in partners and self._through(top, k, closed):
                continue
            t, steps = top, 0
            while t != k and heads[t] != t and t not in self.position:
                t, steps = heads[t], steps + 1
            # a resolved mention first: "the leaders of France", "Sympathisanten des IS"
            if t == k and (m.country is None, steps) < rank:
                best, rank = m, (m.country is None, steps)
        return best or self._name_head(k)

    def _through(self, t: int, k: int, closed: Collection[str]) -> bool:
        """Whether the way up from word ``t`` to word ``k`` passes a phrase that a ``closed``
        case word opens."""
        s = self.s
        while t != k and s.heads[t] != t and t not in self.position:
            if any(s.deps[x] == "case" and s.lowers[x] in closed for x in self.children[t]):
                return True
            t = s.heads[t]
        return False

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
            if i in read_away or called_off(lex, self.s, c, i):
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


def clause_reporter(lex: Lexicon, parse: ClauseParse, ci: int) -> EntitySpan | None:
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


def clause_modes(lex: Lexicon, parse: ClauseParse, ci: int, cand: Candidate) -> bool:
    """Negation (drop, or recode: "did not agree" -> reject), background, hypothetical and
    future, from the clause and the clauses governing it."""
    c, words = parse.clauses[ci], lex.words
    lowers = parse.s.lowers
    pos = parse.s.pos
    # a name is no cue: "in May 2004", "May's chairman" are no "may"
    cues = {lowers[k] for k in parse.children[c.predicate] if pos[k] != "PROPN"} | {c.modal or ""}
    if c.negated:
        # "if no agreement is reached": a condition, no refusal
        if not cand.trigger.negated or cues & words["conditionals"]:
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
    if _intended(lex, parse, chain, cand):
        cand.notes.append("alleged")  # recoded once its roles are known (allegation)
    future = words["future"] | {lex.lemma(w) for w in words["future"]}
    if cues & words["hypothetical"]:
        cand.mode = "hypothetical"
    elif cues & future or c.modal == "werden" or any(x.lemma in future for x in chain[1:]):
        cand.mode = "future"
        cand.cameo = future_code(cand.cameo)
    elif conditional_sentence(lex, lowers):
        cand.mode = "hypothetical"
    return True


def _intended(lex: Lexicon, parse: ClauseParse, chain: list[Clause], cand: Candidate) -> bool:
    """Whether a violent act is the content of a past intent or plan ("said the
    gunmen had planned to kill the president", "wanted to attack"): told by a speaker, an
    allegation (:func:`~extraction.candidate.allegation`); a condition in the sentence makes
    it hypothetical instead. An attempt ("tried to capture the city") is the act itself, as
    PLOVER codes attempted attacks."""
    lowers = parse.s.lowers
    return (
        root(cand.cameo) in VIOLENT_ROOTS
        and not set(lowers) & lex.words["conditionals"]
        and any(lowers[x.predicate] in lex.words.get("past_intent_words", ()) for x in chain[1:])
    )


def _aimed_force(
    lex: Lexicon, parse: ClauseParse, ci: int, cand: Candidate, envoy: bool = False
) -> EntitySpan | None:
    """The target of a force posture whose object is the source's own force ("mobilized
    reservists for a war against Iraq", "deployed soldiers to the border with Ukraine"): the
    foreign side a target preposition after the verb names, however deep the parser hung it;
    a force of another country stays the target ("put Iraqi troops on alert"). An ``envoy``
    recalled is aimed at the country it leaves, also after "from"."""
    force, own = cand.target, getattr(cand.source, "country", None)
    preps = lex.words["target_preps"] | (lex.words["source_preps"] if envoy else set())
    if force is None or force.country not in (None, own):
        return force
    sides = [
        m
        for m in parse.in_clause(ci)
        if m.start > cand.index
        and parse.prep[id(m)] in preps
        and m.country not in (None, own)
        and m is not cand.location
        and m is not cand.reporter
    ]
    return sides[0] if sides else None


def spoken_content(parse: ClauseParse, ci: int) -> int | None:
    """The clause a speech act told after it voices: its governor when the parser hung the
    speech act on it ("Uganda must open the border, Kenya's president demanded": parataxis),
    else its own content clause before it ("Uganda's policy has failed, X criticised"). The
    act closes the sentence with no object of its own."""
    c = parse.clauses[ci]
    if c.object is not None or any(x.predicate > c.predicate for x in parse.clauses):
        return None  # "warned Mr Brown not to ...": an object, or a clause after the act
    # a parser may join it to the content as a conjunct, with no coordinator between
    joined = c.relation == "conj" and not any(
        parse.s.deps[k] == "cc" for k in parse.children[c.predicate]
    )
    if (c.relation == "parataxis" or joined) and c.governor is not None:
        gov = parse.clauses[c.governor]
        return c.governor if gov.predicate < c.predicate else None
    return next(
        (
            cj
            for cj, x in enumerate(parse.clauses)
            if x.governor == ci
            and x.relation in ("ccomp", "parataxis")
            and x.predicate < c.predicate
        ),
        None,
    )


def _voiced_subject(
    parse: ClauseParse, ci: int, actor: Callable[[int | None], EntitySpan | None]
) -> EntitySpan | None:
    content = spoken_content(parse, ci)
    return actor(parse.clauses[content].subject) if content is not None else None


def _content_target(
    lex: Lexicon,
    parse: ClauseParse,
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


def _unnamed_addressee(lex: Lexicon, parse: ClauseParse, ci: int, cand: Candidate) -> bool:
    """Whether a speech act's nominal object names no actor and comes before the infinitive
    content the act governs ("urged its Arab allies to fly airstrikes against IS"): whom the
    act addresses is its target, never an actor of the content. An event noun is what the
    act is about ("rejected the request to deploy troops"). Unlike German
    (:func:`extraction.word_roles.assign_roles`), the addressee is not given the source's
    country when the content names an actor of it: on unseen English news that upgraded
    wrong guesses ("rejected the Lib Dems' call to open up the government's books")."""
    c, s = parse.clauses[ci], parse.s
    k = c.object
    if root(cand.cameo) not in CLOSING_SPEECH_ROOTS or k is None:
        return False
    if s.pos[k] not in ("NOUN", "PROPN") or _event_noun(lex, s, k):
        return False
    found = parse.mention(k)
    if found is not None and found.actor is not None:
        return False  # a reporter or a place: no unnamed addressee
    return any(
        x.governor == ci
        and x.predicate > k
        and (x.relation == "xcomp" or (x.relation == "advcl" and x.infinitive))
        for x in parse.clauses
    )


def _patient_argument(
    lex: Lexicon,
    parse: ClauseParse,
    cand: Candidate,
    actor: Callable[[int | None], EntitySpan | None],
) -> None:
    """The parse's reading of :func:`extraction.word_roles.patient_phrase`: an English noun
    of force (also a verb's gerund, "the killing of") names whom it hits in its "of" argument
    and its agent in a "by" argument."""
    links = lex.words.get("patient_links", ())
    s = parse.s
    found: dict[bool, EntitySpan | None] = {True: None, False: None}
    for k in parse.children[cand.index]:
        case = [s.lowers[x] for x in parse.children[k] if s.deps[x] == "case"]
        if case and (case[0] in links or case[0] in lex.words["agent_preps"]):
            found[case[0] in links] = found[case[0] in links] or actor(k)
    patient_phrase(cand, found[True], found[False])


def _event_noun(lex: Lexicon, s: Sentence, k: int) -> bool:
    hit = lex.word_trigger(s.words[k], s.lemmas[k])
    return hit is not None and hit.pos == "NOUN"


def _background(parse: ClauseParse, c: Clause) -> bool:
    """A relative, attributive or adverbial clause sets the scene of another predicate,
    except a purpose ("um … zu", "to") and a relative clause on an actor, which tells what
    that actor did ("Kims Truppen, die … gespielt haben")."""
    if c.relation not in BACKGROUND_RELATIONS or c.infinitive:
        return False
    return c.relation != "relcl" or parse.antecedent(c) is None


def clause_roles(
    lex: Lexicon, parse: ClauseParse, ci: int, cand: Candidate, history: list[Candidate]
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
    # what a talk is about is no side of it ("held talks over Kashmir")
    topic = words.get("topic_preps", set()) if root(cand.cameo) in TOPIC_ROOTS else set()
    partners = words.get("partner_preps", set())

    def actor(k: int | None) -> EntitySpan | None:
        m = parse.mention(k, skip=cand.reporter, closed=topic, partners=partners)
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
    origins = [m for prep, m in args if m is not None and prep in words["source_preps"]]
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
        aimed = [
            m
            for prep, m in args
            if m is not None and prep in words["target_preps"] and prep not in topic
        ]
        asked = [
            m
            for prep, m in args
            if m is not None
            and prep in words["agent_preps"] | words["source_preps"]
            and cand.cameo[:2] != "07"
        ]
        cand.target = actor(c.object) or actor(c.indirect) or own or (aimed + asked + [None])[0]
        envoy = cand.cameo in ENVOY_CODES
        if (root(cand.cameo) in FORCE_ROOTS or envoy) and cand.target is actor(
            c.object
        ) is not None:
            cand.target = _aimed_force(lex, parse, ci, cand, envoy)
        if cand.target is None and _unnamed_addressee(lex, parse, ci, cand):
            cand.notes.append("addressee-unnamed")  # no target from word order either
        if cand.target is None and root(cand.cameo) in CLOSING_SPEECH_ROOTS:
            # "Uganda must open the border, Kenya's president demanded": the content's subject
            cand.target = _voiced_subject(parse, ci, actor)
        if cand.target is None and root(cand.trigger.cameo) == INTENT_ROOT:
            cand.target = _content_target(lex, parse, ci, actor)
            if cand.target is not None:
                cand.notes.append("target-content")
        if origins and cand.cameo[:2] == "07" and origins[0].kind != "PLACE":
            # "Lieferungen aus Nordkorea": from -> source; "aus der Stadt X" is where aid goes
            cand.source, cand.target = origins[0], cand.source
    if root(cand.cameo) in COERCIVE_ROOTS:
        _patient_argument(lex, parse, cand, actor)
    if cand.trigger.pos == "AUX":
        cand.source, cand.target = cand.reporter, subject
    no_place_source(cand)
    local_sides(cand)
    if root(cand.cameo) in VIOLENT_ROOTS:
        # the other side of a fight is an actor, not the region fought over
        sides = [m for m in parse.mentions if m.actor and m.kind != "PLACE"]
        conflict_fallbacks(sides, cand, history)
    if not takes_recipient(cand.trigger, cand.cameo):
        # "ist zurückgetreten", "haben sich ergeben": no recipient by nature; a retreat's place
        cand.target = retreat_origin(cand, origins)
    no_town_recipient(cand)
    no_self_target(cand)
    answered_party(s, words, cand, history)
