"""Coordinated actors of a sentence, and the (source, target) pairs of a statement about them.

"Putin und Kim trafen sich", "Germany, France and Italy sanctioned Iran", "der deutsche und
der französische Außenminister": a role held by several actors is coded as one event per
(source, target) pair, all of one statement. Roles are assigned to a group's first member (its
leader) as if it stood alone; the other members stay out of role assignment, so that "Polen und
Ungarn kritisierten X" does not read Ungarn as the target, and come back as pairs.

A group comes from the parse where the sentence is coded from it (a ``conj`` relation between
two mentions), else from word order (mentions joined by a coordinator or a list comma, articles
allowed in between). "beide"/"both", which stands for the article's last two persons, is a
group too.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, pairwise, product

from .lexicon import Lexicon
from .model import Actor, actor_key
from .spans import EntitySpan, Sentence

__all__ = ["MAX_PAIRS", "Coordination", "coordinate"]

# Events of one statement at most: a long list ("A, B, C, D und E kritisierten X und Y") is
# coded by its first pairs in word order rather than by every combination.
MAX_PAIRS = 4
COMMA = ","
GLOSS_WORDS = 3  # a party or abbreviation in brackets after a name: "(SPÖ)", "(D-Calif.)"
LINK_DEPS = frozenset({"cc", "punct", "det"})  # what the parse may put between two conjuncts


class Coordination:
    """The groups of coordinated mentions of one sentence (each in word order, at least two),
    with what role assignment and pairing read from them."""

    def __init__(
        self, lex: Lexicon, s: Sentence, mentions: list[EntitySpan], groups: list[list[EntitySpan]]
    ) -> None:
        self.mentions = mentions
        self.groups = groups
        self._group: dict[int, list[EntitySpan]] = {id(m): g for g in groups for m in g}
        followers = {id(m) for g in groups for m in g[1:]}
        self.leaders = [m for m in mentions if id(m) not in followers]
        self.covered = {i for m in mentions for i in range(m.start, m.end)}
        # the commas inside a list of actors, which do not end a stretch of the sentence
        self.joints = {
            k
            for g in groups
            for a, b in pairwise(g)
            for k in range(a.end, b.start)
            if s.words[k] == COMMA
        }
        self._lowers = s.lowers
        self._reciprocal = lex.words["reciprocal_words"]
        between = lex.words["between_preps"]
        # leaders of groups after "zwischen"/"between": an act between them
        self._between = {
            id(g[0])
            for g in groups
            if between.intersection(self._lowers[max(0, g[0].start - 3) : g[0].start])
        }

    def leader_at(self, k: int) -> EntitySpan | None:
        """The leader of the mention holding token ``k``, if one does."""
        for m in self.mentions:
            if m.start <= k < m.end:
                return self._group.get(id(m), [m])[0]
        return None

    def members(self, m: EntitySpan) -> list[EntitySpan]:
        """``m`` and the actors coordinated with it (only ``m`` when it stands alone)."""
        group = self._group.get(id(m), [m])
        return [m] + [x for x in group if x is not m and x.actor is not None]

    def mutual(self, span: tuple[int, int], source: EntitySpan | None) -> bool:
        """Whether the words ``span`` say that an act goes both ways ("gegenseitig", "each
        other"), or the source is a group after "zwischen"/"between"."""
        text = f" {' '.join(self._lowers[span[0] : span[1]])} "
        return id(source) in self._between or any(f" {w} " in text for w in self._reciprocal)

    def pairs(
        self,
        source: EntitySpan | None,
        target: EntitySpan | None,
        mutual: bool,
        guessed: bool = False,
    ) -> list[tuple[EntitySpan | None, EntitySpan | None]]:
        """The (source, target) pairs of a statement whose roles are ``source`` and ``target``:
        every combination of their groups. A ``mutual`` act whose source is a group and whose
        target is missing or only ``guessed`` ("Putin und Kim trafen sich", "Kämpfe zwischen X
        und Y") is between the group's members: each pair once, as a reciprocal gold event
        matches either direction. Pairs whose actors resolve to the same codes as an earlier
        pair, or to each other's, are left out: they would be the same event."""
        sources = self.members(source) if source is not None else [None]
        targets = self.members(target) if target is not None else [None]
        within = len(sources) > 1 and mutual and (target is None or guessed)
        combos: Iterator[tuple[EntitySpan | None, EntitySpan | None]] = (
            combinations(sources, 2) if within else product(sources, targets)
        )
        out: list[tuple[EntitySpan | None, EntitySpan | None]] = []
        seen: set[tuple[str, str]] = set()
        for a, b in combos:
            key = (actor_key(_actor(a)), actor_key(_actor(b)))
            if key in seen or (a is not None and b is not None and key[0] == key[1]):
                continue
            if _own_side(a, b, len(targets)):
                continue
            seen.add(key)
            out.append((a, b))
            if len(out) == MAX_PAIRS:
                break
        return out or [(source, target)]


def _own_side(source: EntitySpan | None, target: EntitySpan | None, targets: int) -> bool:
    """Whether ``target`` is the source's own state within a pair of states ("Der Präsident Perus
    strebt zwischen den beiden Staaten eine Einigung an": Peru is his side, not his addressee)."""
    return (
        targets > 1
        and source is not None
        and target is not None
        and target.anaphor
        and target.kind == "COUNTRY"
        and target.country == source.country
    )


def _actor(m: EntitySpan | None) -> Actor | None:
    return m.actor if m is not None else None


def coordinate(lex: Lexicon, s: Sentence, mentions: list[EntitySpan], parsed: bool) -> Coordination:
    """The coordinated mentions of ``s``: from its parse when ``parsed``, else from word order.
    Places ("in Paris und Lyon") are where an act happens, not who acts: never grouped."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(1, len(mentions)):
        if (mentions[i].start, mentions[i].end) == (mentions[i - 1].start, mentions[i - 1].end):
            parent[i] = find(i - 1)  # "beide"/"both": two persons on one word
    links = _parse_links(s, mentions) if parsed else _word_links(lex, s, mentions)
    for i, j in links:
        if "PLACE" not in (mentions[i].kind, mentions[j].kind):
            a, b = sorted((find(i), find(j)))
            parent[b] = a
    grouped: dict[int, list[EntitySpan]] = {}
    for i, m in enumerate(mentions):
        grouped.setdefault(find(i), []).append(m)
    return Coordination(lex, s, mentions, [g for g in grouped.values() if len(g) > 1])


def _parse_links(s: Sentence, mentions: list[EntitySpan]) -> list[tuple[int, int]]:
    """Mentions one of whose words is a ``conj`` of a word of another, with only coordinators,
    punctuation, articles and other mentions between them ("the German and French ministers":
    French is a conjunct of German; "Chile, Peru and Bolivia": both are conjuncts of Chile)."""
    owner = {k: i for i, m in enumerate(mentions) for k in range(m.start, m.end)}
    links = []
    for k, dep in enumerate(s.deps):
        i, j = owner.get(k), owner.get(s.heads[k])
        if dep != "conj" or i is None or j is None or i == j:
            continue
        a, b = sorted((mentions[i], mentions[j]), key=lambda m: m.start)
        if all(s.deps[x] in LINK_DEPS or x in owner for x in range(a.end, b.start)):
            links.append((i, j))
    return links


def _word_links(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> list[tuple[int, int]]:
    """Neighbouring mentions joined by one coordinator ("und", "sowie", "and") or by a list
    comma that a coordinator closes ("Chile, Peru und Bolivien"), articles allowed after it.
    A comma before the coordinator ("Peru, and Bolivia") joins only within such a list: after
    a single actor it more often starts a new clause ("…, and Poland protested")."""
    lowers = s.lowers
    coordinators = lex.words["coordinators"]
    articles = lex.words["definite_articles"] | lex.words.get("articles", set())
    links: list[tuple[int, int, str]] = []  # (left, right, "and" | "," | ", and")
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        gap = _without_gloss(lowers[a.end : b.start])
        while gap and gap[-1] in articles:
            gap = gap[:-1]
        if gap and " ".join(gap) in coordinators:
            links.append((i - 1, i, "and"))
        elif gap == [COMMA]:
            links.append((i - 1, i, COMMA))
        elif len(gap) == 2 and gap[0] == COMMA and gap[1] in coordinators:
            links.append((i - 1, i, ", and"))
    kept: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for link in [*links, (-1, -1, "")]:  # a sentinel closes the last run
        if run and link[0] != run[-1][1]:
            kept.extend(_closed_list(run))
            run = []
        if link[2]:
            run.append(link)
    return kept


def _without_gloss(gap: list[str]) -> list[str]:
    """The words between two mentions without a bracketed gloss after the first ("Faymann
    (SPÖ) und Mikl-Leitner")."""
    if gap[:1] == ["("] and ")" in gap[: GLOSS_WORDS + 2]:
        return gap[gap.index(")") + 1 :]
    return gap


def _closed_list(run: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The links of a run of neighbouring links that a list really makes: commas count only
    up to a closing coordinator, an Oxford comma only after another comma."""
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    for left, right, kind in run:
        if kind == COMMA:
            pending.append((left, right))
        elif kind == "and" or pending:
            out.extend(pending)
            out.append((left, right))
            pending = []
        else:
            pending = []
    return out
