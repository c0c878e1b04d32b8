"""Spans joined or dropped by the phrase around them: appositions and bracketed glosses
merged into their name, genitives absorbed into their head ("der Präsident Frankreichs"),
names that stand in a role predicate and are no actor.
"""

from __future__ import annotations

from .clause_trigger import in_fixed_marker
from .codes import STATE_SECTORS
from .lexicon import Lexicon
from .model import Actor
from .spans import (
    ArticleMemory,
    EntitySpan,
    Sentence,
    modifier_of,
    opens_participle,
    predicate_verb,
)

__all__ = ["absorb_genitives", "attributive", "merge_appositions", "names_no_actor"]


def merge_appositions(
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
                memory.relocate(a, merged)  # later short names mean the person as titled
                memory.remember(merged, a.name or a.text)
                if prev.title:
                    memory.entitle(lex.title_key(s.lemmas[prev.end - 1]), merged)
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
        if left.kind == "PER":
            # two persons the KB tells apart stand side by side where German puts subject
            # and object before a final verb ("ob Angela Merkel Wladimir Putin trifft")
            ids = (left.actor.actor_id, right.actor.actor_id)
            return not (all(ids) and ids[0] != ids[1])
        if left.kind == "GROUP" and left.title:
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
        # "religious leader" is a listed phrase, "leader" a title; "HDP-Chef": its last part
        last = s.words[left.end - 1].rsplit("-", 1)[-1]
        agent = lex.agent(lex.lemma(last), last) if left.kind == "GROUP" else None
        # a nameless group noun right before a person's name is the person's office
        # ("US-Chefdiplomat John Kerry", "sein US-amerikanischer Amtskollege Barack Obama")
        return agent is not None and (agent[1] or not left.actor.name)
    if right.kind == "ORG":
        return (left.kind == "GROUP" and not left.actor.name) or left.kind == "ORG"
    return False


def absorb_genitives(lex: Lexicon, s: Sentence, mentions: list[EntitySpan]) -> list[EntitySpan]:
    """A group or person without a country followed by a genitive or "von/of" phrase naming
    one is a single actor of that country: "Ärzte zweier amerikanischer Hilfsorganisationen",
    "Botschafter Nigers", "Sicherheitschef von Kairo", "Doctors of two American groups"; a
    title's office names it with "for" ("a spokesman for the Chinese ministry"). The
    modifier stops being an actor of its own, so it cannot become the event's other side. So
    do members and the body of their own sector named in the genitive, neither with a country
    yet ("die Soldaten der Nationalgarde": :func:`_member_of_body`)."""
    links = set(lex.words.get("genitive_links", ()))
    # "the spokesman for the ministry", "the minister for defence": whom one person acts for
    offices = set(lex.words.get("office_links", ()))
    # "die Regierung der Provinz Sindh", "der Bürgermeister der Stadt X": the place's noun
    states = lex.words.get("state_words", set()) | lex.words.get("settlement_words", set())
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
                and (between[0] in links or (m.title and between[0] in offices))
                and not opens_participle(lex, between)
                and all(
                    w in links or w in states or modifier_of(lex, w, nxt.country)
                    for w in between[1:]
                )
            ) or (not between and (nxt.genitive or _seat(m, nxt))):
                out.append(_joined(s, m, nxt, nxt.country))
                k += 2
                continue
        if nxt is not None and _member_of_body(s, links, m, nxt):
            out.append(_joined(s, m, nxt, None))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


def _joined(s: Sentence, m: EntitySpan, nxt: EntitySpan, country: str | None) -> EntitySpan:
    """``m`` and the genitive ``nxt`` after it as one mention of ``m``'s actor, of
    ``country``."""
    a = m.actor
    assert a is not None
    return EntitySpan(
        m.start,
        nxt.end,
        m.kind,
        Actor(" ".join(s.words[m.start : nxt.end]), a.name, country, a.sector, a.actor_id),
        title=m.title,
        agent_noun=m.agent_noun,
    )


def _member_of_body(s: Sentence, links: set[str], m: EntitySpan, nxt: EntitySpan) -> bool:
    """Whether ``m``, an agent noun with no country, names members of the body of its own
    sector in the genitive right after it ("die Soldaten der Nationalgarde", "der Chefankläger
    des Tribunals"), a body noun with no country either: one actor, whose country the sentence
    may still tell. Read as two, the body became the other side of its own members' act."""
    return (
        m.kind in ("GROUP", "PER")
        and m.agent_noun
        and m.actor is not None
        and not m.actor.country
        and nxt.kind == "GROUP"
        and nxt.agent_noun
        and nxt.actor is not None
        and not nxt.actor.country
        and nxt.actor.sector == m.actor.sector
        and nxt.start == m.end + 1
        and s.words[m.end].lower() in links
    )


def _seat(body: EntitySpan, place: EntitySpan) -> bool:
    """Whether ``place`` right after the noun of a state body names where the body sits
    ("die Staatsanwaltschaft Wien", "die Polizei Mainz": an apposition of the seat, as
    German authorities are named), not another actor of the sentence."""
    actor = body.actor
    return (
        place.kind == "PLACE"
        and body.agent_noun
        and actor is not None
        and actor.sector in STATE_SECTORS
    )


def names_no_actor(lex: Lexicon, s: Sentence, m: EntitySpan) -> bool:
    """Whether an agent-noun mention names no actor that can take a role of an event: also
    the noun of a multiword function word ("an der Seite" + genitive: alongside an ally)."""
    return (
        _role_predicate(lex, s, m)
        or _both_sides(lex, s, m)
        or in_fixed_marker(lex, s.lowers, m.end - 1)
    )


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
    if predicate_verb(lex, [s.lemmas[k]]) and before not in w.get("existential_subjects", ()):
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
    while k >= 0 and m.start - k <= 3 and (lowers[k] in fillers or attributive(lex, s, k)):
        k -= 1
    return k


def attributive(lex: Lexicon, s: Sentence, k: int, inflected: bool = True) -> bool:
    """A lower-case word that may be an adjective before a noun (German: with an adjective
    ending; English: any word that is no function word), and no cue of these rules. With
    ``inflected`` false, also one without an ending: what modifies an adjective after it
    ("das international isolierte Land")."""
    word, w = s.words[k], lex.words
    if not (word.isalpha() and word[:1].islower()):
        return False
    low = s.lowers[k]
    # each list tested in turn: their union, built per call, cost more than the rule
    if low in w["function_words"] or low in w["between_preps"] or low in w.get("role_words", ()):
        return False
    if predicate_verb(lex, [s.lemmas[k]]):
        return False
    endings = lex.adjective_endings
    return not (inflected and endings) or word.endswith(endings)


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
