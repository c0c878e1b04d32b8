"""Stretches of a sentence: glosses and appositions do not cut one, a news agency's credit does."""

from __future__ import annotations

from extraction import Extractor
from extraction.segments import apposition_commas, apposition_pairs, split_segments


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
