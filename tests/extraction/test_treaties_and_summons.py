"""German events the lexicon missed on unseen news: a treaty or pact concluded ("einen Vertrag
schließen", "einen Nichtangriffspakt abschließen") signs a formal agreement (CAMEO 057, as
CAMEO.2.0's CONCLUDE * &TREATY), and a diplomat summoned "ins Außenamt" or "ins Auswärtige Amt"
is an official complaint (114) as one summoned "ins Außenministerium" was; a military action
or operation ("Militäraktion", "Militäroperation") is military force (190) unless only planned.
Sentences are invented for the tests (not taken from the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    "text",
    [
        "Kenia hat mit Uganda einen Vertrag über den Grenzverlauf geschlossen.",
        "Kenia schloss mit Uganda einen Nichtangriffspakt.",
        "Kenia hat mit Uganda einen Handelsvertrag abgeschlossen.",
    ],
)
def test_a_treaty_concluded_is_a_formal_agreement(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text, kind="cameo") == [("057", "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        # not yet concluded is no refusal: left uncoded
        "Kenia hat mit Uganda noch keinen Vertrag geschlossen.",
        # closing without a treaty is no agreement
        "Kenia hat seine Botschaft in Uganda geschlossen.",
    ],
)
def test_no_treaty_concluded_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert all(cameo != "057" for cameo, _, _ in coded(extractor, text, kind="cameo"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung Kenias will den Botschafter Ugandas ins Außenamt zitieren.",
        "Die Regierung Kenias zitierte den Botschafter Ugandas ins Auswärtige Amt.",
    ],
)
def test_a_diplomat_summoned_to_the_foreign_office_is_a_complaint(
    extractor: Extractor, text: str
) -> None:
    assert coded(extractor, text, kind="cameo") == [("114", "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenia hat eine Militäraktion gegen Somalia begonnen.",
        "Kenia setzt seine Militäroperation in Somalia fort.",
    ],
)
def test_a_military_action_is_military_force(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text, kind="cameo") == [("190", "KEN", "SOM")]


def test_a_military_action_planned_is_a_threat_not_force(extractor: Extractor) -> None:
    codes = coded(extractor, "Kenia plant eine Militäraktion gegen Somalia.", kind="cameo")
    assert codes and all(cameo.startswith("13") for cameo, _, _ in codes)
