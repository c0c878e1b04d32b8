"""Persons from titles and names: "Präsident Putin", a bare title that refers back to the
article's person of that country ("der Kremlchef") or to the person it last named with that title
("der Minister", "the president"), a new name and the country its title gives.
"""

from __future__ import annotations

from .bodies import body_name
from .codes import NON_STATE_CODES
from .figurative import abstract_noun
from .kb import KnowledgeBase, PlaceEntry
from .lexicon import Lexicon, known_word
from .model import Actor
from .spans import (
    TOWN_WORD,
    ArticleMemory,
    EntitySpan,
    Sentence,
    opens_participle,
    particle_name,
    predicate_verb,
    span_end,
)

__all__ = ["combine_atoms", "double_surname", "name_before", "remember_title"]

ADJ_ENDINGS = ("e", "en", "er", "es", "em", "ian", "ese", "ish", "ic", "al")


def combine_atoms(
    atoms: list, s: Sentence, lex: Lexicon, memory: ArticleMemory
) -> list[EntitySpan]:
    """Merge demonym/genitive + agent, title + name, and bare titles into mentions."""
    out: list[EntitySpan] = []
    k = 0
    words = s.words
    while k < len(atoms):
        atom = atoms[k]
        nxt = atoms[k + 1] if k + 1 < len(atoms) else None
        # a modifier (demonym, or a country/person/place genitive) followed closely by an agent
        # noun: "Bayerns Ministerpräsident" is a government of Germany
        modifier_country = None
        if isinstance(atom, tuple) and atom[0] == "DEM":
            modifier_country = atom[2][1] or "-"
        elif (
            isinstance(atom, EntitySpan)
            and (atom.genitive or atom.kind == "COUNTRY")
            and atom.kind in ("COUNTRY", "PER", "ORG", "PLACE")
        ):
            modifier_country = atom.country
        elif _name_compound(lex, atom, nxt):
            modifier_country = atom.country  # "Kabul police", "Hamas militants"
        start = atom.start if isinstance(atom, EntitySpan) else atom[1]
        if (
            modifier_country
            and nxt is not None
            and isinstance(nxt, tuple)
            and nxt[0] == "AGT"
            and nxt[1] - span_end(atom) <= 2
            and (
                _adjectives_only(words[span_end(atom) : nxt[1]], lex)
                and _owns_gap(lex, words, atom, nxt[1])
                and not _owned_after(lex, words, atom, span_end(nxt))
                if isinstance(atom, EntitySpan)
                # "Der Ägypter ist Journalist": the noun is the predicate, not the group;
                # "Nigerianer gegen die Regierung": a phrase of its own
                else not predicate_verb(lex, s.lemmas[span_end(atom) : nxt[1]])
                and not lex.words["prepositions"] & set(s.lowers[span_end(atom) : nxt[1]])
            )
        ):
            sector, is_title, own_country = nxt[2][1]
            country = _office_country(modifier_country, own_country)
            after = atoms[k + 2] if k + 2 < len(atoms) else None
            if (
                is_title
                and isinstance(after, EntitySpan)
                and after.kind == "PER"
                and after.start == nxt[2][0]
            ):
                title = _title(lex, s, nxt[2][0])
                out.append(_titled_person(after, start, country, sector, title, words, memory))
                k += 3
                continue
            if (
                is_title
                and isinstance(after, tuple)
                and after[0] in ("CAP", "NER")
                and after[1] == nxt[2][0]
                and _names_person(atoms, k + 2, words, lex)
            ):
                title = _title(lex, s, nxt[2][0])
                out.append(
                    _new_person(atoms, k + 2, start, country, sector, title, words, memory, lex)
                )
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
            name = _named_body(atoms, k + 1, sector, is_title, end, lex, words)
            if name:
                end += 1
                k += 1
            text = " ".join(words[start:end])
            actor = Actor(text, name, country or own_country, sector or None)
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
                _resolve_title(mention, lex, s, memory)
            out.append(mention)
            k += 2
            continue
        if isinstance(atom, tuple) and atom[0] == "AGT":
            end, (sector, is_title, own_country) = atom[2]
            if is_title and isinstance(nxt, EntitySpan) and nxt.kind == "PER" and nxt.start == end:
                title = _title(lex, s, end)
                out.append(_titled_person(nxt, atom[1], None, sector, title, words, memory))
                k += 2
                continue
            if (
                is_title
                and isinstance(nxt, tuple)
                and nxt[0] in ("CAP", "NER")
                and nxt[1] == end
                and _names_person(atoms, k + 1, words, lex)
            ):
                title = _title(lex, s, end)
                out.append(
                    _new_person(
                        atoms, k + 1, atom[1], own_country, sector, title, words, memory, lex
                    )
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
            name = _named_body(atoms, k, sector, is_title, end, lex, words)
            if name:
                end += 1
                k += 1
            text = " ".join(words[atom[1] : end])
            mention = EntitySpan(
                atom[1],
                end,
                "GROUP",
                Actor(text, name, own_country, sector or None),
                title=is_title,
                agent_noun=True,
            )
            if is_title:
                _resolve_title(mention, lex, s, memory)
            out.append(mention)
        elif _named_national(lex, atoms, k, words):
            # "der Australier Peter Greste": a person noun of a nationality right before a
            # name is that person's apposition, as a title is, and gives the country
            country = atom[2][1] or None
            out.append(_new_person(atoms, k + 1, atom[1], country, None, "", words, memory, lex))
            k = _skip_caps(atoms, k + 1, words, lex.words["name_particles"])
            continue
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
                and not _event_noun(lex, s, noun - 1)
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
                remember_title(lex, s, atom, memory)
            out.append(atom)
        k += 1
    return out


def _named_body(
    atoms: list,
    k: int,
    sector: str | None,
    is_title: bool,
    end: int,
    lex: Lexicon,
    words: list[str],
) -> str | None:
    """The name of a body right after its noun, the noun's atom being ``atoms[k]`` ("die
    Linkspartei Syriza"): one name word the dictionary lacks, no further name word after it
    ("die Partei Jaroslaw Kaczynskis" names a person's party, not the party)."""
    nxt = atoms[k + 1] if k + 1 < len(atoms) else None
    after = atoms[k + 2] if k + 2 < len(atoms) else None
    if (
        is_title
        or not isinstance(nxt, tuple)
        or nxt[0] != "CAP"
        or nxt[1] != end
        or nxt[2][0] != end + 1
        or not body_name(lex, words[end], sector)
        or (isinstance(after, tuple) and after[1] == end + 1)
    ):
        return None
    return words[end]


def _name_compound(lex: Lexicon, atom: object, nxt: object) -> bool:
    """Whether an English place or organisation name stands right before an agent noun other
    than a title as its modifier ("Kabul police", "Baghdad University", "Hamas militants",
    "UN peacekeepers"); German writes a demonym or genitive there ("Kabuler Polizei",
    "Kämpfer der Hamas"), and a place before a German noun is an adverbial ("in Kabul
    Soldaten")."""
    return (
        lex.lang == "en"
        and isinstance(atom, EntitySpan)
        and atom.kind in ("PLACE", "ORG")
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
            not w.endswith(ADJ_ENDINGS)
            or lex.lemma(w) == w
            or w in lex.words["function_words"]
            or w in lex.auxiliaries
            or lex.lemma(w) in lex.words["modal_verbs"]
        ):
            # an attributive adjective is inflected ("wollen" is a verb) and no article
            # ("Russland müsse die Truppen abziehen" is not Russia's troops), nor an
            # auxiliary or modal verb in "e" ("die Armee Chiles habe Zivilisten getötet")
            return False
        if lex.lang != "de" and (w.endswith(("ed", "ing")) or lex.lemma(w) != w):
            return False
    return True


def _owns_gap(lex: Lexicon, words: list[str], atom: EntitySpan, noun: int) -> bool:
    """Whether a German name can own the agent noun across the adjectives before it: only in
    the genitive ("Irans religiöser Führer", "der USA neuer Botschafter"). A name in another
    case is the subject of a preterite that reads like a participle ("Frankreich entsandte
    Soldaten", "Russland mobilisierte seine Truppen"), and no possessive follows an owner."""
    gap = [w.lower() for w in words[span_end(atom) : noun]]
    if lex.lang != "de" or not gap:
        return True
    if set(gap) & lex.words["possessives"]:
        return False
    last = words[atom.end - 1].lower()
    before = words[atom.start - 1].lower() if atom.start > 0 else ""
    return last.endswith(tuple(lex.conf["genitive_suffixes"])) or (
        before in lex.words["genitive_links"]
    )


def _owned_after(lex: Lexicon, words: list[str], atom: EntitySpan, end: int) -> bool:
    """Whether the agent noun ending at ``end`` names its owner after it while the name before
    it is the agent of a participle ("der von China unterstützten Regierung von Präsident
    Assad"): a noun has one owner, so the name only did something to it ("die von Russland
    entsandten Truppen" stay Russia's)."""
    article_prep = [w.lower() for w in words[max(0, atom.start - 2) : atom.start]]
    return (
        opens_participle(lex, article_prep)
        and end < len(words)
        and words[end].lower() in lex.words["genitive_links"]
    )


def _named_national(lex: Lexicon, atoms: list, k: int, words: list[str]) -> bool:
    """Whether the atom at ``k`` is a demonym person noun ("Australier", "Ägypterin") with
    a name right after it whose first word may be a given name (a KB person's first word or
    a word the dictionary lacks: "Peter Greste", "Fahmi"), not a common noun ("gaben den
    Syrern Waffen")."""
    atom = atoms[k]
    nxt = atoms[k + 1] if k + 1 < len(atoms) else None
    return (
        isinstance(atom, tuple)
        and atom[0] == "DEM"
        and words[atom[1]].lower() in lex.person_demonyms
        and isinstance(nxt, tuple)
        and nxt[0] == "CAP"
        and nxt[1] == atom[2][0]
        and _name_word(lex.kb, lex, words[nxt[1]])
        and _names_person(atoms, k + 1, words, lex)
    )


def _names_person(atoms: list, k: int, words: list[str], lex: Lexicon) -> bool:
    """Whether the capitalised words from ``k``, right after a title, name its person: in
    German every noun is capitalised, and one word that is an abstract noun is the verb's
    object ("warf dem Präsidenten Wahlbetrug vor"), not a name."""
    if lex.lang != "de" or _skip_caps(atoms, k, words, lex.words["name_particles"]) > k + 1:
        return True
    return not _abstract(lex, words[atoms[k][1]])


def _abstract(lex: Lexicon, word: str) -> bool:
    """Whether a capitalised German word is an abstract noun, by itself or as a compound's
    head after a syllable or two ("Wahl-betrug"): a surname's first letters are none
    ("Fi-scher")."""
    return abstract_noun(lex.lemma(word), shortest_modifier=4)


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
    "Lavrov"); a bare word after an institution ("Parteien Swoboda") is too weak for that.
    A function word is no last name ("Budgetregeln Der Präsident": Taiwan's "Li Sush Der")."""
    if word.lower() in lex.words["function_words"]:
        return None
    kb = lex.kb
    bare = word.partition("-")[2] if particle_name(lex, word) else word
    country = kb.surname_country(word, given) or kb.surname_country(bare, given)
    if country is None and respell and bare.lower() not in kb.surnames:
        spelled = lex.known_surname(bare)
        country = kb.surname_country(spelled, given) if spelled else None
    return country


def _event_noun(lex: Lexicon, s: Sentence, k: int) -> bool:
    """Whether the capitalised word at ``k`` is an event noun of the table: after a demonym it
    is that country's act ("die türkischen Angriffe auf ...", "die russische Kritik an ..."),
    not a group of the country, and stays the sentence's trigger with the country as actor."""
    trig = lex.word_trigger(s.words[k], s.lemmas[k])
    return trig is not None and trig.pos == "NOUN"


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


def _office_country(modifier: str, own: str | None) -> str | None:
    """The country of an agent noun after a modifier ("-": a supranational one): an office of
    a state of its own keeps that state over a nationality ("der argentinische Papst" heads
    the Holy See, CAMEO VAT); a noun that implies only a class of actor takes the
    modifier's country ("die russische Menschenrechtsorganisation")."""
    if own and own not in NON_STATE_CODES:
        return own
    return None if modifier == "-" else modifier


def _titled_person(
    person: EntitySpan,
    start: int,
    country: str | None,
    sector: str | None,
    title: str,
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
    memory.entitle(title, merged)
    return EntitySpan(start, person.end, "PER", merged)


def _new_person(
    atoms: list,
    k: int,
    start: int,
    country: str | None,
    sector: str | None,
    title: str,
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
        and (lex.lemma(words[end - 1]) != words[end - 1].lower() or _abstract(lex, words[end - 1]))
    ):
        # an inflected or abstract common noun after the name: "Präsident Mugabe Reformen",
        # "warf Präsident Mugabe Wahlbetrug vor"
        end -= 1
    name = " ".join(words[name_start:end])
    given = words[name_start] if end - name_start > 1 else None
    town = any(isinstance(a, tuple) and a[1] == end - 1 and a[2][1] == TOWN_WORD for a in atoms)
    country = country or (None if town else _surname_country(lex, words[end - 1], given))
    actor = Actor(" ".join(words[start:end]), name, country, sector or None)
    memory.remember(actor, name)
    if title:
        memory.entitle(title, actor)
    return EntitySpan(start, end, "PER", actor)


def remember_title(lex: Lexicon, s: Sentence, person: EntitySpan, memory: ArticleMemory) -> None:
    """A title a name the KB knows comes with, right before it ("Außenminister Sergej
    Lawrow") or as the first word of the KB's own name ("President Barack Obama"), for a
    later bare title ("der Minister", "the president")."""
    if person.actor is None:
        return
    for k in (person.start - 1, person.start):
        if 0 <= k < person.end - 1:
            agent = lex.agent(s.lemmas[k], s.words[k])
            if agent is not None and agent[1]:
                memory.entitle(_title(lex, s, k + 1), person.actor)
                return


def _title(lex: Lexicon, s: Sentence, end: int) -> str:
    """The office of the title noun ending at ``end``."""
    return lex.title_key(s.lemmas[end - 1])


def _definite_singular(lex: Lexicon, s: Sentence, mention: EntitySpan) -> bool:
    """Whether a title mention is the one word after a singular definite article ("der
    Minister", "dem Präsidenten", "die Kanzlerin", "the minister"): a plural ("die Minister",
    "den Ministern", "the ministers") or a genitive plural after its noun ("das Treffen der
    Minister") names several, and with an adjective ("der neue Präsident") another may be
    meant."""
    i = mention.start
    if mention.end != i + 1 or i == 0:
        return False
    article, word, lemma = s.lowers[i - 1], s.lowers[i], s.lemmas[i]
    if lex.lang != "de":
        return article in lex.words["definite_articles"] and word == lemma
    feminine = word == lemma and word.endswith("in")
    if article == "die":
        return feminine
    if article == "den":
        return word in (lemma, lemma + "en")  # "den Präsidenten"; "den Ministern" is plural
    if article == "der":
        # "der Minister" names one unless a noun stands before it ("das Treffen der Minister")
        return feminine or i < 2 or not s.words[i - 2][:1].isupper()
    return article in ("dem", "des")


def _resolve_title(mention: EntitySpan, lex: Lexicon, s: Sentence, memory: ArticleMemory) -> None:
    """A bare title is the article's person of that country ("der Kremlchef"), or with no
    country the last person it named with that title ("der Minister" after "Außenminister
    Sergej Lawrow"), if any."""
    actor = mention.actor
    if actor is None:
        return
    title = _title(lex, s, mention.end)
    if actor.country:
        person = memory.person_of(actor.country, actor.sector)
    elif _definite_singular(lex, s, mention):
        person = next(iter(memory.persons_titled(title, 1)), None)
        # it names no country: not one the sentence names for others ("die Rebellen")
        mention.anaphor = person is not None
    else:
        return
    if person is not None:
        mention.kind = "PER"
        mention.actor = Actor(
            actor.text, person.name, person.country, person.sector, person.actor_id
        )
        memory.entitle(title, person)  # "der russische Außenminister", then "der Minister"


def name_before(kb: KnowledgeBase, lex: Lexicon, s: Sentence, atoms: list, i: int) -> str:
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


def double_surname(word: str, atoms: list, i: int) -> bool:
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
