"""The knowledge base: actors, places, demonyms, agent nouns, triggers and CAMEO tables.

Everything is read from tab-separated files under ``extraction/data`` (generated ones by
``extraction.kb_build``, curated ones by hand); each row must name its ``source``. Users extend
the KB by adding rows, never code. Lookups are plain dicts so that matching stays fast.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

from .errors import KnowledgeBaseError

__all__ = [
    "DATA_DIR",
    "REFLEXIVE",
    "SHARED_DATA_DIR",
    "ActorEntry",
    "KnowledgeBase",
    "PlaceEntry",
    "Trigger",
    "country_codes",
    "folded",
    "load_kb",
    "read_tsv",
    "write_tsv",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
# the shared corpora and dictionaries beside a checkout: read by the builders and evaluations only
SHARED_DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data"
REVIEWED_VERBS = "verbs.{lang}.reviewed.tsv"  # the reviewed verb lexicon of a language
SPORTS_WORDS = "sports.{lang}.generated.tsv"  # a language's sports nouns (extraction.sports_build)
WEAPONS = "weapons.{lang}.curated.tsv"  # a language's weapons, whose fire is fighting with them
NAME_SPLIT = re.compile(r"[ -]")  # what separates the words of a name ("guinea-bissau")
# the Phoenix dictionaries spell "-ization" as American English does; British news "-isation"
BRITISH_IZATION = re.compile(r"iz(ation|ations)\b")
# the Arabic article as transliterations write it before a place's name
ARABIC_ARTICLES = ("al-", "el-", "ar-", "as-", "ash-", "asch-", "ad-", "at-", "az-")
REFLEXIVE = "sich"  # a reflexive lemma's prefix in the lexicons ("sich ergeben", "sich bekennen")
SAME_NAME_RATIO = 0.6  # given names this similar are spellings of one name (Jassir, Yasser)
# letters that Unicode does not decompose into a base letter and an accent
BASE_LETTERS = {"ł": "l", "đ": "d", "ð": "d", "ø": "o", "\u0131": "i", "æ": "ae", "œ": "oe"}
GERMAN_LETTERS = frozenset("äöüß")  # kept: "länder" is no "lander" (Lander, Wyoming)


def folded(key: str) -> str:
    """A lower-case key without the accents of foreign alphabets ("jarosław kaczyński" ->
    "jaroslaw kaczynski", "orbán", "vučić"): the Phoenix dictionaries spell names in ASCII,
    German news in the person's own alphabet."""
    return key if key.isascii() else "".join(map(_folded_letter, key))


@cache
def _folded_letter(ch: str) -> str:
    if ch in GERMAN_LETTERS:
        return ch
    if ch in BASE_LETTERS:
        return BASE_LETTERS[ch]
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header; ``#`` lines are comments. Every row needs a source."""
    if not path.is_file():
        raise KnowledgeBaseError(f"knowledge-base file {path} is missing")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(
            (ln for ln in fh if not ln.startswith("#") and ln.strip()),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
        if not reader.fieldnames or "source" not in reader.fieldnames:
            raise KnowledgeBaseError(f"{path.name}: no 'source' column")
        for n, row in enumerate(reader, 2):
            if not (row.get("source") or "").strip():
                raise KnowledgeBaseError(f"{path.name}:{n}: row has no source")
            yield {k: (v or "").strip() for k, v in row.items() if k}


def write_tsv(path: Path, rows: Iterable[dict[str, str]]) -> None:
    rows = list(rows)
    if not rows:
        raise KnowledgeBaseError(f"refusing to write empty {path.name}")
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh,
            fieldnames=list(rows[0]),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
            escapechar="\\",
            lineterminator="\n",
        )
        writer.writeheader()
        writer.writerows(rows)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    country: str | None
    sector: str | None
    actor_id: str | None
    kind: str  # PER, ORG, COUNTRY
    start: str  # ISO date or ""
    end: str

    def valid_on(self, day: str | None) -> bool:
        if not day:
            return not self.end
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    kind: str  # country, city, region
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str  # VERB or NOUN
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    negated: str | None  # CAMEO code when the trigger is negated (agree -> reject), or None
    # a reflexive verb ("sich ergeben", to surrender): without its reflexive pronoun the
    # word is another verb ("Umfragen ergaben", polls showed)
    reflexive: bool = False


@dataclass
class KnowledgeBase:
    """In-memory lookups; build with :func:`load_kb`."""

    actors: dict[str, list[ActorEntry]] = field(default_factory=lambda: defaultdict(list))
    places: dict[str, list[PlaceEntry]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    # the demonyms that are person nouns ("Australier", "Ägypterin"), not adjectives
    person_demonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # the names of countries per language of the place tables ("österreich" in German)
    country_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    agents: dict[str, dict[str, tuple[str, bool, str | None]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    triggers: dict[str, dict[str, list[Trigger]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    cameo: dict[str, dict[str, str]] = field(default_factory=dict)
    # the kept rows of the reviewed verb lexicons, per language (read by extraction.reviewed)
    reviewed_rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    # nouns of sports news per language (extraction.topics)
    sports_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # the combining forms of weapons in compounds, with the CAMEO code of fighting with them
    weapons: dict[str, dict[str, str]] = field(default_factory=dict)
    # verbs whose reflexive use the reviewed lexicon drops as another sense ("sich verteidigen",
    # to defend oneself): with "sich" their plain trigger is no event, per language
    reflexive_other_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    lang: dict[str, dict] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first_words: set[str] = field(default_factory=set)
    person_first_words: set[str] = field(default_factory=set)
    # the words (split at spaces and hyphens) of the actor and place names of several words
    name_words: frozenset[str] = frozenset()
    given_name_people: dict[str, int] = field(default_factory=dict)  # persons per first word
    max_phrase: int = 1
    surname_countries: dict[str, str] = field(default_factory=dict)
    surname_people: dict[str, int] = field(default_factory=dict)  # persons behind each country

    def surname_country(self, word: str, given: str | None = None) -> str | None:
        """The country of the persons the KB knows by this last name, when they mostly share
        one ("Reagan" -> USA, "Bush" -> USA although a Caymanian Bush exists). With a
        ``given`` name none of them bears (nor a spelling of it), one namesake is no
        evidence ("Nigel Lawson" is not the Togolese Lawson): several persons must share
        the country."""
        surname = word.lower()
        country = self.surname_countries.get(surname)
        if country is None or given is None or self.surname_people.get(surname, 0) > 1:
            return country
        given = given.lower()
        bearers = (alias.split(" ", 1)[0] for alias in self.surnames[surname] if " " in alias)
        return country if any(_same_name(given, b) for b in bearers) else None

    def actor(self, alias: str, day: str | None) -> ActorEntry | None:
        """The entry for an alias on a date: a dated role beats an undated one."""
        key = alias.lower()
        entries = self.actors.get(key)
        if not entries and not key.isascii():
            entries = self.actors.get(folded(key))
        if not entries:
            return None
        dated = [e for e in entries if (e.start or e.end) and e.valid_on(day)]
        if dated:
            return max(dated, key=_role_rank)
        undated = [e for e in entries if not e.start and not e.end]
        return (undated or entries)[0]

    def place(self, name: str) -> PlaceEntry | None:
        """The place of a name; a name with the Arabic article is also looked up without it
        ("Al-Arish": GeoNames lists Arish)."""
        key = name.lower()
        entries = self.places.get(key)
        if not entries and key.startswith(ARABIC_ARTICLES):
            entries = self.places.get(key.split("-", 1)[1])
        return entries[0] if entries else None

    def filing_place(self, name: str) -> PlaceEntry | None:
        """The place a dateline names: a known place, or a name the Phoenix dictionaries list
        under a country's own entry (a region or town: "Sinai", "Lesbos"), which says in
        which country the story was filed as a place's name does. Not an abbreviation: "US-
        und russische Diplomaten" opens with a truncated compound, no dateline."""
        place = self.place(name)
        if place is not None or name.isupper():
            return place
        entry = self.actor(name, None)
        if entry is None or entry.kind != "COUNTRY" or not entry.country:
            return None
        return PlaceEntry(name, "region", entry.country, None, None, None, 0)

    def country_of(self, name: str) -> str | None:
        """The country a country's name stands for; None for any other name (a town's)."""
        place = self.place(name)
        return place.country if place is not None and place.kind == "country" else None

    def cameo_row(self, code: str) -> dict[str, str]:
        for c in (code, code[:3], code[:2]):
            if c in self.cameo:
                return self.cameo[c]
        raise KnowledgeBaseError(f"CAMEO code {code} is not in cameo.generated.tsv")


def _role_rank(entry: ActorEntry) -> tuple[bool, str, int, bool]:
    """When two roles overlap, an office says more than elite status (ELI), and the office
    taken last more than one the dictionaries leave open (Juncker, Luxembourg's prime minister
    from 1995, president of the European Commission from 2014); then a state office (GOV, MIL)
    more than another; then a person's entry more than an office's of the same holder (the
    Phoenix dictionaries list "Secretary-General Ban Ki-Moon" as an organisation), so that the
    article remembers the person for a later short name."""
    rank = {"GOV": 3, "MIL": 3, "SPY": 3, "ELI": 0}.get(entry.sector or "", 1)
    return rank > 0, entry.start, rank, entry.kind == "PER"


def _actor_rows(
    kb: KnowledgeBase, rows: Iterable[dict[str, str]], codes: dict[str, str | None] | None = None
) -> None:
    codes = codes or {}
    for row in rows:
        alias = row["alias"].lower()
        country = row["country"] or None
        entry = ActorEntry(
            row["name"],
            codes.get(country, country) if country else None,
            row["sector"] or None,
            row.get("actor_id") or None,
            row["kind"],
            row.get("start", ""),
            row.get("end", ""),
        )
        kb.actors[alias].append(entry)
        if folded(alias) != alias:
            kb.actors[folded(alias)].append(entry)  # "Ivica Dacic" as well as "Ivica Dačić"
        bare = _without_gloss(alias)
        if bare and entry not in kb.actors[bare]:
            kb.actors[bare].append(entry)  # "liberation tigers of tamil eelam (ltte)"
        british = BRITISH_IZATION.sub(r"is\1", alias)
        if british != alias and entry not in kb.actors[british]:
            kb.actors[british].append(entry)  # "world health organisation": British news
        kb.max_phrase = max(kb.max_phrase, alias.count(" ") + 1)
        if entry.kind == "PER":
            parts = alias.split()
            if len(parts) >= 2:
                kb.surnames[parts[-1]].add(alias)


def _without_gloss(alias: str) -> str | None:
    """The alias without a trailing parenthesised gloss, as text names the group: the Phoenix
    dictionaries spell "Liberation Tigers of Tamil Eelam (LTTE)"; None when there is none or
    what is left is a single word (too ambiguous to match alone)."""
    if not alias.endswith(")") or " (" not in alias:
        return None
    bare = alias[: alias.rindex(" (")].strip()
    return bare if " " in bare else None


def _phrase_titles(kb: KnowledgeBase) -> None:
    """An agent phrase headed by a title names a person too ("former president", "opposition
    leader"): the Phoenix agent table has no title flag, so "former president Carlos Menem" was
    read as the government of a "Carlos"."""
    for agents in kb.agents.values():
        titles = {lemma for lemma, (_, title, _) in agents.items() if title}
        for lemma, (sector, title, country) in agents.items():
            if not title and " " in lemma and lemma.rsplit(" ", 1)[1] in titles:
                agents[lemma] = (sector, True, country)


def _reflexive_other_senses(rows: list[dict[str, str]]) -> frozenset[str]:
    """Lemmas whose reflexive rows are all dropped as another sense, without "sich"."""
    prefix = REFLEXIVE + " "
    dropped, kept = set(), set()
    for row in rows:
        lemma = row["lemma"].lower()
        if lemma.startswith(prefix):
            (dropped if row["review"].startswith("drop") else kept).add(lemma.removeprefix(prefix))
    return frozenset(dropped - kept)


def _titles_name_persons(kb: KnowledgeBase) -> None:
    """A title noun names a person, not an institution: an organisation alias that is a
    title of the agent tables is dropped (Phoenix lists "Bundeskanzler" as the Reichstag, so
    "Bundeskanzler Werner Faymann" was two actors)."""
    titles = {lemma for agents in kb.agents.values() for lemma, (_, t, _) in agents.items() if t}
    for alias in titles & kb.actors.keys():
        kept = [e for e in kb.actors[alias] if e.kind != "ORG"]
        if kept:
            kb.actors[alias] = kept
        else:
            del kb.actors[alias]


def _same_name(a: str, b: str) -> bool:
    """The same given name, allowing transliterations ("Jassir" and "Yasser")."""
    return SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO


def _given_name_people(kb: KnowledgeBase) -> dict[str, int]:
    """First word of the person aliases of two words or more -> how many distinct persons
    bear it: "david" is the given name of 94, so a town of that name before a capitalised
    word is more likely a person's name than the place."""
    bearers: dict[str, set[str]] = defaultdict(set)
    for alias, entries in kb.actors.items():
        if " " in alias:
            for entry in entries:
                if entry.kind == "PER":
                    bearers[alias.split(" ", 1)[0]].add(entry.actor_id or entry.name)
    return {word: len(ids) for word, ids in bearers.items()}


def _surname_countries(
    kb: KnowledgeBase, share: float = 0.7
) -> tuple[dict[str, str], dict[str, int]]:
    """Last name -> country, weighting each person by the number of its alias rows (a proxy
    for prominence in the Phoenix dictionaries); kept only when one country has ``share``.
    Also how many distinct persons bear the name with that country."""
    out: dict[str, str] = {}
    people: dict[str, int] = {}
    for surname, aliases in kb.surnames.items():
        if len(surname) < 3 or not surname.isalpha():
            continue
        weights: dict[str, int] = defaultdict(int)
        names: dict[str, set[str]] = defaultdict(set)
        for alias in aliases:
            for entry in kb.actors[alias]:
                if (
                    entry.kind == "PER"
                    and entry.country
                    and len(entry.country) == 3
                    and entry.country not in ("IGO", "NGO", "IMG", "MNC")
                ):
                    weights[entry.country] += 1
                    names[entry.country].add(entry.name)
        total = sum(weights.values())
        if total:
            country, top = max(weights.items(), key=lambda kv: kv[1])
            if top >= share * total:
                out[surname] = country
                people[surname] = _distinct_persons(names[country], surname)
    return out, people


def _distinct_persons(names: set[str], surname: str) -> int:
    """How many persons ``names`` spell: names sharing a word besides the surname are one
    person the dictionaries list twice ("Abdullah Bin Ahmad Badawi", "Datuk Seri Abdullah
    Ahmad Badawi")."""
    persons: list[set[str]] = []
    for name in names:
        words = set(name.lower().split()) - {surname}
        same = next((p for p in persons if p & words), None)
        if same is None:
            persons.append(words)
        else:
            same |= words
    return len(persons)


def country_codes(data_dir: Path = DATA_DIR) -> dict[str, str | None]:
    """CAMEO code prefix -> what the actor tables keep: an ISO 3166-1 alpha-3 code, the
    non-state class itself (IGO, NGO ...), or None (a region, sector or religion code): see
    ``country_codes.curated.tsv``."""
    out: dict[str, str | None] = {}
    for row in read_tsv(data_dir / "country_codes.curated.tsv"):
        kind = row["kind"]
        if kind not in ("country", "non-state", "none") or (kind == "country") != bool(row["iso"]):
            raise KnowledgeBaseError(f"country_codes.curated.tsv: bad row {row}")
        out[row["code"]] = {"country": row["iso"], "non-state": row["code"]}.get(kind)
    return out


@lru_cache(maxsize=4)
def load_kb(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """Load every data file once per process (the KB is read-only afterwards)."""
    kb = KnowledgeBase()
    codes = country_codes(data_dir)
    _actor_rows(kb, read_tsv(data_dir / "actors.generated.tsv"), codes)
    _actor_rows(kb, read_tsv(data_dir / "actors.curated.tsv"), codes)
    # German names of organisations (extraction.actors_de_build), after the curated rows: a
    # curated entry comes first where both give an alias
    _actor_rows(kb, read_tsv(data_dir / "actors.de.generated.tsv"), codes)
    # German spellings of names transcribed from Cyrillic (extraction.names_de_build)
    _actor_rows(kb, read_tsv(data_dir / "actors.names.de.generated.tsv"), codes)
    for fname in ("places.curated.tsv", "places.generated.tsv"):
        for row in read_tsv(data_dir / fname):
            entry = PlaceEntry(
                row["name"],
                row["kind"],
                row["country"] or None,
                row["admin1"] or None,
                float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None,
                int(row["population"] or 0),
            )
            kb.places[row["name"].lower()].append(entry)
            if row["kind"] == "country":
                kb.country_names[row["lang"]].add(row["name"].lower())
            kb.max_phrase = max(kb.max_phrase, row["name"].count(" ") + 1)
    for entries in kb.places.values():
        entries.sort(key=lambda e: (e.kind != "country", e.kind != "region", -e.population))
    for fname in ("demonyms.generated.tsv", "demonyms.curated.tsv"):
        for row in read_tsv(data_dir / fname):
            kb.demonyms[row["lang"]][row["form"].lower()] = row["country"]
            if row["kind"] == "person":
                kb.person_demonyms[row["lang"]].add(row["form"].lower())
    # German agent nouns from Ding (extraction.agents_de_build): the curated rows, read last, win
    for fname in ("agents.generated.tsv", "agents.de.generated.tsv", "agents.curated.tsv"):
        for row in read_tsv(data_dir / fname):
            kb.agents[row["lang"]][row["lemma"].lower()] = (
                row["sector"],
                row["person"] == "1",
                row.get("country") or None,
            )
    _phrase_titles(kb)
    _titles_name_persons(kb)
    for row in read_tsv(data_dir / "triggers.tsv"):
        lemma = row["lemma"].lower()
        trig = Trigger(
            lemma.removeprefix(REFLEXIVE + " "),
            row["pos"],
            row["cameo"],
            row["mode"] or None,
            tuple(c for c in row["context"].split(",") if c),
            row["negated"] or None,
            lemma.startswith(REFLEXIVE + " "),
        )
        kb.triggers[row["lang"]][trig.lemma].append(trig)
    for row in read_tsv(data_dir / "cameo.generated.tsv"):
        kb.cameo[row["code"]] = row
    for path in sorted(data_dir.glob(REVIEWED_VERBS.format(lang="*"))):
        lang = path.name.split(".")[1]
        rows = list(read_tsv(path))
        kb.reviewed_rows[lang] = [row for row in rows if not row["review"].startswith("drop")]
        kb.reflexive_other_senses[lang] = _reflexive_other_senses(rows)
    for path in sorted(data_dir.glob(SPORTS_WORDS.format(lang="*"))):
        kb.sports_words[path.name.split(".")[1]] = frozenset(r["word"] for r in read_tsv(path))
    for path in sorted(data_dir.glob(WEAPONS.format(lang="*"))):
        kb.weapons[path.name.split(".")[1]] = {
            form: row["cameo"] for row in read_tsv(path) for form in row["forms"].split("|")
        }
    kb.first_words = {key.split(" ", 1)[0] for key in (*kb.actors, *kb.places)}
    kb.name_words = frozenset(
        word for key in (*kb.actors, *kb.places) if " " in key for word in NAME_SPLIT.split(key)
    )
    kb.person_first_words = {
        key.split(" ", 1)[0]
        for key, entries in kb.actors.items()
        if any(e.kind == "PER" for e in entries)
    }
    kb.given_name_people = _given_name_people(kb)
    kb.surname_countries, kb.surname_people = _surname_countries(kb)
    for path in sorted((data_dir / "lang").glob("*.json")):
        conf = json.loads(path.read_text(encoding="utf-8"))
        if "source" not in conf:
            raise KnowledgeBaseError(f"{path.name}: no 'source' key")
        kb.lang[path.stem] = conf
    return kb
