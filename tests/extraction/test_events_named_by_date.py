"""An event noun named by its date ("die Anschläge vom 13. November") refers to an earlier,
known event: no event is told there (invented sentences)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    "text",
    [
        "Der Syrer gehört derselben belgischen Zelle an wie der Drahtzieher der Londoner "
        "Anschläge vom 13. Mai 2012.",
        "Der Syrer gehört derselben belgischen Zelle an wie der Drahtzieher der Anschläge vom "
        "vergangenen Dienstag.",
    ],
)
def test_an_attack_named_by_its_date_is_no_new_attack(extractor: Extractor, text: str) -> None:
    assert roles(code(extractor, text, "de")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condemnation is the news, what it condemns is named by its date
        (
            "Die Regierung in Kiew verurteilte die russischen Angriffe vom vergangenen Freitag.",
            [("ACCUSE", "UKR", "RUS")],
        ),
        ("Russland hat am Freitag die Ukraine angegriffen.", [("ASSAULT", "RUS", "UKR")]),
    ],
)
def test_events_told_with_their_day_stay(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert roles(code(extractor, text, "de")) == expected
