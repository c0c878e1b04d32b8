"""Words of violence used figuratively (extraction.figurative): a fight for or against an
abstract thing is no fight, an attack on one or an attack said "scharf" is criticism, while
fights against actors and attacks on things that can be hit stay violence (invented sentences)."""

from __future__ import annotations

import pytest

from extraction import Extractor
from extraction.aims_build import ABSTRACT_FILES, build
from extraction.figurative import abstract_noun

from .conftest import code, roles


def test_a_fight_against_an_abstract_thing_is_no_fight(extractor: Extractor) -> None:
    text = "Der italienische Präsident kämpfte gegen die Armut der Franzosen."
    assert roles(code(extractor, text, "de")) == []


def test_a_fight_for_an_abstract_thing_is_no_fight(extractor: Extractor) -> None:
    text = "Die Opposition Belgiens kämpft mit Frankreich um die Freiheit."
    assert roles(code(extractor, text, "de")) == []


def test_a_fight_against_an_actor_stays_a_fight(extractor: Extractor) -> None:
    text = "Die Armee Malis kämpft gegen die Rebellen aus Niger."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["ASSAULT"]


def test_an_attack_on_a_position_stays_an_attack(extractor: Extractor) -> None:
    text = "Die Türkei hat Angriffe auf Stellungen im Irak gestartet."
    assert roles(code(extractor, text, "de")) == [("ASSAULT", "TUR", "IRQ")]


def test_an_attack_on_an_abstract_thing_is_criticism(extractor: Extractor) -> None:
    text = "Der Präsident Chiles sprach von einem Angriff auf die Pressefreiheit Perus."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["ACCUSE"]


def test_an_attack_said_sharply_is_criticism(extractor: Extractor) -> None:
    text = "Der Präsident Chiles hat die Regierung Perus scharf angegriffen."
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "CHL", "PER")]


def test_riding_an_attack_is_criticism(extractor: Extractor) -> None:
    text = "Gegen die Regierung Perus ritt der Präsident Chiles am Montag eine Attacke."
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "CHL", "PER")]


def test_abstract_nouns_are_those_whose_every_sense_is_abstract(tmp_path) -> None:
    ding = tmp_path / "de-en"
    ding.write_text(
        "# invented entries\n"
        "Zuversicht {f} :: hope\n"
        "Stellung {f}; Posten {m} :: post; position\n"
        "Lage {f} :: position\n"
        "Kaserne {f} :: barracks\n",
        encoding="utf-8",
    )
    wordnet = tmp_path / "wn"
    wordnet.mkdir()
    # data.noun: offset, lexicographer file; index.noun: lemma, pos, senses, ..., offsets
    (wordnet / "data.noun").write_text(
        "  licence line\n"
        "00000001 12 n 01 hope 0 000 | feeling\n"
        "00000002 15 n 01 position 0 000 | a place\n"
        "00000003 07 n 01 position 0 000 | a status\n"
        "00000004 06 n 01 barracks 0 000 | a building\n"
        "00000005 04 n 01 post 0 000 | a job\n",
        encoding="utf-8",
    )
    (wordnet / "index.noun").write_text(
        "  licence line\n"
        "hope n 1 0 1 0 00000001\n"
        "position n 2 0 2 0 00000003 00000002\n"
        "barracks n 1 0 1 0 00000004\n"
        "post n 1 0 1 0 00000005\n",
        encoding="utf-8",
    )
    # the first sense counts: "position" is a status (07), "post" a job (04): both abstract
    assert {"07", "04", "12"} <= ABSTRACT_FILES
    nouns = [noun for noun, _ in build(ding, wordnet)]
    assert nouns == ["Lage", "Posten", "Stellung", "Zuversicht"]


def test_a_compound_is_abstract_by_its_head() -> None:
    assert abstract_noun("pressefreiheit")
    assert abstract_noun("sparpolitik")
    assert not abstract_noun("stützpunkt")


def test_a_struggle_with_a_problem_is_no_fight(extractor: Extractor) -> None:
    text = "Die Regierung Perus hat mit Chile um Schulden zu kämpfen."
    assert roles(code(extractor, text, "de")) == []
    text = "Die Regierung Perus hat mit großen Schulden gegenüber Chile zu kämpfen."
    assert roles(code(extractor, text, "de")) == []


def test_feeling_oppressed_is_no_act(extractor: Extractor) -> None:
    assert (
        roles(
            code(extractor, "Die Kurden fühlen sich von der Regierung Syriens unterdrückt.", "de")
        )
        == []
    )
    text = "Die Opposition Perus fühlt sich von der Regierung Chiles angegriffen."
    assert roles(code(extractor, text, "de")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Estland sieht sich durch die Manöver Russlands bedroht.",
        "Die Regierung Perus fühlt sich von Chile bedroht.",
    ],
)
def test_feeling_threatened_is_no_threat(extractor: Extractor, text: str) -> None:
    assert roles(code(extractor, text, "de")) == []
    # the act itself stays a threat
    assert roles(code(extractor, "Russland hat Estland bedroht.", "de")) == [
        ("THREATEN", "RUS", "EST")
    ]


def test_oppression_told_as_an_act_stays(extractor: Extractor) -> None:
    text = "Die Regierung Syriens hat die Kurden im Irak unterdrückt."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["ASSAULT"]


def test_winning_oneself_a_thing_is_no_conquest(extractor: Extractor) -> None:
    assert (
        roles(code(extractor, "Die Bürger Perus eroberten sich die Macht von Chile zurück.", "de"))
        == []
    )
    text = "Die Armee Perus eroberte die Stadt von Chile zurück."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["ASSAULT"]


def test_holding_what_is_said_is_no_arrest(extractor: Extractor) -> None:
    text = "Der Präsident Perus hielt fest, dass Chile die Grenze verletzt habe."
    assert "COERCE" not in [t for t, _, _ in roles(code(extractor, text, "de"))]
    text = "Ein Abkommen mit Chile wird es nicht geben, hielt der Präsident Perus fest."
    assert roles(code(extractor, text, "de")) == []
    text = "Die Polizei Perus hielt den Minister aus Chile zwei Tage fest."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["COERCE"]


def test_calling_an_actor_a_threat_is_criticism(extractor: Extractor) -> None:
    text = "Der Präsident Perus hat Chile am Montag als ernste Bedrohung bezeichnet."
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "PER", "CHL")]
    text = "Peru drohte Chile mit ernsten Konsequenzen."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["THREATEN"]


def test_calling_an_act_an_invasion_is_criticism(extractor: Extractor) -> None:
    text = "Der Präsident Perus bezeichnete die Mission Chiles als Invasion."
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "PER", "CHL")]
    text = "Die Armee Perus begann am Montag eine Invasion Chiles."
    assert [t for t, _, _ in roles(code(extractor, text, "de"))] == ["COERCE"]


def test_an_organisations_own_phrase_is_not_what_an_attack_is_aimed_at(
    extractor: Extractor,
) -> None:
    # "für Menschenrechte" belongs to the observatory's name, not to the attack
    text = (
        "Nach Angaben der syrischen Beobachtungsstelle für Menschenrechte griffen russische "
        "Kampfflugzeuge Stellungen der Rebellen in Idlib an."
    )
    assert [e.event_type for e in code(extractor, text, "de")] == ["ASSAULT"]
