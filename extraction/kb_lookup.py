"""Knowledge-base phrases in a sentence: the longest phrase wins, read in the article's
context (a surname seen before, a compass region, a town that is also a given name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .codes import NON_STATE_CODES
from .kb import NAME_SPLIT, ActorEntry, KnowledgeBase, PlaceEntry, folded
from .lexicon import Lexicon, known_word
from .model import Actor
from .spans import ArticleMemory, EntitySpan, Sentence, particle_name

# a Roman regnal number as German writes it, an ordinal with its dot ("Abdullah II.")
REGNAL_NUMBER = re.compile(r"[IVX]+\.")

__all__ = ["kb_match", "town_in_name"]

MAX_PHRASE = 6


# a town that this many of the KB's persons bear as their given name is a given name before
# any capitalised word ("David Frost"; "Sydney Olympics", two persons, stays the city)
COMMON_GIVEN_NAME = 10


def _actor_from_entry(text: str, entry: ActorEntry) -> Actor:
    return Actor(
        text=text,
        name=entry.name,
        country=entry.country,
        sector=entry.sector,
        actor_id=entry.actor_id,
    )


def kb_match(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, i: int, day: str | None, memory: ArticleMemory
) -> EntitySpan | None:
    """Longest KB phrase (actor, place, article alias) starting at token ``i``."""
    words, n = s.words, len(s.words)
    if (
        not words[i][:1].isupper()
        and not words[i][:1].isdigit()
        and not particle_name(lex, words[i])
    ):
        return None
    first = folded(s.lowers[i])
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
        and first not in memory.bodies
        and not weak_adj
        and not hyphen_name
        and not any(
            first.endswith(sfx)
            and (first[: -len(sfx)] in kb.first_words or first[: -len(sfx)] in memory.aliases)
            for sfx in suffixes[1:]
        )
    ):
        return None
    texts = _phrases(s, i, _phrase_end(kb, s.lowers, i))
    for j in range(i + len(texts), i, -1):
        text = texts[j - i - 1]
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
        if j - i == 1 and _in_foreign_name(kb, lex, words, i, mention):
            return None
        mention.genitive = bool(sfx) or (j < n and words[j] in ("'s", "\u2019s"))
        return mention
    return None


def _phrase_end(kb: KnowledgeBase, lowers: list[str], i: int) -> int:
    """Where the phrases read at ``i`` end at the latest: right after the first word inside the
    stretch that no KB name of several words has (:attr:`KnowledgeBase.name_words`), for
    words ``i`` to ``j`` can be such a name only when every word between the first and the
    last is one of its words, also in the form a reading gives it (folded; a German
    adjective's -en as -e: "Vereinigten"); the last may also lose a genitive's ending. Most
    phrases tried were no name: this spares their look-ups. A hyphen in a word ends the
    test: hyphenated words are read joined and split."""
    stop = min(len(lowers), i + MAX_PHRASE)
    for k in range(i + 1, stop - 1):
        low = lowers[k]
        plain = folded(low)  # ``low`` itself when it is ASCII: searched once
        if NAME_SPLIT.search(low) or (plain is not low and NAME_SPLIT.search(plain)):
            return stop
        forms = (low, plain, low[:-1], plain[:-1]) if low.endswith("en") else (low, plain)
        if kb.name_words.isdisjoint(forms):
            return k + 1
    return stop


def _in_foreign_name(
    kb: KnowledgeBase, lex: Lexicon, words: list[str], i: int, mention: EntitySpan
) -> bool:
    """Whether a country named in another language than the text's is a word of a name,
    standing right after a capitalised word or a name particle ("Bank Austria", "Statistik
    Austria", "Stade de France" in German news, which says Österreich and Frankreich)."""
    names = kb.country_names.get(lex.lang)
    if not names or mention.kind != "COUNTRY" or mention.place is None or i == 0:
        return False
    if mention.place.name.lower() in names or words[i].isupper():
        return False
    before = words[i - 1]
    particles = lex.words["name_particles"] - lex.words.get("articles", set())
    return before[:1].isupper() or before.lower() in particles


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
            # the adjectives of a name inflect: "Vereinigten Staaten", "der Demokratischen
            # Republik Kongo", "die Vereinigten Arabischen Emirate" -> their -e form
            *adjectives, noun = key.split(" ")
            if any(w.endswith("en") for w in adjectives):
                base = [w[:-1] if w.endswith("en") else w for w in adjectives]
                mention = _lookup(kb, " ".join([*base, noun]), text, day, memory, i, j)
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


def _phrases(s: Sentence, i: int, stop: int) -> list[str]:
    """Words ``i`` to ``j`` as written, for each ``j`` up to ``stop`` (from one pass, shortest
    first): a hyphen the tokenizer split off stays joined to the words it touches
    ("Guinea-Bissau", "Timor-Leste"); a regnal number loses the dot German writes after it
    ("König Abdullah II.", "Papst Benedikt XVI.")."""
    out: list[str] = []
    texts: list[str] = []
    for k in range(i, stop):
        word = s.words[k]
        if k > i and REGNAL_NUMBER.fullmatch(word):
            word = word[:-1]
        touching = k > i and s.offsets[k] == s.offsets[k - 1] + len(s.words[k - 1])
        if touching and (word == "-" or s.words[k - 1] == "-"):
            out[-1] += word
        else:
            out.append(word)
        texts.append(" ".join(out))
    return texts


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
    actor = memory.named_again(key) if j - i == 1 else None
    if actor is not None:
        return EntitySpan(
            i, j, "PER", Actor(text, actor.name, actor.country, actor.sector, actor.actor_id)
        )
    if key in memory.bodies and j - i == 1:
        body = memory.bodies[key]
        return EntitySpan(i, j, "ORG", Actor(text, body.name, body.country, body.sector))
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


def town_in_name(
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
    "Alejandro Rivera", "Dos Santos"), any town after an honorific ("Mr Houston"), a name
    particle before a name ("Nguyen Van Ly"), or a first word of the KB's person names before
    a capitalised word that is neither a name the KB knows nor a word of the language's
    dictionary ("Nigel Lawson", not "Nigel Stadtrat");
    after a title, after a given name many KB persons bear, or when the KB knows it as a last
    name, that word may be a dictionary word ("David Frost", "David Gill")."""
    words = s.words
    if m.kind != "PLACE" or m.end != m.start + 1 or m.place is None:
        return False
    low = words[m.start].lower()
    if before and low in kb.surnames:
        return True
    if m.start and words[m.start - 1].lower().rstrip(".") in lex.words["honorifics"]:
        return True  # "Mr Houston", "Frau Essen": an honorific names a person by surname
    k = m.end
    particles = lex.words["name_particles"]
    if low in particles and k + 1 < len(words) and words[k].lower() in particles:
        return words[k + 1][:1].isupper()  # "Van der Bellen": a chain of particles opens a name
    if k >= len(words) or not (words[k][:1].isupper() and words[k].isalpha()):
        return False
    if low not in kb.person_first_words and low not in particles:
        return False
    if kb_match(kb, lex, s, k, day, memory) is not None:
        return False
    return (
        before == "title"
        or kb.given_name_people.get(low, 0) >= COMMON_GIVEN_NAME
        or words[k].lower() in kb.surnames
        or not known_word(words[k], lex.lang)
    )
