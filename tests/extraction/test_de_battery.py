"""German news constructions of rejecting, conceding and breaking off relations that the
lexicon missed: a strong preterite of a separable verb ("brach ... ab"), verwerfen, the
light-verb idiom "eine Abfuhr erteilen", meeting demands ("Forderungen erfüllen") and
"entgegenkommen". Sentences are invented for the tests (not taken from the gold files or the
unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ghana brach die diplomatischen Beziehungen zu Togo ab.",
        "Ghana brach die Verhandlungen mit Togo ab.",
    ],
)
def test_a_strong_preterite_with_its_particle_breaks_off_relations(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "SANCTION") == {("GHA", "TGO")}
    assert not pairs(extractor, text, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana hat den Vorschlag Togos verworfen.",
        "Ghana verwarf den Friedensplan Togos.",
        "Ghana hat Togo eine Abfuhr erteilt.",
    ],
)
def test_verwerfen_and_an_abfuhr_are_rejections(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "REJECT") == {("GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    ["Ghana hat die Forderungen Togos erfüllt.", "Ghana ist Togo weit entgegengekommen."],
)
def test_meeting_demands_is_a_concession(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "CONCEDE") == {("GHA", "TGO")}
    assert not pairs(extractor, text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Rebellen entführten in Togo zwei Italiener.", "ASSAULT", {("TGO", "ITA")}),
        ("Die Polizei nahm in Accra drei Marokkaner fest.", "COERCE", {("GHA", "MAR")}),
    ],
)
def test_a_person_noun_of_a_nationality_is_an_actor_of_its_country(
    extractor: Extractor, text: str, kind: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(extractor, text, kind) == expected
