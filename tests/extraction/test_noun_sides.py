"""The sides a German event noun names: a pair after "zwischen" belongs to the noun right
before it ("Gespräche zwischen X und Y" are the talks' sides, "die Spannungen zwischen X und Y"
are no sides of a meeting elsewhere in the sentence); an event noun in a relative clause about a
thing ("Die Frage, die das Gipfeltreffen beherrschte, ...") takes no actor from outside it; a
compound ending in an event noun is that noun ("Nato-Treffen" is a meeting, not the verb
"treffen"); a visit noun whose first part names a person is that person's visit
("Papstbesuch", "Merkel-Besuch"). Sentences are invented for the tests (not taken from the gold
files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    "text",
    [
        "Der Streit, der das Gipfeltreffen überschattete, waren die Spannungen zwischen Polen "
        "und Russland.",
        "Die Frage, die das Gipfeltreffen beherrschte, war die Rolle Russlands in Syrien.",
        "Der zweite Konflikt, der das Nato-Treffen dominierte, waren die Spannungen zwischen "
        "Polen und Russland nach dem Abschuss eines Flugzeugs der russischen Armee, das "
        "polnisches Gebiet überflogen hatte.",
    ],
)
def test_a_meeting_takes_no_sides_of_another_noun(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text, kind="cameo") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag kam es zu einem Treffen zwischen Putin und Erdogan.", ("040", "RUS", "TUR")),
        (
            "Die Verhandlungen in Genf zwischen dem Iran und den USA wurden vertagt.",
            ("046", "IRN", "USA"),
        ),
        (
            "Die Einigung auf eine Waffenruhe zwischen Israel und Ägypten hält bislang.",
            ("030", "ISR", "EGY"),
        ),
    ],
)
def test_an_event_noun_names_its_sides_after_zwischen(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(extractor, text, kind="cameo") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Gespräche zwischen Russland und der Ukraine wurden in Minsk fortgesetzt.",
            ("040", "RUS", "UKR"),
        ),
        (
            "In Kairo wurde die Unterzeichnung eines Abkommens zwischen Israel und Jordanien "
            "gefeiert.",
            ("057", "ISR", "JOR"),
        ),
        (
            "Das Abkommen, das zwischen Israel und Jordanien geschlossen wurde, regelt die "
            "Wasserversorgung.",
            ("050", "ISR", "JOR"),
        ),
    ],
)
def test_sides_of_the_trigger_noun_stay(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(extractor, text, kind="cameo") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zum Papstbesuch in Kenia reiste auch Ugandas Präsident an.",
            [("042", "VAT", "KEN")],
        ),
        (
            "Neben dem Präsidenten Ugandas werden in Kenia zum Papstbesuch Tausende Ugander "
            "erwartet.",
            [("042", "VAT", "KEN")],
        ),
        (
            "Beim Merkel-Besuch in Nairobi sprach Präsident Ruto über den Handel.",
            [("042", "DEU", "KEN")],
        ),
    ],
)
def test_a_visit_noun_is_the_visit_of_the_person_it_starts_with(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(extractor, text, kind="cameo") == expected
