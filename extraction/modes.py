"""The mode of an event from the words of its clause: future, negated, hypothetical,
reported, backgrounded; and the checks that keep a trigger from being an event at all
(plain obligation, raising verbs, threats that are no threats).
"""

from __future__ import annotations

from collections.abc import Collection

from .candidate import Candidate
from .codes import CALL_ROOTS, VIOLENT_ROOTS, root
from .dates import YEAR_RE
from .kb import Trigger
from .lexicon import Lexicon
from .segments import clause_segs
from .spans import EntitySpan, Sentence
from .word_roles import attributed, governing_stretch, infinitive_clause

__all__ = [
    "FUTURE_AS_AGREE",
    "FUTURE_AS_THREAT",
    "apply_modes",
    "backgrounded",
    "conditional_sentence",
    "future_code",
    "is_complement",
    "kept_secondary",
    "no_demand",
    "no_threat",
    "no_warning",
    "penalty_looms",
    "raising",
    "reported_speech",
]

# Roots whose future-tense statements PLOVER codes as AGREE, with the CAMEO 03x code to use.
FUTURE_AS_AGREE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# ... and the conflictual acts whose announcement CAMEO codes as a threat (13x), by the code
# prefix of the act (the longest listed one): the codebook's threats mirror them ("163 Impose
# embargo" / "1312 Threaten to boycott, embargo, or sanction", "191 Impose blockade" / "1381
# Threaten blockade", "19" / "1384 Threaten conventional attack", "14" / "133 Threaten with
# political dissent, protest"). Coercion (17: arrests, seizures) is left out: an announced
# arrest or deportation is mostly an authority's procedure, and on the real_de_dev scored
# half the rule cost a matched event there.
FUTURE_AS_THREAT = {
    "14": "133",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "138",
    "204": "1385",
}
# How many words a German preposition stands at most before its phrase's head noun: an article
# and an adjective between them ("zu einem bewaffneten Aufstand").
PHRASE_REACH = 3


def conditional_sentence(lex: Lexicon, lowers: list[str]) -> bool:
    """Whether the sentence opens with a condition ("Wenn ...", "Sollte X ..., dann ...",
    "If ..."): what it tells, in the condition and in what follows from it, has not
    happened; what it foretells stays a future act ("If X attacks, NATO will respond": a
    threat)."""
    return bool(lowers) and lowers[0] in lex.words.get("conditional_openers", ())


def _under_condition(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """Whether a condition opens before word ``i``: a conditional conjunction anywhere ("wenn",
    "falls"), or a conditional opener starting the sentence or a comma stretch, as the
    verb-first condition does (", sollte die Türkei der Forderung nicht nachkommen")."""
    openers = lex.words.get("conditional_openers", ())
    return any(
        w in lex.words["conditionals"] or (w in openers and (k == 0 or lowers[k - 1] == ","))
        for k, w in enumerate(lowers[:i])
    )


def _told_as_condition(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int], i: int
) -> bool:
    """Whether word ``i`` stands in a condition: after a conditional conjunction of its own
    clause ("Wenn die Schulen Politiker einladen, ...", "NATO will respond if Russia
    attacks"), or in the first stretch of a sentence opened by a conditional ("Sollte X die
    Grenze schließen, ..."). A condition tells what has not happened. "auch wenn" and "wenn
    auch" concede a fact (Duden: concessive, as "obwohl"), no condition."""
    conditionals = lex.words["conditionals"]
    concessive = lex.words.get("concessive_particles", ())
    for a, b in clause_segs(lex, lowers, segs, seg):
        if a == 0 and conditional_sentence(lex, lowers):
            return True
        for k in range(a, min(b, i)):
            if lowers[k] in conditionals and not _concessive(lowers, k, concessive):
                return True
    return False


def _concessive(lowers: list[str], k: int, concessive: Collection[str]) -> bool:
    """Whether the conjunction at ``k`` has a concessive particle right before or after it."""
    return (k > 0 and lowers[k - 1] in concessive) or (
        k + 1 < len(lowers) and lowers[k + 1] in concessive
    )


def future_code(cameo: str) -> str:
    """The code of an act told in the future tense: an intent to cooperate (03x) for a
    cooperative act, a threat (13x) for a conflictual one, else the act's own."""
    if cameo[:2] in FUTURE_AS_AGREE:
        return FUTURE_AS_AGREE[cameo[:2]]
    for k in range(len(cameo), 1, -1):
        if cameo[:k] in FUTURE_AS_THREAT:
            return FUTURE_AS_THREAT[cameo[:k]]
    return cameo


def no_demand(lex: Lexicon, s: Sentence, lowers: list[str], seg: tuple[int, int], i: int) -> bool:
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


def raising(lex: Lexicon, lowers: list[str], seg: tuple[int, int], i: int, trig: Trigger) -> bool:
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


def no_threat(
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
    if not _threat_without_means(lex, lowers, seg, trig):
        return False
    here = segs.index(seg)
    if here + 1 < len(segs):
        c, d = segs[here + 1]
        markers = lex.words["infinitive_markers"]
        if any(w in markers or any(m in w[2:8] for m in markers) for w in lowers[c:d]):
            return False
    return True


def penalty_looms(lex: Lexicon, lowers: list[str], seg: tuple[int, int], trig: Trigger) -> bool:
    """German "drohen" with a penalty in its stretch and no "mit" tells what someone faces
    ("Ihm drohen bis zu zehn Jahre Haft", "Bei einer Verurteilung droht die Todesstrafe"): the
    law's sanction, not an actor's threat, even with the person it looms over right after."""
    penalties = lex.words.get("penalty_nouns", ())
    return _threat_without_means(lex, lowers, seg, trig) and any(
        w in penalties for w in lowers[seg[0] : seg[1]]
    )


def _threat_without_means(
    lex: Lexicon, lowers: list[str], seg: tuple[int, int], trig: Trigger
) -> bool:
    """A threat verb ("drohen") with nothing it threatens with ("mit", "damit") in its stretch."""
    if trig.lemma not in lex.words.get("threat_verbs", ()):
        return False
    a, b = seg
    return not any(w in lex.words.get("threat_complements", ()) for w in lowers[a:b])


def no_warning(
    lex: Lexicon,
    lowers: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    i: int,
    trig: Trigger,
    mentions: list[EntitySpan],
) -> bool:
    """A warning (``warning_verbs``) is a threat (PLOVER THREATEN: a coercive warning) only
    when it tells the speaker's own act, names a coercive consequence (``threat_nouns``:
    "warnte vor Vergeltung") or is addressed to an actor ("warnte Uganda vor ..."). One whose
    content clause tells what a third party or a state of affairs does ("warnte davor, dass die
    Preise steigen", "Die Preise würden steigen, warnte er"), or a warning of something
    (``warning_preps``: "warnte vor einer Krise") without an addressee, is a pessimistic
    comment (CAMEO 012), which PLOVER does not code."""
    words = lex.words
    if trig.pos != "VERB" or trig.lemma not in words.get("warning_verbs", ()):
        return False
    a, b = seg
    if any(w in words["threat_nouns"] for w in lowers[a:b]):
        return False
    content = _warned_content(lex, lowers, segs, seg, i)
    if content is not None:
        return content not in words["party_pronouns"]
    warned_of = next((k for k in range(a, b) if lowers[k] in words["warning_preps"]), None)
    if warned_of is None:
        return False
    # an addressee stands before what it is warned of, right after the verb or after the
    # speaker: "warnte Uganda vor …", "hat die Nachbarstaaten davor gewarnt"
    bare = [
        m
        for m in mentions
        if a <= m.start < warned_of and m.prep is None and not m.genitive and m.country
    ]
    return len(bare) < 2 and not any(m.start in (i + 1, i + 2) for m in bare)


def _warned_content(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int], i: int
) -> str | None:
    """The first word of a warning's content clause: of the stretch before the verb when the
    verb opens its own (" …, warnte er"), or after a complementizer that opens the next stretch
    ("warnte davor, dass …"); None when there is none (a zu-infinitive is an act warned
    against, not a content)."""
    here = segs.index(seg)
    if not any(w.isalpha() for w in lowers[seg[0] : i]) and here > 0:
        return _first_word(lowers, *segs[here - 1])
    if here + 1 < len(segs):
        c, d = segs[here + 1]
        if _first_word(lowers, c, d) in lex.words["complementizers"]:
            return _first_word(lowers, c + 1, d)
    return None


def _first_word(lowers: list[str], a: int, b: int) -> str | None:
    return next((w for w in lowers[a:b] if w.isalpha()), None)


def is_complement(lex: Lexicon, lowers: list[str], i: int) -> bool:
    """An infinitive that completes an earlier verb ("to ban", "zu verbieten")."""
    before = lowers[max(0, i - 2) : i]
    markers = lex.words["infinitive_markers"]
    return any(w in markers for w in before) or (
        lex.lang == "de" and any(m in lowers[i][2:6] for m in markers)
    )


def kept_secondary(lex: Lexicon, words: list[str], lowers: list[str], seg: tuple[int, int]) -> bool:
    """Further events of a sentence come only from relative or subordinate clauses; an
    infinitive clause that opens with an article is neither ("forderte X auf, die Lieferungen
    zu stoppen": what is demanded, no event)."""
    first = lowers[seg[0]]
    if first in lex.words["relative_pronouns"] and infinitive_clause(lex, words, seg):
        return False
    return first in lex.words["relative_pronouns"] or first in lex.words["subordinators"]


def backgrounded(
    lex: Lexicon,
    words: list[str],
    lowers: list[str],
    seg: tuple[int, int],
    i: int,
    n_triggers: int,
    coded_roots: set[str],
    trig: Trigger,
) -> bool:
    """A nominal event that is only the setting of the sentence: in a PP while another event
    is told ("Während der Zusammenkunft äußerte ..."), a definite repeat of an event already
    coded ("Das Zusammentreffen ...", unless claimed: "bekannte sich zu dem Anschlag"), the
    object of an infinitive ("einen Gegenbesuch zu machen"), or the purpose of another act
    ("Kämpfer für den Kampf gegen X ausbilden", "Aufruf zur Bekämpfung": a meeting one comes
    to is the news, "kam zum Treffen")."""
    a, b = seg
    before = lowers[max(a, i - 3) : i]
    preps = lex.words["locative_preps"] | lex.words["subordinators"] | lex.words["during_preps"]
    if n_triggers > 1 and trig.cameo[:2] == "04" and any(w in preps for w in before):
        return True
    if trig.cameo[:2] != "04" and _purpose_of(lex, words, lowers, a, i):
        return True
    if _named_by_date(lex, lowers, seg, i):
        return True
    definite = lex.words["definite_articles"]
    # "X bekannte sich zu dem Anschlag": a claim names the attack's actor, news of its own
    if (
        trig.cameo[:2] in coded_roots
        and any(w in definite for w in before)
        and not any(w in lex.words.get("claim_words", ()) for w in lowers[a:i])
    ):
        return True
    return b - a >= 2 and lowers[b - 2] in lex.words["infinitive_markers"] and i < b - 2


def _named_by_date(lex: Lexicon, lowers: list[str], seg: tuple[int, int], i: int) -> bool:
    """Whether the noun at ``i`` is named by its date ("die Anschläge vom 13. November", "des
    Treffens vom vergangenen Freitag"): a past event the reader knows, referred to, not told
    (a new one is told with its verb, "griffen am Freitag an")."""
    if i + 1 >= seg[1] or lowers[i + 1] not in lex.words.get("event_date_preps", ()):
        return False
    skippable = lex.words["last_words"]
    for word in lowers[i + 2 : min(seg[1], i + 5)]:
        if word in lex.conf["months"] or word in lex.words["weekdays"] or YEAR_RE.match(word):
            return True
        if word not in skippable and not word.rstrip(".").isdigit():
            return False
    return False


def _purpose_of(lex: Lexicon, words: list[str], lowers: list[str], a: int, i: int) -> bool:
    """Whether the noun at ``i`` is governed by a preposition of purpose, with only articles
    and adjectives between ("für den Kampf", "zur raschen Einigung"; not "für 30 Tage den
    Belagerungszustand", "für Montag zu Streiks")."""
    purpose = lex.words.get("purpose_preps", set())
    k = i - 1
    while k > max(a, i - 3) and words[k][:1].islower() and lowers[k] not in purpose:
        k -= 1
    return k >= a and lowers[k] in purpose


def reported_speech(
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
            if (s.lemmas[k] in reporting or _impersonal_report(lex, lowers, k))
            and s.words[k][:1].islower()
            # "müssen ... erklären, dass": an infinitive under a modal reports nothing
            and not (s.words[k] == s.lemmas[k] and any(x in modals for x in s.lemmas[a:k]))
        ]
        if not verbs:
            continue
        speakers = [m for m in mentions if a <= m.start < b and m.prep is None]
        speakers = speakers or _impersonal_speakers(lex, lowers, mentions, verbs, b)
        if not speakers:
            continue
        others = {g for g in segs if g != seg}
        complement = any(lowers[k] in lex.words["complementizers"] for k in range(len(lowers)))
        if complement or len(segs) > 1:
            return speakers[0], others
    for m in mentions:
        if attributed(lex, lowers, m):
            return m, set(segs) - {g for g in segs if g[0] <= m.start < g[1]}
    return None, set()


def _impersonal_report(lex: Lexicon, lowers: list[str], k: int) -> bool:
    """Whether word ``k`` opens an impersonal report ("..., heißt es in einer Erklärung des
    Ministeriums", "hieß es"; ``impersonal_reports``, Ding de-en 1.9:153236 «man sagt; es
    heißt» :: «they say»): the verb with its "es" reports as "sagen" does; "heißen" alone
    names or means ("die Stadt heißt", "das heißt")."""
    return " ".join(lowers[k : k + 2]) in lex.words.get("impersonal_reports", ())


def _impersonal_speakers(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], verbs: list[int], end: int
) -> list[EntitySpan]:
    """Whom an impersonal report cites: the actors after its "heißt es" in its stretch, also
    inside the phrase of a statement or a place ("in einer Erklärung des Ministeriums", "aus
    Moskau", "seitens der Regierung"); not what a report is about ("über")."""
    k = next((k for k in verbs if _impersonal_report(lex, lowers, k)), None)
    if k is None:
        return []
    topics = lex.words.get("topic_preps", ())
    return [m for m in mentions if k < m.start < end and m.prep not in topics]


def apply_modes(
    lex: Lexicon,
    words: list[str],
    segs: list[tuple[int, int]],
    seg: tuple[int, int],
    i: int,
    cand: Candidate,
    reported: bool = False,
    told: bool = False,
) -> bool:
    """Negation (drop, or recode: "did not agree" -> reject), hypothetical and future;
    ``reported``: the clause is another's speech; ``told``: the sentence names a speaker,
    also by an attribution in the clause's own stretch ("Nach Angaben der Polizei wollten
    ..."), which is enough to allege (:func:`_past_intent`)."""
    lowers = [w.lower() for w in words]
    if _told_as_condition(lex, lowers, segs, seg, i):
        return False
    a, b = seg
    window = lowers[a:b] if lex.lang == "de" else lowers[max(a, i - 4) : i + 1]
    text = " ".join(lowers[a:b])
    negated = _negated(lex, window, text)
    clause = _clause_words(lex, lowers, segs, seg)
    if negated:
        # "Wenn bis Montag ..., keine Einigung erzielt wird": a condition (anywhere before the
        # trigger, the stretches between commas cut a clause short), no refusal
        if not cand.trigger.negated or _under_condition(lex, lowers, i):
            return False
        cand.cameo = cand.trigger.negated
        cand.mode = "negation-recoded"
        return True
    governing = governing_stretch(lex, words, segs, seg)
    # "hat keine Pläne, ... aufzugeben": an infinitive under a negated clause is not done
    if governing and _negated(lex, lowers[governing[0] : governing[1]]):
        return False
    # "plant, Uganda anzugreifen": the clause an infinitive depends on tells its future
    cues = lowers[governing[0] : governing[1]] if governing else []
    if told and (
        _past_intent(lex, lowers, clause + cues + _intending(lex, words, segs, seg), cand)
        or _incitement(lex, words, clause_segs(lex, lowers, segs, seg), cand)
    ):
        cand.notes.append("alleged")  # recoded once its roles are known (allegation)
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
    if (any(w in hypothetical for w in clause) or _possible_act(lex, words, i)) and not (
        reported_future or (reported and _reported_past(lex, lowers, clause))
    ):
        cand.mode = "hypothetical"
    elif (
        reported_future
        or any(w in lex.words["future"] for w in clause + cues)
        # "kündigte an, die Hauptstadt anzugreifen": an announced act is still to come
        or any(w in lex.words.get("announcing_words", ()) for w in cues)
        or _future_tense(lex, clause, lex.words["future_auxiliaries"])
    ):
        cand.mode = "future"
        cand.cameo = future_code(cand.cameo)
    elif conditional_sentence(lex, lowers):
        cand.mode = "hypothetical"
    return True


def _possible_act(lex: Lexicon, words: list[str], i: int) -> bool:
    """Whether an attributive "mögliche" (``hypothetical_attributes``) modifies the trigger
    noun at ``i`` ("ein möglicher neuer Angriff"): the act is only possible. An attribute of
    another noun leaves the act as told ("protestierten gegen mögliche Wahlen"): a German
    attribute modifies the first noun after it, the first capitalised word."""
    attributes = lex.words.get("hypothetical_attributes", ())
    for k in range(i - 1, -1, -1):
        if words[k].lower() in attributes:
            return True
        if not words[k].isalpha() or words[k][:1].isupper():
            return False
    return False


def _intending(
    lex: Lexicon, words: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> list[str]:
    """The words of the stretch right before an infinitive clause, when they end in a verb
    of intent ("X hätten geplant, den Bürgermeister zu entführen"): the governing stretch
    :func:`governing_stretch` leaves out when the infinitive clause opens with an article
    that could be a relative pronoun."""
    here = segs.index(seg)
    if here == 0 or not infinitive_clause(lex, words, seg):
        return []
    c, d = segs[here - 1]
    last = next((w.lower() for w in reversed(words[c:d]) if w.isalpha()), "")
    return [last] if last in lex.words.get("past_intent_words", ()) else []


def _past_intent(lex: Lexicon, lowers: list[str], clause: list[str], cand: Candidate) -> bool:
    """Whether a reported clause tells that someone wanted or planned a violent act (an
    attack, a killing, an abduction: "X habe zwei Richter entführen wollen, sagte die
    Anklägerin", "X hätten geplant, ihn zu entführen"): the act did not happen, and a
    speaker who tells another's past intent of it alleges a wrongdoing (CAMEO 112), no threat
    of the one who intended it. A planned arrest or ban (CAMEO 17) is an authority's
    procedure, no wrongdoing. An attempt is the act itself ("hätten versucht, die Stadt
    einzunehmen": fighting), as PLOVER codes attempted attacks; a condition in the sentence
    ("hätte angegriffen, wenn ...") makes it hypothetical."""
    words = lex.words
    if root(cand.cameo) not in VIOLENT_ROOTS or set(lowers) & words["conditionals"]:
        return False
    modal = set(clause) & words.get("intent_modal_infinitives", set())
    return (
        bool(set(clause) & words.get("past_intent_words", set()))
        or bool(modal and set(clause) & words["perfect_aux"])
        or _reportative(lex, clause)
    )


def _incitement(
    lex: Lexicon, words: list[str], spans: list[tuple[int, int]], cand: Candidate
) -> bool:
    """Whether the clause calls for violence or hatred ("die Anführer hätten zum Hass
    aufgerufen", "rufe zur Zerstörung Israels auf"): Ding reads "zu etw. aufrufen" with such an
    object as "to incite sth." (de-en 1.9:133412), and CAMEO.2.0 codes the charge of it as an
    accusation ("ACCUSE * (OF VIOLENCE)", "(OF TERRORISM)"), so a speaker who tells another's
    call of it alleges a wrongdoing (CAMEO 112), no appeal. The head noun of the call's phrase
    decides: "zum Verzicht auf Gewalt" calls for peace. As with an intent, a condition in the
    sentence leaves the call unreal."""
    nouns = tuple(lex.words.get("incitement_nouns", ()))
    preps = lex.words.get("incitement_preps", set())
    if root(cand.cameo) not in CALL_ROOTS or not nouns:
        return False
    if any(w.lower() in lex.words["conditionals"] for w in words):
        return False
    contractions = lex.conf.get("prep_contractions", {})
    for a, b in spans:
        for k in range(a, b):
            if contractions.get(words[k].lower(), words[k].lower()) in preps:
                head = _governed_noun(lex, words[k + 1 : min(b, k + 1 + PHRASE_REACH)])
                if head.endswith(nouns):
                    return True
    return False


def _governed_noun(lex: Lexicon, after: list[str]) -> str:
    """The lower-cased head noun of a German prepositional phrase whose preposition stands
    right before ``after``: its first capitalised word, past articles and inflected adjectives
    ("zu einem bewaffneten Aufstand"); an infinitive or a function word ends the phrase first
    ("dazu, die Kämpfe zu beenden und Gewalt ..."), and so does punctuation."""
    for word in after:
        if not word.islower():
            return word.lower() if word.isalpha() else ""
        if lex.lemma(word) == word and word not in lex.words["articles"]:
            return ""
    return ""


def _reported_past(lex: Lexicon, lowers: list[str], clause: list[str]) -> bool:
    """Whether another's speech tells a past deed in the subjunctive perfect ("erklärte,
    Soldaten hätten die Stadt angegriffen"): indirect speech takes "hätte(n)" where the
    subjunctive I "haben" would look like the indicative, so with a participle closing the
    clause it reports, unless a condition in the sentence makes it unreal ("hätten
    angegriffen, wenn ...") or another hypothetical word stands in the clause."""
    auxiliaries = lex.words.get("reported_past_auxiliaries", set())
    if not set(clause) & auxiliaries or set(clause) & (lex.words["hypothetical"] - auxiliaries):
        return False
    if set(lowers) & lex.words["conditionals"]:
        return False
    last = _closing_verb(clause, auxiliaries)
    return lex.past_participle(last, lex.lemma(last))


def _reportative(lex: Lexicon, clause: list[str]) -> bool:
    """Whether the clause tells a deed as another's claim: "sollen" with a perfect infinitive
    ("X soll den Anschlag verübt haben", "... getötet worden sein"), German's reportative
    mode; told by a named speaker it is that speaker's allegation."""
    words = [w for w in clause if w.isalpha()]
    return (
        bool(set(words) & lex.words.get("reportative_modals", set()))
        and len(words) >= 2
        and words[-1] in lex.words.get("perfect_infinitives", set())
        and bool(lex.past_participle(words[-2], lex.lemma(words[-2])) or words[-2] == "worden")
    )


def _negated(lex: Lexicon, window: list[str], text: str | None = None) -> bool:
    """Whether a negation stands in ``window`` and no fixed phrase that only looks negated
    ("nicht nur") stands in ``text`` (the window's words by default). A negation right after
    the "als" of a role negates the role, not the act ("kritisierte die Regierung als nicht
    hilfreich", "bezeichnete den Schritt als nicht hinnehmbar")."""
    text = " ".join(window) if text is None else text
    roles = lex.words.get("role_words", ())
    negations = lex.words["negations"]
    return any(
        w in negations and not (k and window[k - 1] in roles) for k, w in enumerate(window)
    ) and not any(exc in text for exc in lex.words["negation_exceptions"])


def _clause_words(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> list[str]:
    """The words of the clause that ``seg`` closes (:func:`clause_segs`)."""
    return [w for a, b in clause_segs(lex, lowers, segs, seg) for w in lowers[a:b]]


def _future_tense(lex: Lexicon, clause: list[str], auxiliaries: Collection[str]) -> bool:
    """German future: a form of "werden" (one of ``auxiliaries``) with an infinitive closing
    the ``clause`` ("wird ... angreifen", "dass sie ... angreifen werde"); with a participle
    it is the passive ("wird ... kritisiert")."""
    if not any(w in auxiliaries for w in clause):
        return False
    last = _closing_verb(clause, auxiliaries)
    return last.endswith("n") and lex.lemma(last) == last and last not in lex.words["passive_aux"]


def _closing_verb(clause: list[str], auxiliaries: Collection[str]) -> str:
    """The last word of a German clause before one of its ``auxiliaries`` that may close it:
    a subordinate clause ends in its auxiliary ("dass sie ... angreifen werde", "dass sie ...
    angegriffen hätten"), a main clause in the verb form the auxiliary governs."""
    words = [w for w in clause if w.isalpha()]
    if len(words) >= 2 and words[-1] in auxiliaries:
        words.pop()
    return words[-1] if words else ""
