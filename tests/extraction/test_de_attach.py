"""German actors named in the sentence that word order or word forms failed to attach: a
people's noun in the dative plural ("mit Syrern"), a passive whose auxiliary a list of
things cut off from its participle, the von/aus phrase of an event noun that "comes"
("Kritik kam aus Kenia"), the subject that receives, meets or is exposed to an event noun
("erhielt Unterstützung von Kenia", "geriet in die Kritik Kenias", "stieß bei Kenia auf
Widerstand"), and names the tables lacked (feminine demonyms, "Bosnien-Herzegowina").
Sentences are invented for the tests (not taken from the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs, roles


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Türkische Grenzer lieferten sich heftige Gefechte mit Irakern.", ("TUR", "IRQ")),
        ("Kenianische Soldaten lieferten sich Gefechte mit Ugandern.", ("KEN", "UGA")),
    ],
)
def test_a_people_in_the_dative_plural_is_its_country(
    extractor: Extractor, text: str, side: tuple[str, str]
) -> None:
    assert pairs(extractor, text, "ASSAULT") == {side}


def test_a_list_of_things_does_not_cut_a_passive_from_its_auxiliary(
    extractor: Extractor,
) -> None:
    text = (
        "Seit dem Frühjahr wurden bei mit Macheten, Knüppeln oder Gewehren verübten "
        "Überfällen von Ugandern zwölf Kenianer getötet."
    )
    assert pairs(extractor, text, "ASSAULT") == {("UGA", "KEN")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Scharfe Kritik an Uganda kam am Montag aus Kenia.", "ACCUSE"),
        ("Lob gab es vom kenianischen Präsidenten für die Regierung Ugandas.", "SUPPORT"),
        ("Neue Drohungen gegen Uganda kamen aus Kenia.", "THREATEN"),
    ],
)
def test_an_event_noun_that_comes_from_an_actor_is_voiced_by_it(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert pairs(extractor, text, kind) == {("KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Uganda erhielt am Montag militärische Unterstützung von Kenia.",
        "Uganda erntete scharfe Kritik aus Kenia.",
        "Der Plan Ugandas stieß bei Kenia auf Ablehnung.",
    ],
)
def test_an_event_noun_the_subject_receives_is_aimed_at_it(extractor: Extractor, text: str) -> None:
    assert {(source, target) for _, source, target in roles(code(extractor, text, "de"))} == {
        ("KEN", "UGA")
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Uganda geriet wegen seiner Grenzpolitik in die Kritik Kenias.", "ACCUSE"),
        ("Uganda geriet am Montag in die Kritik der Regierung Kenias.", "ACCUSE"),
        ("Die Armee Ugandas geriet unter Beschuss Kenias.", "ASSAULT"),
        ("Uganda sieht sich scharfen Vorwürfen Kenias ausgesetzt.", "ACCUSE"),
        ("Uganda ist heftiger Kritik aus Kenia ausgesetzt.", "ACCUSE"),
        ("Uganda erhielt am Montag die Unterstützung Kenias.", "SUPPORT"),
        ("Der Plan Ugandas stieß bei Kenia auf heftigen Widerstand.", "ACCUSE"),
        ("Bei Kenia stieß Uganda mit seinem Plan auf Widerstand.", "ACCUSE"),
    ],
)
def test_an_act_the_subject_meets_or_is_exposed_to_is_aimed_at_it(
    extractor: Extractor, text: str, kind: str
) -> None:
    """The doer stands in the noun's genitive or a bei/aus phrase (CAMEO.2.0's reversed
    codes: FACE * CRITICISM [:111], COME * (UNDER FIRE) [:111])."""
    assert pairs(extractor, text, kind) == {("KEN", "UGA")}


def test_talks_suspended_are_no_exposure(extractor: Extractor) -> None:
    assert pairs(extractor, "Kenia hat die Gespräche mit Uganda ausgesetzt.", "SANCTION") == {
        ("KEN", "UGA")
    }


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("Kenianische Soldaten haben eine Somalierin erschossen.", "ASSAULT", ("KEN", "SOM")),
        ("Kanada hat Bosnien-Herzegowina am Montag scharf kritisiert.", "ACCUSE", ("CAN", "BIH")),
        ("Die Sowjetunion drohte Finnland mit einem Krieg.", "THREATEN", ("RUS", "FIN")),
        ("Kanada hat Weißrussland am Montag scharf kritisiert.", "ACCUSE", ("CAN", "BLR")),
        ("Die Vereinigten Arabischen Emirate kritisierten Kanada.", "ACCUSE", ("ARE", "CAN")),
        (
            "Kanada kritisierte die Regierung der Demokratischen Republik Kongo.",
            "ACCUSE",
            ("CAN", "COD"),
        ),
    ],
)
def test_german_names_and_feminine_demonyms_are_actors(
    extractor: Extractor, text: str, kind: str, side: tuple[str, str]
) -> None:
    assert pairs(extractor, text, kind) == {side}


def test_members_an_insertion_between_dashes_includes_act_in_no_role(
    extractor: Extractor,
) -> None:
    text = (
        "Am Montag verhängte die Arabische Liga \u2013 darunter Ägypten und Jordanien \u2013 "
        "neue Sanktionen gegen Libyen."
    )
    assert pairs(extractor, text, "SANCTION") == {("IGO", "LBY")}


@pytest.mark.parametrize(
    "text",
    [
        "Dass man mit der Türkei verhandle, verteidigte Frankreich.",
        "Dass man überhaupt mit Ägypten verhandle, verteidigte die Regierung Italiens.",
    ],
)
def test_a_clause_whose_subject_is_man_takes_none_from_the_main_clause(
    extractor: Extractor, text: str
) -> None:
    """Its subject is "man", not the actor of the clause it is the object of."""
    events = code(extractor, text, "de")
    assert all(e.source is None for e in events), roles(events)
