"""A person called later by a two-letter family name written first ("Xi Jinping" ... "Xi"),
and a military place or members named by a compound on their group ("FARC-Stellungen",
"FARC-Mitglieder"): both stand for an actor the article or the KB knows. Sentences and names
are invented for the tests."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code, roles


def test_two_letter_family_name_written_first_is_the_person_again(extractor: Extractor) -> None:
    events = code(
        extractor,
        "Der chinesische Handelsminister Qi Wenlong sprach am Montag in Peking über Zölle. "
        "Qi kritisierte am Dienstag Japan scharf.",
        "de",
    )
    assert ("ACCUSE", "CHN", "JPN") in roles(events)


def test_compound_on_an_armed_group_of_a_place_it_holds_is_that_group(
    extractor: Extractor,
) -> None:
    events = code(
        extractor, "Die kolumbianische Armee bombardierte am Montag FARC-Stellungen.", "de"
    )
    assert roles(events) == [("ASSAULT", "COL", "COL")]
    assert events[0].target.text == "FARC-Stellungen"


def test_compound_on_a_group_of_its_members_is_that_group(extractor: Extractor) -> None:
    # "Mitglieder der FARC" names the FARC: so do "FARC-Mitglieder"
    events = code(extractor, "Die kolumbianische Polizei nahm zwölf FARC-Mitglieder fest.", "de")
    assert roles(events) == [("COERCE", "COL", "COL")]
    assert events[0].target.text == "FARC-Mitglieder"


def test_an_igo_member_named_after_its_compound_is_the_state(extractor: Extractor) -> None:
    # the members of an IGO are states: "das EU-Mitglied Ungarn" is Hungary, not the EU
    events = code(extractor, "Das EU-Mitglied Ungarn kritisierte Serbien scharf.", "de")
    assert roles(events) == [("ACCUSE", "HUN", "SRB")]
