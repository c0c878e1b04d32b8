"""A town an act of words or a signing is told in is where it happened, not whom it is aimed
at, even a capital; a capital named as a side still stands for its government. Sentences are
invented for the tests."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code, roles


def test_capital_a_demand_is_voiced_in_is_no_target(extractor: Extractor) -> None:
    events = code(
        extractor,
        "Der kenianische Außenminister forderte am Rande einer Konferenz in Paris "
        "mehr Klimaschutz.",
        "de",
    )
    assert [r for r in roles(events) if r[0] == "REQUEST"] in ([], [("REQUEST", "KEN", None)])


def test_capital_a_treaty_is_signed_in_is_no_target(extractor: Extractor) -> None:
    events = code(
        extractor, "The president of Kenya signed the accord at a ceremony in Rome.", "en"
    )
    assert all(e.target is None or e.target.country != "ITA" for e in events)


def test_capital_named_as_the_side_criticised_stands_for_its_government(
    extractor: Extractor,
) -> None:
    events = code(extractor, "Kenias Außenminister kritisierte Paris am Montag scharf.", "de")
    assert roles(events) == [("ACCUSE", "KEN", "FRA")]
