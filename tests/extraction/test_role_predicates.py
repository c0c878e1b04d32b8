"""An agent noun that names a role is no actor: after the "als"/"as" of a role, as the
predicate of a copula, and alone after "zwischen"/"between". Sentences are invented for the
tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code
from .test_actor_rules import mentions


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("de", "Norwegen trat als neutraler Diplomat in Bogotá auf.", "Diplomat"),
        ("de", "Der Schwede arbeitete jahrelang als freier Diplomat in Kairo.", "Diplomat"),
        ("de", "Die Partei ernannte Meier als ihren Abgeordneten in Bern.", "Abgeordneten"),
        ("de", "Der Schwede ist Diplomat in Kairo.", "Diplomat"),
        ("de", "Herr Meier wurde ein bekannter Diplomat.", "Diplomat"),
        ("en", "Norway served as a neutral diplomat in Bogota.", "diplomat"),
        ("en", "The Swede worked as a freelance journalist in Cairo.", "journalist"),
        ("en", "Mr Meier is a journalist in Cairo.", "journalist"),
        ("en", "Smith became a senior diplomat in 2010.", "diplomat"),
        # a plural alone after "zwischen"/"between" stands for both sides of the act
        ("de", "Bei Kämpfen zwischen Milizen starben zehn Menschen.", "Milizen"),
        ("de", "Die Gespräche zwischen den beiden Delegationen scheiterten.", "Delegationen"),
        ("en", "Clashes between rival militias killed ten people.", "militias"),
    ],
)
def test_an_agent_noun_naming_a_role_is_no_mention(
    extractor: Extractor, lang: str, text: str, role: str
) -> None:
    assert not [m for m in mentions(extractor, text, lang) if role in m]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # a comparison, a clause opened by "als"/"as", a copula before its subject
        ("de", "Mehr als Soldaten wurden in Kairo festgenommen.", "Soldaten"),
        ("de", "Als die Soldaten das Feuer eröffneten, flohen die Bewohner.", "Soldaten"),
        ("de", "Am Montag wurde ein Diplomat in Kairo festgenommen.", "Diplomat"),
        ("de", "Seit Tagen sind Demonstranten auf der Straße.", "Demonstranten"),
        ("en", "The rally ended as police fired tear gas.", "police"),
        ("en", "Groups such as journalists protested.", "journalists"),
        ("en", "There were soldiers in the street.", "soldiers"),
        ("de", "Es kam zu Kämpfen zwischen Rebellen und der Armee.", "Rebellen"),
        ("en", "Talks between the rebels and the government failed.", "rebels"),
    ],
)
def test_an_agent_noun_that_is_an_actor_stays_a_mention(
    extractor: Extractor, lang: str, text: str, actor: str
) -> None:
    assert actor in mentions(extractor, text, lang)


def test_a_demonym_before_a_copula_does_not_join_the_predicate(extractor: Extractor) -> None:
    found = mentions(extractor, "Der Ägypter ist Diplomat in Kairo.", "de")
    assert "Ägypter" in found and not [m for m in found if "Diplomat" in m]


def test_a_demonym_still_joins_across_a_hyphenated_modifier(extractor: Extractor) -> None:
    found = mentions(extractor, "Shell reported a record profit for a UK-listed company.", "en")
    assert found["UK - listed company"].country == "GBR"


def test_a_role_after_als_takes_no_part_in_the_event(extractor: Extractor) -> None:
    # without the rule "Diplomat" took the article's country and became the target
    events = code(extractor, "Frankreich kritisierte als Diplomat die Regierung Irans.", "de")
    assert events and all("Diplomat" not in (e.target.text if e.target else "") for e in events)
    assert all("Diplomat" not in (e.source.text if e.source else "") for e in events)


def test_a_country_joins_an_agent_noun_only_across_inflected_adjectives(
    extractor: Extractor,
) -> None:
    # "wollen" ends like an adjective but is a verb: the country is the subject
    found = mentions(extractor, "Länder wie Schweden wollen Beamte entsenden.", "de")
    assert "Schweden" in found and "Beamte" in found
    assert "Schwedens neue Beamte" in mentions(extractor, "Schwedens neue Beamte kamen.", "de")
