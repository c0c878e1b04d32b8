"""German main clauses joined by "und" with one subject (extraction.word_roles.coordinated_clauses):
each clause is an act of its own with its own object. Sentences are invented."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code, roles


def sides(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return roles(code(extractor, text, "de"))


def test_a_joined_clause_is_a_second_act_of_the_same_subject(extractor: Extractor) -> None:
    text = "Chile wies die Vorwürfe Perus zurück und kritisierte Bolivien scharf."
    assert sides(extractor, text) == [("REJECT", "CHL", "PER"), ("ACCUSE", "CHL", "BOL")]


def test_the_first_clause_takes_no_object_of_the_joined_one(extractor: Extractor) -> None:
    # the condemnation names no party; Peru is whom the second clause promises help
    text = "Chile verurteilte den Überfall und sicherte Peru seine Unterstützung zu."
    assert sides(extractor, text) == [("ACCUSE", "CHL", None), ("AGREE", "CHL", "PER")]


def test_a_participle_after_und_shares_the_first_verb_group(extractor: Extractor) -> None:
    # "hat ... kritisiert und gewarnt": one verb group, no second clause
    text = "Chile hat Peru am Montag kritisiert und gewarnt."
    assert sides(extractor, text) == [("ACCUSE", "CHL", "PER")]


def test_an_article_after_a_comma_opening_a_verb_second_clause_is_no_relative_pronoun(
    extractor: Extractor,
) -> None:
    # ", die Regierung Boliviens forderte ...": the finite verb second, the clause going on,
    # is a main clause with its own subject, not a relative clause about the minister
    text = "Chile kritisierte den Minister Perus, die Regierung Boliviens forderte Verhandlungen."
    assert ("REQUEST", "PER", "BOL") not in sides(extractor, text)
    relative = "Chile kritisierte den Minister Perus, der die Regierung Boliviens kritisiert hatte."
    assert ("ACCUSE", "PER", "BOL") in sides(extractor, relative)


def test_a_plural_present_after_und_opens_a_joined_clause(extractor: Extractor) -> None:
    # "fordern" looks like the infinitive; the clause going on after it makes it finite
    text = "Chile und Peru kritisieren Bolivien und fordern Argentinien zu Verhandlungen auf."
    assert ("REQUEST", "CHL", "ARG") in sides(extractor, text)


def test_what_a_demand_asks_for_is_no_event_of_its_own(extractor: Extractor) -> None:
    # ", die Lieferungen ... zu stoppen" opens with an article, not a relative pronoun: the
    # content of the demand, not deliveries that took place
    text = "Die Grünen forderten Chile auf, die Waffenlieferungen an Peru zu stoppen."
    assert "AID" not in [e.event_type for e in code(extractor, text, "de")]
