"""A recipient guessed rather than read from the clause's roles: which guesses are kept.
Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Die Arabische Liga hielt am Montag ein Krisentreffen in Kairo ab.",
        "Die Arabische Liga kündigte für Dienstag ein Krisentreffen in Kairo an.",
    ],
)
def test_a_meeting_is_held_in_a_town_not_with_its_hosts(extractor: Extractor, text: str) -> None:
    assert ("IGO", "EGY") not in pairs(extractor, text, "CONSULT")


def test_a_visit_to_a_town_is_to_its_hosts(extractor: Extractor) -> None:
    text = "Der französische Präsident kam am Montag zu einem Besuch in Kairo an."
    assert ("FRA", "EGY") in pairs(extractor, text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Die Schweiz sei zu Lieferungen bereit, versicherte der Sprecher des Schweizer "
            "Außenministeriums.",
            "AID",
            ("CHE", "CHE"),
        ),
        (
            "Kenia sei zu Lieferungen bereit, versicherte der Vizechef der kenianischen Regierung.",
            "AID",
            ("KEN", "KEN"),
        ),
    ],
)
def test_a_guessed_recipient_of_an_exchange_is_not_the_sources_own_country(
    extractor: Extractor, text: str, kind: str, pair: tuple[str, str]
) -> None:
    assert pair not in pairs(extractor, text, kind)


def test_a_guessed_recipient_of_an_arrest_may_be_the_sources_own_country(
    extractor: Extractor,
) -> None:
    text = (
        "Die kenianische Polizei hat bei einer Kundgebung kenianischer Studenten zehn "
        "Teilnehmer festgenommen."
    )
    assert ("KEN", "KEN") in pairs(extractor, text, "COERCE")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Die Regierung Perus hätte sich gegen die Aufhebung der von Kanada verhängten "
            "Strafmaßnahmen gesperrt.",
            "CAN",
        ),
        (
            "Die Armee hat versucht, zehn von kenianischen Rebellen als Geiseln genommene "
            "Insassen zu befreien.",
            "KEN",
        ),
    ],
)
def test_an_agent_phrase_before_the_verb_is_no_guessed_recipient(
    extractor: Extractor, text: str, agent: str
) -> None:
    assert not [e for e in code(extractor, text, "de") if e.target and e.target.country == agent]


def test_words_are_not_aimed_at_the_town_they_are_said_in(extractor: Extractor) -> None:
    text = "Der Kanzler Österreichs warnte in Genf vor Konsequenzen."
    assert pairs(extractor, text, "THREATEN") == {("AUT", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident Perus drängte am Rande des Gipfels in Quito auf eine Einigung.",
        "Der Präsident Perus kritisierte bei einem Treffen in Quito die Zölle.",
    ],
)
def test_words_said_at_a_meeting_are_not_aimed_at_its_host_town(
    extractor: Extractor, text: str
) -> None:
    assert not [e for e in code(extractor, text, "de") if e.target and e.target.country == "ECU"]


def test_a_promise_on_a_visit_is_to_the_hosts(extractor: Extractor) -> None:
    text = "Der Präsident Perus sagte bei seinem Besuch in Quito Hilfe zu."
    assert ("PER", "ECU") in pairs(extractor, text, "AID") | pairs(extractor, text, "AGREE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung Perus verurteilte die Anschläge in Quito scharf.", "de"),
        ("Peru condemned the bombing in Quito.", "en"),
    ],
)
def test_a_condemned_attack_does_not_accuse_the_place_it_hit(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert ("PER", "ECU") not in pairs(extractor, text, "ACCUSE", lang)


def test_a_condemned_state_of_affairs_accuses_its_place(extractor: Extractor) -> None:
    text = "Die Regierung Perus kritisierte die Lage in Ecuador."
    assert pairs(extractor, text, "ACCUSE") == {("PER", "ECU")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hunderte Kenianer demonstrierten vor der US-Botschaft in Nairobi.", "de"),
        ("Vor der amerikanischen Botschaft in Nairobi protestierten Hunderte Kenianer.", "de"),
        ("Hundreds of people demonstrated outside the US embassy in Nairobi.", "en"),
    ],
)
def test_a_protest_at_an_embassy_is_aimed_at_its_state(
    extractor: Extractor, text: str, lang: str
) -> None:
    # not at the town the embassy stands in
    assert {target for _, target in pairs(extractor, text, "PROTEST", lang)} == {"USA"}


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (
            "Tausende Peruaner demonstrierten am Sonntag in Lima gegen die Steuerreform.",
            "de",
            "PER",
        ),
        ("Die kenianische Opposition protestierte in Nairobi.", "de", "KEN"),
        ("Thousands of Peruvian students marched in Lima against the tax reform.", "en", "PER"),
        ("Die kenianische Opposition verließ aus Protest den Saal.", "de", "KEN"),
    ],
)
def test_a_peoples_protest_at_home_is_aimed_at_its_government(
    extractor: Extractor, text: str, lang: str, country: str
) -> None:
    events = [e for e in code(extractor, text, lang) if e.event_type == "PROTEST"]
    assert [(e.target.country, e.target.sector) for e in events if e.target] == [(country, "GOV")]


@pytest.mark.parametrize(
    "text",
    [
        # a state's protest is diplomatic, aimed abroad
        "Peru protestierte am Montag.",
        # workers protest against their employer
        "Vor dem Werk in Lima demonstrierten am Freitag 500 peruanische Arbeiter.",
        # a protest abroad is aimed at its hosts, not at the protesters' government
        "Tausende Peruaner demonstrierten am Sonntag in Madrid.",
        # a protest noun alone is often named by someone else
        "Der peruanische Präsident sprach angesichts der Proteste peruanischer Studenten.",
        # one person's protest is words, no public protest of a people
        "Der peruanische Schriftsteller Juan Quispe protestierte am Montag in Lima.",
    ],
)
def test_no_own_government_for_a_state_workers_or_a_protest_abroad(
    extractor: Extractor, text: str
) -> None:
    events = code(extractor, text, "de")
    assert not [e for e in events if e.target is not None and e.target.text == "(government)"]
