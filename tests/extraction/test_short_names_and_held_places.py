"""A person called later by a two-letter family name written first ("Xi Jinping" ... "Xi"),
and a military place named by a compound on its holder ("FARC-Stellungen"): both stand for an
actor the article or the KB knows. Sentences and names are invented for the tests."""

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
