"""Stretches of a sentence between punctuation: glosses and appositions do not cut one.

The trigger finder and the word-order roles both work on these stretches.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection

from .lexicon import Lexicon

__all__ = [
    "addition_commas",
    "apposition_commas",
    "apposition_pairs",
    "clause_segs",
    "gloss_brackets",
    "included_insertions",
    "list_commas",
    "split_segments",
]

DASHES = {"\u2013", "\u2014"}  # en and em dash
# marks that end a clause (quotation marks and brackets stand inside one)
CLAUSE_END = {",", ";", ":", ".", "!", "?"} | DASHES
PUNCT_BREAK = {",", ";", ":", "(", ")", "'", '"', "\u201e", "\u201c", "\u201d"} | DASHES


GLOSS_REACH = 6  # the most words a bracketed gloss holds
# the word lists whose words open a clause of their own (an apposition ends before none)
CLAUSE_OPENERS = ("relative_pronouns", "subordinators", "coordinators", "complementizers")


def gloss_brackets(words: list[str], agencies: Collection[str]) -> list[tuple[int, int]]:
    """The brackets (opening and closing index) around a gloss: an abbreviation, a name or an
    amount, words that are all capitalised or numbers ("hat Anhänger der Terrormiliz (IS)
    festgenommen", "einen Kredit von 90 Millionen Kronen (8,1 Millionen Euro) gewähren"); a
    lower-case word may be a verb of a clause of its own. A news agency's
    credit, "(Reuters)", ends a headline."""
    brackets = []
    for i, word in enumerate(words):
        if word != "(":
            continue
        inner = words[i + 1 : i + 2 + GLOSS_REACH]
        if ")" not in inner[1:]:
            continue
        inner = inner[: inner.index(")")]
        if all(not w[:1].islower() and w.lower() not in agencies and w != "(" for w in inner):
            brackets.append((i, i + len(inner) + 1))
    return brackets


def apposition_pairs(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """The commas around a German name or abbreviation set off after a noun ("lud den
    Präsidenten Boliviens, Tomás Quispe, ein"; "hat die Beobachter der Vereinten Nationen,
    kurz UN, des Landes verwiesen"): capitalised words only, after a gloss marker at most,
    with the clause going on after them (a lower-case word that opens no clause of its own).
    They set off no clause, so they neither cut the verb from its particle nor its object.
    Returns the index pairs of the two commas."""
    if lex.lang != "de":
        return []
    markers = lex.words["gloss_markers"]
    pairs = []
    for i in range(1, len(words)):
        if (
            words[i] != ","
            or not words[i - 1][:1].isupper()
            or not _may_open_name(words, i + 1, markers)
        ):
            continue
        j = next((k for k in range(i + 1, len(words)) if not words[k][:1].isalnum()), len(words))
        inner = words[i + 1 : j]
        if inner and inner[0].lower() in markers:
            inner = inner[1:]
        if (
            0 < len(inner) <= GLOSS_REACH
            and j + 1 < len(words)
            and words[j] == ","
            and all(w[:1].isupper() for w in inner)
            and words[j + 1][:1].islower()
            and not _opens_clause(lex, words[j + 1])
        ):
            pairs.append((i, j))
    return pairs


def _may_open_name(words: list[str], k: int, markers: Collection[str]) -> bool:
    """Whether the word at ``k`` may open an apposition: capitalised or a gloss marker
    ("kurz"). Most commas are followed by neither, and are passed over before the search
    for the apposition's end."""
    return k < len(words) and (words[k][:1].isupper() or words[k].lower() in markers)


def _opens_clause(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` opens a clause of its own: tested in each word list, not in their
    union, which most sentences (no apposition) would build for nothing."""
    return any(word in lex.words[key] for key in CLAUSE_OPENERS)


def apposition_commas(pairs: list[tuple[int, int]]) -> set[int]:
    """The commas of the :func:`apposition_pairs` ``pairs``, which cut no stretch of the
    sentence."""
    return {k for pair in pairs for k in pair}


def included_insertions(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """The stretches between two dashes that open with a word of inclusion ("der Rat - samt
    China und Russland - verhängte", with en or em dashes): they list members of the actor
    before them, and are no clause of their own."""
    dashes = [k for k, w in enumerate(words) if w in DASHES]
    return [
        (a + 1, b)
        for a, b in itertools.pairwise(dashes)
        if b > a + 2 and words[a + 1].lower() in lex.words.get("inclusion_words", ())
    ]


def list_commas(lex: Lexicon, words: list[str]) -> set[int]:
    """The commas of a German list of nouns or names ("rief Uganda, Ruanda und Burundi zur
    Zusammenarbeit auf", "in Justiz, Polizei und den Medien vor"): after a capitalised word,
    followed by chunks of capitalised words and articles only, the last of which joins one more
    such word with a coordinator, the clause going on after it. They set off no clause, so they
    do not cut a verb from its particle."""
    if lex.lang != "de":
        return set()
    articles = lex.words["articles"]
    coordinators = lex.words["coordinators"] | {"oder"}

    def nominal(w: str) -> bool:
        return w[:1].isupper() or w.lower() in articles

    found: set[int] = set()
    for i in range(1, len(words)):
        if words[i] != "," or not words[i - 1][:1].isupper():
            continue
        run, k = [i], i + 1
        while True:
            j = k
            while j < len(words) and nominal(words[j]):
                j += 1
            if j == k or j >= len(words):
                break
            if words[j] == ",":
                run.append(j)
                k = j + 1
                continue
            if words[j].lower() in coordinators and j + 1 < len(words) and nominal(words[j + 1]):
                found.update(run)
            break
    return found


def addition_commas(lex: Lexicon, words: list[str]) -> set[int]:
    """The commas before a phrase added to its clause's role ("gehen gegen die PKK, aber auch
    gegen ihre Politiker vor", "nicht nur Chile, sondern auch Peru"): an additive opener
    (``additive_openers``) and after it only capitalised words and the words before a capitalised
    one (articles, prepositions, numbers, adjectives) up to the next mark, a separable particle
    at most closing it. The phrase has no verb of its own, so its comma does not cut the verb
    from its particle."""
    if lex.lang != "de":
        return set()
    commas = [i for i, word in enumerate(words) if word == ","]
    if not commas:
        return set()
    openers = [tuple(o.split()) for o in lex.words.get("additive_openers", ())]
    particles = lex.words["separable_particles"]
    reach = max(map(len, openers), default=0)  # the words an opener may take
    found: set[int] = set()
    for i in commas:
        after = tuple(w.lower() for w in words[i + 1 : i + 1 + reach])
        opener = next((o for o in openers if after[: len(o)] == o), None)
        if opener is None:
            continue
        start = i + 1 + len(opener)
        end = next((k for k in range(start, len(words)) if words[k] in CLAUSE_END), len(words))
        added = words[start:end]
        if added and all(
            w[:1].isupper()
            or any(x[:1].isupper() for x in added[k + 1 :])
            or (k == len(added) - 1 and w in particles)
            for k, w in enumerate(added)
        ):
            found.add(i)
    return found


def split_segments(
    words: list[str],
    joints: Collection[int] = (),
    agencies: Collection[str] = (),
    appositions: Collection[int] = (),
    brackets: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Stretches of the sentence between punctuation marks, except the ``joints`` (the commas
    of a list of actors: "Chile, Peru und Bolivien kritisierten X" is one stretch), the
    brackets around a gloss (:func:`gloss_brackets`; ``brackets`` when the caller found them)
    and the commas around an apposition (:func:`apposition_commas`)."""
    segs, start = [], 0
    if brackets is None:
        brackets = gloss_brackets(words, agencies)
    glosses = {k for bracket in brackets for k in bracket}
    glosses.update(appositions)
    for i, w in enumerate(words):
        if w in PUNCT_BREAK and i not in joints and i not in glosses:
            if i > start:
                segs.append((start, i))
            start = i + 1
    if start < len(words):
        segs.append((start, len(words)))
    return segs


def clause_segs(
    lex: Lexicon, lowers: list[str], segs: list[tuple[int, int]], seg: tuple[int, int]
) -> list[tuple[int, int]]:
    """The stretches of the German clause that ``seg`` closes: ``seg`` and, when a relative
    clause cut the clause ("sie würden die Geiseln, die sie ... hatten, freilassen"), the
    stretch before that relative clause, where its auxiliary stands (the closing stretch may
    open with an article: "..., die ... leben, die Rückkehr erlauben")."""
    here = segs.index(seg)
    relative = lex.words["relative_pronouns"]
    if lex.lang != "de" or here < 2:
        return [seg]
    (a, b), (r, _) = segs[here - 2], segs[here - 1]
    opens_clause = a == 0 or lowers[a] not in relative  # a sentence opens with an article
    return [(a, b), seg] if lowers[r] in relative and opens_clause else [seg]
