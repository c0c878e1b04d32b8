"""Per-language word knowledge: lemmas (simplemma, cached) and the language's cue words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from simplemma import Lemmatizer, is_known
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import stream_dictionary_factory
from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

from .kb import DATA_DIR, KnowledgeBase, Trigger, read_tsv
from .reviewed import (
    Idiom,
    idiom_nouns,
    noun_keys,
    recodes,
    reviewed_idioms,
    reviewed_non_events,
    reviewed_participles,
    reviewed_triggers,
)

__all__ = [
    "LOW_MEMORY_BLOCK",
    "LOW_MEMORY_FROM_BYTES",
    "Lexicon",
    "known_word",
    "lemma_of",
    "masculine",
    "spelling_key",
]

BRITISH_IZE = re.compile(r"is(e|ation|ations)$")
CACHE_SIZE = 20_000  # entries per per-word cache of each language
COMPOUND_HEAD = 5  # the shortest agent noun a German compound is read by ("-minister")
DOUBLED = re.compile(r"(.)\1+")  # a doubled letter, for spelling keys
# simplemma holds a language's dictionary as a dict of every word form (German 100 MB of RSS,
# English 30 MB) or, with low_memory, as its compressed file's front-coded records decoded on a
# lookup (German 10 MB, the same lemmas) at 15 instead of 2-3 us per new word: worth it for the
# big dictionaries only. Measured by the size of simplemma's file (de 1.3 MB, en 0.25 MB).
LOW_MEMORY_FROM_BYTES = 1_000_000
# A low-memory lookup decodes the records of one block from its start: with simplemma's 32
# records a block a lookup took 25 us of CPU (German: 30,681 lookups in 300 10kGNAD articles,
# some 12% of their extraction), with 8 it takes 11-15 us, for 24 MB more RSS (the blocks'
# index; the dict-backed dictionary would take 88 MB). simplemma's module constant, set before
# any lookup (lemma or known word) builds the index.
LOW_MEMORY_BLOCK = 8
stream_dictionary_factory._BLOCK_SIZE = LOW_MEMORY_BLOCK
_NO_NOUNS: frozenset[str] = frozenset()  # the idiom nouns of most lemmas


@cache
def _low_memory(lang: str) -> bool:
    return (DATA_FOLDER / f"{lang}.plzma").stat().st_size >= LOW_MEMORY_FROM_BYTES


@cache
def _lemmatizer(lang: str) -> Lemmatizer:
    """simplemma for ``lang``, without a cache of its own (lemma_of's makes it redundant)."""
    strategy = DefaultStrategy(low_memory=_low_memory(lang))
    return Lemmatizer(cache_max_size=0, lemmatization_strategy=strategy)


def _verb_bases(lang: str) -> dict[str, list[str]]:
    """The bases of each verb form of ``data/verb_forms.<lang>.generated.tsv`` (see
    :mod:`extraction.verb_forms_build`); none for a language without the file."""
    path = DATA_DIR / f"verb_forms.{lang}.generated.tsv"
    bases: dict[str, list[str]] = {}
    for row in read_tsv(path) if path.is_file() else ():
        bases.setdefault(row["form"], []).append(row["base"])
    return bases


def _transitive(lang: str) -> frozenset[str]:
    """The verbs of ``data/transitive.<lang>.generated.tsv`` (see
    :mod:`extraction.transitive_build`): "sein" with their participle is a state passive."""
    path = DATA_DIR / f"transitive.{lang}.generated.tsv"
    return frozenset(row["verb"] for row in read_tsv(path)) if path.is_file() else frozenset()


@lru_cache(maxsize=10_000)
def known_word(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` lists ``word``, read from the same
    dictionary backend as the lemmas (the other one would load a second copy)."""
    return is_known(word, lang, low_memory=_low_memory(lang))


def spelling_key(name: str, rules: dict[str, str]) -> str:
    """A name reduced to how it sounds, for names transcribed differently per language: each
    language's ``name_spellings`` map its letters for one sound to one symbol (German "sch",
    English "sh"; German "j", English "y"), doubled letters count once ("Massud", "Masud")."""
    key = name.lower()
    for letters, symbol in rules.items():  # in the file's order: "dsch" before "sch"
        key = key.replace(letters, symbol)
    return DOUBLED.sub(r"\1", key)


@lru_cache(maxsize=50_000)
def lemma_of(word: str, lang: str) -> str:
    """Lower-cased lemma; the cache makes repeats free."""
    if not word.strip():
        return word
    return _lemmatizer(lang).lemmatize(word, lang).lower()


@dataclass
class Lexicon:
    """The cues of one language, read from ``data/lang/<lang>.json`` and the KB tables."""

    lang: str
    kb: KnowledgeBase
    # the fallback table of a sentence without triggers: also the reviewed lexicon's verbs
    fallback_table: bool = False
    conf: dict = field(init=False)
    triggers: dict[str, list[Trigger]] = field(init=False)
    separable_stems: frozenset[str] = field(init=False)
    noun_heads: list[str] = field(init=False)
    non_events: frozenset[str] = field(init=False)
    listed_participles: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.conf = self.kb.lang[self.lang]
        # the trigger table wins; the reviewed verb lexicon (extraction.reviewed) adds the event
        # nouns it lacks and the idioms and senses of its verbs. Its other verbs only serve a
        # sentence in which nothing else fires (the fallback table): measured, they pre-empt
        # the table's verbs; its other idioms, which a noun decides, are read beside the table
        # and yield to its verbs (extraction.events)
        rows = self.kb.reviewed_rows.get(self.lang, [])
        table = self.kb.triggers[self.lang]
        reviewed = reviewed_triggers(self.kb, rows, "NOUN")
        verbs = reviewed_triggers(self.kb, rows, "VERB") if self.fallback_table else {}
        reviewed.update(verbs)
        self.triggers = {lemma: [trig] for lemma, trig in reviewed.items()}
        self.triggers.update(table)
        for lemma, trig in self._weapon_fire().items():
            self.triggers.setdefault(lemma, [trig])
        # the past participles the reviewed rows list for a table verb are that verb: the
        # lemmatiser leaves many as they stand ("bombardiert", "entführt", "begnadigt")
        participles = reviewed_participles(rows)
        for form, lemma in participles.items():
            if lemma in table and form not in self.triggers:
                self.triggers[form] = table[lemma]
        # ... and participles wherever they stand: the lemmatiser's own lemma of a strong one
        # it does not know is the form itself ("beschossen", "vernommen"), as for an infinitive
        self.listed_participles = frozenset(f for f, lemma in participles.items() if f != lemma)
        self.non_events = reviewed_non_events(self.kb, rows) - set(table)
        self.idioms = {}
        all_idioms = reviewed_idioms(self.kb, rows)
        for form, idioms in all_idioms.items():
            kept = [i for i in idioms if self.fallback_table or i.verb in table]
            if kept:
                self.idioms[form] = kept
        self.fallback: Lexicon | None = (
            Lexicon(self.lang, self.kb, fallback_table=True)
            if rows and not self.fallback_table
            else None
        )
        # of a fallback table: the words (lemma or form) without which it finds nothing more
        # than the main one: its verbs, their stems after a separable particle, its idioms'
        # verbs (empty for the main table)
        particles = self.conf["separable_particles"]
        self.fallback_words = (
            frozenset(
                [*verbs, *self.idioms]
                + [v[len(p) :] for v in verbs for p in particles if v.startswith(p)]
            )
            if self.fallback_table
            else frozenset()
        )
        # stems a separable particle makes a listed verb ("laden" of "einladen")
        self.separable_stems = frozenset(
            lemma[len(particle) :]
            for lemma in self.triggers
            for particle in self.conf["separable_particles"]
            if lemma.startswith(particle) and len(lemma) > len(particle) + 3
        )
        self.noun_heads = sorted(
            (
                lemma
                for lemma, ts in self.triggers.items()
                if len(lemma) >= 5 and any(t.pos == "NOUN" for t in ts)
            ),
            key=len,
            reverse=True,
        )
        self.words = {
            key: set(value) for key, value in self.conf.items() if isinstance(value, list)
        }
        # inflection endings of adjectives and participles, longest first (stripped in order)
        self.adjective_endings = tuple(
            sorted(self.conf["adjective_endings"], key=len, reverse=True)
        )
        self.agents = self.kb.agents[self.lang]
        self.agent_heads = sorted(
            (a for a in self.agents if len(a) >= COMPOUND_HEAD and " " not in a),
            key=len,
            reverse=True,
        )
        self.demonyms = self.kb.demonyms[self.lang]
        self.person_demonyms = self.kb.person_demonyms[self.lang]
        # a capital's adjective stands for its state before a state body ("das Moskauer
        # Außenministerium", "die Kiewer Regierung"); a demonym is what it is
        suffix = self.conf.get("capital_adjective_suffix")
        self.capital_adjectives = {
            name + suffix: entry.country
            for name, entries in self.kb.places.items()
            for entry in entries
            if suffix
            and entry.kind == "capital"
            and entry.country
            and name.isalpha()
            and name + suffix not in self.demonyms
        }
        # a compound ending in a non-event ("Präsidentschaftswahlkampf") is none either
        self._noun_head_set = frozenset(self.noun_heads) | self.non_events
        self._agent_head_set = frozenset(self.agent_heads)
        self._particle_prefixes = tuple(
            p + x for p in self.conf["separable_particles"] for x in ("ge", "zu")
        )
        # how a past participle with ge- starts: "getötet", "festgenommen"
        self.participle_prefixes = ("ge", *(p + "ge" for p in self.conf["separable_particles"]))
        # ... and one without: "verurteilt", "erschossen", "einbestellt" (ein- + be-)
        inseparable = tuple(self.conf.get("inseparable_prefixes", ()))
        self.particle_inseparable_starts = tuple(
            p + x for p in self.conf["separable_particles"] for x in inseparable
        )
        self.participle_starts = (
            *self.participle_prefixes,
            *inseparable,
            *self.particle_inseparable_starts,
        )
        # endings of participles used as adjectives, no finite verb's ("verurteilter"), and of
        # present participles ("drohenden")
        self.inflected_participle_endings = tuple(self.conf.get("inflected_participle_endings", ()))
        self.present_participle_endings = tuple(self.conf.get("present_participle_endings", ()))
        self.bigram_heads = {key.split(" ", 1)[0] for key in self.triggers if " " in key}
        # verb forms whose base the lemmatiser misses ("shot", "cancelled"): more trigger keys
        self.verb_bases = _verb_bases(self.lang)
        # the bases :meth:`lemma` prefers to simplemma's lemma: German preterites only
        self._preterite_bases = self.verb_bases if self.lang == "de" else {}
        self.transitive = _transitive(self.lang)
        self.compass_prefixes = tuple(self.conf.get("compass_prefixes", ()))
        self.auxiliaries = frozenset(
            w
            for key in ("perfect_aux", "passive_aux", "future_auxiliaries")
            for w in self.conf.get(key, ())
        )
        # ... and with the state auxiliary ("ist", "seien"): the words that make a clause finite
        # beside its participle or infinitive
        self.finite_auxiliaries = self.auxiliaries | frozenset(self.conf.get("state_aux", ()))
        # abbreviations read only as written ("IS", never the verb "is"): the KB alias of each
        self.acronyms: dict[str, str] = self.conf.get("acronyms", {})
        # the KB's last names (English spellings) by their spelling key, for names a language
        # transcribes its own way ("Barsani", "Lawrow"); a key of two names is left out
        english = self.kb.lang.get("en", {}).get("name_spellings", {})
        by_key: dict[str, set[str]] = {}
        for surname in self.kb.surname_countries:
            by_key.setdefault(spelling_key(surname, english), set()).add(surname)
        self.spelled_surnames = {k: next(iter(v)) for k, v in by_key.items() if len(v) == 1}
        # per-word results, memoised in bounded LRU caches (a stream meets unbounded word forms)
        self.trigger_candidates = lru_cache(maxsize=CACHE_SIZE)(self._trigger_candidates)
        self.word_trigger = lru_cache(maxsize=CACHE_SIZE)(self._word_trigger)
        self.agent = lru_cache(maxsize=CACHE_SIZE)(self._agent)
        self._head = lru_cache(maxsize=CACHE_SIZE)(self._noun_trigger_head)
        self.named_country = lru_cache(maxsize=CACHE_SIZE)(self._named_country)
        # the events of idioms read beside the table that only the noun of their row makes
        # an event ("jdn. für etw. verantwortlich machen"): a sentence with no other trigger
        # is still read with the fallback table (its verbs and these idioms)
        self.side_triggers: frozenset[Trigger] = frozenset()
        self._side_lemmas: frozenset[str] = frozenset()
        if not self.fallback_table:
            # an idiom of a verb the table lacks is read beside the table: one that makes a
            # table noun another event ("die Hilfe einstellen" stops aid), where the noun
            # fires in any case, and one whose noun makes the verb an event ("Kritik üben",
            # "für den Anschlag verantwortlich machen"), which an event noun of the sentence
            # would otherwise keep out of the fallback table
            for form, idioms in all_idioms.items():
                beside = [i for i in idioms if i.verb not in table]
                if beside:
                    self.idioms.setdefault(form, []).extend(beside)
            self.side_triggers = frozenset(
                i.trigger
                for idioms in all_idioms.values()
                for i in idioms
                if i.verb not in table and i.trigger is not None and not self._recodes(i)
            )
            self._side_lemmas = frozenset(t.lemma for t in self.side_triggers)
        # the nouns the idioms need: a stretch whose words match none of them
        # (:func:`~extraction.reviewed.noun_keys`) is not searched for an idiom
        self.idiom_nouns = frozenset().union(
            *(idiom_nouns(i) for idioms in self.idioms.values() for i in idioms)
        )
        self.idiom_noun_keys = lru_cache(maxsize=CACHE_SIZE)(self._idiom_noun_keys)
        # stems a separable particle makes an idiom's verb ("stellen" of "einstellen")
        self.idiom_stems = frozenset(
            form[len(particle) :]
            for form in self.idioms
            for particle in self.conf["separable_particles"]
            if form.startswith(particle) and len(form) > len(particle) + 3
        )
        # lemmas that make a word matter to triggers.find_triggers beyond its own trigger:
        # the first word of a bigram, a verb a closing particle or an idiom may complete
        self._trigger_stems = frozenset().union(
            self.bigram_heads, self.separable_stems, self.idiom_stems, self.idioms
        )
        self.may_trigger = lru_cache(maxsize=CACHE_SIZE)(self._may_trigger)

    def _weapon_fire(self) -> dict[str, Trigger]:
        """The nouns of a weapon's fire ("Artilleriefeuer", "Raketenfeuer"): a weapon of
        ``data/weapons.<lang>.curated.tsv`` before a head of ``weapon_fire_heads`` is fighting
        with it. Their head alone is no event ("Lagerfeuer"); the table's rows win."""
        weapons = self.kb.weapons.get(self.lang, {})
        return {
            form + head: Trigger(form + head, "NOUN", cameo, None, (), None)
            for form, cameo in weapons.items()
            for head in self.conf.get("weapon_fire_heads", ())
        }

    def _may_trigger(self, word: str, lemma: str) -> bool:
        """Whether ``word`` (lemma ``lemma``) can add a trigger to
        :func:`~extraction.triggers.find_triggers` in any sentence: a trigger of its own, the
        form of an idiom, a bigram's first word or a particle verb's stem. Most words are
        none; one cached test spares them the per-word work of the trigger pass."""
        return (
            lemma in self._trigger_stems
            or word.lower() in self.idioms
            or self.word_trigger(word, lemma) is not None
        )

    def side_trigger(self, trig: Trigger) -> bool:
        """Whether ``trig`` is one of :attr:`side_triggers`, asked by lemma first: a
        trigger's hash is computed anew on each look-up, and most lemmas are none."""
        return trig.lemma in self._side_lemmas and trig in self.side_triggers

    def _idiom_noun_keys(self, lemma: str) -> frozenset[str]:
        """The idioms' nouns that ``lemma`` matches (most lemmas none: one shared empty set
        stands for them in the cache)."""
        return noun_keys(lemma) & self.idiom_nouns or _NO_NOUNS

    def lemma(self, word: str) -> str:
        """simplemma's lemma, except a German preterite it leaves as itself ("brach" is
        brechen, so that "brach ... ab" is abbrechen): the German verb-form table's base."""
        return self.lemmas((word,))[0]

    def lemmas(self, words: Iterable[str]) -> list[str]:
        """:meth:`lemma` of each of ``words``: one call per sentence, not one per word (a
        sentence's words are its most frequent call)."""
        lang, bases = self.lang, self._preterite_bases
        return [b[0] if (b := bases.get(w)) else lemma_of(w, lang) for w in words]

    def wrong_reflexive(self, hit: Trigger, reflexive: bool) -> bool:
        """Whether the presence or absence of "sich" makes ``hit`` another sense: "Umfragen
        ergaben" is no "sich ergeben" (to surrender), "verteidigte sich" defends no one else."""
        if hit.reflexive:
            return not reflexive
        return reflexive and hit.lemma in self.kb.reflexive_other_senses.get(self.lang, ())

    def known_surname(self, word: str) -> str | None:
        """The KB's last name this word spells in the language's transcription ("Barsani" ->
        "barzani", "Lawrow" -> "lavrov"), if exactly one has its spelling key."""
        rules = self.conf.get("name_spellings")
        return self.spelled_surnames.get(spelling_key(word, rules)) if rules else None

    def _word_trigger(self, word: str, lemma: str) -> Trigger | None:
        """The trigger a word is on its own (no bigram, no separable particle): a listed lemma
        whose part of speech fits, else a German compound ending in a noun trigger."""
        if lemma in self.non_events:
            return None
        for key in self.trigger_candidates(word, lemma):
            for trig in self.triggers.get(key, ()):
                if self._pos_fits(trig, word):
                    return trig
        head = self.noun_trigger_head(lemma) if word[:1].isupper() else None
        if not head or head in self.non_events:
            return None
        # the head's noun reading: "Nato-Treffen" is a meeting, not the verb "treffen" (to hit)
        return next((t for t in self.triggers[head] if t.pos == "NOUN"), None)

    def _named_country(self, word: str) -> str | None:
        """The country a word names, also in the genitive ("Islands Regierungschef"): a
        test on each capitalised word of an article (affiliation.count_named_countries): a
        country's place name, else a country's alias ("USA", "US": no place table lists
        the abbreviations)."""
        stems = [word[: len(word) - len(sfx)] for sfx in ("", *self.conf["genitive_suffixes"])]
        found = (self.kb.country_of(stem) or self._country_alias(stem) for stem in stems if stem)
        return next((c for c in found if c), None)

    def _country_alias(self, name: str) -> str | None:
        """The country of a name the actor dictionaries give only that country, unless it is
        a place's name ("Seoul" stands for South Korea there, but names the town)."""
        if self.kb.place(name) is not None:
            return None
        entries = self.kb.actors.get(name.lower(), ())
        countries = {e.country for e in entries if e.kind == "COUNTRY"}
        return countries.pop() if len(countries) == 1 and len(entries) == 1 else None

    def _recodes(self, idiom: Idiom) -> bool:
        """Whether the idiom makes one of its nouns, an event noun of the table, another
        kind of event (:func:`~extraction.reviewed.recodes`)."""
        return any(recodes(idiom, self.word_trigger(n.capitalize(), n)) for n in idiom.nouns)

    def pos_fits_verb(self, word: str) -> bool:
        """Whether ``word`` may be a verb: German verbs are not capitalised (a sentence's first
        word is rarely a verb in news)."""
        return self.lang != "de" or word[:1].islower()

    def past_participle(self, word: str, lemma: str) -> bool:
        """Whether a lower-case German verb form may be a past participle: ge- ("getötet"),
        a separable particle and ge- ("festgenommen"), an inseparable prefix ("verurteilt",
        "erschossen") or -iert ("bombardiert"), on a form other than the infinitive ("wird
        ... gewähren" is a future, not a passive)."""
        if not word.endswith(("t", "en")):
            return False
        # not the infinitive: "gewährt", "erschossen" ("gewähren", "verurteilen" are none)
        if word[-1] != "t" and word == lemma and word not in self.listed_participles:
            return False
        return word.startswith(self.participle_starts) or word.endswith("iert")

    def _pos_fits(self, trig: Trigger, word: str) -> bool:
        """German nouns are capitalised, verbs are not (except sentence-initially)."""
        if self.lang != "de":
            return True
        if trig.pos == "NOUN":
            return word[:1].isupper()
        return self.pos_fits_verb(word) or trig.pos == "ADJ"

    def _trigger_candidates(self, word: str, lemma: str) -> list[str]:
        low = word.lower()
        keys = [lemma, low, *self.verb_bases.get(low, ())]
        if self.lang == "en":
            # British spellings of the table's American ones: criticise, mobilisation
            keys += [BRITISH_IZE.sub(r"iz\1", k) for k in keys if BRITISH_IZE.search(k)]
        if self.lang == "de" and "ss" in lemma:
            # the lemmatiser's Swiss spelling of a past tense's lemma: "erschoss" ->
            # "erschiessen", the table's "erschießen"
            keys.append(lemma.replace("ss", "ß"))
        if self.lang == "de" and low.startswith("ge") and len(low) > 5:
            stem = low[2:]
            for ending in self.adjective_endings:
                if stem.endswith(ending) and len(stem) - len(ending) > 3:
                    stem = stem[: -len(ending)]
                    break
            for suffix in ("et", "t"):
                if stem.endswith(suffix):
                    keys.append(stem[: -len(suffix)] + "en")
                    break
        if self.lang == "de" and low.startswith(self._particle_prefixes):
            for particle in self.conf["separable_particles"]:
                if low.startswith(particle + "ge") or low.startswith(particle + "zu"):
                    rest = low[len(particle) + 2 :]
                    if len(rest) < 3:
                        continue
                    keys.append(particle + lemma_of(rest, "de"))
                    keys.append(particle + rest)
        return keys

    def _agent(self, lemma: str, word: str) -> tuple[str, bool, str | None] | None:
        """Sector, is-a-title and implied country of an agent noun, also as a compound head."""
        hit = self.agents.get(lemma) or self.agents.get(word.lower())
        if hit or self.lang != "de" or not word[:1].isupper():
            return hit
        masculine_lemma = masculine(lemma)
        if masculine_lemma is not None:
            lemma = masculine_lemma
            hit = self.agents.get(lemma)
            if hit:
                return hit
        if len(lemma) < 8:
            return None
        head = _longest_suffix(lemma, self._agent_head_set, 0)
        return self.agents[head] if head else None

    def title_key(self, lemma: str) -> str:
        """A title noun's office, the same for its forms: a German feminine reads as its
        masculine ("Außenministerin", "Außenminister")."""
        return (self.lang == "de" and masculine(lemma)) or lemma

    def noun_trigger_head(self, lemma: str) -> str | None:
        """German compounds: 'Selbstmordanschlag' ends in a listed noun trigger (cached)."""
        if self.lang != "de" or len(lemma) < 8:
            return None
        return self._head(lemma)

    def _noun_trigger_head(self, lemma: str) -> str | None:
        return _longest_suffix(lemma, self._noun_head_set, 1)


def masculine(lemma: str) -> str | None:
    """The masculine agent noun of a German feminine one ("außenministerin" ->
    "außenminister", "kanzlerinnen" -> "kanzler"): the table lists the masculine forms."""
    for suffix in ("innen", "in"):
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)]
    return None


def _longest_suffix(word: str, heads: frozenset[str], first: int, shortest: int = 5) -> str | None:
    """The longest member of ``heads`` that ends ``word``, starting at index ``first`` or
    later (1: a proper suffix only); set lookups instead of a scan over every head."""
    for k in range(first, len(word) - shortest + 1):
        if word[k:] in heads:
            return word[k:]
    return None
