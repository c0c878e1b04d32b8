"""German names of organisation actors, from the Ding German-English dictionary.

Run ``python -m extraction.actors_de_build [DING]`` after ``extraction.kb_build``. The Phoenix
actor tables spell organisations in English only, so German news lost "Weltgesundheitsorganisation"
or "Internationaler Währungsfonds". A Ding sub-entry whose English side names a Phoenix
organisation exactly (``Internationaler Währungsfonds {m} /IWF/ :: International Monetary Fund
/IMF/``, compared without case, articles, glosses and marks) gives that actor its German side: the
name in the case forms news use and the German abbreviation when Ding gives it to no other name.
Left out and counted: names that are everyday words, places or another actor in the KB, names of a
state's institution that do not name the state (Ding renders "Department of Health [Am.]" as the
generic "Gesundheitsministerium"), and names longer than the matcher's phrases. Every row cites
its Ding line; the output is a derivative of the GPL-2.0-or-later dictionary.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .codes import NON_STATE_CODES, STATE_SECTORS
from .ding import DING, DING_LICENCE, DING_VERSION, aligned, lines
from .kb import DATA_DIR, KnowledgeBase, country_codes, load_kb, read_tsv, write_tsv
from .kb_lookup import MAX_PHRASE
from .word_list import WordList

__all__ = [
    "OUT",
    "DingWords",
    "GermanAliases",
    "GermanName",
    "PhoenixOrgs",
    "declined",
    "english_key",
    "german_name",
    "main",
]

OUT = "actors.de.generated.tsv"
# glosses, usage and domain labels, gender and word-class marks, keywords: {m} [pol.] (…) <…>
MARKS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
ABBREVIATION = re.compile(r"/([^/\s][^/]*)/")
GENDER = re.compile(r"\{(m|f|n|pl)\b")
# a sub-entry labelled as geography, language or people is a place, a tongue or a group of
# persons ("Grönländer {m} [soc.]"), not an organisation; an {adj} entry is no name
NOT_ORGANISATION = ("[geogr.]", "[ling.]", "[soc.]", "{adj}")
WORD = re.compile(r"[\w'&.-]+")
# the strong nominative ending of the first adjective tells the gender: Internationaler, Rotes
GENDER_OF_ENDING = {"er": "m", "es": "n"}
# two-letter abbreviations stand for too many things ("IP", "EP"; the KB's "EU" is curated)
MIN_ABBREVIATION = 3


def english_key(phrase: str) -> str:
    """An English name as both tables are compared: lower case, without glosses, marks,
    abbreviations and "the" ("The Islamic State (terrorist group)" -> "islamic state")."""
    text = ABBREVIATION.sub(" ", MARKS.sub(" ", phrase)).replace("\u2019", "'").lower()
    return " ".join(w for w in WORD.findall(text) if w != "the")


@dataclass(frozen=True)
class GermanName:
    """A German sub-entry read as a name: its tokens (article removed), the gender Ding marks
    and the abbreviations it gives (``/IWF/``)."""

    tokens: tuple[str, ...]
    gender: str
    abbreviations: tuple[str, ...]

    @property
    def key(self) -> str:
        return " ".join(self.tokens).lower()


def german_name(
    raw: str, articles: frozenset[str], tokenize: Callable[[str], list[str]]
) -> GermanName | None:
    """``Die Arbeiterpartei Kurdistans; … /PKK/ (Terrorgruppe) [pol.]`` (one synonym) as a name;
    None when nothing capitalised is left."""
    plain = MARKS.sub(" ", raw)
    abbreviations = tuple(a.strip() for a in ABBREVIATION.findall(plain))
    tokens = tokenize(ABBREVIATION.sub(" ", plain))
    while tokens and tokens[0].lower() in articles:
        tokens = tokens[1:]
    if not tokens or not tokens[0][:1].isalpha():
        return None
    gender = GENDER.search(raw)
    return GermanName(tuple(tokens), gender.group(1) if gender else "", abbreviations)


def declined(name: GermanName, endings: Iterable[str], adjectives: Container[str]) -> list[str]:
    """The case forms of a name as news write them, lower case: the adjectives before the head
    noun with every ending ("Internationale/-n/-r Währungsfonds"), and the genitive of a
    masculine or neuter head that has words after it ("des Internationalen Komitees vom Roten
    Kreuz"). ``adjectives`` holds the stems that are adjectives ("international", "rot"). A
    genitive -s at the end of the phrase is left to the matcher, which strips it."""
    endings = sorted(endings, key=len, reverse=True)
    tokens = list(name.tokens)

    def stem(word: str) -> str | None:
        """The stem of an inflected adjective ("Irisch-Republikanische" -> "Irisch-Republikan
        isch"), None for any other word ("Armee")."""
        for ending in endings:
            base = word[: -len(ending)]
            if word.endswith(ending) and base.rsplit("-", 1)[-1].lower() in adjectives:
                return base
        return None

    k = 0
    while k < len(tokens) - 1 and stem(tokens[k]) is not None:
        k += 1
    if not tokens[k][:1].isupper():
        k = 0  # "Reporter ohne Grenzen": no adjective before a capitalised head noun
    first_ending = next((e for e in endings if k and tokens[0].endswith(e)), "")
    gender = name.gender or GENDER_OF_ENDING.get(first_ending, "")
    head = tokens[k]
    heads = [head]
    if gender in ("m", "n") and k < len(tokens) - 1:
        heads.append(head + ("es" if head.endswith(("s", "ß", "x", "z")) else "s"))
    forms = [" ".join(tokens)]
    for ending in endings if k else [""]:
        inflected = [f"{stem(w)}{ending}" for w in tokens[:k]]
        for h in heads:
            forms.append(" ".join([*inflected, h, *tokens[k + 1 :]]))
    return list(dict.fromkeys(f.lower() for f in forms))


@dataclass
class PhoenixOrgs:
    """The organisation actors of ``actors.generated.tsv`` by compared English name."""

    rows: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def read(cls, path: Path) -> PhoenixOrgs:
        orgs = cls()
        for row in read_tsv(path):
            key = english_key(row["alias"])
            orgs.kinds[key].add(row["kind"])
            if row["kind"] == "ORG":
                orgs.ids[key].add(row["actor_id"])
                orgs.rows[row["actor_id"]].append(row)
        return orgs

    def codes(self, actor_id: str) -> frozenset[tuple[str, str, str, str]]:
        return frozenset(
            (r["country"], r["sector"], r["start"], r["end"]) for r in self.rows[actor_id]
        )

    def actor(self, english: str) -> tuple[str | None, str]:
        """The actor an English name denotes, or None and why not."""
        key = english_key(english)
        if key not in self.ids:
            return None, ""
        if self.kinds[key] != {"ORG"}:
            return None, "English name also of a country or person"
        ids = sorted(self.ids[key])
        if len({self.codes(i) for i in ids}) > 1:
            return None, "English name of several actors"
        return ids[0], ""


@dataclass
class GermanAliases:
    """Decides which German forms become actor aliases, counting what it leaves out."""

    kb: KnowledgeBase
    words: WordList
    known: dict[str, set[str]]
    dictionary: DingWords
    adjectives: set[str]  # stems of adjectives: Ding's and the KB's demonyms
    # why names and forms were left out -> which ("Gesundheitsministerium", "union")
    dropped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def everyday(self, form: str) -> bool:
        """One word that is a common noun: Ding translates it by a lower-case English word
        ("Union", "Partei"), SCOWL lists it in lower case ("Bank", "who"), or the language
        data has it as an agent noun or a common noun that is no place."""
        return " " not in form and (
            form in self.dictionary.common
            or self.words.everyday(form)
            or form in self.kb.agents.get("de", {})
            or form in self.kb.lang["de"]["not_places"]
        )

    def names_state(self, name: GermanName, country: str) -> bool:
        """Does the name say whose institution it is: "US-Landwirtschaftsministerium",
        "britischer Auslandsgeheimdienst", "Bundeshandelskommission der USA"?"""
        words = [t.lower() for t in name.tokens]
        keys = [*words, *(p for w in words for p in w.split("-")[:-1])]
        keys += [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        suffixes = self.kb.lang["de"]["genitive_suffixes"]
        for key in keys:
            head, _, rest = key.partition(" ")
            variants = [key, *(key[: -len(s)] for s in suffixes if key.endswith(s))]
            if rest and head.endswith("en"):
                variants.append(f"{head[:-1]} {rest}")  # "Vereinigten Staaten"
            for v in variants:
                place = self.kb.place(v)
                entry = self.kb.actor(v, None)
                if (
                    self.kb.demonyms["de"].get(v) == country
                    or (place is not None and place.kind == "country" and place.country == country)
                    or (entry is not None and entry.kind == "COUNTRY" and entry.country == country)
                ):
                    return True
        return False

    def forms(self, name: GermanName, country: str, sector: str) -> list[str]:
        """The forms of one German name for an actor, after the name-level checks."""
        if len(name.tokens) > MAX_PHRASE:
            self.dropped["longer than the matcher's phrases"].append(name.key)
            return []
        state_body = country not in NON_STATE_CODES and sector in STATE_SECTORS
        if state_body and not self.names_state(name, country):
            self.dropped["a state's institution without the state"].append(name.key)
            return []
        forms = declined(name, self.kb.lang["de"]["adjective_endings"], self.adjectives)
        for abbr in name.abbreviations:
            if len(abbr) < MIN_ABBREVIATION or " " in abbr:
                self.dropped["abbreviation of two letters"].append(abbr)
            elif not self.dictionary.unambiguous(abbr, name):
                self.dropped["abbreviation of several Ding names"].append(abbr)
            else:
                forms.append(abbr.lower())
        return forms

    def reason(self, form: str, countries: set[str]) -> str:
        """Why a form must not become an alias of an actor of these countries ("" if it may).
        A KB alias of the same country (or IGO, NGO ...) is the same actor, whatever sector the
        curated table gives it ("rotes kreuz": NGO/NGO there, NGO/HLH in Phoenix)."""
        if form in self.known:
            return "" if self.known[form] & countries else "another actor in the KB"
        if self.kb.place(form) is not None or any(form in d for d in self.kb.demonyms.values()):
            return "a place or demonym"
        if self.everyday(form):
            return "an everyday word"
        return ""


def _known_aliases(data_dir: Path, codes: dict[str, str | None]) -> dict[str, set[str]]:
    """Aliases of the English and curated actor tables -> their countries (or IGO, NGO ...)."""
    known: dict[str, set[str]] = defaultdict(set)
    for fname in ("actors.generated.tsv", "actors.curated.tsv"):
        for row in read_tsv(data_dir / fname):
            country = codes.get(row["country"], row["country"]) or ""
            known[row["alias"].lower()].add(country)
    return known


@dataclass
class DingWords:
    """What the whole dictionary says about single German words and abbreviations: common
    nouns (a noun sub-entry whose English synonyms are all lower case: "Union {f} :: union"),
    adjectives (an ``{adj}`` sub-entry: "international", "rot") and, per abbreviation on
    either side, the German names of each sub-entry that gives it ("RAF": "Rote-Armee-Fraktion"
    and, through "Royal Air Force /RAF/", "Britische Luftwaffe")."""

    common: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    abbreviations: dict[str, list[set[str]]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def read(
        cls, ding: Path, articles: frozenset[str], tokenize: Callable[[str], list[str]]
    ) -> DingWords:
        words = cls()
        for _, de_slots, en_slots in lines(ding):
            for de, en in aligned(de_slots, en_slots):
                english = [e.strip() for e in en.split("; ") if e.strip()]
                lower = english and all(e[:1].islower() for e in english)
                names: set[str] = set()
                given = set(ABBREVIATION.findall(MARKS.sub(" ", en)))
                for synonym in de.split("; "):
                    word = MARKS.sub(" ", synonym).strip()
                    if " " not in word and "{adj}" in de:
                        words.adjectives.add(word.lower())
                    if " " not in word and lower and GENDER.search(synonym):
                        words.common.add(word.lower())
                    name = german_name(synonym, articles, tokenize)
                    if name is not None:
                        names.add(name.key)
                        given.update(name.abbreviations)
                for abbr in given:
                    words.abbreviations[abbr.strip().lower()].append(names)
        return words

    def unambiguous(self, abbreviation: str, name: GermanName) -> bool:
        """Every sub-entry that gives the abbreviation has this name among its synonyms."""
        return all(name.key in names for names in self.abbreviations[abbreviation.lower()])


def build(
    ding: Path = DING,
    data_dir: Path = DATA_DIR,
    words: WordList | None = None,
    kb: KnowledgeBase | None = None,
) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    """The German alias rows, and the names and forms left out by reason."""
    import spacy

    tokenizer = spacy.blank("de").tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(" ".join(text.split()))]

    kb = kb or load_kb(data_dir)
    codes = country_codes(data_dir)
    articles = frozenset(kb.lang["de"]["articles"])
    orgs = PhoenixOrgs.read(data_dir / "actors.generated.tsv")
    dictionary = DingWords.read(ding, articles, tokenize)
    aliases = GermanAliases(
        kb,
        words or WordList.read(),
        _known_aliases(data_dir, codes),
        dictionary,
        dictionary.adjectives | set(kb.demonyms["de"]),
    )
    by_form: dict[str, dict[str, str]] = defaultdict(dict)  # form -> actor id -> source
    for n, de_slots, en_slots in lines(ding):
        for de, en in aligned(de_slots, en_slots):
            if any(label in de or label in en for label in NOT_ORGANISATION):
                continue
            matched = {}
            for english in en.split("; "):
                if english.strip()[:1].isupper():
                    actor_id, why = orgs.actor(english)
                    if why:
                        aliases.dropped[why].append(english.strip())
                    elif actor_id:
                        matched[actor_id] = english.strip()
            if len({orgs.codes(i) for i in matched}) > 1:
                aliases.dropped["English synonyms of different actors"].append(en)
                continue
            for actor_id, english in list(matched.items())[:1]:
                first = orgs.rows[actor_id][0]
                country = codes.get(first["country"], first["country"]) or ""
                for synonym in de.split("; "):
                    name = german_name(synonym, articles, tokenize)
                    if name is None:
                        continue
                    source = f"{DING_VERSION}:{n} «{synonym.strip()}» = «{english}»"
                    for form in aliases.forms(name, country, first["sector"]):
                        by_form[form].setdefault(actor_id, source)
    rows: list[dict[str, str]] = []
    for form, actors in by_form.items():
        if len({orgs.codes(i) for i in actors}) > 1:
            aliases.dropped["German form of several actors"].append(form)
            continue
        actor_id, source = next(iter(actors.items()))
        actor_rows = orgs.rows[actor_id]
        countries = {codes.get(r["country"], r["country"]) or "" for r in actor_rows}
        why = aliases.reason(form, countries)
        if why or form in aliases.known:
            aliases.dropped[why or "already an alias of the actor"].append(form)
            continue
        seen = set()
        for r in actor_rows:
            key = (r["name"], r["country"], r["sector"], r["kind"], r["start"], r["end"])
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    **{k: r[k] for k in ("name", "country", "sector", "actor_id", "kind")},
                    "alias": form,
                    "start": r["start"],
                    "end": r["end"],
                    "source": f"{source} ({DING_LICENCE}); actor: {r['source']}",
                }
            )
    columns = ("alias", "name", "country", "sector", "actor_id", "kind", "start", "end", "source")
    return [{c: row[c] for c in columns} for row in rows], aliases.dropped


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    rows, dropped = build(Path(args[0]) if args else DING)
    write_tsv(DATA_DIR / OUT, rows)
    print(f"{OUT}: {len(rows)} rows, {len({r['alias'] for r in rows})} aliases")
    for why, which in sorted(dropped.items(), key=lambda kv: -len(kv[1])):
        print(f"  left out, {why}: {len(which)} ({', '.join(which)})")


if __name__ == "__main__":
    main()
