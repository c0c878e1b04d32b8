"""The article's home country for parties, parliaments and courts that no sentence with an
event places: the country the article names most, also in sentences without an event, and
where it was filed (extraction.affiliation.count_named_countries, ArticleMemory.home_country).
Sentences and articles are invented for the tests."""

from __future__ import annotations

from extraction import Extractor
from extraction.spans import ArticleMemory

from .conftest import coded


def test_parties_take_the_country_named_only_where_no_event_was(extractor: Extractor) -> None:
    # "Peru" stands in a sentence without a trigger; the parties' sentence names no country
    sides = coded(
        extractor,
        "Im Wahlkampf in Peru geht es vor allem um die Wirtschaft. "
        "Alle großen Parteien haben die Regierung scharf kritisiert.",
    )
    assert ("ACCUSE", "PER", None) in sides


def test_a_court_proposed_as_object_is_the_home_countrys(extractor: Extractor) -> None:
    sides = coded(
        extractor,
        "Nach dem langen Bürgerkrieg in Peru bleibt vieles offen. "
        "Die Vereinten Nationen schlagen zur Aufarbeitung der Verbrechen ein Sondergericht vor.",
    )
    assert sides == [("REQUEST", "IGO", "PER")]


def test_genitive_and_dateline_name_the_home_country(extractor: Extractor) -> None:
    genitive = "Perus Wahlkampf ist in der letzten Woche. Alle Parteien haben das kritisiert."
    filed = "Lima \u2013 Die Wahl ist für den Herbst angesetzt. Die Partei hat das kritisiert."
    assert ("ACCUSE", "PER", None) in coded(extractor, genitive)
    assert ("ACCUSE", "PER", None) in coded(extractor, filed)


def test_a_ministry_takes_no_home_country(extractor: Extractor) -> None:
    # a government body is as often abroad: only the party it criticises gets Peru
    sides = coded(
        extractor,
        "Im Wahlkampf in Peru geht es vor allem um die Wirtschaft. "
        "Das Ministerium hat die Parteien kritisiert.",
    )
    assert sides == [("ACCUSE", None, "PER")]


def test_no_home_country_without_a_clear_lead() -> None:
    memory = ArticleMemory()
    memory.named.update({"PER": 1, "CHL": 1})
    assert memory.home_country() is None
    memory.countries["PER"] = 1  # named in a sentence with an event: counts as well
    assert memory.home_country() == "PER"


def test_no_home_country_where_the_sentence_names_other_countries(extractor: Extractor) -> None:
    # which of Sudan and Chad the court belongs to, if either, would be a guess: not Peru
    sides = coded(
        extractor,
        "Im Wahlkampf in Peru geht es vor allem um Perus Wirtschaft. "
        "Das Gericht hat die Armee Sudans für Verbrechen im Tschad verurteilt.",
    )
    assert sides == [("ACCUSE", None, "SDN")]
