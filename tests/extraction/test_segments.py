"""Stretches of a sentence: glosses and appositions do not cut one, a news agency's credit does;
the commas of a list or of an added phrase do not cut a verb from its particle."""

from __future__ import annotations

from extraction import Extractor
from extraction.segments import (
    addition_commas,
    apposition_commas,
    apposition_pairs,
    list_commas,
    split_segments,
)

from .conftest import code, coded


def test_a_news_agency_credit_still_ends_a_headline(extractor: Extractor) -> None:
    # "(Reuters)" closes the headline: the body's subject is not the headline's
    agencies = extractor._resources("en")[1].words["news_agencies"]
    headline = ["Talks", "Fail", "(", "Reuters", ")", "Reuters", "-", "Russia", "attacked"]
    assert split_segments(headline, (), agencies)[0] == (0, 2)
    gloss = ["Die", "Miliz", "(", "IS", ")", "griff", "an", "."]
    assert split_segments(gloss, (), agencies) == [(0, 8)]


def test_a_clause_after_a_name_between_commas_keeps_its_own_stretch(
    extractor: Extractor,
) -> None:
    # a relative clause after the name opens a stretch of its own; a particle does not
    lex = extractor._resources("de")[1]
    name = ["Er", "traf", "den", "Präsidenten", "Perus", ",", "Carlos", "Mendoza", ","]
    assert (
        apposition_commas(apposition_pairs(lex, [*name, "der", "Chile", "besucht", "."])) == set()
    )
    assert apposition_commas(apposition_pairs(lex, [*name, "ein", "."])) == {5, 8}


def _words(text: str) -> list[str]:
    return text.split()


def test_the_commas_of_a_list_of_names_or_nouns_are_list_commas(extractor: Extractor) -> None:
    lex = extractor._resources("de")[1]
    words = _words("Kenia rief Uganda , Ruanda , Burundi und den Sudan zur Ruhe auf .")
    assert list_commas(lex, words) == {3, 5}
    # a comma before a clause of its own, or a list without coordinator, is none
    assert list_commas(lex, _words("Kenia rief Uganda an , das die Grenze schloss .")) == set()
    assert list_commas(lex, _words("Kenia griff Uganda an , Ruanda wartete .")) == set()


def test_a_list_does_not_cut_a_verb_from_its_particle(extractor: Extractor) -> None:
    text = "Kenia lehnte die Forderungen Ugandas, Ruandas und Burundis ab."
    events = code(extractor, text, "de")
    assert {(e.event_type, e.source.country, e.target.country) for e in events} == {
        ("REJECT", "KEN", "UGA"),
        ("REJECT", "KEN", "RWA"),
        ("REJECT", "KEN", "BDI"),
    }


def test_the_comma_of_an_added_phrase_does_not_cut_a_verb_from_its_particle(
    extractor: Extractor,
) -> None:
    text = "Die Polizei Kenias ging gegen Studenten aus Uganda, aber auch gegen Journalisten vor."
    assert ("COERCE", "KEN", "UGA") in coded(extractor, text)
    text = "Peru lehnte nicht nur den Plan Chiles, sondern auch die Forderung Boliviens ab."
    assert ("REJECT", "PER", "CHL") in coded(extractor, text)


def test_an_added_clause_with_its_own_verb_keeps_its_comma(extractor: Extractor) -> None:
    lex = extractor._resources("de")[1]
    assert addition_commas(lex, _words("Kenia griff Uganda , aber auch Ruanda an .")) == {3}
    assert addition_commas(lex, _words("Kenia griff Uganda , aber auch Ruanda griff an .")) == set()
