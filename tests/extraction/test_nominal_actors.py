"""Event nouns whose actor stands inside their own noun phrase: a German demonym adjective
before the noun ("die israelischen Luftangriffe") or a durch-phrase after it ("die Annexion
der Krim durch Russland"); the English "of" phrase of a noun of force is whom it hits, its
"by" phrase who acts. Sentences are invented for the tests (not taken from the gold
files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Die ägyptischen Luftangriffe auf Libyen dauerten die ganze Nacht.",
            "ASSAULT",
            ("EGY", "LBY"),
        ),
        (
            "Eine chilenische Militärintervention in Bolivien gilt als unwahrscheinlich.",
            "ASSAULT",
            ("CHL", "BOL"),
        ),
        ("Die japanische Kritik an Südkorea wurde am Montag lauter.", "ACCUSE", ("JPN", "KOR")),
        (
            "Die kanadischen Sanktionen gegen Venezuela bleiben in Kraft.",
            "SANCTION",
            ("CAN", "VEN"),
        ),
    ],
)
def test_a_demonym_before_an_event_noun_is_its_actor(
    extractor: Extractor, text: str, kind: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(extractor, text, kind)


def test_a_demonym_before_a_plain_noun_stays_a_group(extractor: Extractor) -> None:
    # "die peruanische Seite" is Peru's side, no event noun: it acts as before
    text = "Die peruanische Seite lehnte den Vorschlag Ecuadors ab."
    assert ("PER", "ECU") in pairs(extractor, text, "REJECT")


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Die Annexion der Insel Taiwan durch China verstärkte die Sorge in Tokio.",
            "COERCE",
            ("CHN", "TWN"),
        ),
        (
            "Die Ausweisung von 40 Diplomaten durch Polen nach Russland sorgte für Streit.",
            "COERCE",
            ("POL", "RUS"),
        ),
    ],
)
def test_a_durch_phrase_of_an_event_noun_is_its_agent(
    extractor: Extractor, text: str, kind: str, pair: tuple[str, str]
) -> None:
    found = pairs(extractor, text, kind)
    assert pair in found
    assert (pair[1], pair[0]) not in found


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("The killing of two Chilean miners in Peru shocked Lima.", "ASSAULT", (None, "CHL")),
        ("The bombing of Bolivia by Chile ended in June.", "ASSAULT", ("CHL", "BOL")),
        (
            "Rebels in Peru claimed the kidnapping of two Chilean engineers.",
            "ASSAULT",
            ("PER", "CHL"),
        ),
    ],
)
def test_an_of_phrase_of_a_noun_of_force_is_whom_it_hits(
    extractor: Extractor, text: str, kind: str, pair: tuple
) -> None:
    assert pairs(extractor, text, kind, "en") == {pair}


@pytest.mark.parametrize(
    "text",
    [
        "In Libyen sind bei ägyptischen Luftangriffen zwölf Zivilisten getötet worden.",
        "Bei ägyptischen Angriffen in Libyen wurden zwölf Kämpfer getötet.",
    ],
)
def test_a_demonym_before_the_attack_noun_of_a_passive_is_its_attacker(
    extractor: Extractor, text: str
) -> None:
    # the killing is the event; the attack noun it happened in names who killed
    assert pairs(extractor, text, "ASSAULT") == {("EGY", "LBY")}


@pytest.mark.parametrize(
    "text",
    [
        "Der ungarische Präsident kommentierte den Rücktritt des slowakischen Innenministers.",
        "Der ungarische Präsident kommentierte den Rücktritt von Innenminister Jan Novak aus der "
        "slowakischen Regierung.",
    ],
)
def test_a_resignation_noun_is_done_by_its_genitive_not_the_commenting_subject(
    extractor: Extractor, text: str
) -> None:
    resignations = [e for e in code(extractor, text, "de") if e.event_type == "RETREAT"]
    assert [e.source.country for e in resignations if e.source] == ["SVK"]
