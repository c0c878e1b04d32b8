"""Whom a speech act addresses is its target: an addressee that names no actor is not
replaced by an actor of what was demanded or alleged. Sentences are invented for the tests
(not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs


def test_an_unnamed_addressee_is_no_actor_of_the_demanded_act(extractor: Extractor) -> None:
    text = (
        "Die Regierung Libyens hat die arabischen Verbündeten aufgefordert, Luftangriffe "
        "gegen den IS zu fliegen."
    )
    assert not {target for _, target in pairs(extractor, text, "REQUEST")} & {"IMG", "SYR"}


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Der Präsident Perus wirft dem im Exil lebenden Prediger vor, die peruanische "
            "Regierung stürzen zu wollen.",
            "Prediger",
        ),
        (
            "Der Präsident Perus warf seinen Gegnern vor, die Polizei Perus unterwandert zu haben.",
            "Gegnern",
        ),
    ],
)
def test_an_unnamed_addressee_of_the_sources_country_is_the_target(
    extractor: Extractor, text: str, addressee: str
) -> None:
    accused = [e.target for e in code(extractor, text, "de") if e.event_type == "ACCUSE"]
    assert accused and all(t is not None and t.text.endswith(addressee) for t in accused)
    assert {t.country for t in accused} == {"PER"}


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Die Regierung Libyens hat Ägypten aufgefordert, Luftangriffe gegen den IS zu fliegen.",
            "REQUEST",
            ("LBY", "EGY"),
        ),
        (
            "Die NATO hat die Bitte abgelehnt, Soldaten nach Albanien zu entsenden.",
            "REJECT",
            ("IGO", "ALB"),
        ),
    ],
)
def test_a_named_addressee_or_a_thing_keeps_the_target(
    extractor: Extractor, text: str, kind: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(extractor, text, kind)


def test_an_unnamed_english_addressee_is_no_actor_of_the_demanded_act(
    extractor: Extractor,
) -> None:
    text = "The government of Libya urged its Arab allies to fly airstrikes against IS."
    assert not {target for _, target in pairs(extractor, text, "REQUEST", "en")} & {"IMG"}


def test_a_named_english_addressee_keeps_the_target(extractor: Extractor) -> None:
    text = "The government of Libya urged Egypt to fly airstrikes against IS."
    assert ("LBY", "EGY") in pairs(extractor, text, "REQUEST", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Peru forderte von Chile die Auslieferung des Rebellenführers.",
        "Die Regierung Perus verlangte von Chile die Freilassung der Journalisten.",
        # the von-phrase of the demanded act, after it, is no addressee
        "Peru forderte Chile zur Freilassung von zwei Soldaten auf.",
    ],
)
def test_a_von_phrase_before_the_demanded_act_is_whom_it_is_asked_of(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "REQUEST") == {("PER", "CHL")}
