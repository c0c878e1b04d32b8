"""English senses that CAMEO.2.0 codes by the verb's object: a speech delivered is a statement
(no aid), a decision or a plan attacked is criticised (no force), and asylum is an event only
as the object of a verb. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president delivered a speech to the Ugandan parliament.",
        "The Kenyan president delivered a lecture to Ugandan students.",
        "The Kenyan minister said the asylum system of Uganda was abused.",
    ],
)
def test_no_aid_without_a_good_given(extractor: Extractor, text: str) -> None:
    assert "AID" not in [t for t, _, _ in roles(code(extractor, text, "en"))]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Kenya delivered food to Uganda.", ("AID", "KEN", "UGA")),
        ("Kenya granted asylum to the Ugandan opposition leader.", ("AID", "KEN", "UGA")),
        (
            "Kenya's foreign minister attacked Uganda's plans to build a dam.",
            ("ACCUSE", "KEN", "UGA"),
        ),
        ("Kenyan troops attacked Ugandan positions near the border.", ("ASSAULT", "KEN", "UGA")),
    ],
)
def test_the_object_gives_the_sense(
    extractor: Extractor, text: str, coded: tuple[str, str, str]
) -> None:
    assert roles(code(extractor, text, "en")) == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Ugandan jets struck rebel camps in Kenya.", ("ASSAULT", "UGA", "KEN")),
        ("Uganda struck a trade deal with Kenya.", ("SUPPORT", "UGA", "KEN")),
    ],
)
def test_the_verb_strike_is_no_labour_strike(
    extractor: Extractor, text: str, coded: tuple[str, str, str]
) -> None:
    # "struck" takes the verb's row (CAMEO.2.0: strike 190, strike a deal 057): only the noun
    # "a strike" is a labour strike
    assert roles(code(extractor, text, "en")) == [coded]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Ugandan jets carried out air strikes on rebel camps in Kenya.", "195"),
        ("Ugandan teachers went on a hunger strike against the Kenyan government.", "142"),
    ],
)
def test_a_two_word_noun_gives_strike_its_sense(
    extractor: Extractor, text: str, cameo: str
) -> None:
    # "air strikes" are air attacks (CAMEO.2.0 CARRY_OUT * {AIR STRIKE} 195), a hunger strike
    # is no labour strike (143)
    assert [e.cameo for e in code(extractor, text, "en")] == [cameo]


def test_striking_a_tone_is_no_event(extractor: Extractor) -> None:
    assert (
        code(extractor, "Uganda's president struck a conciliatory tone towards Kenya.", "en") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Uganda's president spoke with his Kenyan counterpart by phone on Monday.",
        "Uganda's president held a phone call with the Kenyan president.",
        "Uganda's president phoned the Kenyan president on Monday.",
    ],
)
def test_a_phone_call_is_a_consultation_by_phone(extractor: Extractor, text: str) -> None:
    # CAMEO.2.0: CONFER (SPEAK, TALK) - * (BY TELEPHONE) 041, and "phone" is "telephone"
    assert [(e.cameo, e.source.country, e.target.country) for e in code(extractor, text, "en")] == [
        ("041", "UGA", "KEN")
    ]


def test_a_phone_market_is_no_call(extractor: Extractor) -> None:
    text = (
        "Telecoms firm Kenyacom, which said it would enter the Ugandan mobile phone market, rose."
    )
    assert code(extractor, text, "en") == []


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Uganda broke off diplomatic relations with Kenya.", ("161", "UGA", "KEN")),
        ("Uganda broke diplomatic ties with Kenya.", ("161", "UGA", "KEN")),
        ("Uganda severed ties with Kenya.", ("161", "UGA", "KEN")),
        ("Uganda executed two Kenyan soldiers.", ("1823", "UGA", "KEN")),
    ],
)
def test_verbs_coded_by_their_object(
    extractor: Extractor, text: str, coded: tuple[str, str, str]
) -> None:
    # CAMEO.2.0 BREAK * RELATIONS 161, SEVER (SEPARATE block) as CUT * RELATIONS 161;
    # executing a person is killing, as German "hinrichten" is
    assert roles(code(extractor, text, "en"), "cameo") == [coded]


def test_executing_a_plan_kills_no_one(extractor: Extractor) -> None:
    assert (
        code(extractor, "Uganda's army executed the plan to secure the Kenyan border.", "en") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya asked Uganda for help with the refugees.",
        "Kenya has asked Uganda to extradite the suspects.",
        "Kenya asked for weapons from Uganda.",
    ],
)
def test_asking_someone_or_for_something_is_an_appeal(extractor: Extractor, text: str) -> None:
    assert roles(code(extractor, text, "en")) == [("REQUEST", "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president asked the Ugandan minister whether Uganda would pay.",
        "Asked about the talks, the Kenyan president said Uganda was ready.",
        "The Kenyan president asked why Uganda had closed the border.",
    ],
)
def test_a_question_is_no_appeal(extractor: Extractor, text: str) -> None:
    assert "REQUEST" not in [t for t, _, _ in roles(code(extractor, text, "en"))]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Kenyan police jailed a Ugandan journalist.", [("173", "KEN", "UGA")]),
        ("Kenyan rebels ambushed a Ugandan army convoy.", [("190", "KEN", "UGA")]),
        ("A Kenyan man stabbed a Ugandan soldier.", [("182", "KEN", "UGA")]),
        ("Kenyan militias slaughtered Ugandan villagers.", [("202", "KEN", "UGA")]),
        ("Kenya rebuked Uganda over the border dispute.", [("111", "KEN", "UGA")]),
        ("The Kenyan government fined a Ugandan company.", [("172", "KEN", "UGA")]),
        ("Kenyan students marched against the Ugandan president.", [("141", "KEN", "UGA")]),
    ],
)
def test_cameo_verbs_the_table_lacked(
    extractor: Extractor, text: str, coded: list[tuple[str, str, str]]
) -> None:
    # CAMEO.2.0 CONFINE JAIL 173, AMBUSH 190, STAB 182, MASSACRE 202, DENOUNCE 111, FINE 172,
    # MARCH * (AGAINST) 141
    assert roles(code(extractor, text, "en"), "cameo") == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Kenyan gunmen hijacked a Ugandan bus.", [("181", "KEN", "UGA")]),
        ("Kenyan troops rescued Ugandan hostages.", [("073", "KEN", "UGA")]),
        ("The Kenyan parliament ratified the treaty with Uganda.", [("057", "KEN", "UGA")]),
        (
            "Kenya mediated between Uganda and Tanzania.",
            [("045", "KEN", "UGA"), ("045", "KEN", "TZA")],
        ),
    ],
)
def test_cameo_verbs_coded_by_their_arguments(
    extractor: Extractor, text: str, coded: list[tuple[str, str, str]]
) -> None:
    # CAMEO.2.0 HIJACK * &CAR 181, RESCUE [073], RATIFY * &TREATY 057, MEDIATE * (BETWEEN) 045
    assert roles(code(extractor, text, "en"), "cameo") == coded


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president hijacked the debate on Uganda.",
        "The Ugandan central bank rescued a Kenyan lender.",
        "Uganda's leader said Kenya had stabbed it in the back.",
    ],
)
def test_figurative_hijacks_rescues_and_stabs_are_no_events(
    extractor: Extractor, text: str
) -> None:
    assert code(extractor, text, "en") == []
