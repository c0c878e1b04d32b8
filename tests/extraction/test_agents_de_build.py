"""German agent nouns from the Ding dictionary: the generator's rules on invented dictionary
lines (with an invented Phoenix table and WordNet classes), and the installed table on invented
German sentences."""

from __future__ import annotations

from pathlib import Path

from extraction import Extractor
from extraction.agents_de_build import (
    OUT,
    AgentSenses,
    english_keys,
    german_nouns,
    select,
    senses,
)
from extraction.kb import DATA_DIR, read_tsv

from .conftest import code

DICTIONARY = """\
# invented entries in the Ding format (German :: English, synonyms "; ", sub-entries " | ")
Kläger {m}; Klägerin {f} [jur.] | Kläger {pl} :: Public Accuser | public accusers
Klägerei {f} :: the public accusers; the accusing authority
Wächter {m} :: warden
Wächter {m} (Gerät) :: sensor
das Rudel {n} [pol.] :: horde; band
Hauptmann {m} :: chief
Hauptmann {m} [mil.] :: officer
Dorfschulze {m} :: mayor
Dorfschulze {m} [hist.] :: burgomaster
Händler {m} :: dealer
"""
PHOENIX = [
    {"lang": "en", "lemma": lemma, "sector": sector}
    for lemma, sector in (
        ("public accuser", "JUD"),
        ("warden", "COP"),
        ("horde", "REB"),
        ("band", "REB"),
        ("chief", "GOV"),
        ("officer", "MIL"),
        ("mayor", "GOV"),
        ("dealer", "BUS"),
    )
]
PERSON, GROUP, ARTIFACT = "18", "14", "06"
WORDNET = {
    "warden": (PERSON,),
    "sensor": (ARTIFACT,),
    "horde": (GROUP,),
    "band": (GROUP, ARTIFACT),
    "chief": (PERSON,),
    "officer": (PERSON,),
    "mayor": (PERSON,),
    "burgomaster": (PERSON,),
    "dealer": (PERSON,),
}


def generated(tmp_path: Path, why_not=lambda noun, sector: "") -> tuple[dict, dict]:
    (tmp_path / "de-en").write_text(DICTIONARY, encoding="utf-8")
    agents = senses(tmp_path / "de-en", AgentSenses.read(PHOENIX, WORDNET))
    rows, dropped = select(agents, why_not)
    return {r["lemma"]: r for r in rows}, dropped


def test_dictionary_sides_are_read_as_nouns_and_phoenix_keys() -> None:
    assert german_nouns("Kläger {m}; Klägerin {f} [jur.]") == [("Kläger", "m"), ("Klägerin", "f")]
    assert german_nouns("das Rudel {n}; jdn. anklagen") == [("Rudel", "n")]
    assert english_keys("the public accusers; Band (music) [Br.] /B/") == [
        "public accusers",
        "band",
    ]


def test_a_noun_takes_the_one_sector_of_its_phoenix_translations(tmp_path: Path) -> None:
    rows, _ = generated(tmp_path)
    assert rows["kläger"]["sector"] == "JUD"
    assert rows["kläger"]["source"].startswith("Ding de-en 1.9:2 «Kläger» = «public accuser»")
    # a plural English side ("the public accusers") is read as its singular
    assert rows["klägerei"]["sector"] == "JUD"
    assert rows["rudel"]["sector"] == "REB"
    # a sense Phoenix lacks but WordNet knows as a person does not count against the noun
    assert rows["dorfschulze"]["sector"] == "GOV"


def test_nouns_of_several_sectors_things_and_other_sectors_are_left_out(tmp_path: Path) -> None:
    rows, dropped = generated(tmp_path)
    assert "hauptmann" in dropped["senses of several sectors"]
    assert "wächter" in dropped["a sense that names a thing"]
    assert "händler" in dropped["sector BUS"]
    assert not {"hauptmann", "wächter", "händler"} & rows.keys()


def test_the_callers_reasons_leave_nouns_out(tmp_path: Path) -> None:
    rows, dropped = generated(tmp_path, lambda noun, sector: "review" if noun == "rudel" else "")
    assert "rudel" not in rows and dropped["review"] == ["rudel"]


def test_the_installed_table_is_lower_case_and_yields_to_the_curated_one() -> None:
    generated_rows = list(read_tsv(DATA_DIR / OUT))
    curated = {r["lemma"] for r in read_tsv(DATA_DIR / "agents.curated.tsv") if r["lang"] == "de"}
    lemmas = {r["lemma"] for r in generated_rows}
    assert all(lemma == lemma.lower() for lemma in lemmas)
    assert not lemmas & curated
    assert {"staatsanwalt", "junta", "gendarmerie", "nationalgarde"} <= lemmas
    assert not {"sender", "bank", "firma", "gläubiger", "berater", "politiker"} & lemmas


def test_a_prosecutor_and_a_governor_are_actors(extractor: Extractor) -> None:
    events = code(
        extractor,
        "Ein peruanischer Staatsanwalt ermittelt gegen den Gouverneur der Provinz Lima.",
        "de",
    )
    assert len(events) == 1
    source, target = events[0].source, events[0].target
    assert source is not None and (source.country, source.sector) == ("PER", "JUD")
    assert target is not None and (target.country, target.sector) == ("PER", "GOV")


def test_a_junta_takes_its_country(extractor: Extractor) -> None:
    events = code(
        extractor, "Die malische Junta hat einen Dissidenten aus Niger festgenommen.", "de"
    )
    assert [(e.source and e.source.country, e.source and e.source.sector) for e in events] == [
        ("MLI", "GOV")
    ]
