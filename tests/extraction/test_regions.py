"""First-level regions (ISO 3166-2) as places: which names become regions, and how a region
mention reads in a sentence (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import Extractor
from extraction.kb import DATA_DIR, load_kb, read_tsv
from extraction.kb_build import build_regions
from extraction.word_list import WordList

from .conftest import code


def _region_rows() -> list[dict[str, str]]:
    return [r for r in read_tsv(DATA_DIR / "places.generated.tsv") if r["kind"] == "region"]


def test_every_region_belongs_to_a_country_the_kb_knows() -> None:
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    kb = load_kb()
    known = {e.country for es in kb.places.values() for e in es if e.kind == "country"}
    rows = _region_rows()
    assert rows
    assert {r["country"] for r in rows} <= iso & known
    assert all("ISO 3166-2" in r["source"] and "LGPL" in r["source"] for r in rows)


def test_regions_rank_below_countries_cities_and_actors() -> None:
    kb = load_kb()
    assert kb.place("Bayern").kind == "region" and kb.place("Bayern").country == "DEU"
    assert kb.place("Sizilien").country == "ITA"  # the German translation
    assert kb.place("Sindh").country == "PAK"
    assert kb.place("Georgia").kind == "country"  # the US state does not override the state
    assert kb.place("Idlib").kind == "city"
    assert kb.place("Punjab") is None  # a state of India and a province of Pakistan
    assert kb.place("Guerrero") is None  # a Mexican state and a surname of the KB's persons
    assert kb.place("Helmand") is None and kb.actor("helmand", None).country == "AFG"


def test_region_names_are_filtered(tmp_path: Path) -> None:
    words_file = tmp_path / "words"
    words_file.write_text("upper\neast\ncentral\n", encoding="utf-8")
    words = WordList.read(words_file)
    city = {"name": "Karachi", "kind": "city", "country": "PAK"}
    actor = {"alias": "helmand", "name": "Helmand", "kind": "COUNTRY"}
    rows = build_regions([city], [actor], words, frozenset({"tirol"}))
    names = {r["name"] for r in rows}
    assert {"Sindh", "Bayern", "Catalunya", "Cataluña", "Quebec", "Québec"} <= names
    assert {"Kalifornien", "Sizilien"} <= names  # German names from the translations
    assert not {"Punjab", "Upper East", "Central", "Helmand", "Tirol"} & names
    assert all(len(n) >= 4 for n in names)
    assert not any("[" in n or "," in n for n in names)  # "Catalunya [Cataluña]", "Murcia, …"


@pytest.mark.parametrize(
    ("text", "lang", "source", "sector"),
    [
        (
            "Die Regierung der Provinz Belutschistan verurteilte den Angriff auf eine Schule.",
            "de",
            "PAK",
            "GOV",
        ),
        ("Thüringens Ministerpräsident lobte die Feuerwehr für ihren Einsatz.", "de", "DEU", "GOV"),
        (
            "The government of Zamfara state condemned the kidnapping of the pupils.",
            "en",
            "NGA",
            "GOV",
        ),
    ],
)
def test_a_region_owns_its_government(
    extractor: Extractor, text: str, lang: str, source: str, sector: str
) -> None:
    (event,) = code(extractor, text, lang)
    assert (event.source.country, event.source.sector) == (source, sector)
    assert event.target is None or event.target.text != "Belutschistan"


def test_a_region_places_the_event_and_its_actors(extractor: Extractor) -> None:
    (event,) = code(
        extractor, "In der Provinz Belutschistan nahm die Polizei zwölf Schmuggler fest.", "de"
    )
    assert (event.location.name, event.location.country) == ("Belutschistan", "PAK")
    assert event.source.country == "PAK"
    (event,) = code(extractor, "Soldiers detained ten smugglers in Zamfara state on Friday.", "en")
    assert (event.source.country, event.target.country) == ("NGA", "NGA")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die kenianische Regierung ordnete nach den Unruhen verstärkte Patrouillen an.", "de"),
        ("The Kenyan governor ordered night patrols along the river.", "en"),
    ],
)
def test_ordering_an_act_is_that_act(extractor: Extractor, text: str, lang: str) -> None:
    events = code(extractor, text, lang)
    assert events and {e.event_type for e in events} == {"MOBILIZE"}
