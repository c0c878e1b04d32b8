"""Who did what to whom in one sentence: the coder that runs the steps in order.

Triggers come from :mod:`.triggers`, stretches from :mod:`.segments`, roles from the parse
(:mod:`.parse_roles`) or from word order (:mod:`.word_roles`), modes from :mod:`.modes`; the
counts of dead and injured and an event's own date are read here. The coder works on token
arrays (words, lemmas) and the sentence's mentions, so it runs the same with a blank spaCy
pipeline and with a statistical one. Language specifics are cue words from
``data/lang/<lang>.json``; event knowledge is the trigger lexicon.
"""

from __future__ import annotations

from collections.abc import Collection

from .bounds import parse_count
from .candidate import (
    Candidate,
    Imply,
    allegation,
    attack_by_prefix,
    court_verdict,
    dedupe,
    judgement,
    no_implied,
    paired,
    protest_at_home,
    protested_embassy,
    reported_accuser,
    reported_partner,
    visit_by_prefix,
)
from .clause_trigger import clause_trigger, no_event_alone, tagged_sense
from .clauses import Clause, build_clauses, plausible
from .codes import (
    CLOSING_SPEECH_ROOTS,
    COERCIVE_ROOTS,
    MATERIAL_ROOTS_FROM,
    SIZED_ROOTS,
    VIOLENT_ROOTS,
    VISIT_CODE,
    root,
)
from .coordination import Coordination, coordinate
from .dates import YEAR_RE
from .figurative import figurative_sense
from .kb import KnowledgeBase, Trigger
from .lexicon import Lexicon
from .modes import (
    apply_modes,
    backgrounded,
    is_complement,
    kept_secondary,
    no_demand,
    no_threat,
    no_warning,
    penalty_looms,
    raising,
    reported_speech,
)
from .parse_roles import (
    ClauseParse,
    clause_modes,
    clause_reporter,
    clause_roles,
    spoken_content,
)
from .segments import (
    apposition_commas,
    apposition_pairs,
    clause_segs,
    included_insertions,
    list_commas,
    split_segments,
)
from .spans import EntitySpan, Sentence
from .triggers import (
    after_article,
    attributive_participle,
    find_triggers,
    lost_verb,
    present_participle,
    weak_trigger,
)
from .word_roles import (
    assign_roles,
    coordinated_clauses,
    fronted_purpose,
    infinitive_clause,
    is_verb,
    joined_clause,
    mark_preps,
    privative_clause,
)

__all__ = ["code_sentence"]


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
    imply = imply or no_implied
    if s.heads and plausible(s, lex.words["copulas"]):
        found = triggers or find_triggers(lex, s)
        # the parse's tags tell a trigger noun from its verb ("drives demand for travel")
        tagged = ((i, tagged_sense(lex, s, i, t)) for i, t in found)
        found = [(i, t) for i, t in tagged if t is not None]
        clauses = build_clauses(s, lex.words)
        if not lost_verb(s, clauses, found):
            coordination = coordinate(lex, s, mentions, parsed=True)
            cands = _code_clauses(lex, s, clauses, coordination, history, found, imply)
            return paired(cands, coordination)
    words = s.words
    lowers = [w.lower() for w in words]
    coordination = coordinate(lex, s, mentions, parsed=False)
    covered, mentions = coordination.covered, coordination.leaders
    if triggers is None:
        triggers = find_triggers(lex, s)
    # a parse too poor to code from still tags its words; a verb whose sense needs its
    # arguments ("cut", "share") is no event read by word order
    tagged = ((i, tagged_sense(lex, s, i, t)) for i, t in triggers if i not in covered)
    triggers = [(i, t) for i, t in tagged if t is not None and not no_event_alone(lex, s, i, t)]
    if not triggers:
        return []
    # an inflected participle before its noun ("ein verurteilter Mann", "der verbotenen
    # Partei", "in den besetzten Gebieten") is never a finite verb; "-te(n)" may be a
    # preterite and is only weak
    inflected = lex.inflected_participle_endings
    triggers = [
        (i, t)
        for i, t in triggers
        if not (
            inflected
            and (lowers[i].endswith(inflected) or after_article(lex, words, lowers, i))
            and attributive_participle(lex, words, lowers, i, t)
        )
        and not present_participle(lex, lowers[i], t)
    ]
    # an idiom read beside the table yields to a table verb ("dass X Druck ausübt - und er
    # fordert ...": the demand is the event)
    table_verb = any(t.pos == "VERB" and not lex.side_trigger(t) for _, t in triggers)
    strong = [
        (i, t)
        for i, t in triggers
        if not weak_trigger(lex, words, lowers, i, t) and not (table_verb and lex.side_trigger(t))
    ]
    if strong:
        triggers = strong
    appositions = apposition_pairs(lex, words)
    # a name set off after an actor's noun is that actor: "der Premierminister Kanadas,
    # John Miller, hat Brasilien kritisiert" has one actor before the verb
    mentions = [
        m
        for m in mentions
        if not any(
            a < m.start and m.end <= b and any(x.end == a for x in mentions) for a, b in appositions
        )
    ]
    # "der UN-Sicherheitsrat (dash) einschließlich China und Russland (dash) verhängte": what an
    # insertion between dashes includes describes the actor before it, and acts in no role
    inserted = {k for a, b in included_insertions(lex, words) for k in range(a, b)}
    mentions = [m for m in mentions if m.start not in inserted]
    # a list of things sets off no clause ("bei mit Messern, Steinen oder Gewehren verübten
    # Angriffen ... getötet"): its commas must not cut a passive from its auxiliary. A list
    # that names actors is left to the coordination, which joins it only when it is one role
    named = {k for m in mentions for k in range(m.start, m.end)}
    things = {c for c in list_commas(lex, words) if c - 1 not in named and c + 1 not in named}
    segs = split_segments(
        words,
        set(coordination.joints) | things,
        lex.words["news_agencies"],
        apposition_commas(appositions),
    )
    segs = coordinated_clauses(lex, s, segs)
    seg_of = {i: seg for seg in segs for i in range(*seg)}
    closing = _closing_speech_act(lowers, mentions, triggers)
    if closing is not None:
        # "Uganda müsse die Grenze öffnen, forderte Kenias Präsident": the stretch before
        # the speech act is what was demanded, not an event of its own
        triggers = [(i, t) for i, t in triggers if i >= closing]
    # a relative clause tells about a participant ("den Minister, den sie im Mai entführt
    # hatten, freilassen"): its triggers yield to the sentence's others (the first one wins)
    relative = lex.words["relative_pronouns"]
    triggers = sorted(
        triggers, key=lambda it: _relative_clause(lex, words, seg_of[it[0]], relative)
    )
    # "ordnete Patrouillen an": a verb of ordering yields to the event noun of its stretch,
    # ordering an act is that act (see clause_trigger.ordered_act)
    noun_segs = {seg_of[i] for i, t in triggers if t.pos == "NOUN"}
    triggers = [
        (i, t)
        for i, t in triggers
        if not (t.lemma in lex.words.get("order_verbs", ()) and seg_of[i] in noun_segs)
    ]
    # "verschob das Treffen": an event noun beside a verb of putting off or calling off
    # (``called_off_verbs``) did not take place
    calling_off = lex.words.get("called_off_verbs", ())
    called_off = {
        seg_of[k] for k in seg_of if s.lemmas[k] in calling_off and s.words[k][:1].islower()
    }
    triggers = [(i, t) for i, t in triggers if not (t.pos == "NOUN" and seg_of[i] in called_off)]
    mark_preps(lex, lowers, mentions, s)
    triggers = [
        (i, t)
        for i, t in triggers
        if t.lemma not in lex.words.get("person_patient_verbs", ())
        or t not in lex.triggers.get(t.lemma, ())  # an idiom: "die Waffenruhe verletzen"
        or _injures_people(lex, s, mentions, segs, seg_of[i], i, t, history)
    ]
    reporter, reported_segs = reported_speech(lex, s, lowers, mentions, segs)
    # a verb's clause: its stretch and the part before a relative clause that cut it
    verb_segs = {
        g for i, t in triggers if t.pos == "VERB" for g in clause_segs(lex, lowers, segs, seg_of[i])
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
    commented = False
    for i, trig in triggers:
        seg = seg_of[i]
        if trig.pos in ("NOUN", "ADJ") and (
            seg in verb_segs
            or backgrounded(lex, s.words, lowers, seg, i, len(triggers), coded_roots, trig)
        ):
            span = _own_date(lex, s, lowers, i, seg) if trig.pos == "NOUN" else None
            if span is not None:  # "erinnerte an seinen Besuch in Russland im Jahr 2023"
                cand = Candidate(trig, trig.cameo, i, clause=seg, date_span=span)
                assign_roles(lex, s, lowers, mentions, seg, segs, cand, history)
                if cand.source is not None:
                    dated.append(cand)
            continue
        if trig.pos == "AUX" and (
            (has_main and seg not in demand_segs)
            or reporter is None
            or no_demand(lex, s, lowers, seg, i)
        ):
            continue
        if trig.pos != "AUX" and seg in demand_segs:
            continue
        if judgement(trig) and (reporter is None or seg not in reported_segs):
            continue  # "Polen war für die Katastrophe verantwortlich": the writer's judgement
        if i > 0 and lowers[i - 1] in lex.words["demonstratives"] and trig.pos == "NOUN":
            continue  # "diese Unterstützung" refers back to an event already coded
        if (
            raising(lex, lowers, seg, i, trig)
            or penalty_looms(lex, lowers, seg, trig)
            or (no_threat(lex, lowers, segs, seg, trig) and not _addressed(mentions, i))
        ):
            continue
        if no_warning(lex, lowers, segs, seg, i, trig, mentions):
            # a pessimistic comment is no event, and what it foresees is no first event either
            commented = True
            continue
        if trig.pos == "VERB" and (
            fronted_purpose(lex, words, seg) or privative_clause(lex, words, seg)
        ):
            continue
        if trig.pos == "VERB" and _describing_clause(lex, s, seg, i):
            continue  # "die PKK, die gegen den IS kämpft": what the PKK does, no news
        sense = figurative_sense(lex, words, lowers, mentions, seg, i, trig)
        if sense is None:
            continue  # "kämpfte gegen die Sparpolitik": a struggle, no fight
        trig = sense  # "griff die Regierung scharf an": criticism
        if (out or commented) and is_complement(lex, lowers, i):
            continue  # "agreed to set up", "threatened to ban": the first verb is the event
        joined = joined_clause(lex, lowers, segs, seg)
        if (
            (out or commented)
            and not kept_secondary(lex, words, lowers, seg)
            and not joined
            and not _coordinated_participle(kb, lex, s, out, seg, i, trig)
        ):
            continue
        cand = Candidate(trig, trig.cameo, i, clause=seg)
        if i == closing:
            cand.notes.append("after-content")  # its target is its content's subject
        reported = reporter is not None and seg in reported_segs
        if not apply_modes(lex, words, segs, seg, i, cand, reported, reporter is not None):
            continue
        if reported or "alleged" in cand.notes:
            cand.reporter = reporter
        assign_roles(lex, s, lowers, mentions, seg, segs, cand, history)
        if trig.pos == "AUX" and _own_duty(cand):
            continue
        if root(cand.cameo) in VIOLENT_ROOTS:
            attack_by_prefix(kb, lex, words, [k for k, _ in triggers if seg_of[k] == seg], cand)
        if cand.cameo == VISIT_CODE and trig.pos == "NOUN" and lex.lang == "de":
            visit_by_prefix(kb, lex, words[i], cand)
        protested_embassy(lex, s, cand)
        _recode(lex, lowers, cand, imply)
        protest_at_home(lex, s, cand)
        _numbers(lex, lowers, seg, cand)
        if (out or commented) and not (
            cand.source
            and cand.target
            and (root(cand.cameo) >= MATERIAL_ROOTS_FROM or joined)
            and "target-guessed" not in cand.notes
        ):
            continue  # a second event of a sentence must be material and fully resolved
        out.append(cand)
    for cand in out:
        cand.undated = [d.date_span for d in dated if d.date_span]
    return paired(dedupe(out) + dedupe(dated), coordination)


def _closing_speech_act(
    lowers: list[str], mentions: list[EntitySpan], triggers: list[tuple[int, Trigger]]
) -> int | None:
    """Where a speech act told after its content stands: a verb of demand, criticism,
    rejection or threat right after a comma, its speaker right after it ("Die Politik Ugandas
    sei gescheitert, kritisierte Kenias Außenminister")."""
    return next(
        (
            i
            for i, t in triggers
            if t.pos == "VERB"
            and i > 0
            and lowers[i - 1] == ","
            and root(t.cameo) in CLOSING_SPEECH_ROOTS
            and any(i < m.start <= i + 3 and m.prep is None and m.actor for m in mentions)
        ),
        None,
    )


def _injures_people(
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
    history: list[Candidate],
) -> bool:
    """Whether a verb that is an attack only on people (``person_patient_verbs``: "verletzen"
    also violates a right, an airspace, a ceasefire) tells an attack: it has an agent, and
    people as its object: a person, a group noun ("Demonstranten") or a people's noun
    ("Palästinenser"), not a genitive ("die Rechte der Palästinenser"). Injured people with
    no one who injured them are a toll ("wurden verletzt", "die verletzten Soldaten"), no
    event. Else the verb is none, and the attack nouns of its clause are read as they would
    be without it ("bei Zusammenstößen mit der Polizei wurden 30 Menschen verletzt")."""
    nxt = s.words[i + 1] if i + 1 < len(s.words) else ""
    if nxt[:1].isupper() and not any(m.end == i for m in mentions):
        return False  # "33 verletzten Flüchtlingen": an adjective, after no subject
    a, b = seg
    if not any(w[:1].isalnum() for w in s.words[i + 1 : b]) and lex.auxiliaries.isdisjoint(
        s.lowers[a:i]
    ):
        return False  # a headline's participle, "100 Menschen verletzt": a toll
    cand = Candidate(trig, trig.cameo, i, clause=seg)
    assign_roles(lex, s, s.lowers, mentions, seg, segs, cand, history)
    m = cand.target
    if cand.source is None or m is None or m.genitive or _noun_genitive(lex, s, mentions, m):
        return False
    last = s.words[m.end - 1]
    return (
        m.kind == "PER"
        or (m.kind == "GROUP" and m.agent_noun)
        or (m.kind == "COUNTRY" and last[:1].isupper() and last.lower() in lex.demonyms)
    )


def _noun_genitive(lex: Lexicon, s: Sentence, mentions: list[EntitySpan], m: EntitySpan) -> bool:
    """Whether ``m`` is the genitive attribute of a noun no mention holds ("die Rechte der
    Palästinenser"): a link word after a capitalised word."""
    k = m.start - 1
    return (
        k >= 1
        and s.lowers[k] in lex.words.get("genitive_links", ())
        and s.words[k - 1][:1].isupper()
        and not any(x.start <= k - 1 < x.end for x in mentions)
    )


def _coordinated_participle(
    kb: KnowledgeBase,
    lex: Lexicon,
    s: Sentence,
    out: list[Candidate],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
) -> bool:
    """Whether the trigger is a German past participle right after "und" and the participle
    of the clause's event, under one auxiliary ("wurde von der Polizei angeschossen und
    festgenommen"): a second act of force of the same doer on the same person, so a further
    event of the clause. Only acts of force (CAMEO 17-20), which the subject suffers: a verbal
    act joined so has roles of its own ("hat Ghana gelobt und Togo kritisiert"); with nothing
    between, as words between may bring their own object ("festgenommen und ihre Häuser
    zerstört"); and only another type of act: "angeschossen und verletzt" is one attack."""
    if lex.lang != "de" or trig.pos != "VERB" or not out:
        return False
    first = out[-1]
    j = first.index
    lowers = s.lowers
    return (
        first.trigger.pos == "VERB"
        and first.clause == seg
        and i == j + 2
        and lowers[j + 1] in lex.words["coordinators"]
        and lex.past_participle(lowers[j], s.lemmas[j])
        and lex.past_participle(lowers[i], s.lemmas[i])
        and {root(first.cameo), root(trig.cameo)} <= COERCIVE_ROOTS
        and kb.cameo_row(first.cameo)["plover"] != kb.cameo_row(trig.cameo)["plover"]
    )


def _own_duty(cand: Candidate) -> bool:
    """Whether a reported "must" names the speaker's own country: "Slowenien müsse die Zahl
    ... anpassen, sagte Außenminister X" tells a policy, not a demand on another."""
    source, target = cand.source, cand.target
    return (
        source is not None
        and target is not None
        and source.country is not None
        and source.country == target.country
    )


def _relative_clause(
    lex: Lexicon, words: list[str], seg: tuple[int, int], relative: Collection[str]
) -> bool:
    """Whether the stretch is a relative clause: it opens with a relative pronoun after a
    comma, and is no infinitive clause opening with an article ("die Geiseln zu befreien")."""
    a = seg[0]
    return (
        a > 0
        and words[a - 1] == ","
        and words[a].lower() in relative
        and not infinitive_clause(lex, words, seg)
    )


def _describing_clause(lex: Lexicon, s: Sentence, seg: tuple[int, int], i: int) -> bool:
    """Whether the verb at ``i`` closes a German relative clause in the present tense: the
    clause tells what its antecedent does, news tells what was done (in the past tense)."""
    if lex.lang != "de" or not _relative_clause(lex, s.words, seg, lex.words["relative_pronouns"]):
        return False
    if seg[0] + 1 < seg[1] and s.words[seg[0] + 1][:1].isupper():
        return False  # "die Einreise erlauben": an article, the clause goes on after a cut
    end = seg[1]
    while end > seg[0] and not s.words[end - 1][:1].isalnum():
        end -= 1
    if i != end - 1:
        return False
    word, lemma = s.lowers[i], s.lemmas[i]
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    # "eröffnet", "unterstützt" may be a participle whose auxiliary came before
    return word in (lemma, stem + "t", stem + "et") and not lex.past_participle(word, lemma)


def _recode(lex: Lexicon, lowers: list[str], cand: Candidate, imply: Imply) -> None:
    """What every candidate becomes once its clause's roles are read, whichever coder read
    them: an act the speaker alleges is the speaker's accusation ("X habe ... töten wollen,
    erklärte der Staatsanwalt"), a court's condemnation its verdict; then the actor its clause
    leaves unnamed is implied, a passive accusation takes its reporter as accuser, and an
    impersonal talk with a partner its reporter as the other side."""
    allegation(cand)
    court_verdict(lex.words, cand)
    imply(cand)
    reported_accuser(cand)
    reported_partner(lex, lowers, cand)


def _addressed(mentions: list[EntitySpan], i: int) -> bool:
    """Whether a resolved actor stands right after word ``i`` or its article: whom "drohen"
    threatens ("Die Türkei droht Syrien", "drohte der Ukraine"); what looms is no actor
    ("Österreich droht eine Klage")."""
    return any(m.start in (i + 1, i + 2) and m.prep is None and m.country for m in mentions)


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
        if word in lex.words["coordinators"] or is_verb(lex, s, k):
            return None
        if (
            YEAR_RE.match(word) and lowers[k - 1] in (*lex.conf["year_words"], "in", "im")
        ) or word in months:
            end = k + 1
            if end < seg[1] and YEAR_RE.match(lowers[end]):
                end += 1
            return i, end
    return None


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
    parse = ClauseParse(s, clauses, coordination, case_names=lex.lang != "de")
    triggers = [
        clause_trigger(lex, s, c) or parse.stray(ci, words_found, lex)
        for ci, c in enumerate(clauses)
    ]
    # a trigger verb read in a sense that is no event still says what its content clause is
    # ("denied that they met", "insisted that ..."): the content is not coded as fact
    trigger_words = {i for i, _ in words_found}
    # "Uganda must open the border, Kenya's president demanded": what a speech act told
    # after it voices is its content, not an event of its own
    voiced = {
        spoken_content(parse, ci)
        for ci, found in enumerate(triggers)
        if found is not None and root(found[1].cameo) in CLOSING_SPEECH_ROOTS
    }
    ranked: list[tuple[bool, int, Candidate]] = []
    for ci, (c, found) in enumerate(zip(clauses, triggers, strict=True)):
        reporter = clause_reporter(lex, parse, ci)
        demand = lex.triggers.get(c.modal or "", [None])[0]
        if reporter is not None and demand is not None and demand.pos == "AUX":
            index, trig = c.predicate, demand  # "sagte, China müsse … abbauen": a demand
        elif found is None or found[0] in parse.covered or ci in voiced:
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
            # the parser hung on as an adverbial ("pressed the council to move toward a ban") too
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
        if not clause_modes(lex, parse, ci, cand):
            continue
        cand.reporter = reporter
        if "alleged" in cand.notes and reporter is None:
            cand.reporter = _chain_reporter(lex, parse, ci)  # "said X had planned to kill Y"
        clause_roles(lex, parse, ci, cand, history)
        protested_embassy(lex, s, cand)
        _recode(lex, s.lowers, cand, imply)
        protest_at_home(lex, s, cand)
        ranked.append((c.relation != "root", len(ranked), cand))
    out: list[Candidate] = []
    for _, _, cand in sorted(ranked, key=lambda r: r[:2]):
        if not out and (cand.source is None or cand.target is None):
            _fill_roles(lex, s, coordination, cand, history)
        elif out and (cand.source is None or cand.target is None):
            continue  # a further event of the sentence needs both its actors from the parse
        _numbers(lex, s.lowers, cand.clause, cand)
        out.append(cand)
    return dedupe(out)


def _chain_reporter(lex: Lexicon, parse: ClauseParse, ci: int) -> EntitySpan | None:
    """The speaker of the nearest clause up the chain of governing clauses that has one: an
    act told as the content of an intent ("said the men had planned to kill him") is reported
    by whoever reports the intent."""
    k: int | None = ci
    for _ in parse.clauses:
        if k is None:
            return None
        found = clause_reporter(lex, parse, k)
        if found is not None:
            return found
        k = parse.clauses[k].governor
    return None


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
    segs = split_segments(
        s.words,
        coordination.joints,
        lex.words["news_agencies"],
        apposition_commas(apposition_pairs(lex, s.words)),
    )
    seg = next(g for g in segs if g[0] <= cand.index < g[1])
    mark_preps(lex, lowers, mentions, s)
    guess = Candidate(cand.trigger, cand.cameo, cand.index, reporter=cand.reporter, clause=seg)
    assign_roles(lex, s, lowers, mentions, seg, segs, guess, history)
    if cand.source is None and guess.source is not cand.target:
        cand.source = guess.source
    unnamed = "addressee-unnamed" in cand.notes  # the parse's addressee is the target
    if cand.target is None and not unnamed and guess.target is not cand.source:
        cand.target = guess.target
        cand.notes.extend(guess.notes)
        cand.notes.append("target-fallback")  # not the parse's: yields to a group's members
    cand.location = cand.location or guess.location
