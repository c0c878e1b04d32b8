"""German spellings of names transcribed from Cyrillic, read from the English spellings of the
Phoenix tables (extraction.names_de_build)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extraction import Extractor
from extraction.kb import DATA_DIR
from extraction.names_de_build import RULES_FILE, Transcription, build

from .conftest import code, roles

HEADER = "alias\tname\tcountry\tsector\tactor_id\tkind\tstart\tend\tsource\n"


@pytest.mark.parametrize(
    ("english", "german"),
    [
        ("yury petrov", ["juri petrow"]),
        ("aleksey zakharchenko", ["alexej sachartschenko"]),
        ("boyko borisov", ["bojko borissow"]),
        ("vasiliy kozhevnikov", ["wassili koschewnikow", "wassilij koschewnikow"]),
        ("oleg yatsenko", ["oleg jazenko"]),
        ("nikolay zhirinovsky", ["nikolai schirinowski"]),
        ("ivan khrushchev", ["iwan chruschtschew"]),
    ],
)
def test_english_spellings_are_transcribed_as_german_news_write_them(
    english: str, german: list[str]
) -> None:
    assert Transcription.read().german(english) == german


def _actor(alias: str, name: str, country: str) -> str:
    return f"{alias}\t{name}\t{country}\tGOV\tphoenix:X\tPER\t\t\tphoenix\n"


def test_only_names_of_transcribed_countries_and_new_forms_are_kept(tmp_path: Path) -> None:
    shutil.copy(DATA_DIR / RULES_FILE, tmp_path / RULES_FILE)
    (tmp_path / "actors.generated.tsv").write_text(
        HEADER
        + _actor("ivan kozlov", "Ivan Kozlov", "RUS")
        + _actor("foreign minister ivan kozlov", "Ivan Kozlov", "RUS")
        + _actor("russian envoy kozlov", "Ivan Kozlov", "RUS")
        + _actor("pavel volkov", "Pavel Volkov", "UKR")
        + _actor("jean volkov", "Jean Volkov", "FRA"),
        encoding="utf-8",
    )
    (tmp_path / "actors.curated.tsv").write_text(
        HEADER + _actor("pawel wolkow", "Pawel Wolkow", "UKR"), encoding="utf-8"
    )
    (tmp_path / "actors.de.generated.tsv").write_text(HEADER, encoding="utf-8")
    (tmp_path / "agents.generated.tsv").write_text(
        "lang\tlemma\tsector\tperson\tsource\nen\tminister\tGOV\t\tphoenix\n", encoding="utf-8"
    )
    (tmp_path / "demonyms.generated.tsv").write_text(
        "form\tlang\tcountry\tkind\tsource\nrussian\ten\tRUS\tadj\tphoenix\n", encoding="utf-8"
    )
    rows = build(tmp_path)
    assert [r["alias"] for r in rows] == ["iwan koslow"]
    assert rows[0]["country"] == "RUS" and RULES_FILE in rows[0]["source"]


def test_a_rule_file_names_its_source() -> None:
    assert json.loads((DATA_DIR / RULES_FILE).read_text(encoding="utf-8"))["source"]


@pytest.mark.parametrize("name", ["Sergej Lawrow", "Arsenij Jazenjuk", "Arseni Jazenjuk"])
def test_german_spellings_of_office_holders_are_actors(extractor: Extractor, name: str) -> None:
    events = code(extractor, f"{name} kritisierte am Montag die Regierung Frankreichs.", "de")
    assert ("ACCUSE", "UKR" if "Jazenjuk" in name else "RUS", "FRA") in roles(events)
