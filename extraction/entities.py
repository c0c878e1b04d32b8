"""Entities of a sentence (actors, groups, places) as spans, resolved against the KB and the
article so far. (A *mention* is the stream's record of an event seen in an article.)

Rules, not lists: the longest KB phrase wins (:mod:`.kb_lookup`); a demonym or a country genitive
before an agent noun makes a group ("die nordkoreanischen Soldaten", "Kims Truppen":
:mod:`.affiliation`); a title before a name makes a person ("Präsident Putin"); a bare title
refers back to the article's person of that country ("der Kremlchef", "den russischen
Präsidenten"); a name seen once is reused for its short forms (:mod:`.persons`); appositions and
genitives join their head (:mod:`.phrases`). This module runs them in order.
"""

from __future__ import annotations

from copy import deepcopy

from .affiliation import (
    armed_group_again,
    capital_adjective,
    country_fallback,
    demonym_country,
    demonym_pair,
    hyphen_compound,
    inherit_countries,
    led_by,
    may_lead,
    opposed_government,
    people_abroad,
)
from .anaphora import anaphor, anaphor_starts
from .bodies import remember_bodies
from .kb import KnowledgeBase, folded
from .kb_lookup import kb_match, town_in_name
from .lexicon import Lexicon
from .persons import combine_atoms, double_surname, name_before, remember_title
from .phrases import absorb_genitives, merge_appositions, names_no_actor
from .spans import TOWN_WORD, ArticleMemory, EntitySpan, Sentence, particle_name

__all__ = ["find_entities", "remember_persons"]


def find_entities(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, day: str | None, memory: ArticleMemory
) -> list[EntitySpan]:
    """All actor/place mentions of the sentence, left to right, non-overlapping."""
    atoms: list[EntitySpan | tuple[str, int, object]] = []
    words, lemmas, lowers, n = s.words, s.lemmas, s.lowers, len(s.words)
    leads, opens = may_lead(lex, s), anaphor_starts(lex, s, memory)
    i = 0
    while i < n:
        led = led_by(kb, lex, words, i) if leads else None
        if led is not None:
            atoms.append(("DEM", i, led))
            i = led[0]
            continue
        pair = demonym_pair(lex, words, i)
        if pair is not None:
            atoms.append(pair)
            i += 2
            continue
        m = kb_match(kb, lex, s, i, day, memory)
        if (
            m is not None
            and m.kind == "COUNTRY"
            and m.end == i + 1
            and i + 1 < n
            and lowers[i] in lex.demonyms
        ):
            place = kb_match(kb, lex, s, i + 1, day, memory)
            if place is not None and place.kind == "PLACE" and place.country == m.country:
                m = place  # "the Syrian Golan Heights": the place says it all
        if m is not None and town_in_name(
            kb, lex, s, m, name_before(kb, lex, s, atoms, i), day, memory
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
        referred = anaphor(kb, lex, s, i, day, memory, atoms) if opens[i] else None
        if referred is not None:
            i, referents = referred
            atoms.extend(referents)
            continue
        low = lowers[i]
        hyphen = hyphen_compound(kb, lex, words[i], day, memory)
        if hyphen is not None and _titles_new_name(kb, lex, s, i, day, memory):
            # "US-Außenminister John Okonkwo": a title, which the name after it joins
            atoms.append(("AGT", i, (i + 1, (hyphen.sector, True, hyphen.country))))
            i += 1
            continue
        if hyphen is not None:
            atoms.append(EntitySpan(i, i + 1, "GROUP", hyphen, agent_noun=True))
            i += 1
            continue
        two = f"{low} {lowers[i + 1]}" if i + 1 < n else ""
        if two and two in lex.demonyms:
            atoms.append(("DEM", i, (i + 2, lex.demonyms[two])))
            i += 2
            continue
        capital = capital_adjective(lex, s, i)
        if capital is not None:
            atoms.append(("DEM", i, (i + 1, capital)))
            i += 1
            continue
        # English writes its demonyms capitalised: a lower-case word is not looked up
        capitalised = lex.lang != "en" or words[i][:1].isupper()
        demonym = demonym_country(lex, low) if capitalised else None
        if demonym is not None:
            atoms.append(("DEM", i, (i + 1, demonym)))
            i += 1
            continue
        if two and two in lex.agents:
            atoms.append(("AGT", i, (i + 2, lex.agents[two])))
            i += 2
            continue
        agent = lex.agent(lemmas[i], words[i])
        if agent is not None and _attribute_of_agent(lex, s, i):
            i += 1  # "der Oberste Gerichtshof": an adjective, no colonel ("Oberst")
            continue
        if agent is not None and (lex.lang != "de" or words[i][:1].isupper()):
            sector, is_title, own_country = agent
            if is_title and sector != "GOV" and _counted(lex, words, i):
                # "zwölf Journalisten": a group, no person; officials counted are of several
                # states ("mehrere Staatschefs", "the two presidents")
                agent = (sector, False, own_country)
            atoms.append(("AGT", i, (i + 1, agent)))
        elif s.ents and s.ents[i] in ("PERSON", "ORG", "GPE", "NORP"):
            j = i + 1
            while j < n and s.ents[j] == s.ents[i] and s.ents[j]:
                j += 1
            atoms.append(("NER", i, (j, s.ents[i])))
            i = j
            continue
        elif i > 0 and (
            (words[i][:1].isupper() and words[i].isalpha())
            or particle_name(lex, words[i])
            or double_surname(words[i], atoms, i)
        ):
            atoms.append(("CAP", i, (i + 1, None)))  # a name word; also "al-Assad"
        i += 1
    mentions = combine_atoms(atoms, s, lex, memory)
    mentions = merge_appositions(lex, s, mentions, memory)
    mentions = absorb_genitives(lex, s, mentions)
    mentions = [m for m in mentions if not (m.agent_noun and names_no_actor(lex, s, m))]
    inherit_countries(lex, s, mentions)
    people_abroad(lex, s, mentions)
    named = [a for a in atoms if isinstance(a, EntitySpan) and not a.agent_noun]
    armed_group_again(lex, s, mentions, memory, named)
    country_fallback(lex, s, mentions, memory)
    opposed_government(lex, s, mentions)
    remember_bodies(lex, s, mentions, memory)
    return mentions


def _counted(lex: Lexicon, words: list[str], i: int) -> bool:
    """Whether the noun at ``i`` follows a count of more than one ("12 Journalisten",
    "mehrere Diplomaten"): German weak nouns read the same in the singular's cases."""
    before = words[i - 1].lower() if i > 0 else ""
    return before.isdigit() or lex.conf["number_words"].get(before, 0) > 1


def _titles_new_name(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, i: int, day: str | None, memory: ArticleMemory
) -> bool:
    """Whether the hyphenated compound at ``i`` is a title of one person ("US-Außenminister",
    "Caritas-Präsident"; not "zwei US-Diplomaten") before a name the knowledge base does not
    know ("US-Botschafter John Okonkwo"): a person of the prefix's country. A known person
    after it keeps the knowledge base's country and role ("EU-Ratspräsident Donald Tusk")."""
    words = s.words
    rest = words[i].partition("-")[2]
    agent = lex.agent(lex.lemma(rest), rest) if rest else None
    if agent is None or not agent[1] or _counted(lex, words, i) or i + 1 >= len(words):
        return False
    if i > 0 and s.lowers[i - 1] in lex.demonyms:
        return False  # "der irakische IS-Chef": whose country, the adjective's or the prefix's?
    if not (words[i + 1][:1].isupper() and words[i + 1].isalpha()):
        return False
    known = kb_match(kb, lex, s, i + 1, day, memory)
    return known is None or known.kind != "PER"


def _attribute_of_agent(lex: Lexicon, s: Sentence, i: int) -> bool:
    """Whether the German agent word at ``i`` is an adjective of the agent noun after it: its
    lemma plus an adjective ending ("Oberste", read as "Oberst") before a capitalised agent
    noun ("der Oberste Gerichtshof", "das Oberste Volksgericht"); two agent nouns do not stand
    side by side without a comma or a conjunction."""
    word, lemma = s.lowers[i], s.lemmas[i]
    if lex.lang != "de" or i + 1 >= len(s.words) or not s.words[i + 1][:1].isupper():
        return False
    inflected = any(word == lemma + ending for ending in lex.adjective_endings)
    return inflected and lex.agent(s.lemmas[i + 1], s.words[i + 1]) is not None


def _names_country(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, i: int, day: str | None, memory: ArticleMemory
) -> bool:
    """Whether the word at ``i`` names a country ("polnische", "Polens")."""
    if s.lowers[i] in lex.demonyms:
        return True
    m = kb_match(kb, lex, s, i, day, memory)
    return m is not None and m.kind == "COUNTRY"


def remember_persons(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, day: str | None, memory: ArticleMemory
) -> None:
    """A sentence with no trigger is not coded, but the persons it names are remembered, so
    that a later short name or bare title ("Putin", "der Kremlchef") finds them, and a short
    name of the article's persons makes its person the latest named. Only those, found by a
    cheap first-word test: this runs on most sentences of an article."""
    words, lowers, first_words = s.words, s.lowers, kb.person_first_words
    i, n = 0, len(words)
    while i < n:
        if words[i][:1].isupper() and (
            lowers[i] in first_words or folded(lowers[i]) in memory.aliases
        ):
            m = kb_match(kb, lex, s, i, day, memory)
            if m is not None:
                if m.kind == "PER" and m.actor is not None:
                    memory.remember(m.actor, m.actor.name or m.actor.text)
                    remember_title(lex, s, m, memory)
                i = m.end
                continue
        i += 1
    if _titles_a_name(lex, s):
        remember_new_titled(kb, lex, s, day, memory)


def _titles_a_name(lex: Lexicon, s: Sentence) -> bool:
    """Whether a title stands right before a capitalised word ("Außenminister Jan Novák"):
    maybe a person the KB does not know, whom only the full mention pass finds."""
    words, lemmas = s.words, s.lemmas
    for i in range(len(words) - 1):
        nxt = words[i + 1]
        if nxt[:1].isupper() and nxt.isalpha() and (lex.lang != "de" or words[i][:1].isupper()):
            agent = lex.agent(lemmas[i], words[i])
            if agent is not None and agent[1]:
                return True
    return False


def remember_new_titled(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, day: str | None, memory: ArticleMemory
) -> None:
    """Remember the persons the KB does not know whom ``s`` introduces with a title and their
    country ("der polnische Außenminister Jan Novák"), for a later surname or bare title. A
    country guessed from elsewhere may be wrong, and a person of none would only hide, from a
    later pronoun, the persons it means. The pass runs on a copy of ``memory``: the rest of
    what it remembers is for the coded sentences to add."""
    copy = deepcopy(memory)
    for m in find_entities(kb, lex, s, day, copy):
        actor = m.actor
        if (
            m.kind != "PER"
            or actor is None
            or not actor.country
            or actor.name in (None, actor.text)
        ):
            continue
        title_at = m.end - len(actor.name.split()) - 1
        told = any(_names_country(kb, lex, s, k, day, copy) for k in range(m.start, title_at))
        # "der US-Botschafter Jan Novák": the title's own prefix tells the country
        told = told or hyphen_compound(kb, lex, s.words[title_at], day, copy) is not None
        if folded(actor.name.split()[-1].lower()) in memory.aliases or not told:
            continue
        memory.remember(actor, actor.name)
        agent = lex.agent(s.lemmas[title_at], s.words[title_at])
        if agent is not None and agent[1]:
            memory.entitle(lex.title_key(s.lemmas[title_at]), actor)
