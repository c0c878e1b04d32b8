"""The triggers of a sentence: lexicon look-up by stretch, particles of separable verbs and
the checks that a word is no trigger here (attributive participles, weak readings).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import cached_property
from itertools import compress

from .candidate import judgement
from .clause_trigger import in_fixed_marker
from .clauses import Clause
from .codes import (
    HOSTILE_ROOTS_FROM,
    OCCUPATION_CODE,
    VIOLENT_ROOTS,
    root,
)
from .kb import REFLEXIVE, Trigger
from .lexicon import Lexicon, known_word
from .reviewed import absorbs, idiom_at, recodes
from .segments import (
    CLAUSE_END,
    PUNCT_BREAK,
    addition_commas,
    apposition_commas,
    apposition_pairs,
    gloss_brackets,
    list_commas,
    split_segments,
)
from .spans import Sentence

__all__ = [
    "after_article",
    "attributive_participle",
    "find_triggers",
    "lost_verb",
    "present_participle",
    "verb_trigger_at",
    "weak_trigger",
]

# Function-word classes (UPOS; STTS and Penn Treebank articles, prepositions, conjunctions)
CLOSED_CLASSES = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "NUM"})


CLOSED_TAGS = frozenset({"ART", "APPR", "KON", "DT", "IN", "CC"})
# the word lists whose words, after a particle and a coordinator, make a fixed phrase of them
# or join two prepositions ("ab und zu", "nach und nach", "vor und nach der Wahl")
_JOINED_BY_COORDINATOR = ("separable_particles", "articles", "prepositions")


def find_triggers(lex: Lexicon, s: Sentence) -> list[tuple[int, Trigger]]:
    """Every trigger of the sentence, mentions not yet excluded: the cheap first pass that
    decides whether the sentence is worth coding at all. A sentence without any is looked up
    again in the language's fallback table (:attr:`Lexicon.fallback`). The punctuation's
    layout is found only for a sentence with a word that may trigger (most have none)."""
    layouts: list[_Layout] = []

    def layout() -> _Layout:
        """The layout, found on first use (a closure: functools.cache's wrapper, made per
        sentence, cost more than the layout saved)."""
        if not layouts:
            layouts.append(_Layout(lex, s.words))
        return layouts[0]

    found = _triggers_in(lex, s, layout)
    fallback = lex.fallback
    # a sentence whose only triggers are idioms read beside the table is no different from
    # one without: the fallback table finds those idioms too, with its verbs; so is one whose
    # only triggers may be none, verbs that are an event only on people ("hält Peru vor, die
    # Fischereirechte zu verletzen": ``person_patient_verbs``, events._injures_people)
    weak = lex.words.get("person_patient_verbs", ())
    if fallback is not None and all(lex.side_trigger(t) or t.lemma in weak for _, t in found):
        words = fallback.fallback_words
        if not words.isdisjoint(s.lemmas) or not words.isdisjoint(s.lowers):
            return _triggers_in(fallback, s, layout, verbs_only=True) or found
    return found


class _Layout:
    """How a sentence's punctuation divides it, the same for the main and the fallback table
    of its language (both read the language's word lists): found once per sentence, not once
    per table. The commas that cut no verb from its particle are found only when a separable
    verb asks (most sentences with a word that may trigger have none)."""

    def __init__(self, lex: Lexicon, words: list[str]) -> None:
        self._lex, self._words = lex, words
        agencies = lex.words["news_agencies"]
        brackets = gloss_brackets(words, agencies)
        # a gloss names or measures; its words are not the sentence's event ("(Schengener
        # Abkommen)")
        self.glossed = {k for a, b in brackets for k in range(a, b)}
        self._appositions = apposition_commas(apposition_pairs(lex, words))
        self.segments = split_segments(words, (), agencies, self._appositions, brackets)

    @cached_property
    def joined(self) -> set[int]:
        """The commas that cut no verb from its particle: neither an apposition, a list nor an
        added phrase does ("lehnte die Forderungen Ugandas, Ruandas und Burundis ab")."""
        lex, words = self._lex, self._words
        return self._appositions | list_commas(lex, words) | addition_commas(lex, words)


def _triggers_in(
    lex: Lexicon, s: Sentence, layout_of: Callable[[], _Layout], verbs_only: bool = False
) -> list[tuple[int, Trigger]]:
    """The triggers of ``lex`` in ``s``; ``verbs_only`` skips the words that cannot be a
    verb (German capitalised words: the fallback table adds only verbs). Only the words
    :meth:`Lexicon.may_trigger` passes are read; the layout only when there is one."""
    words, lemmas = s.words, s.lemmas
    may = _may_words(lex, s, verbs_only)
    if not may:
        return []
    layout, lowers = layout_of(), s.lowers
    found: list[tuple[int, Trigger]] = []
    word_trigger = lex.word_trigger
    contractions = lex.conf.get("prep_contractions", {})
    glossed = layout.glossed
    undone: set[int] = set()  # event nouns whose verb's idiom codes the event instead
    for a, b in layout.segments:
        first = len(found)
        # the stretch's words that may trigger (``may`` is in order)
        for i in may[bisect_left(may, a) : bisect_left(may, b)]:
            word = words[i]
            if not word[:1].isalpha() or i in glossed:
                continue
            forms: tuple[str, ...] = (lemmas[i], lowers[i])
            if lemmas[i] in lex.idiom_stems and lex.pos_fits_verb(word):
                # "stellte die Hilfe ein": the closing particle makes the idiom's verb
                particle = _closing_particle(lex, lowers, i, layout.joined)
                forms = (particle + lemmas[i], *forms) if particle else forms
            if not lex.idioms.keys().isdisjoint(forms) and lex.pos_fits_verb(word):
                present = frozenset().union(*map(lex.idiom_noun_keys, lemmas[a:b]))
                match = idiom_at(lex.idioms, forms, lemmas, lowers, (a, b), contractions, present)
                # the verb's sense is decided by its noun; an event noun ("verhängte
                # Sanktionen", "führten Gespräche", "zu Streiks aufgerufen") is coded by the
                # table as it stands, and the verb adds no event of its own, unless the
                # idiom makes it another event: "hob die Sanktionen auf" lifts them
                if match is not None:
                    idiom, k = match
                    if _attributive_before_noun(lex, words, lowers, i, k):
                        continue  # "über verschärfte Kontrollen": a state of the noun
                    noun = word_trigger(words[k], lemmas[k])
                    if noun is not None and judgement(noun):
                        noun = None  # "macht Russland verantwortlich": the idiom's own word
                    if recodes(idiom, noun) or absorbs(idiom, noun):
                        undone.add(k)
                    if idiom.trigger is not None and (noun is None or k in undone):
                        found.append((i, idiom.trigger))
                    continue
            hit = _lookup_trigger(lex, word, lemmas[i], lowers, (i, b), word_trigger, layout)
            if hit is not None and lex.wrong_reflexive(hit, REFLEXIVE in lowers[a:b]):
                continue
            if hit is not None and not in_fixed_marker(lex, lowers, i):
                found.append((i, hit))
        found[first:] = [
            (i, hit)
            for i, hit in found[first:]
            if not judgement(hit) or _blamed(lex, lemmas, (a, b), found[first:])
        ]
    return [(i, hit) for i, hit in found if i not in undone]


def _may_words(lex: Lexicon, s: Sentence, verbs_only: bool) -> list[int]:
    """The words of ``s`` that :meth:`Lexicon.may_trigger` passes, in order; with
    ``verbs_only``, of those that may be a verb only (the fallback table, asked often, is not
    even asked about the others: German nouns missed its caches)."""
    words, lemmas = s.words, s.lemmas
    if not verbs_only:
        return list(compress(range(len(words)), map(lex.may_trigger, words, lemmas)))
    verbs = compress(range(len(words)), map(lex.pos_fits_verb, words))
    return [i for i in verbs if lex.may_trigger(words[i], lemmas[i])]


def _blamed(
    lex: Lexicon, lemmas: list[str], seg: tuple[int, int], found: list[tuple[int, Trigger]]
) -> bool:
    """Whether a blame adjective of the stretch is predicative and blames for a hostile act:
    "für die Angriffe sei Russland verantwortlich" (a copula and an act of force, protest or
    threat in its stretch), not "die USA seien für die Sicherheit Europas verantwortlich"
    (in charge of) nor "macht Russland dafür verantwortlich" (the verb's idiom tells it)."""
    a, b = seg
    return any(lemmas[k] in lex.words["copulas"] for k in range(a, b)) and any(
        root(t.cameo) >= HOSTILE_ROOTS_FROM for _, t in found
    )


def verb_trigger_at(lex: Lexicon, s: Sentence, k: int) -> Trigger | None:
    """The trigger word ``k`` of ``s`` is as a verb, with the separable particle that closes
    its clause ("warf ... vor" is vorwerfen)."""
    return _lookup_trigger(
        lex, s.words[k], s.lemmas[k], s.lowers, (k, len(s.words)), lex.word_trigger, None
    )


def _lookup_trigger(
    lex: Lexicon,
    word: str,
    lemma: str,
    lowers: list[str],
    span: tuple[int, int],
    word_trigger,
    layout: _Layout | None,
) -> Trigger | None:
    """The trigger of the word at ``span``'s start, its stretch ending at ``span``'s end;
    ``layout`` tells the commas that cut no verb from its particle (None: every comma does)."""
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
    particle = _closing_particle(lex, lowers, i, layout.joined if layout is not None else ())
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
    ("lehnen die Änderungen am „Land gegen Sicherheit“ ab"), or a particle before a
    coordinator that opens the next clause ("traf in Quito ein und wurde empfangen"), unless
    a coordinator opens a later verb it makes one of the lexicon or of the language's
    dictionary ("verurteilte den Angriff und kündigte Sanktionen an": ankündigen)."""
    close = next(
        (k for k in range(i + 1, len(lowers)) if lowers[k] in CLAUSE_END and k not in appositions),
        len(lowers),
    )
    particles = lex.words["separable_particles"]
    last = _particle_before_coordinator(lex, lowers, (i, close))
    if last is None:
        last = next((k for k in range(close - 1, i, -1) if any(map(str.isalnum, lowers[k]))), None)
    if last is None or lowers[last] not in particles:
        return None
    particle = lowers[last]
    coordinators = lex.words["coordinators"]
    opened = [k + 1 for k in range(i + 1, last - 1) if lowers[k] in coordinators]
    if not opened:
        return particle  # no later verb can take the particle (most clauses)
    tables = [lex.triggers, lex.idioms] + ([lex.fallback.triggers] if lex.fallback else [])
    closed = lex.words["function_words"] | lex.words.get("articles", set())
    for k in opened:
        if lowers[k] not in closed:
            verb = particle + lex.lemma(lowers[k])
            if any(verb in table for table in tables) or known_word(verb, lex.lang):
                return None
    return particle


def _particle_before_coordinator(
    lex: Lexicon, lowers: list[str], span: tuple[int, int]
) -> int | None:
    """The first separable particle of the stretch right before a coordinator that opens the
    next clause ("traf in Quito ein und wurde empfangen"): the particle closes the verb's
    clause. Followed by an article, a preposition or another particle, the pair is a fixed
    phrase or joins two prepositions ("ab und zu", "nach und nach", "vor und nach der Wahl")."""
    i, close = span
    words = lex.words
    particles, coordinators = words["separable_particles"], words["coordinators"]
    for k in range(i + 1, close - 2):
        if lowers[k] in particles and lowers[k + 1] in coordinators:
            after = lowers[k + 2]
            joins = any(after in words.get(key, ()) for key in _JOINED_BY_COORDINATOR)
            if after.isalpha() and not joins:
                return k
    return None


def weak_trigger(lex: Lexicon, words: list[str], lowers: list[str], i: int, trig: Trigger) -> bool:
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
    return attributive_participle(lex, words, lowers, i, trig)


def _attributive_before_noun(
    lex: Lexicon, words: list[str], lowers: list[str], i: int, k: int
) -> bool:
    """Whether an idiom's verb form stands as an adjective right before its noun, after an
    article, a possessive, a preposition or an inflected adjective ("über anstehende
    verschärfte Kontrollen", "die verschärften Kontrollen"): a preterite follows its subject
    ("Frankreich verschärfte Kontrollen", "er verschärfte Kontrollen")."""
    if lex.lang != "de" or k != i + 1 or i == 0 or not lowers[i].endswith(lex.adjective_endings):
        return False
    prev = lowers[i - 1]
    closed = lex.words["articles"] | lex.words["possessives"] | lex.words["prepositions"]
    inflected = (
        words[i - 1][:1].islower()
        and prev.endswith(lex.adjective_endings)
        and prev not in lex.words["function_words"]
    )
    return prev in closed or inflected


def attributive_participle(
    lex: Lexicon, words: list[str], lowers: list[str], i: int, trig: Trigger
) -> bool:
    """A German participle used as an adjective ("in Genf stationierte Diplomaten", "der
    von Syrien unterstützten Miliz", "ein verurteilter 25-jähriger Mann") tells a state or an
    earlier act of its noun, not the news; violence is the exception ("2.000 getötete
    Soldaten" reports the killing itself), but for an occupation, a lasting state ("in den
    besetzten Gebieten")."""
    if (
        lex.lang != "de"
        or trig.pos != "VERB"
        or i + 1 >= len(words)
        or (root(trig.cameo) in VIOLENT_ROOTS and trig.cameo != OCCUPATION_CODE)
    ):
        return False
    word = lowers[i]
    participle = (
        word.startswith(lex.participle_prefixes)
        or word.endswith(("iert", "ierte", "ierten", "iertes", "ierter", "iertem"))
    ) and word.endswith(("te", "ten", "tes", "ter", "tem"))
    # "verurteilter", "verbotenen": endings no finite verb has, whatever the prefix
    participle = participle or word.endswith(lex.inflected_participle_endings)
    # "anerkannte", "vorbereitete": a separable particle written before an inseparable
    # prefix is a participle, or a preterite that ends its subordinate clause
    participle = participle or word.startswith(lex.particle_inseparable_starts)
    participle = participle or after_article(lex, words, lowers, i)
    nxt = words[i + 1]
    # "kritisierte die Führung": a preterite before its object's determiner
    determiners = (
        lex.words["function_words"] | lex.words["possessives"] | lex.words["demonstratives"]
    )
    # "Peru kritisierte Chile", "kritisierte Kenias Außenminister": a name after it (also in
    # the genitive) is the object or subject of a preterite, for a participle's noun is a
    # common one ("stationierte Diplomaten")
    low = nxt.lower()
    stems = [low] + [low.removesuffix(s) for s in lex.conf["genitive_suffixes"] if low.endswith(s)]
    name = any(w in lex.kb.places for w in stems) and low not in lex.words["not_places"]
    return participle and (
        (nxt[:1].isupper() and not name)
        or (
            nxt[:1].isalnum()
            and nxt.endswith(lex.adjective_endings)
            and nxt.lower() not in determiners
            and i + 2 < len(words)
            and words[i + 2][:1].isupper()
        )
    )


def after_article(lex: Lexicon, words: list[str], lowers: list[str], i: int) -> bool:
    """Whether German word ``i`` follows an article: no finite verb stands between an article
    and its noun ("in den besetzten Gebieten"), though one may follow a relative pronoun after
    a comma (", die kritisierten")."""
    return i > 0 and lowers[i - 1] in lex.words["articles"] and (i < 2 or words[i - 2] != ",")


def present_participle(lex: Lexicon, word: str, trig: Trigger) -> bool:
    """A German present participle ("einen drohenden Umsturz", "sagte drohend") is an
    adjective or adverb, never the act itself; the infinitive ("beenden") is no participle."""
    endings = lex.present_participle_endings
    return bool(endings) and trig.pos == "VERB" and word.endswith(endings) and word != trig.lemma


def lost_verb(s: Sentence, clauses: list[Clause], found: list[tuple[int, Trigger]]) -> bool:
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
