"""Which country or group an entity belongs to: demonyms and country genitives before an agent
noun ("die nordkoreanischen Soldaten", "Kims Truppen"), compound prefixes ("US-Luftangriff"),
leaders ("led by"), pronouns, and the country a sentence's other entities lend.
"""

from __future__ import annotations

from .codes import ARMED_GROUP_CODE, ARMED_GROUP_SECTORS, NON_STATE_CODES, STATE_SECTORS
from .kb import KnowledgeBase
from .lexicon import Lexicon
from .model import Actor
from .spans import (
    ArticleMemory,
    EntitySpan,
    Sentence,
    after_word,
    modifier_of,
    opens_participle,
)

__all__ = [
    "armed_group_again",
    "capital_adjective",
    "compound_voice",
    "count_named_countries",
    "country_fallback",
    "demonym_country",
    "demonym_pair",
    "hyphen_compound",
    "inherit_countries",
    "led_by",
    "may_lead",
    "named_states",
    "opposed_government",
    "people_abroad",
]

CAPITAL_BODIES = STATE_SECTORS - {"LEG"}  # a city's council is no national parliament
# parties, parliaments and courts act at home; troops and governments often abroad
HOME_SECTORS = frozenset({"PTY", "OPP", "LEG", "JUD"})
# bodies that never act abroad: an armed group fights in its own country, a parliament sits in
# it; a government, troops, police or prosecutors act on foreigners too
SEATED_SECTORS = ARMED_GROUP_SECTORS | {"LEG"}


def demonym_country(lex: Lexicon, low: str) -> str | None:
    """The country (or '' for a supranational adjective) of a demonym, also with a compass
    prefix ("westlibyschen", "nordirakische": the country's west and north)."""
    if low in lex.demonyms:
        return lex.demonyms[low]
    if not low.startswith(lex.compass_prefixes):
        return None  # most words: one test instead of one per prefix
    for prefix in lex.compass_prefixes:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and lex.demonyms.get(rest):
            return lex.demonyms[rest]
    return None


def capital_adjective(lex: Lexicon, s: Sentence, i: int) -> str | None:
    """The state of a capital's adjective before a state body ("das Moskauer
    Außenministerium"); before anything else it is the city's ("Wiener Zeitung")."""
    country = lex.capital_adjectives.get(s.lowers[i])
    if country is None or i + 1 >= len(s.words):
        return None
    agent = lex.agent(s.lemmas[i + 1], s.words[i + 1])
    return country if agent is not None and agent[0] in CAPITAL_BODIES else None


def may_lead(lex: Lexicon, s: Sentence) -> bool:
    """Whether :func:`led_by` may find anything in ``s``: each of its forms has a word of
    ``led_words``, alone ("led", "geführte") or after a hyphen ("Vietnamese-led"). Most
    sentences have none: one test per sentence spares the per-word rule."""
    led, lowers = lex.words.get("led_words"), s.lowers
    return bool(led) and (
        not led.isdisjoint(lowers)
        or not led.isdisjoint(low.rpartition("-")[2] for low in lowers if "-" in low)
    )


def led_by(kb: KnowledgeBase, lex: Lexicon, words: list[str], i: int) -> tuple[int, str] | None:
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


def demonym_pair(lex: Lexicon, words: list[str], i: int) -> EntitySpan | None:
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


def hyphen_compound(
    kb: KnowledgeBase, lex: Lexicon, word: str, day: str | None, memory: ArticleMemory
) -> Actor | None:
    """ "US-Soldaten", "UN-Vertreter", "Nato-Friedenstruppen", "US-": a country or IGO
    prefix on an (agent) noun is a group of that country; the sector comes from the head.
    A body the article named before is a prefix too ("KVP-Chef": the party's country)."""
    head, sep, rest = word.partition("-")
    if not sep or (rest and not rest[:1].isupper()):
        return None  # no prefix without a hyphen
    body = memory.bodies.get(head.lower())
    prefix = (head, body.country) if body and body.country else None
    # "PKK-Stellungen", "IS-Hochburg", "US-Stützpunkt": a military place stands for its
    # holder, as "Stellungen der PKK" does (an attack on it hits the PKK); "PKK-Mitglieder",
    # "Hamas-Anhänger": the members stand for their group, as "Mitglieder der PKK" do
    member = rest.lower() in lex.words.get("member_nouns", ())
    held = member or rest.lower() in lex.words.get("held_places", ())
    prefix = prefix or _prefix_actor(kb, lex, head, sep, day, any_group=held)
    if prefix is None:
        return None
    name, country = prefix
    if member and country == "IGO":
        return None  # "das Nato-Mitglied Norwegen": an IGO's members are states
    if not rest or held:
        return Actor(word, name if not rest else None, country)
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
    kb: KnowledgeBase, lex: Lexicon, head: str, sep: str, day: str | None, any_group: bool = False
) -> tuple[str, str] | None:
    """Name and country of the state, IGO or armed group a hyphenated prefix names; with
    ``any_group``, also of a group of one country (the holder of a place: "PKK-Stellungen")."""
    if not sep or len(head) < 2 or not head[:1].isupper():
        return None
    key = lex.acronyms.get(head) or head.lower()
    entry = kb.actor(key, day)
    if (
        entry is not None
        and entry.kind in ("COUNTRY", "ORG")
        and entry.country
        and (entry.kind == "COUNTRY" or any_group or entry.country in NON_STATE_CODES)
    ):
        return entry.name or head, entry.country
    place = kb.place(key)
    if place is not None and place.kind == "country" and place.country:
        return (entry.name if entry else head), place.country
    return None


def country_fallback(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], memory: ArticleMemory
) -> None:
    """An actor still without a country takes the one country its sentence names
    ("Demonstranten ... in Monrovia", "Präsident Omar el Baschir ... im Sudan"), else the
    country the article has named most so far. IGOs and NGOs keep their code. A German
    person or non-state group takes it only where the sentence sets something there ("im
    Sudan", a town of it) or where it is the article's country so far: a country the sentence
    names as an actor is as often the counterpart ("Außenministerin Eva Novak kritisierte
    Russland", "Gewerkschaften protestierten gegen den US-Konzern X"). So does a government
    body, troops, police or a prosecutor: they act on foreigners too ("Das Außenministerium
    bestellte den russischen Botschafter ein" names Russia as the other side); an armed
    group or a parliament (``SEATED_SECTORS``) keeps the sentence's country. Where
    the sentence names no country and the article no main one yet, a party, parliament or
    court takes the article's home country (:meth:`ArticleMemory.home_country`: "Alle
    Parteien kritisierten ..." after "... in Ägypten" in a sentence without an event); where
    the sentence names countries, which of them would be a guess ("das in Den Haag ansässige
    Gericht ... in Darfur" in a story about South Africa)."""
    states = [
        m.country
        for m in mentions
        if m.country and m.country not in NON_STATE_CODES and not m.anaphor
    ]
    before = memory.main_country()
    for c in states:
        memory.countries[c] = memory.countries.get(c, 0) + 1
    # a state a sentence names, not a town where something happened ("verhandeln in
    # Washington") nor a person's country ("Kerry")
    memory.states.extend(
        m.country
        for m in mentions
        if m.country
        and m.country not in NON_STATE_CODES
        and m.kind not in ("PLACE", "PER")
        and not m.anaphor
    )
    distinct = set(states)
    fallback = next(iter(distinct)) if len(distinct) == 1 else memory.main_country()
    for m in mentions:
        if (
            m.actor is not None
            and not m.actor.country
            and m.kind in ("PER", "GROUP", "ORG")
            and not m.title
            and not m.supranational
        ):  # "der Kanzler" in a story about Sudan is not Sudanese
            country = fallback
            if country is not None and _faces_own_state(lex, s, mentions, m, country):
                country = memory.home_country_besides(country)
            if country is None and not distinct and _homed(m):
                # "Alle Parteien kritisierten ...", the country named only where no event was
                country = memory.home_country()
            elif (
                (m.kind == "PER" or m.actor.sector not in SEATED_SECTORS)
                and lex.lang == "de"
                and fallback != before
                and not _located(lex, s, mentions, fallback, m.actor.sector not in STATE_SECTORS)
            ):
                continue
            if country is None:
                continue
            a = m.actor
            m.actor = Actor(a.text, a.name, country, a.sector, a.actor_id)
            if m.kind == "PER":
                memory.relocate(a, m.actor)


def armed_group_again(
    lex: Lexicon,
    s: Sentence,
    mentions: list[EntitySpan],
    memory: ArticleMemory,
    named: list[EntitySpan],
) -> None:
    """A definite armed-group noun with no country of its own ("die Rebellen", "the
    militants") is the armed group the article named last ("die FARC", "Islamic State"): a
    definite article refers back. The sentence's ``named`` KB actors (also those a mention
    absorbed, "Vertreter der FARC") are remembered after."""
    articles = lex.words["definite_articles"]
    for m in mentions:
        a = m.actor
        if (
            a is None
            or a.country
            or not m.agent_noun
            or a.sector not in ARMED_GROUP_SECTORS
            or m.start == 0
            or s.lowers[m.start - 1] not in articles
            or not memory.armed_groups
        ):
            continue
        group = memory.armed_groups[-1]
        m.actor = Actor(a.text, group.name, group.country, a.sector, group.actor_id)
    memory.armed_groups.extend(
        m.actor
        for m in named
        if m.actor is not None
        and m.actor.country
        and (m.actor.sector in ARMED_GROUP_SECTORS or m.actor.country == ARMED_GROUP_CODE)
    )


def opposed_government(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> None:
    """A government body with no country in a sentence whose opposition has one is that
    country's: an opposition is one by the government it opposes ("Die ukrainische Opposition
    warf der Regierung Korruption vor", "the Kenyan opposition accused the president"). Only
    an opposition named as such (``opposition_stems``: "Oppositionspartei", "opposition
    parties"), not the sector: the tables also count detainees, exiles and protesters as
    opposition, whose country is as often another's."""
    stems = tuple(lex.words.get("opposition_stems", ()))
    opposition = {
        m.country
        for m in mentions
        if m.actor is not None
        and m.country
        and any(w.startswith(stems) for w in s.lowers[m.start : m.end])
    } - NON_STATE_CODES
    if len(opposition) != 1:
        return
    (country,) = opposition
    for m in mentions:
        a = m.actor
        if a is not None and not a.country and a.sector == "GOV" and m.kind in ("GROUP", "PER"):
            m.actor = Actor(a.text, a.name, country, a.sector, a.actor_id)


def _faces_own_state(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], m: EntitySpan, country: str
) -> bool:
    """Whether a German state body ``m`` without a country would take ``country``, a state
    its sentence names as an actor: a body is its state's and does not act on it ("Das
    Militär drohte Südkorea" in a story filed in Seoul is the other state's). Not where the
    sentence sets something in the state ("in den USA", a town of it). English keeps the
    sentence's country: on unseen BBC news, British news names "the UK" as its own
    government's ground ("detained in the UK") and the rule cost right events."""
    return (
        lex.lang == "de"
        and m.actor is not None
        and m.actor.sector in STATE_SECTORS
        and not _located(lex, s, mentions, country)
        and any(
            o is not m
            and o.kind == "COUNTRY"
            and not o.anaphor
            and o.country == country
            and not after_word(lex, s.lowers, o.start, _locative_preps(lex))
            for o in mentions
        )
    )


def _homed(m: EntitySpan) -> bool:
    """Whether a mention belongs to the article's home country when nothing else places it:
    a party, parliament or court ("die Parteien", "ein Sondergericht"). Not a government
    body, troops or police: news shows them abroad as often as at home, and on unseen news
    their home country turned junk triggers into events."""
    return m.kind == "GROUP" and m.actor is not None and m.actor.sector in HOME_SECTORS


def count_named_countries(
    kb: KnowledgeBase, lex: Lexicon, s: Sentence, memory: ArticleMemory, filed_in: str | None
) -> None:
    """Tally the countries a sentence with no event names, for
    :meth:`ArticleMemory.home_country`, and ``filed_in``, the country of a dateline it opens
    with (where a sentence with an event opens with it, its mention counts it). A word test,
    not the mention pass: this runs on most sentences of an article."""
    for country in ([filed_in] if filed_in else []) + named_states(kb, lex, s.words):
        memory.named[country] = memory.named.get(country, 0) + 1
        memory.states.append(country)


def named_states(kb: KnowledgeBase, lex: Lexicon, words: list[str]) -> list[str]:
    """The states ``words`` name by a name or demonym, in order."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        country, i = _named_country(kb, lex, words, i)
        if country and country not in NON_STATE_CODES and country != "-":
            out.append(country)
    return out


def _named_country(
    kb: KnowledgeBase, lex: Lexicon, words: list[str], i: int
) -> tuple[str | None, int]:
    """The country the words at ``i`` name and where the next name may start: a demonym ("das
    ägyptische Parlament") or a country's name of one or two words, also in the genitive
    ("Islands Regierungschef")."""
    word = words[i]
    if word.islower():
        return demonym_country(lex, word) or None, i + 1
    if not word[:1].isupper():
        return None, i + 1
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        country = kb.country_of(f"{word} {words[i + 1]}")
        if country:
            return country, i + 2
    return lex.named_country(word), i + 1


def _located(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], country: str, directions: bool = True
) -> bool:
    """Whether the sentence names ``country`` as a place: a town or region of it, or the
    country after a locative preposition ("in Russland", "aus Moskau"). Without
    ``directions``, not a country a movement comes from or goes to ("Flüchtlinge aus der
    Türkei stoppen", "nach Ungarn zurückschieben"): what places a person of it does not
    place the state body that acts on the movement."""
    preps = _locative_preps(lex)
    return any(
        m.country == country
        and (
            (m.kind == "PLACE" and (m.place is None or m.place.kind != "capital"))
            or _town_named(lex, s, m, directions)
            or (
                m.start > 0
                and s.lowers[m.start - 1] in preps
                and (
                    directions
                    or not after_word(lex, s.lowers, m.start, lex.words.get("direction_preps", ()))
                )
            )
        )
        for m in mentions
    )


def _town_named(lex: Lexicon, s: Sentence, m: EntitySpan, directions: bool) -> bool:
    """Whether a place's name follows a noun that calls it a town ("in der Hauptstadt
    Nairobi", "in der kenianischen Hauptstadt Nairobi"): so named, a capital is where
    something happens, not its government acting, as after a preposition ("in Nairobi").
    Without ``directions``, not a town a movement comes from or goes to ("aus der Hauptstadt
    Kiew")."""
    k = m.start - 1
    if m.kind != "PLACE" or k < 0 or s.lowers[k] not in lex.words.get("settlement_words", ()):
        return False
    if k > 0 and modifier_of(lex, s.lowers[k - 1], m.country):
        k -= 1  # the town's own demonym: "der kenianischen Hauptstadt"
    return directions or not after_word(lex, s.lowers, k, lex.words.get("direction_preps", ()))


def _locative_preps(lex: Lexicon) -> set[str]:
    return lex.words["locative_preps"] | set(lex.words.get("country_preps", ()))


def inherit_countries(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> None:
    """A group or person with no country takes it from a place or country right after it
    ("Demonstranten in Bagdad", "Botschafter Nigers", "Sicherheitschef von Kairo",
    "Regierung Burundis") or, for state agents, from the subject of its sentence ("Kim entsandte
    Soldaten"). A possessive says whose they are before any of these ("Russland zieht seine
    Truppen aus Syrien ab": Russia's, not Syria's)."""
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
        country = _possessor_country(lex, s, mentions, k)
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        # an IGO's officer has no state's soldiers ("Ban klagte über Kräfte der Regierung")
        subjects = [
            o
            for o in mentions[:k]
            if o.country and o.country not in NON_STATE_CODES and o.kind in ("PER", "GROUP")
        ]
        between = lowers[m.end : nxt.start] if nxt is not None else []
        if country is None and opens_participle(lex, between):
            # "Truppen der von China unterstützten Regierung Syriens" are the government's
            country = _participle_noun_country(lex, lowers, mentions, k + 1)
        if country is None and (
            nxt is not None
            and nxt.country
            and (
                (not between and (nxt.genitive or nxt.kind in ("COUNTRY", "PLACE")))
                or (
                    len(between) <= 2
                    and any(w in preps for w in between)
                    and not opens_participle(lex, between)
                )
            )
        ):
            country = nxt.country
        elif (
            country is None
            and m.kind == "GROUP"
            and m.actor.sector in ("MIL", "GOV", "SPY", "COP")
            and subjects
        ):
            country = subjects[0].country
        if country:
            a = m.actor
            m.actor = Actor(a.text, a.name, country, a.sector, a.actor_id)


def _participle_noun_country(
    lex: Lexicon, lowers: list[str], mentions: list[EntitySpan], j: int
) -> str | None:
    """The country of the noun that the participle phrase whose agent is the mention at ``j``
    qualifies: the next mention, when only the participle and adjectives stand between them
    ("der von China unterstützten syrischen Regierung")."""
    if j + 1 >= len(mentions):
        return None
    gap = lowers[mentions[j].end : mentions[j + 1].start]
    if 1 <= len(gap) <= 2 and all(w.isalpha() and w.endswith(lex.adjective_endings) for w in gap):
        return mentions[j + 1].country
    return None


def _possessor_country(lex: Lexicon, s: Sentence, mentions: list[EntitySpan], k: int) -> str | None:
    """The state of a third-person possessive before a state agent: the nearest actor before
    it with a state's code ("Russia said its troops had shelled ...", "Die Türkei erklärte,
    ihre Armee habe ..."). A town is no possessor. A title standing for one person is left to
    the rules after this one: the country after him is the one his event is about ("rief seinen
    Botschafter aus Uganda zurück")."""
    m = mentions[k]
    if m.title or m.actor is None or m.actor.sector not in STATE_SECTORS:
        return None
    possessives = lex.words.get("possessives_third", set())
    if not any(w in possessives for w in s.lowers[max(0, m.start - 1) : m.start + 1]):
        return None
    before = (
        o.country
        for o in reversed(mentions[:k])
        if o.country and o.country not in NON_STATE_CODES and o.acts
    )
    return next(before, None)


def people_abroad(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> None:
    """A people named by its demonym takes the country it lives in, as PLOVER codes actors:
    "Albaner in Südserbien", "the Albanians of southern Serbia" (a place right after the people
    noun), and with an "ethnic" marker any place the sentence sets the event in ("ethnic
    Hungarian activists marching in Slovakia", "ethnische Ungarn ... im Süden der Slowakei").
    So does a people of several states, whose demonym names none ("die Kurden im Nordirak":
    Iraq's)."""
    ethnic = lex.words.get("ethnic_words", set())
    links = set(lex.words.get("genitive_links", ())) | set(lex.words.get("country_preps", ()))
    lowers = s.lowers
    for k, m in enumerate(mentions):
        a = m.actor
        if a is None or a.name or a.country in NON_STATE_CODES or m.place is not None:
            continue
        # a demonym's row has an empty country for a people of several states
        demonyms = [w for w in lowers[m.start : m.end] if lex.demonyms.get(w) == (a.country or "")]
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
                all(w in links or modifier_of(lex, w, nxt.country) for w in between)
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
            m.supranational = False
