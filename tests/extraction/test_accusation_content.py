"""An accusation noun whose content follows after a comma names the accused in that content
and its accuser in its own genitive (extraction.word_roles); a German auxiliary or modal in
"-e" is no adjective between a country and an agent noun (extraction.persons). Invented
sentences."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles
from .test_actor_rules import mentions


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the content's subject is the accused, not the accuser
        (
            "Der Vorwurf, Chile habe die Rebellen bewaffnet, wiegt schwer.",
            [("ACCUSE", None, "CHL")],
        ),
        (
            "Die Vorwürfe der Regierung Perus, Chile habe die Rebellen bewaffnet, wiegen schwer.",
            [("ACCUSE", "PER", "CHL")],
        ),
    ],
)
def test_the_content_of_an_accusation_noun_names_the_accused(
    extractor: Extractor, text: str, coded: list[tuple[str, str | None, str]]
) -> None:
    assert roles(code(extractor, text, "de")) == coded


def test_an_accusation_noun_whose_content_names_no_one_accuses_no_one(
    extractor: Extractor,
) -> None:
    text = (
        "Nach Vorwürfen ausländischer Medien, in Chile seien Zivilisten getötet worden, "
        "leitete die Regierung Chiles eine Untersuchung ein."
    )
    assert "ACCUSE" not in {e.event_type for e in code(extractor, text, "de")}


@pytest.mark.parametrize("verb", ["habe", "müsse"])
def test_an_auxiliary_is_no_adjective_of_a_countrys_agent_noun(
    extractor: Extractor, verb: str
) -> None:
    found = mentions(extractor, f"Die Armee Chiles {verb} Zivilisten getötet, sagte Peru.", "de")
    assert found["Armee Chiles"].country == "CHL"
    assert f"Chiles {verb} Zivilisten" not in found
