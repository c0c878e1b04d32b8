"""A nationality noun before a name is that person's apposition: "der Kanadier Paul Miller" is
one person of Canada, whose surname names him later (invented sentences)."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code


def _sides(events) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.target and e.target.text, e.target and e.target.country) for e in events]


def test_a_nationality_noun_before_a_name_is_the_persons_country(extractor: Extractor) -> None:
    text = (
        "Ein Gericht in Kairo hat den Australier John Hardy zu sieben Jahren Haft verurteilt. "
        "Die ägyptische Regierung hat Hardy im Februar freigelassen."
    )
    assert _sides(code(extractor, text, "de")) == [
        ("116", "Australier John Hardy", "AUS"),
        ("0841", "Hardy", "AUS"),
    ]


def test_a_named_national_is_one_person_named_by_his_surname(extractor: Extractor) -> None:
    text = (
        "Der Kanadier Paul Miller wurde in Kairo festgenommen. "
        "Die ägyptische Regierung hat Miller im Februar ausgewiesen."
    )
    events = code(extractor, text, "de")
    assert [(e.source and e.source.country, *_sides([e])[0][1:]) for e in events] == [
        ("EGY", "Kanadier Paul Miller", "CAN"),
        ("EGY", "Miller", "CAN"),
    ]


def test_a_nationality_noun_before_a_common_noun_stays_a_group(extractor: Extractor) -> None:
    text = "Die Polizei in Kairo hat am Montag zwei Kanadier festgenommen."
    assert _sides(code(extractor, text, "de")) == [("173", "Kanadier", "CAN")]
