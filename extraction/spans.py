"""The spans entity rules work on: a sentence's tokens, an entity span, the article's memory
of persons and countries; and the word tests several rules share.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TypeVar

from .kb import PlaceEntry, folded
from .lexicon import Lexicon
from .model import Actor

__all__ = [
    "TOWN_WORD",
    "ArticleMemory",
    "EntitySpan",
    "Sentence",
    "after_word",
    "modifier_of",
    "opens_participle",
    "particle_name",
    "predicate_verb",
    "span_end",
]

T = TypeVar("T")

TOWN_WORD = "town"  # the mark of a name word that is also a town (see town_in_name)


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

    @cached_property
    def lowers(self) -> list[str]:
        """The words in lower case, computed once: most rules of a sentence read them (a
        reader must not change the list)."""
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
    prep_at: int | None = None  # where ``prep`` stands
    dateline: bool = False  # a place of the story's dateline ("Genf - Russland hat ...")
    supranational: bool = False  # "europäische Staaten", "ein südamerikanisches Land"
    agent_noun: bool = False  # built on an agent noun, not on a name ("die Vermittler")
    # a description of a state ("das Land") or a bare title of a person ("der Minister") named
    # before: not counted again
    anaphor: bool = False

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


def _family_name_first(parts: list[str], k: int) -> bool:
    """Whether a two-letter word is the family name of a name written family name first, as
    Chinese and Korean names are ("Xi Jinping", "Li Keqiang"): later the article calls the
    person by it ("Xi sagte")."""
    return k == 0 and len(parts) == 2 and len(parts[0]) == 2 and parts[0][1:].islower()


@dataclass
class ArticleMemory:
    """What earlier sentences established: short names and the people met so far."""

    aliases: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)
    countries: dict[str, int] = field(default_factory=dict)
    bodies: dict[str, Actor] = field(default_factory=dict)  # names of bodies the KB lacks
    # countries named in sentences with no event: not the article's main country (they lent
    # junk events an actor), but the home of a party or court it names no country for
    named: dict[str, int] = field(default_factory=dict)
    # every state named so far, in the order named: what "die beiden Länder" refer to
    states: list[str] = field(default_factory=list)
    # the persons named with a title, with the title's key ("außenminister"), in order: whom
    # a bare title ("der Minister", "the president") refers back to
    titled: list[tuple[str, Actor]] = field(default_factory=list)
    # the armed groups named so far, in order: whom "die Rebellen", "the militants" refer to
    armed_groups: list[Actor] = field(default_factory=list)
    # the actor that opened the sentence before as its subject, with its definite article
    # ("die", "das"): what a pronoun of that gender opening the next sentence stands for
    subject: tuple[str, EntitySpan] | None = None

    def main_country(self) -> str | None:
        """The country named most often in the article's coded sentences so far, if it
        clearly leads."""
        return _leading(self.countries)

    def home_country(self) -> str | None:
        """The country named most often in all the article's sentences so far, if it clearly
        leads: where its parties, parliaments and courts without a country of their own belong."""
        return _leading(self._all_named())

    def home_country_besides(self, country: str) -> str | None:
        """The article's leading country (:meth:`home_country`) once ``country`` is set
        aside: the other side of a story about two states."""
        counts = self._all_named()
        counts.pop(country, None)
        return _leading(counts)

    def _all_named(self) -> dict[str, int]:
        """How often each country was named, in sentences with an event or without."""
        counts = dict(self.named)
        for c, n in self.countries.items():
            counts[c] = counts.get(c, 0) + n
        return counts

    def remember(self, actor: Actor, full_name: str) -> None:
        self.persons.append(actor)
        parts = full_name.split()
        for k, part in enumerate(parts):
            if (len(part) >= 3 or _family_name_first(parts, k)) and part[0].isupper():
                self.aliases.setdefault(folded(part.lower()), actor)

    def named_again(self, word: str) -> Actor | None:
        """The person a short name the article introduced means ("Kamau" after "President
        Joseph Kamau"), who becomes the latest person a pronoun may refer to."""
        actor = self.aliases.get(folded(word.lower()))
        if actor is not None:
            self.persons.append(actor)
        return actor

    def relocate(self, old: Actor, new: Actor) -> None:
        """``old`` turned out to be ``new`` (its country found later in its sentence): the
        article's later short names and titles find it with that country."""
        self.persons = [new if p is old else p for p in self.persons]
        self.titled = [(key, new if p is old else p) for key, p in self.titled]
        for key, actor in self.aliases.items():
            if actor is old:
                self.aliases[key] = new

    def entitle(self, title: str, actor: Actor) -> None:
        """Remember that the article named ``actor`` with the title of key ``title``."""
        self.titled.append((title, actor))

    def persons_titled(
        self, title: str, n: int, named_now: Sequence[tuple[str, Actor]] = ()
    ) -> list[Actor]:
        """The ``n`` latest distinct persons named with ``title`` or a compound ending in it,
        oldest first, also of ``named_now`` (title keys and persons not yet remembered):
        "der Minister" is the "Außenminister" named before."""
        titled = [actor for key, actor in (*self.titled, *named_now) if key.endswith(title)]
        return _last_distinct(titled, n, lambda actor: actor.name or actor.text)

    def last_persons(self, n: int) -> list[Actor]:
        """The ``n`` most recent distinct persons, oldest first."""
        return _last_distinct(self.persons, n, lambda actor: actor.name)

    def last_states(self, n: int) -> list[str]:
        """The ``n`` most recently named distinct states, oldest first."""
        return _last_distinct(self.states, n, lambda country: country)

    def person_of(self, country: str | None, sector: str | None) -> Actor | None:
        for actor in reversed(self.persons):
            if (
                country
                and actor.country == country
                and (not sector or actor.sector == sector or actor.sector is None)
            ):
                return actor
        return None


def _last_distinct(items: list[T], n: int, key: Callable[[T], object]) -> list[T]:
    """The ``n`` last items of distinct ``key``, oldest first."""
    out: list[T] = []
    for item in reversed(items):
        if all(key(item) != key(seen) for seen in out):
            out.append(item)
        if len(out) == n:
            break
    return out[::-1]


def _leading(counts: dict[str, int]) -> str | None:
    """The country of ``counts`` named at least twice as often as any other."""
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def span_end(atom) -> int:
    return atom.end if isinstance(atom, EntitySpan) else atom[2][0]


def particle_name(lex: Lexicon, word: str) -> bool:
    """A name written with a lower-case Arabic article: "al-Qaida", "el-Baradei"."""
    particle, sep, rest = word.partition("-")
    return bool(sep) and rest[:1].isupper() and particle in lex.words["name_particles"]


def predicate_verb(lex: Lexicon, lemmas: list[str]) -> bool:
    """Whether one of ``lemmas`` is a copula that may take a predicate noun."""
    return any(lemma in lex.words.get("predicate_verbs", ()) for lemma in lemmas)


def after_word(
    lex: Lexicon,
    lowers: list[str],
    at: int,
    words: Collection[str],
    articles: Collection[str] | None = None,
) -> bool:
    """Whether one of ``words`` stands right before word ``at`` or before its article ("in
    Russland", "in der Türkei", "zwischen den beiden Staaten"): one of ``articles``, the
    definite ones unless given."""
    articles = lex.words["definite_articles"] if articles is None else articles
    k = at - 1
    if k > 0 and lowers[k] in articles:
        k -= 1
    return k >= 0 and lowers[k] in words


def modifier_of(lex: Lexicon, word: str, country: str | None) -> bool:
    """A word that may stand between a noun and its genitive place: the place's own demonym
    or compass adjective ("der syrischen Golanhöhen", "of southern Serbia")."""
    return lex.demonyms.get(word) == country or word in lex.words.get("compass_words", ())


def opens_participle(lex: Lexicon, between: list[str]) -> bool:
    """Whether the words between a noun and a country open a participle phrase whose agent
    the country is: an article before "von" ("Truppen der von Russland unterstützten
    Regierung" are the government's, not Russia's)."""
    return any(
        w in lex.words["agent_preps"] and before in lex.words.get("articles", ())
        for before, w in pairwise(between)
    )
