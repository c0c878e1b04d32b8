"""The KB files load and every entry names its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.errors import KnowledgeBaseError
from extraction.kb import DATA_DIR, load_kb, read_tsv

TSV_FILES = sorted(DATA_DIR.glob("*.tsv"))


@pytest.mark.parametrize("path", TSV_FILES, ids=lambda p: p.name)
def test_every_row_has_a_source(path: Path) -> None:
    rows = list(read_tsv(path))
    assert rows and all(row["source"] for row in rows)


def test_a_row_without_source_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("alias\tsource\nputin\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        list(read_tsv(bad))


def test_every_trigger_code_is_in_the_cameo_table() -> None:
    kb = load_kb()
    for lang in ("de", "en"):
        for triggers in kb.triggers[lang].values():
            for trig in triggers:
                assert kb.cameo_row(trig.cameo)["plover"], trig


def test_cameo_table_pins_quad_and_goldstein() -> None:
    kb = load_kb()
    assert kb.cameo_row("043")["plover"] == "CONSULT"
    assert (kb.cameo_row("190")["quad"], kb.cameo_row("190")["goldstein"]) == ("4", "-10.0")
    assert kb.cameo_row("051")["quad"] == "1"


def test_dated_roles() -> None:
    kb = load_kb()
    assert kb.actor("putin", "2010-01-01").sector == "GOV"
    assert kb.actor("putin", "1995-01-01").sector == "ELI"


def test_places_and_demonyms() -> None:
    kb = load_kb()
    assert kb.place("Peking").country == "CHN"
    assert kb.place("Nordkorea").country == "PRK"
    assert kb.demonyms["de"]["nordkoreanischen"] == "PRK"
    assert kb.demonyms["en"]["ukrainian"] == "UKR"


def test_kb_build_parses_dated_phoenix_roles(tmp_path: Path) -> None:
    from extraction.kb_build import parse_phoenix_actors

    src = tmp_path / "actors.txt"
    src.write_text("# comment\nDMITRY_MEDVEDEV_  # CountryInfo.txt\n+MEDVEDEV\n"
                   "\t[RUSELI 830101-051201]\n\t[RUSGOV >080507]\n", encoding="utf-8")
    rows = list(parse_phoenix_actors(src, "test"))
    gov = [r for r in rows if r["sector"] == "GOV"]
    assert {r["alias"] for r in gov} == {"dmitry medvedev", "medvedev"}
    assert gov[0]["start"] == "2008-05-07" and gov[0]["kind"] == "PER"
    assert all(r["source"] == "test" for r in rows)
