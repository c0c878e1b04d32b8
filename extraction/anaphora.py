"""Words that stand for an actor the article named before: a person's pronoun ("er", "he":
the last person; "beide", "both": the last two; within a German sentence only "er" right after
a speech act's verb), a pair of titled persons ("die beiden Minister", "the two presidents":
the last two the article named with that title), a state's bare definite description ("das
Land", "die Islamische Republik", "the kingdom": the article's leading state) and a pair of
states ("die beiden Länder", "both countries": the last two named). The article's memory
(:class:`ArticleMemory`) holds the referents; the word lists are the language data's
(``pronouns_person``, ``pronouns_nominative``, ``pronouns_pair``, ``state_nouns``,
``state_pair_nouns``, ``whole_words``). "Beide Seiten", "both sides" are no pair of states: on
unseen news they were a government and its rebels, or the EU and a state, as often as two
states.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from .affiliation import demonym_country, named_states
from .codes import CLOSING_SPEECH_ROOTS, NON_STATE_CODES, root
from .kb import KnowledgeBase
from .kb_lookup import kb_match
from .lexicon import Lexicon
from .model import Actor
from .phrases import attributive
from .spans import ArticleMemory, EntitySpan, Sentence, after_word
from .triggers import verb_trigger_at

__all__ = ["anaphor", "anaphor_starts", "opening_subject"]

MAX_ADJECTIVES = 2  # "das kleine ölreiche Emirat"


def anaphor(
    kb: KnowledgeBase,
    lex: Lexicon,
    s: Sentence,
    i: int,
    day: str | None,
    memory: ArticleMemory,
    before: list,
) -> tuple[int, list[EntitySpan]] | None:
    """Where the anaphor at token ``i`` ends and the mentions it stands for (two for a pair,
    none when the article has named too few), or None when no anaphor starts there.
    ``before`` holds the sentence's atoms so far."""
    description = _state_description(kb, lex, s, i, day, memory)
    if description is not None:
        states = _referents(kb, lex, s, description, memory, before)
        if len(states) < description.wanted:
            return None
        start, end = description.start, description.end
        text = " ".join(s.words[start:end])
        # "the country's president": its genitive, as a name's; the article before the noun
        # stays outside, as before a name ("die Regierung des Landes")
        genitive = end < len(s.words) and s.words[end] in ("'s", "\u2019s")
        return end, [
            EntitySpan(start, end, "COUNTRY", Actor(text, None, c), genitive=genitive, anaphor=True)
            for c in states
        ]
    titled = _title_pair(lex, s, i, memory, before)
    if titled is not None:
        end, persons = titled
        text = " ".join(s.words[i:end])
        return end, [
            EntitySpan(i, end, "PER", Actor(text, p.name, p.country, p.sector, p.actor_id))
            for p in persons
        ]
    subject = _previous_subject(lex, s, i, memory)
    if subject is not None:
        return i + 1, [subject]
    low = s.lowers[i]
    w = lex.words
    pair = low in w["pronouns_pair"]
    inverted = i > 0 and lex.lang != "en"
    if not (pair or low in w["pronouns_person"]) or (inverted and not _inverted_speaker(lex, s, i)):
        return None  # a German "sie" within a sentence is as often "they" or "her"
    wanted = 2 if pair else 1
    persons = memory.last_persons(wanted)
    if len(persons) < wanted:
        return i + 1, []
    word = s.words[i]
    # the speaker after the verb is a person named before: its country is not counted again
    # (ArticleMemory.main_country); counted, it lent later unnamed groups a country
    return i + 1, [
        EntitySpan(
            i, i + 1, "PER", Actor(word, p.name, p.country, p.sector, p.actor_id), anaphor=inverted
        )
        for p in persons
    ]


def anaphor_starts(lex: Lexicon, s: Sentence, memory: ArticleMemory) -> list[bool]:
    """Per word of ``s``, whether an anaphor may start there (else :func:`anaphor` finds
    none): each kind opens with a definite article, a pair word ("beide", "both") or a
    pronoun, and the previous subject's pronoun opens the sentence. Most words are none of
    these: one test per sentence spares them the per-word rules, which read nothing else of
    the article for such a word."""
    w = lex.words
    openers = w["definite_articles"] | w["pronouns_pair"] | w["pronouns_person"]
    starts = [low in openers for low in s.lowers]
    if starts and memory.subject is not None:
        starts[0] = True
    return starts


def opening_subject(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], first: int = 0
) -> tuple[str, EntitySpan] | None:
    """The actor that opens sentence ``s`` right after a definite article at ``first`` (the
    first word after a dateline), with that article: the subject German word order puts
    first ("Das Militär drohte ..."), which a pronoun of its gender opening the next sentence
    stands for ("Es warf ... vor"; ``subject_pronoun_articles``); only an actor of a known
    country."""
    articles = set(lex.conf.get("subject_pronoun_articles", {}).values())
    if first >= len(s.words) or s.lowers[first] not in articles:
        return None
    head = next((m for m in mentions if m.start == first + 1), None)
    if head is None or head.actor is None or not head.actor.country or not head.acts:
        return None  # an actor of no country would take one from the next sentence's names
    return s.lowers[first], head


def _previous_subject(
    lex: Lexicon, s: Sentence, i: int, memory: ArticleMemory
) -> EntitySpan | None:
    """The previous sentence's opening subject (:func:`opening_subject`) where the sentence
    opens with a pronoun of its gender: "sie" for "die Regierung" or "die Rebellen", "es" for
    "das Militär", "er" for "der Sicherheitsrat"."""
    if i > 0 or memory.subject is None:
        return None
    article, head = memory.subject
    if lex.conf.get("subject_pronoun_articles", {}).get(s.lowers[i]) != article:
        return None
    actor = replace(head.actor, text=s.words[i]) if head.actor is not None else None
    return EntitySpan(i, i + 1, head.kind, actor, place=head.place, anaphor=True)


def _inverted_speaker(lex: Lexicon, s: Sentence, i: int) -> bool:
    """Whether a German pronoun within a sentence is the speaker of a speech act, the subject
    that verb-second order puts right after the finite verb ("Zudem warf er Polen vor", "...,
    forderte er"): only a pronoun that is nominative in every use (``pronouns_nominative``:
    "er", whose accusative is "ihn"; "sie" is also accusative: "kritisierte sie" may be
    "criticised her"), and only after an appeal, demand, disapproval, rejection or threat,
    whose subject is a person; after other verbs "er" is as often a thing, or the person's
    act is no news ("sagte er ab", "trifft er auf")."""
    if s.lowers[i] not in lex.words.get("pronouns_nominative", ()):
        return False
    trig = verb_trigger_at(lex, s, i - 1)
    return trig is not None and trig.pos == "VERB" and root(trig.cameo) in CLOSING_SPEECH_ROOTS


def _title_pair(
    lex: Lexicon, s: Sentence, i: int, memory: ArticleMemory, before: list
) -> tuple[int, list[Actor]] | None:
    """ "die beiden Minister", "the two presidents", "both ministers": where the pair ends and
    the last two persons the article named with that title, if it named two, the sentence's
    own before it too ("Nach dem Treffen mit Außenminister X setzten die beiden Minister")."""
    w, lowers, n = lex.words, s.lowers, len(s.words)
    k = i + 1 if lowers[i] in w["definite_articles"] else i
    if k + 1 >= n or not (
        lowers[k] in w["pronouns_pair"] or (k > i and lex.conf["number_words"].get(lowers[k]) == 2)
    ):
        return None
    agent = lex.agent(s.lemmas[k + 1], s.words[k + 1])
    if agent is None or not agent[1]:
        return None
    persons = memory.persons_titled(
        lex.title_key(s.lemmas[k + 1]), 2, _titled_before(lex, s, before)
    )
    return (k + 2, persons) if len(persons) == 2 else None


def _titled_before(lex: Lexicon, s: Sentence, before: list) -> list[tuple[str, Actor]]:
    """The KB persons of the sentence's mentions so far named with a title right before them
    ("US-Außenminister John Kerry"), with the title's key: the article memory learns them
    only once the sentence's mentions are combined."""
    out = []
    for person in before:
        if isinstance(person, EntitySpan) and person.kind == "PER" and person.actor is not None:
            k = person.start - 1
            agent = lex.agent(s.lemmas[k], s.words[k]) if k >= 0 else None
            if agent is not None and agent[1]:
                out.append((lex.title_key(s.lemmas[k]), person.actor))
    return out


class Description(NamedTuple):
    """Where a state's description stands (``start`` after its article), how many states
    it names and whether it names a state's whole territory ("das ganze Land")."""

    start: int
    end: int
    wanted: int
    whole: bool


def _referents(
    kb: KnowledgeBase,
    lex: Lexicon,
    s: Sentence,
    description: Description,
    memory: ArticleMemory,
    before: list,
) -> list[str]:
    """The states a description stands for. One state: where its sentence set something in
    one before it ("in Panama ... dem Land"), that; for a whole territory ("das ganze Land",
    "the entire country") the sentence's latest ("Die ungarische Regierung verhängte über das
    ganze Land ..."); else the article's leading state so far
    (:meth:`ArticleMemory.home_country`: measured on unseen news, the most recently named one
    was as often a state the story only mentioned). A pair: the two most recently named.
    None that the sentence names itself ("Die USA verurteilten das Land" in a story about the
    USA): the words do not tell whether it is the one meant or the other side."""
    preps = lex.words["locative_preps"] | set(lex.words.get("country_preps", ()))
    named, placed = set(named_states(kb, lex, s.words[description.end :])), []
    for at, country in map(_atom_country, before):
        if not country or country in NON_STATE_CODES:
            continue
        named.add(country)
        if description.whole or (at > 0 and s.lowers[at - 1] in preps):
            placed.append(country)
    if description.wanted == 2:
        states = memory.last_states(2)
        if _between(lex, s, description):
            return states  # "zwischen den beiden Staaten": both sides, one named or not
    elif placed:
        return placed[-1:]
    else:
        home = memory.home_country()
        states = [home] if home else []
    return [] if named & set(states) else states


def _between(lex: Lexicon, s: Sentence, description: Description) -> bool:
    """Whether a pair follows "zwischen"/"between" (with its article): an act between the two,
    which the sentence's own actor may be one side of ("X strebt zwischen den beiden Staaten
    eine Einigung an")."""
    return after_word(lex, s.lowers, description.start, lex.words["between_preps"])


def _atom_country(atom: EntitySpan | tuple) -> tuple[int, str | None]:
    """Where an atom of :func:`find_entities` starts and the state it names: a mention's, a
    demonym's ("die ungarische Regierung") or an agent noun's own ("der Kremlchef")."""
    if isinstance(atom, EntitySpan):
        return atom.start, atom.country
    kind, at, (_, info) = atom
    if kind == "DEM":
        return at, info or None
    return at, info[2] if kind == "AGT" else None


def _state_description(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, i: int, day: str | None, memory: ArticleMemory
) -> Description | None:
    """A state's description at ``i``: a definite article, "beide"/"both" or both ("die
    beiden", "the two"), adjectives that name no state ("das ölreiche Land"; not "das
    kurdische Land"), and a state noun of the language data; bare, with no name or genitive
    of its own after it ("die Republik Moldau", "das Land der Kurden", "the Kingdom of
    ...")."""
    w, lowers, n = lex.words, s.lowers, len(s.words)
    if i > 0 and lowers[i - 1] in w["locative_preps"]:
        return None  # "in the country": where something happens, mostly no actor of it
    k, pair = i, False
    # an article, not a preposition's contraction with one ("beim Land": a German Land)
    if lowers[k] in w["definite_articles"] and lowers[k] not in lex.conf.get(
        "prep_contractions", ()
    ):
        k += 1
    start = k
    if k < n and (
        lowers[k] in w["pronouns_pair"] or (k > i and lex.conf["number_words"].get(lowers[k]) == 2)
    ):
        k, pair = k + 1, True
    if k == i:
        return None
    nouns = w["state_pair_nouns"] if pair else w["state_nouns"]
    end, adjectives = _noun_end(lowers, k, nouns), 0
    while not end and adjectives < MAX_ADJECTIVES and k < n:
        k += _adverb_before_adjective(lex, s, k)
        if not (attributive(lex, s, k) and not demonym_country(lex, lowers[k])):
            break
        k, adjectives = k + 1, adjectives + 1
        end = _noun_end(lowers, k, nouns)
    if not end or kb_match(kb, lex, s, k, day, memory) is not None:
        return None  # "der Islamische Staat", "die Islamische Republik Iran": names
    if end < n and (
        lowers[end] in w["genitive_links"] or kb_match(kb, lex, s, end, day, memory) is not None
    ):
        return None
    whole = any(w in lex.words["whole_words"] for w in lowers[start:end])
    return Description(start, end, 2 if pair else 1, whole)


def _adverb_before_adjective(lex: Lexicon, s: Sentence, k: int) -> int:
    """1 where the word at ``k`` is an uninflected modifier of the adjective after it ("das
    international isolierte Land", "das wirtschaftlich schwache Land"), else 0."""
    return int(
        k + 1 < len(s.words)
        and not attributive(lex, s, k)
        and attributive(lex, s, k, inflected=False)
        and attributive(lex, s, k + 1)
        and not demonym_country(lex, s.lowers[k + 1])
    )


def _noun_end(lowers: list[str], k: int, nouns: set[str]) -> int:
    """End of the noun of ``nouns`` (one word or two) at ``k``, else 0."""
    if " ".join(lowers[k : k + 2]) in nouns:
        return k + 2
    return k + 1 if k < len(lowers) and lowers[k] in nouns else 0
