"""Entities of a sentence (actors, groups, places) as spans, resolved against the KB and the
article so far. (A *mention* is the stream's record of an event seen in an article.)

Rules, not lists: the longest KB phrase wins; a demonym or a country genitive before an agent
noun makes a group ("die nordkoreanischen Soldaten", "Kims Truppen"); a title before a name makes
a person ("Präsident Putin"); a bare title refers back to the article's person of that country
("der Kremlchef", "den russischen Präsidenten"); a name seen once is reused for its short forms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from .codes import NON_STATE_CODES, STATE_SECTORS
from .kb import ActorEntry, KnowledgeBase, PlaceEntry
from .lexicon import Lexicon, known_word
from .model import Actor

__all__ = [
    "ArticleMemory",
    "EntitySpan",
    "Sentence",
    "compound_voice",
    "find_entities",
    "remember_persons",
]

MAX_PHRASE = 6
# a town that this many of the KB's persons bear as their given name is a given name before
# any capitalised word ("David Frost"; "Sydney Olympics", two persons, stays the city)
COMMON_GIVEN_NAME = 10
TOWN_WORD = "town"  # the mark of a name word that is also a town (see _town_in_name)
ADJ_ENDINGS = ("e", "en", "er", "es", "em", "ian", "ese", "ish", "ic", "al")
CAPITAL_BODIES = STATE_SECTORS - {"LEG"}  # a city's council is no national parliament


@dataclass
class Sentence:
    """Token arrays of one sentence; indices are local, ``offsets`` are into the body."""

    words: list[str]
    lemmas: list[str]  # lower-case
    offsets: list[int]
    ents: list[str] = field(default_factory=list)  # statistical NER label per token, or ""
    # the dependency parse, when the sentence was parsed: head index (a root is its own head),
    # UD relation, UPOS and fine tag per token
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def lowers(self) -> list[str]:
        return [w.lower() for w in self.words]


@dataclass
class EntitySpan:
    start: int
    end: int
    kind: str  # PER, ORG, COUNTRY, PLACE, GROUP
    actor: Actor | None = None
    place: PlaceEntry | None = None
    title: bool = False  # a bare title or person-noun that stands for one person
    genitive: bool = False
    prep: str | None = None
    dateline: bool = False  # a place of the story's dateline ("Genf - Russland hat ...")
    supranational: bool = False  # "europäische Staaten", "ein südamerikanisches Land"
    agent_noun: bool = False  # built on an agent noun, not on a name ("die Vermittler")

    @property
    def country(self) -> str | None:
        return self.actor.country if self.actor else (self.place.country if self.place else None)

    @property
    def acts(self) -> bool:
        """Whether the mention can be an event's source or target: an actor, and of places
        only a country or a capital, which stand for their governments ("Moskau warnte
        Kiew"); a town or region is where things happen ("Nordirak", "Illinois")."""
        return self.actor is not None and (
            self.kind != "PLACE" or self.place is None or self.place.kind == "capital"
        )


@dataclass
class ArticleMemory:
    """What earlier sentences established: short names and the people met so far."""

    aliases: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)
    countries: dict[str, int] = field(default_factory=dict)

    def main_country(self) -> str | None:
        """The country named most often in the article so far, if it clearly leads."""
        if not self.countries:
            return None
        ranked = sorted(self.countries.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
            return None
        return max(self.countries, key=self.countries.__getitem__)

    def remember(self, actor: Actor, full_name: str) -> None:
        self.persons.append(actor)
        for part in full_name.split():
            if len(part) >= 3 and part[0].isupper():
                self.aliases.setdefault(part.lower(), actor)

    def last_persons(self, n: int) -> list[Actor]:
        """The ``n`` most recent distinct persons, oldest first."""
        out: list[Actor] = []
        for actor in reversed(self.persons):
            if all(actor.name != seen.name for seen in out):
                out.append(actor)
            if len(out) == n:
                break
        return out[::-1]

    def person_of(self, country: str | None, sector: str | None) -> Actor | None:
        for actor in reversed(self.persons):
            if (
                country
                and actor.country == country
                and (not sector or actor.sector == sector or actor.sector is None)
            ):
                return actor
        return None


def _actor_from_entry(text: str, entry: ActorEntry) -> Actor:
    return Actor(
        text=text,
        name=entry.name,
        country=entry.country,
        sector=entry.sector,
        actor_id=entry.actor_id,
    )


def _kb_match(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, i: int, day: str | None, memory: ArticleMemory
) -> EntitySpan | None:
    """Longest KB phrase (actor, place, article alias) starting at token ``i``."""
    words, n = s.words, len(s.words)
    if (
        not words[i][:1].isupper()
        and not words[i][:1].isdigit()
        and not _particle_name(lex, words[i])
    ):
        return None
    first = words[i].lower()
    region = (
        None
        if first in kb.first_words or not first.startswith(lex.compass_prefixes)
        else _compass_region(kb, lex, words[i])
    )
    if region is not None:
        return EntitySpan(
            i,
            i + 1,
            "PLACE",
            Actor(words[i], region.name, region.country),
            region,
            genitive=region.name.lower() != first,
        )
    if words[i] in lex.acronyms:
        return _lookup(kb, lex.acronyms[words[i]], words[i], day, memory, i, i + 1)
    suffixes = [""] + [sfx for sfx in lex.conf["genitive_suffixes"]]
    weak_adj = lex.lang == "de" and first.endswith("en") and first[:-1] in kb.first_words
    # a hyphenated given name: the Phoenix dictionaries spell "Jean Luc Dehaene", "Ma Ying Jeou"
    hyphen_name = "-" in first and first.partition("-")[0] in kb.person_first_words
    if (
        first not in kb.first_words
        and first not in memory.aliases
        and not weak_adj
        and not hyphen_name
        and not any(
            first.endswith(sfx)
            and (first[: -len(sfx)] in kb.first_words or first[: -len(sfx)] in memory.aliases)
            for sfx in suffixes[1:]
        )
    ):
        return None
    for j in range(min(n, i + MAX_PHRASE), i, -1):
        text = _phrase(s, i, j)
        phrase = text.lower()
        if j - i == 1 and phrase in lex.words.get("not_places", ()):
            continue  # a common noun that is also a town somewhere ("Ende", "Mitte")
        readings = _readings(kb, lex, suffixes, phrase, text, day, memory, i, j)
        first_reading = next(readings, None)
        if first_reading is None:
            continue
        sfx, mention = first_reading
        if mention.kind == "PLACE" and not sfx:
            # a country's genitive outranks a town of the same spelling ("Perus", "Chiles")
            sfx, mention = next((r for r in readings if r[1].kind == "COUNTRY"), first_reading)
        mention.genitive = bool(sfx) or (j < n and words[j] in ("'s", "\u2019s"))
        return mention
    return None


def _readings(
    kb: KnowledgeBase,
    lex: Lexicon,
    suffixes: list[str],
    phrase: str,
    text: str,
    day: str | None,
    memory: ArticleMemory,
    i: int,
    j: int,
) -> Iterator[tuple[str, EntitySpan]]:
    """The knowledge base's readings of words ``i`` to ``j`` (``phrase``, lower-case), each
    with the genitive suffix it was read without: as written first."""
    for sfx in suffixes:
        key = phrase[: -len(sfx)] if sfx else phrase
        if sfx and (not phrase.endswith(sfx) or len(key) < 3):
            continue
        mention = _lookup(kb, key, text, day, memory, i, j)
        if mention is None and lex.lang == "de" and " " in key:
            head, _, rest = key.partition(" ")
            if head.endswith("en"):  # "Vereinigten Staaten" -> "vereinigte staaten"
                mention = _lookup(kb, f"{head[:-1]} {rest}", text, day, memory, i, j)
        if mention is None and "-" in key:
            mention = _lookup(kb, key.replace("-", " "), text, day, memory, i, j)
            if mention is not None and mention.kind != "PER":
                mention = None  # only persons' names lose their hyphens in the KB
        if (
            mention is not None
            and j - i == 1
            and mention.kind == "PLACE"
            and phrase in lex.demonyms
        ):
            mention = None  # "Thai" is the demonym, not the Malaysian town
        if mention is not None:
            yield sfx, mention


def _phrase(s: Sentence, i: int, j: int) -> str:
    """Words ``i`` to ``j`` as written: a hyphen the tokenizer split off stays joined to the
    words it touches ("Guinea-Bissau", "Timor-Leste")."""
    out: list[str] = []
    for k in range(i, j):
        word = s.words[k]
        touching = k > i and s.offsets[k] == s.offsets[k - 1] + len(s.words[k - 1])
        if touching and (word == "-" or s.words[k - 1] == "-"):
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


def _particle_name(lex: Lexicon, word: str) -> bool:
    """A name written with a lower-case Arabic article: "al-Qaida", "el-Baradei"."""
    particle, sep, rest = word.partition("-")
    return bool(sep) and rest[:1].isupper() and particle in lex.words["name_particles"]


def _compass_region(kb: KnowledgeBase, lex: Lexicon, word: str) -> PlaceEntry | None:
    """German compass compounds of a country name are a region of it: "Südserbien",
    "Nordirak", "Ostkongos" (genitive)."""
    low = word.lower()
    if any(
        kb.place(key) is not None or key in kb.actors
        for key in (
            low,
            *(low[: -len(sfx)] for sfx in lex.conf["genitive_suffixes"] if low.endswith(sfx)),
        )
    ):
        return None  # a name in its own right: "Nordkorea", "Südsudan", "Südafrikas"
    for prefix in lex.conf.get("compass_prefixes", ()):
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            rest = low[len(prefix) :]
            for sfx in ("", *lex.conf["genitive_suffixes"]):
                key = rest[: -len(sfx)] if sfx else rest
                if sfx and not rest.endswith(sfx):
                    continue
                place = kb.place(key)
                if place is not None and place.kind == "country" and place.country:
                    name = word[: len(word) - len(sfx)] if sfx else word
                    return PlaceEntry(name, "region", place.country, None, None, None, 0)
    return None


def _lookup(
    kb: KnowledgeBase, key: str, text: str, day: str | None, memory: ArticleMemory, i: int, j: int
) -> EntitySpan | None:
    if key in memory.aliases and j - i == 1:
        actor = memory.aliases[key]
        return EntitySpan(
            i, j, "PER", Actor(text, actor.name, actor.country, actor.sector, actor.actor_id)
        )
    entry = kb.actor(key, day)
    place = kb.place(key)
    if (
        entry is not None
        and entry.kind == "ORG"
        and place is not None
        and place.kind == "country"
        and entry.country not in NON_STATE_CODES
    ):
        entry = None  # "Montenegro" is the state, not a dictionary's party-era ORG code
    if entry is not None and entry.kind != "COUNTRY":
        return EntitySpan(i, j, entry.kind, _actor_from_entry(text, entry))
    if place is not None:
        kind = "COUNTRY" if place.kind == "country" else "PLACE"
        actor = Actor(text, place.name, place.country) if place.country else None
        return EntitySpan(i, j, kind, actor, place)
    if entry is not None:
        return EntitySpan(i, j, "COUNTRY", _actor_from_entry(text, entry))
    return None


def find_entities(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, day: str | None, memory: ArticleMemory
) -> list[EntitySpan]:
    """All actor/place mentions of the sentence, left to right, non-overlapping."""
    atoms: list[EntitySpan | tuple[str, int, object]] = []
    words, lemmas, n = s.words, s.lemmas, len(s.words)
    i = 0
    while i < n:
        led = _led_by(kb, lex, words, i)
        if led is not None:
            atoms.append(("DEM", i, led))
            i = led[0]
            continue
        pair = _demonym_pair(lex, words, i)
        if pair is not None:
            atoms.append(pair)
            i += 2
            continue
        m = _kb_match(kb, lex, s, i, day, memory)
        if (
            m is not None
            and m.kind == "COUNTRY"
            and m.end == i + 1
            and i + 1 < n
            and words[i].lower() in lex.demonyms
        ):
            place = _kb_match(kb, lex, s, i + 1, day, memory)
            if place is not None and place.kind == "PLACE" and place.country == m.country:
                m = place  # "the Syrian Golan Heights": the place says it all
        if m is not None and _town_in_name(
            kb, lex, s, m, _name_before(kb, lex, s, atoms, i), day, memory
        ):
            # "Nigel Lawson", "Dos Santos": no town of Nigel; marked, as a last name that is also
            # a town names no KB person's country either ("Charles Kennedy" is no American)
            atoms.append(("CAP", i, (i + 1, TOWN_WORD)))
            i += 1
            continue
        if m is not None:
            atoms.append(m)
            i = m.end
            continue
        low = words[i].lower()
        hyphen = _hyphen_compound(kb, lex, words[i], day)
        if hyphen is not None:
            atoms.append(EntitySpan(i, i + 1, "GROUP", hyphen, agent_noun=True))
            i += 1
            continue
        two = f"{low} {words[i + 1].lower()}" if i + 1 < n else ""
        if two and two in lex.demonyms:
            atoms.append(("DEM", i, (i + 2, lex.demonyms[two])))
            i += 2
            continue
        capital = _capital_adjective(lex, s, i)
        if capital is not None:
            atoms.append(("DEM", i, (i + 1, capital)))
            i += 1
            continue
        demonym = _demonym(lex, low)
        if demonym is not None and (lex.lang != "en" or words[i][:1].isupper()):
            atoms.append(("DEM", i, (i + 1, demonym)))
            i += 1
            continue
        if two and two in lex.agents:
            atoms.append(("AGT", i, (i + 2, lex.agents[two])))
            i += 2
            continue
        agent = lex.agent(lemmas[i], words[i])
        if agent is not None and (lex.lang != "de" or words[i][:1].isupper()):
            atoms.append(("AGT", i, (i + 1, agent)))
        elif s.ents and s.ents[i] in ("PERSON", "ORG", "GPE", "NORP"):
            j = i + 1
            while j < n and s.ents[j] == s.ents[i] and s.ents[j]:
                j += 1
            atoms.append(("NER", i, (j, s.ents[i])))
            i = j
            continue
        elif low in lex.words["pronouns_person"] | lex.words["pronouns_pair"] and (
            i == 0 or lex.lang == "en"
        ):
            atoms.extend(_pronoun(lex, low, i, words[i], memory))
        elif i > 0 and (
            (words[i][:1].isupper() and words[i].isalpha())
            or _particle_name(lex, words[i])
            or _double_surname(words[i], atoms, i)
        ):
            atoms.append(("CAP", i, (i + 1, None)))  # a name word; also "al-Assad"
        i += 1
    mentions = _combine(atoms, s, lex, memory)
    mentions = _merge_appositions(lex, s, mentions, memory)
    mentions = _absorb_genitives(lex, s, mentions)
    mentions = [m for m in mentions if not (m.agent_noun and _names_no_actor(lex, s, m))]
    _inherit_countries(lex, s, mentions)
    _people_abroad(lex, s, mentions)
    _country_fallback(mentions, memory)
    return mentions


def _demonym(lex: Lexicon, low: str) -> str | None:
    """The country (or '' for a supranational adjective) of a demonym, also with a compass
    prefix ("westlibyschen", "nordirakische": the country's west and north)."""
    if low in lex.demonyms:
        return lex.demonyms[low]
    for prefix in lex.compass_prefixes:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and lex.demonyms.get(rest):
            return lex.demonyms[rest]
    return None


def _capital_adjective(lex: Lexicon, s: Sentence, i: int) -> str | None:
    """The state of a capital's adjective before a state body ("das Moskauer
    Außenministerium"); before anything else it is the city's ("Wiener Zeitung")."""
    country = lex.capital_adjectives.get(s.words[i].lower())
    if country is None or i + 1 >= len(s.words):
        return None
    agent = lex.agent(s.lemmas[i + 1], s.words[i + 1])
    return country if agent is not None and agent[0] in CAPITAL_BODIES else None


def _double_surname(word: str, atoms: list, i: int) -> bool:
    """A hyphenated name right after a name word: a double surname ("Johanna Mikl-Leitner")."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(p[:1].isupper() and p.isalpha() for p in parts)
        and bool(atoms)
        and isinstance(atoms[-1], tuple)
        and atoms[-1][0] == "CAP"
        and atoms[-1][2][0] == i
    )


def _name_before(kb: KnowledgeBase, lex: Lexicon, s: Sentence, atoms: list, i: int) -> str:
    """What the words before token ``i`` are as part of a name: "title" (a title noun, maybe
    with name words after it: "Judge Rivera", "Präsident Dos Santos"), "given" (a given name
    of the KB's persons, a name particle or a word the language's dictionary lacks:
    "Alejandro Rivera"), else ""."""
    k, end = len(atoms) - 1, i
    while k >= 0 and isinstance(atoms[k], tuple) and atoms[k][0] == "CAP" and atoms[k][2][0] == end:
        end = atoms[k][1]
        k -= 1
    last = atoms[k] if k >= 0 else None
    if isinstance(last, tuple) and last[0] == "AGT" and last[2][0] == end and last[2][1][1]:
        return "title"
    if end == i and not (i == 1 and not atoms):
        return ""  # no name word right before (a sentence's first word is no atom)
    return "given" if _name_word(kb, lex, s.words[i - 1]) else ""


def _name_word(kb: KnowledgeBase, lex: Lexicon, word: str) -> bool:
    """A capitalised word that may be a given name: a name particle, a first word of the KB's
    person names or a word the language's dictionary lacks, and no function word ("In Paris",
    "The Hague": the KB's person aliases also begin with "in" and "the")."""
    low, w = word.lower(), lex.words
    if not word[:1].isupper() or any(
        low in w.get(key, ())
        for key in (
            "function_words",
            "prepositions",
            "articles",
            "definite_articles",
            "coordinators",
            "subordinators",
            "demonstratives",
            "possessives",
            "pronouns_person",
        )
    ):
        return False
    return (
        low in kb.person_first_words or low in w["name_particles"] or not known_word(word, lex.lang)
    )


def _town_in_name(
    kb: KnowledgeBase,
    lex: Lexicon,
    s: Sentence,
    m: EntitySpan,
    before: str,
    day: str | None,
    memory: ArticleMemory,
) -> bool:
    """Whether a one-word town is a word of a person's name, so that it gives the person no
    country: a last name of the KB's persons after a title or a given name ("Judge Rivera",
    "Alejandro Rivera", "Dos Santos"), a name particle before a name ("Nguyen Van Ly"), or a
    first word of the KB's person names before a capitalised word that is neither a name the
    KB knows nor a word of the language's dictionary ("Nigel Lawson", not "Nigel Stadtrat");
    after a title, after a given name many KB persons bear, or when the KB knows it as a last
    name, that word may be a dictionary word ("David Frost", "David Gill")."""
    words = s.words
    if m.kind != "PLACE" or m.end != m.start + 1 or m.place is None:
        return False
    low = words[m.start].lower()
    if before and low in kb.surnames:
        return True
    k = m.end
    if k >= len(words) or not (words[k][:1].isupper() and words[k].isalpha()):
        return False
    if low not in kb.person_first_words and low not in lex.words["name_particles"]:
        return False
    if _kb_match(kb, lex, s, k, day, memory) is not None:
        return False
    return (
        before == "title"
        or kb.given_name_people.get(low, 0) >= COMMON_GIVEN_NAME
        or words[k].lower() in kb.surnames
        or not known_word(words[k], lex.lang)
    )


def _led_by(kb: KnowledgeBase, lex: Lexicon, words: list[str], i: int) -> tuple[int, str] | None:
    """ "Vietnamese-led forces", "US-geführte Truppen", "vietnamesisch geführte Truppen", "von
    Vietnam geführte Truppen": the leading country modifies the noun like a demonym (end of
    the modifier, country). "-backed" does not: a Syrian-backed militia is not Syrian."""
    led = lex.words.get("led_words")
    if not led:
        return None
    word, n = words[i], len(words)
    head, sep, tail = word.rpartition("-")
    end, country_word = 0, ""
    if sep and head and tail.lower() in led:
        end, country_word = i + 1, head
    elif i + 1 < n and words[i + 1].lower() in led:
        end, country_word = i + 2, word
    elif i + 2 < n and words[i + 1] == "-" and words[i + 2].lower() in led:
        end, country_word = i + 3, word  # the English tokenizer splits "Vietnamese-led"
    elif i + 2 < n and word.lower() in lex.words["agent_preps"] and words[i + 2].lower() in led:
        end, country_word = i + 3, words[i + 1]
    if not end or (lex.lang == "de" and (end >= n or not words[end][:1].isupper())):
        return None  # German: only attributive, before its noun ("wurde von X geführt" is not)
    country = _country_word(kb, lex, country_word)
    return (end, country) if country else None


def _country_word(kb: KnowledgeBase, lex: Lexicon, word: str) -> str | None:
    """The state a demonym (also uninflected: "vietnamesisch") or a country name stands for."""
    low = word.lower()
    country = lex.demonyms.get(low) or lex.demonyms.get(low + "e")
    if country:
        return country if country != "-" else None
    place = kb.place(low.rstrip("."))
    if place is not None and place.kind == "country":
        return place.country
    entry = kb.actor(low, None)
    return entry.country if entry is not None and entry.kind == "COUNTRY" else None


def remember_persons(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, day: str | None, memory: ArticleMemory
) -> None:
    """A sentence with no trigger is not coded, but the persons it names are remembered, so
    that a later short name or bare title ("Putin", "der Kremlchef") finds them. Only KB
    persons, found by a cheap first-word test: this runs on most sentences of an article."""
    words, first_words = s.words, kb.person_first_words
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if word[:1].isupper() and word.lower() in first_words:
            m = _kb_match(kb, lex, s, i, day, memory)
            if m is not None:
                if m.kind == "PER" and m.actor is not None:
                    memory.remember(m.actor, m.actor.name or m.actor.text)
                i = m.end
                continue
        i += 1


def _demonym_pair(lex: Lexicon, words: list[str], i: int) -> EntitySpan | None:
    """ "bosnischen Serben", "Bosnian Serbs": a demonym adjective before a people's name is
    a group of the first country (the Serbs of Bosnia), not two actors."""
    if i + 1 >= len(words) or not words[i + 1][:1].isupper():
        return None
    first, second = words[i].lower(), words[i + 1].lower()
    if (
        first not in lex.demonyms
        or second not in lex.demonyms
        or (lex.lang == "en" and not words[i][:1].isupper())
    ):
        return None
    country = lex.demonyms[first] or lex.demonyms[second] or None
    return EntitySpan(i, i + 2, "GROUP", Actor(f"{words[i]} {words[i + 1]}", None, country))


def _hyphen_compound(kb: KnowledgeBase, lex: Lexicon, word: str, day: str | None) -> Actor | None:
    """ "US-Soldaten", "UN-Vertreter", "Nato-Friedenstruppen", "US-": a country or IGO
    prefix on an (agent) noun is a group of that country; the sector comes from the head."""
    head, sep, rest = word.partition("-")
    if rest and not rest[:1].isupper():
        return None
    prefix = _prefix_actor(kb, lex, head, sep, day)
    if prefix is None:
        return None
    name, country = prefix
    if not rest:
        return Actor(word, name, country)
    agent = lex.agent(lex.lemma(rest), rest)
    if agent is None:
        return None
    return Actor(word, None, country, agent[0] or None)


def compound_voice(
    kb: KnowledgeBase, lex: Lexicon, word: str, day: str | None = None
) -> Actor | None:
    """The actor a compound's prefix names: a country, IGO or armed group ("US-Luftangriff",
    "IS-Anschlag", "Nato-Einsatz"), or None."""
    head, sep, rest = word.partition("-")
    if not rest[:1].isupper():
        return None
    prefix = _prefix_actor(kb, lex, head, sep, day)
    return None if prefix is None else Actor(head, prefix[0], prefix[1])


def _prefix_actor(
    kb: KnowledgeBase, lex: Lexicon, head: str, sep: str, day: str | None
) -> tuple[str, str] | None:
    """Name and country of the state, IGO or armed group a hyphenated prefix names."""
    if not sep or len(head) < 2 or not head[:1].isupper():
        return None
    key = lex.acronyms.get(head) or head.lower()
    entry = kb.actor(key, day)
    if (
        entry is not None
        and entry.kind in ("COUNTRY", "ORG")
        and entry.country
        and (entry.kind == "COUNTRY" or entry.country in NON_STATE_CODES)
    ):
        return entry.name or head, entry.country
    place = kb.place(key)
    if place is not None and place.kind == "country" and place.country:
        return (entry.name if entry else head), place.country
    return None


def _country_fallback(mentions: list[EntitySpan], memory: ArticleMemory) -> None:
    """An actor still without a country takes the one country its sentence names
    ("Demonstranten ... in Monrovia", "Präsident Omar el Baschir ... im Sudan"), else the
    country the article has named most so far. IGOs and NGOs keep their code."""
    states = [m.country for m in mentions if m.country and m.country not in NON_STATE_CODES]
    for c in states:
        memory.countries[c] = memory.countries.get(c, 0) + 1
    distinct = set(states)
    fallback = next(iter(distinct)) if len(distinct) == 1 else memory.main_country()
    if fallback is None:
        return
    for m in mentions:
        if (
            m.actor is not None
            and not m.actor.country
            and m.kind in ("PER", "GROUP", "ORG")
            and not m.title
            and not m.supranational
        ):  # "der Kanzler" in a story about Sudan is not Sudanese
            a = m.actor
            m.actor = Actor(a.text, a.name, fallback, a.sector, a.actor_id)


def _pronoun(lex: Lexicon, low: str, i: int, word: str, memory: ArticleMemory) -> list[EntitySpan]:
    """ "Er"/"he" is the last person; "beide"/"both" the last two (as two mentions)."""
    wanted = 2 if low in lex.words["pronouns_pair"] else 1
    persons = memory.last_persons(wanted)
    if len(persons) < wanted:
        return []
    return [
        EntitySpan(i, i + 1, "PER", Actor(word, p.name, p.country, p.sector, p.actor_id))
        for p in persons
    ]


def _merge_appositions(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], memory: ArticleMemory
) -> list[EntitySpan]:
    """Two adjacent mentions that name one actor become one: a title or titled person before
    a person ("Irans oberster Führer Ajatollah Ali Chamenei", "Iran's supreme leader Ayatollah
    Ali Khamenei": nested titles), and a generic organisation noun before an
    organisation's name ("Menschenrechtsorganisation Amnesty International"). The name on the
    right identifies the actor; the left part only fills in a missing country."""
    out: list[EntitySpan] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _bracketed(s, prev, m):
            # the name identifies the actor; the bracket only fills in a missing country
            keep = prev if prev.country or m.country is None else m
            out[-1] = EntitySpan(prev.start, m.end + 1, keep.kind, keep.actor, keep.place)
            continue
        if (
            prev is not None
            and prev.end == m.start
            and prev.actor is not None
            and m.actor is not None
            and _apposition(lex, s, prev, m)
        ):
            a = m.actor
            text = " ".join(s.words[prev.start : m.end])
            # a title's own country or organisation says in which office the person acts
            # ("EU-Kommissionspräsident Jean-Claude Juncker": the KB still has Luxembourg's)
            titled = prev.kind == "GROUP" and prev.actor.country
            country = prev.actor.country if titled else a.country or prev.actor.country
            merged = Actor(text, a.name, country, a.sector, a.actor_id)
            out[-1] = EntitySpan(prev.start, m.end, m.kind, merged, m.place, genitive=m.genitive)
            if m.kind == "PER":
                memory.remember(merged, a.name or a.text)
            continue
        out.append(m)
    return out


def _bracketed(s: Sentence, left: EntitySpan, right: EntitySpan) -> bool:
    """A name and the one word in brackets after it are one mention: its abbreviation
    ("Arbeiterpartei Kurdistans (PKK)", "Vereinte Nationen (UN)"), party or country ("Werner
    Faymann (SPÖ)"), not a second actor (which became the event's other side)."""
    return (
        left.end + 1 == right.start == right.end - 1
        and right.end < len(s.words)
        and s.words[left.end] == "("
        and s.words[right.end] == ")"
    )


def _apposition(lex: Lexicon, s: Sentence, left: EntitySpan, right: EntitySpan) -> bool:
    if right.kind == "PER":
        if left.kind == "PER" or (left.kind == "GROUP" and left.title):
            return True
        first = s.words[right.start]
        title = lex.agent(lex.lemma(first), first)
        if (
            left.kind == "COUNTRY"
            and title is not None
            and title[1]
            and all(w in lex.demonyms for w in s.lowers[left.start : left.end])
        ):
            return True  # "Russian President Boris Yeltsin": the KB lists "President Boris ..."
        last = s.words[left.end - 1]  # "religious leader" is a listed phrase, "leader" a title
        agent = lex.agent(lex.lemma(last), last) if left.kind == "GROUP" else None
        return agent is not None and agent[1]
    if right.kind == "ORG":
        return (left.kind == "GROUP" and not left.actor.name) or left.kind == "ORG"
    return False


def _absorb_genitives(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> list[EntitySpan]:
    """A group or person without a country followed by a genitive or "von/of" phrase naming
    one is a single actor of that country: "Ärzte zweier amerikanischer Hilfsorganisationen",
    "Botschafter Nigers", "Sicherheitschef von Kairo", "Doctors of two American groups". The
    modifier stops being an actor of its own, so it cannot become the event's other side."""
    links = set(lex.words.get("genitive_links", ()))
    states = lex.words.get("state_words", set())
    out: list[EntitySpan] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.kind == "PER"
            and m.actor is not None
            and nxt.kind == "COUNTRY"
            and nxt.actor is not None
            and nxt.actor.name
            and m.end + 1 == nxt.start
            and s.words[m.end].lower() in lex.words.get("title_of_links", ())
            and m.actor.text != m.actor.name
        ):
            # "König Hassan von Marokko", "King Hassan of Morocco": the title's country
            a = m.actor
            out.append(
                EntitySpan(
                    m.start,
                    nxt.end,
                    "PER",
                    Actor(
                        " ".join(s.words[m.start : nxt.end]),
                        a.name,
                        nxt.country,
                        a.sector,
                        a.actor_id,
                    ),
                )
            )
            k += 2
            continue
        if (
            nxt is not None
            and m.kind == "ORG"
            and (nxt.kind == "PER" or (nxt.kind == "ORG" and nxt.country == m.country))
            and m.end + 1 == nxt.start
            and s.words[m.end].lower() in lex.words.get("title_of_links", ())
        ):
            # "al-Qaida von Ayman al-Zawahiri": the leader only says which group is meant
            out.append(EntitySpan(m.start, nxt.end, "ORG", m.actor, genitive=nxt.genitive))
            k += 2
            continue
        if (
            nxt is not None
            and m.kind in ("GROUP", "PER")
            and m.actor is not None
            and not m.actor.country
            and nxt.country
        ):
            between = [w.lower() for w in s.words[m.end : nxt.start]]
            if (
                between
                and len(between) <= 3
                and between[0] in links
                and not _opens_participle(lex, between)
                and all(
                    w in links or w in states or _modifier_of(lex, w, nxt.country)
                    for w in between[1:]
                )
            ) or (not between and nxt.genitive):
                a = m.actor
                text = " ".join(s.words[m.start : nxt.end])
                out.append(
                    EntitySpan(
                        m.start,
                        nxt.end,
                        m.kind,
                        Actor(text, a.name, nxt.country, a.sector, a.actor_id),
                        title=m.title,
                        agent_noun=m.agent_noun,
                    )
                )
                k += 2
                continue
        out.append(m)
        k += 1
    return out


def _names_no_actor(lex: Lexicon, s: Sentence, m: EntitySpan) -> bool:
    """Whether an agent-noun mention names no actor that can take a role of an event."""
    return _role_predicate(lex, s, m) or _both_sides(lex, s, m)


def _both_sides(lex: Lexicon, s: Sentence, m: EntitySpan) -> bool:
    """Whether the mention alone follows "zwischen"/"between" ("Kämpfe zwischen Rebellen",
    "between the two peoples"): a plural that stands for both sides of a mutual act, whose
    members the sentence does not name, so neither side is an actor of its own."""
    lowers, w = s.lowers, lex.words
    fillers = w.get("articles", set()) | w["definite_articles"] | w["pronouns_pair"]
    k = _before_modifiers(lex, s, m, fillers)
    if k < 0 or lowers[k] not in w["between_preps"]:
        return False
    after = lowers[m.end] if m.end < len(lowers) else ""
    return after not in w["coordinators"] and after != ","


def _role_predicate(lex: Lexicon, s: Sentence, m: EntitySpan) -> bool:
    """Whether an agent-noun mention names a role rather than an actor: after the "als"/"as"
    of a role ("kam als Vermittler", "served as a mediator") or as the predicate of a copula
    ("ist Journalist", "wurde ein Vermittler", "is an envoy"). Only an indefinite article, a
    possessive or adjectives may stand between the cue and the noun: with a definite article
    "als" may open a clause ("als die Soldaten ... eröffneten") and a copula may precede its
    subject. Word lists: ``role_words``, ``predicate_verbs``, ``comparatives``,
    ``existential_subjects``, ``verb_endings`` and ``participle_endings`` of
    ``data/lang/<lang>.json``."""
    lowers, w = s.lowers, lex.words
    k = _before_modifiers(lex, s, m, w.get("indefinite_articles", set()) | w["possessives"])
    if k < 1 or not lowers[k - 1][:1].isalnum():
        return False  # at the start of a clause "als" is "when", a copula precedes its subject
    before = lowers[k - 1]
    if lowers[k] in w.get("role_words", ()):
        # "mehr als Soldaten", "such as soldiers": a comparison or a list of examples; "as
        # police fired": a clause
        return before not in w.get("comparatives", ()) and not _verb_next(lex, s, m.end)
    if _predicate_verb(lex, [s.lemmas[k]]) and before not in w.get("existential_subjects", ()):
        # a bare plural after a copula may be its subject ("Heute sind Demonstranten ..."),
        # and a participle or infinitive ending the clause makes the copula an auxiliary
        head = s.words[m.end - 1]
        plural = lex.lang == "de" and lex.lemma(head) != head.lower() and k == m.start - 1
        return not plural and not _participle_ends(lex, s, m.end)
    return False


def _before_modifiers(lex: Lexicon, s: Sentence, m: EntitySpan, fillers: set[str]) -> int:
    """Index of the word before the mention's determiners (``fillers``) and adjectives, at
    most three words back (-1 at the sentence's start)."""
    lowers = s.lowers
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and (lowers[k] in fillers or _attributive(lex, s, k)):
        k -= 1
    return k


def _attributive(lex: Lexicon, s: Sentence, k: int) -> bool:
    """A lower-case word that may be an adjective before a noun (German: with an adjective
    ending; English: any word that is no function word), and no cue of these rules."""
    word, w = s.words[k], lex.words
    cues = w["function_words"] | w["between_preps"] | w.get("role_words", set())
    if not (word.isalpha() and word[:1].islower()) or word.lower() in cues:
        return False
    if _predicate_verb(lex, [s.lemmas[k]]):
        return False
    endings = lex.adjective_endings
    return not endings or word.endswith(endings)


def _verb_next(lex: Lexicon, s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` is a verb form: a listed verb or a lower-case word with a
    verb ending of the language ("as troops withdraw", "as police fired")."""
    if k >= len(s.words) or not s.words[k][:1].islower():
        return False
    word = s.words[k]
    trig = lex.word_trigger(word, s.lemmas[k])
    return (trig is not None and trig.pos == "VERB") or word.endswith(
        tuple(lex.words.get("verb_endings", ()))
    )


def _participle_ends(lex: Lexicon, s: Sentence, k: int) -> bool:
    """Whether the stretch from ``k`` to a punctuation mark or coordinator ends in a lower-case
    participle or infinitive of the language ("wurden Journalisten ... festgenommen")."""
    endings = tuple(lex.words.get("participle_endings", ()))
    stop = lex.words["coordinators"]
    end = k
    while end < len(s.words) and s.words[end][:1].isalnum() and s.words[end].lower() not in stop:
        end += 1
    last = s.words[end - 1] if end > k else ""
    return (
        bool(endings)
        and last[:1].islower()
        and last.lower() not in lex.words["function_words"]
        and last.endswith(endings)
    )


def _modifier_of(lex: Lexicon, word: str, country: str | None) -> bool:
    """A word that may stand between a noun and its genitive place: the place's own demonym
    or compass adjective ("der syrischen Golanhöhen", "of southern Serbia")."""
    return lex.demonyms.get(word) == country or word in lex.words.get("compass_words", ())


def _opens_participle(lex: Lexicon, between: list[str]) -> bool:
    """Whether the words between a noun and a country open a participle phrase whose agent
    the country is: an article before "von" ("Truppen der von Russland unterstützten
    Regierung" are the government's, not Russia's)."""
    return any(
        w in lex.words["agent_preps"] and before in lex.words.get("articles", ())
        for before, w in pairwise(between)
    )


def _inherit_countries(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> None:
    """A group or person with no country takes it from a place or country right after it
    ("Demonstranten in Bagdad", "Botschafter Nigers", "Sicherheitschef von Kairo",
    "Regierung Burundis") or, for state agents, from the subject of its sentence ("Kim entsandte
    Soldaten")."""
    lowers = [w.lower() for w in s.words]
    preps = (
        set(lex.words.get("country_preps", ()))
        | lex.words["locative_preps"]
        | lex.words["source_preps"]
    )
    for k, m in enumerate(mentions):
        if m.kind not in ("GROUP", "PER") or m.actor is None or m.actor.country:
            continue
        if m.supranational:
            continue  # "ein südamerikanisches Land" is none of the countries named
        country = None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        subjects = [o for o in mentions[:k] if o.country and o.kind in ("PER", "GROUP")]
        between = lowers[m.end : nxt.start] if nxt is not None else []
        if (
            nxt is not None
            and nxt.country
            and (
                (not between and (nxt.genitive or nxt.kind in ("COUNTRY", "PLACE")))
                or (
                    len(between) <= 2
                    and any(w in preps for w in between)
                    and not _opens_participle(lex, between)
                )
            )
        ):
            country = nxt.country
        elif m.kind == "GROUP" and m.actor.sector in ("MIL", "GOV", "SPY", "COP") and subjects:
            country = subjects[0].country
        if country:
            a = m.actor
            m.actor = Actor(a.text, a.name, country, a.sector, a.actor_id)


def _people_abroad(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> None:
    """A people named by its demonym takes the country it lives in, as PLOVER codes actors:
    "Albaner in Südserbien", "the Albanians of southern Serbia" (a place right after the people
    noun), and with an "ethnic" marker any place the sentence sets the event in ("ethnic
    Hungarian activists marching in Slovakia", "ethnische Ungarn ... im Süden der Slowakei")."""
    ethnic = lex.words.get("ethnic_words", set())
    links = set(lex.words.get("genitive_links", ())) | set(lex.words.get("country_preps", ()))
    lowers = s.lowers
    for k, m in enumerate(mentions):
        a = m.actor
        if (
            a is None
            or a.name
            or not a.country
            or a.country in NON_STATE_CODES
            or m.place is not None
        ):
            continue
        demonyms = [w for w in lowers[m.start : m.end] if lex.demonyms.get(w) == a.country]
        if not demonyms:
            continue
        marked = any(w in ethnic for w in lowers[max(0, m.start - 1) : m.end])
        head_people = lowers[m.end - 1] in demonyms and s.words[m.end - 1][:1].isupper()
        places = [
            o
            for o in mentions
            if o.country
            and o.country not in NON_STATE_CODES
            and (
                o.place is not None
                or (
                    o.kind == "COUNTRY"
                    and any(w not in lex.demonyms for w in lowers[o.start : o.end])
                )
            )
        ]
        if any(o.country == a.country for o in places):
            continue  # the people's own state is named too: nothing to relocate
        country = None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt in places and (marked or head_people):
            between = lowers[m.end : nxt.start]
            if len(between) <= 2 and (
                all(w in links or _modifier_of(lex, w, nxt.country) for w in between)
                and (between or nxt.genitive)
            ):
                country = nxt.country
        if country is None and marked:
            preps = links | lex.words["locative_preps"]
            located = [
                o
                for o in places
                if o.genitive or any(w in preps for w in lowers[max(0, o.start - 3) : o.start])
            ]
            if located:
                country = min(located, key=lambda o: abs(o.start - m.start)).country
        if country:
            m.actor = Actor(a.text, a.name, country, a.sector, a.actor_id)


def _span_end(atom) -> int:
    return atom.end if isinstance(atom, EntitySpan) else atom[2][0]


def _combine(atoms: list, s: Sentence, lex: Lexicon, memory: ArticleMemory) -> list[EntitySpan]:
    """Merge demonym/genitive + agent, title + name, and bare titles into mentions."""
    out: list[EntitySpan] = []
    k = 0
    words = s.words
    while k < len(atoms):
        atom = atoms[k]
        nxt = atoms[k + 1] if k + 1 < len(atoms) else None
        # a modifier (demonym, or a country/person genitive) followed closely by an agent noun
        modifier_country = None
        if isinstance(atom, tuple) and atom[0] == "DEM":
            modifier_country = atom[2][1] or "-"
        elif (
            isinstance(atom, EntitySpan)
            and (atom.genitive or atom.kind == "COUNTRY")
            and atom.kind in ("COUNTRY", "PER", "ORG")
        ):
            modifier_country = atom.country
        elif _place_compound(lex, atom, nxt):
            modifier_country = atom.country  # "Kabul police", "Baghdad University"
        start = atom.start if isinstance(atom, EntitySpan) else atom[1]
        if (
            modifier_country
            and nxt is not None
            and isinstance(nxt, tuple)
            and nxt[0] == "AGT"
            and nxt[1] - _span_end(atom) <= 2
            and (
                _adjectives_only(words[_span_end(atom) : nxt[1]], lex)
                if isinstance(atom, EntitySpan)
                # "Der Ägypter ist Journalist": the noun is the predicate, not the group
                else not _predicate_verb(lex, s.lemmas[_span_end(atom) : nxt[1]])
            )
        ):
            sector, is_title, own_country = nxt[2][1]
            country = None if modifier_country == "-" else modifier_country
            after = atoms[k + 2] if k + 2 < len(atoms) else None
            if (
                is_title
                and isinstance(after, EntitySpan)
                and after.kind == "PER"
                and after.start == nxt[2][0]
            ):
                out.append(_titled_person(after, start, country, sector, words, memory))
                k += 3
                continue
            if (
                is_title
                and isinstance(after, tuple)
                and after[0] in ("CAP", "NER")
                and after[1] == nxt[2][0]
            ):
                out.append(_new_person(atoms, k + 2, start, country, sector, words, memory, lex))
                k = _skip_caps(atoms, k + 2, words, lex.words["name_particles"])
                continue
            end = nxt[2][0]
            while (
                not is_title
                and lex.lang != "de"  # where every noun is capitalised
                and k + 2 < len(atoms)
                and _agent_name_word(atoms[k + 2], end, words)
            ):
                # "Baghdad University Medical School": a name of agent nouns, headed by the last
                end, (sector, _, _) = atoms[k + 2][2]
                k += 1
            text = " ".join(words[start:end])
            actor = Actor(text, None, country or own_country, sector or None)
            mention = EntitySpan(
                start,
                end,
                "GROUP",
                actor,
                title=is_title,
                agent_noun=True,
                supranational=modifier_country == "-",
            )
            if is_title:
                _resolve_title(mention, memory)
            out.append(mention)
            k += 2
            continue
        if isinstance(atom, tuple) and atom[0] == "AGT":
            end, (sector, is_title, own_country) = atom[2]
            if is_title and isinstance(nxt, EntitySpan) and nxt.kind == "PER" and nxt.start == end:
                out.append(_titled_person(nxt, atom[1], None, sector, words, memory))
                k += 2
                continue
            if is_title and isinstance(nxt, tuple) and nxt[0] in ("CAP", "NER") and nxt[1] == end:
                out.append(
                    _new_person(atoms, k + 1, atom[1], own_country, sector, words, memory, lex)
                )
                k = _skip_caps(atoms, k + 1, words, lex.words["name_particles"])
                continue
            if (
                not is_title
                and isinstance(nxt, tuple)
                and nxt[0] == "CAP"
                and nxt[1] == end
                and not own_country
                and (leader := _surname_country(lex, words[end], respell=False))
            ):
                # "die Regierung Bush", "das Kabinett Netanjahu": the leader's country
                own_country = leader
                end = nxt[2][0]
                k += 1
            text = " ".join(words[atom[1] : end])
            mention = EntitySpan(
                atom[1],
                end,
                "GROUP",
                Actor(text, None, own_country, sector or None),
                title=is_title,
                agent_noun=True,
            )
            if is_title:
                _resolve_title(mention, memory)
            out.append(mention)
        elif isinstance(atom, tuple) and atom[0] == "DEM":
            end, country = atom[2]
            # a demonym before a noun the KB does not know is a group of that country ("die
            # türkische Seite", "tamilische zivile Flüchtlinge"); alone it stands for the country
            noun = _noun_after(words, end, lex)
            after = atoms[k + 2] if k + 2 < len(atoms) else None
            if (
                noun is not None
                and isinstance(after, EntitySpan)
                and after.start == noun
                and after.kind in ("PLACE", "COUNTRY")
            ):
                pass  # "in der chinesischen Hauptstadt Peking": the place says it all
            elif (
                isinstance(nxt, EntitySpan)
                and nxt.start == end
                and nxt.kind == "PLACE"
                and nxt.country == country
            ):
                pass  # "der syrischen Golanhöhen", "the Syrian Golan Heights": likewise
            elif (
                noun is not None
                and isinstance(nxt, tuple)
                and nxt[0] == "CAP"
                and nxt[1] == noun - 1
                and words[noun - 1].lower() in lex.words.get("settlement_words", ())
                and country
            ):
                # "der bosnischen Stadt Gorazde": a town of that country, named or not
                k += 1
                if isinstance(after, tuple) and after[0] == "CAP" and after[1] == noun:
                    noun = after[2][0]
                    k += 1
                text = " ".join(words[atom[1] : noun])
                place = PlaceEntry(text, "city", country, None, None, None, 0)
                out.append(EntitySpan(atom[1], noun, "PLACE", Actor(text, None, country), place))
            elif (
                noun is not None
                and isinstance(nxt, tuple)
                and nxt[0] == "CAP"
                and nxt[1] == noun - 1
            ):
                k += 1
                text = " ".join(words[atom[1] : noun])
                out.append(
                    EntitySpan(
                        atom[1],
                        noun,
                        "GROUP",
                        Actor(text, None, country or None),
                        supranational=not country,
                    )
                )
            else:
                text = " ".join(words[atom[1] : end])
                out.append(
                    EntitySpan(
                        atom[1],
                        end,
                        "COUNTRY",
                        Actor(text, None, country or None),
                        supranational=not country,
                    )
                )
        elif isinstance(atom, tuple) and atom[0] == "NER" and atom[2][1] in ("PERSON", "ORG"):
            end = atom[2][0]
            text = " ".join(words[atom[1] : end])
            kind = "PER" if atom[2][1] == "PERSON" else "ORG"
            actor = Actor(text, text if kind == "PER" else None)
            out.append(EntitySpan(atom[1], end, kind, actor))
        elif (
            isinstance(atom, tuple)
            and atom[0] == "CAP"
            and isinstance(nxt, tuple)
            and nxt[0] == "CAP"
            and nxt[1] == atom[2][0]
            and _surname_end(atoms, k, words, lex) > 0
        ):
            # an unknown two-or-more-word name ending in a surname the KB knows ("George
            # W. Bush", "Omar el Baschir" is not one): a person of that surname's country
            end_k = _surname_end(atoms, k, words, lex)
            end = atoms[end_k][2][0]
            name = " ".join(words[atom[1] : end])
            actor = Actor(name, name, _surname_country(lex, words[end - 1], words[atom[1]]))
            memory.remember(actor, name)
            out.append(EntitySpan(atom[1], end, "PER", actor))
            k = end_k + 1
            continue
        elif isinstance(atom, EntitySpan):
            if atom.kind == "PER" and atom.actor:
                memory.remember(atom.actor, atom.actor.name or atom.actor.text)
                memory.remember(atom.actor, atom.actor.text)
            out.append(atom)
        k += 1
    return out


def _place_compound(lex: Lexicon, atom: object, nxt: object) -> bool:
    """Whether an English place name stands right before an agent noun other than a title as
    its modifier ("Kabul police", "Baghdad University"); German writes a demonym there
    ("Kabuler Polizei"), and a place before a German noun is an adverbial ("in Kabul
    Soldaten")."""
    return (
        lex.lang == "en"
        and isinstance(atom, EntitySpan)
        and atom.kind == "PLACE"
        and atom.country is not None
        and isinstance(nxt, tuple)
        and nxt[0] == "AGT"
        and nxt[1] == atom.end
        and not nxt[2][1][1]  # a title before a name ("Ifo president Hans-Werner Sinn")
    )


def _agent_name_word(atom: object, end: int, words: list[str]) -> bool:
    """Whether ``atom`` is a capitalised agent noun right at ``end``, continuing a name; a
    title starts a person's name instead ("Iraq's Trade Minister Mohammed ...")."""
    return (
        isinstance(atom, tuple)
        and atom[0] == "AGT"
        and atom[1] == end
        and not atom[2][1][1]
        and words[end - 1][:1].isupper()
        and words[end][:1].isupper()
    )


def _predicate_verb(lex: Lexicon, lemmas: list[str]) -> bool:
    """Whether one of ``lemmas`` is a copula that may take a predicate noun."""
    return any(lemma in lex.words.get("predicate_verbs", ()) for lemma in lemmas)


def _adjectives_only(gap: list[str], lex: Lexicon) -> bool:
    """Whether the words between a country and an agent noun are only attributive adjectives
    ("Irans religiöser Führer", "Iran 's religious leader"), so that "Simbabwe verlangen von
    Präsident Mugabe" or "Russia attacked soldiers" is not read as one actor. A truncated
    compound and its coordinator belong to the noun ("Chinas Staats- und Parteichef")."""
    truncated = {
        k
        for k, w in enumerate(gap[:-1])
        if len(w) > 2 and w.endswith("-") and gap[k + 1] in lex.words.get("coordinators", ())
    }
    for k, w in enumerate(gap):
        if w in ("'s", "\u2019s") or k in truncated or k - 1 in truncated:
            continue
        if not (w[:1].islower() and w.isalpha()):
            return False
        if lex.lang == "de" and (
            not w.endswith(ADJ_ENDINGS) or lex.lemma(w) == w or w in lex.words["function_words"]
        ):
            # an attributive adjective is inflected ("wollen" is a verb) and no article
            # ("Russland müsse die Truppen abziehen" is not Russia's troops)
            return False
        if lex.lang != "de" and (w.endswith(("ed", "ing")) or lex.lemma(w) != w):
            return False
    return True


def _skip_caps(
    atoms: list,
    k: int,
    words: list[str] | None = None,
    particles: set[str] | frozenset = frozenset(),
) -> int:
    """Index after the run of adjacent capitalised atoms starting at ``k``; with ``words``,
    a name particle between two of them ("Omar el Baschir", "Hans van den Broek") is crossed."""
    first = atoms[k]
    end = first[2][0]
    k += 1
    while k < len(atoms) and isinstance(atoms[k], tuple) and atoms[k][0] == "CAP":
        gap = words[end : atoms[k][1]] if words is not None else []
        if atoms[k][1] != end and not (
            gap and len(gap) <= 2 and all(w.lower() in particles for w in gap)
        ):
            break
        end = atoms[k][2][0]
        k += 1
    return k


def _surname_end(atoms: list, k: int, words: list[str], lex: Lexicon) -> int:
    """Index of the last atom of a run of capitalised atoms from ``k`` when that run is at
    least two words long and ends in a surname the KB knows, else -1."""
    last = _skip_caps(atoms, k) - 1
    if last <= k:
        return -1
    if atoms[last][2][1] == TOWN_WORD:
        return -1
    surname = words[atoms[last][2][0] - 1]
    return last if _surname_country(lex, surname, words[atoms[k][1]]) else -1


def _surname_country(
    lex: Lexicon, word: str, given: str | None = None, respell: bool = True
) -> str | None:
    """The KB's country of a last name (:meth:`KnowledgeBase.surname_country`); a name with
    a lower-case article is also looked up without it ("al-Assad": the KB keys "Bashar al
    Assad" by "assad"). With ``respell``, a name the KB does not know at all is looked up by
    the KB's name of the same spelling key (German "Barsani", "Lawrow": the KB's "Barzani",
    "Lavrov"); a bare word after an institution ("Parteien Swoboda") is too weak for that."""
    kb = lex.kb
    bare = word.partition("-")[2] if _particle_name(lex, word) else word
    country = kb.surname_country(word, given) or kb.surname_country(bare, given)
    if country is None and respell and bare.lower() not in kb.surnames:
        spelled = lex.known_surname(bare)
        country = kb.surname_country(spelled, given) if spelled else None
    return country


def _noun_after(words: list[str], end: int, lex: Lexicon) -> int | None:
    """End of the capitalised noun that a demonym adjective modifies, allowing one more
    lower-case adjective in between ("tamilische zivile Flüchtlinge"), else None."""
    k = end
    if lex.lang != "de":
        return None
    if (
        k < len(words)
        and words[k][:1].islower()
        and words[k].isalpha()
        and words[k].endswith(lex.adjective_endings)
    ):
        k += 1
    if k < len(words) and words[k][:1].isupper() and words[k].isalpha():
        return k + 1
    return None


def _titled_person(
    person: EntitySpan,
    start: int,
    country: str | None,
    sector: str | None,
    words: list[str],
    memory: ArticleMemory,
) -> EntitySpan:
    actor = person.actor or Actor(" ".join(words[person.start : person.end]))
    text = " ".join(words[start : person.end])
    # the title's own modifier says which country is meant ("den jordanischen König Abdullah"):
    # it beats the KB's reading of a bare given name (Abdullah of Saudi Arabia)
    merged = Actor(
        text,
        actor.name,
        country or actor.country,
        actor.sector if actor.sector not in (None, "ELI") else (sector or actor.sector),
        actor.actor_id,
    )
    memory.remember(merged, actor.name or actor.text)
    return EntitySpan(start, person.end, "PER", merged)


def _new_person(
    atoms: list,
    k: int,
    start: int,
    country: str | None,
    sector: str | None,
    words: list[str],
    memory: ArticleMemory,
    lex: Lexicon,
) -> EntitySpan:
    """Title + a name the KB does not know ("Präsident Omar el Baschir"): a person; the
    country comes from the title's modifier, else from a KB person with that surname."""
    name_start = atoms[k][1]
    end = atoms[_skip_caps(atoms, k, words, lex.words["name_particles"]) - 1][2][0]
    while (
        end - name_start > 1
        and lex.lang == "de"
        and lex.lemma(words[end - 1]) != words[end - 1].lower()
    ):
        end -= 1  # an inflected common noun after the name: "Präsident Mugabe Reformen"
    name = " ".join(words[name_start:end])
    given = words[name_start] if end - name_start > 1 else None
    town = any(isinstance(a, tuple) and a[1] == end - 1 and a[2][1] == TOWN_WORD for a in atoms)
    country = country or (None if town else _surname_country(lex, words[end - 1], given))
    actor = Actor(" ".join(words[start:end]), name, country, sector or None)
    memory.remember(actor, name)
    return EntitySpan(start, end, "PER", actor)


def _resolve_title(mention: EntitySpan, memory: ArticleMemory) -> None:
    """A bare title ("der Kremlchef") is the article's person of that country, if any."""
    actor = mention.actor
    if actor is None or not actor.country:
        return
    person = memory.person_of(actor.country, actor.sector)
    if person is not None:
        mention.kind = "PER"
        mention.actor = Actor(
            actor.text, person.name, person.country, person.sector, person.actor_id
        )
