"""Datelines on invented story openings: found where a story opens, never taken from prose, and
an actor only where the story names no other."""

import pytest

from extraction import Extractor
from extraction.datelines import find_dateline
from extraction.kb import PlaceEntry

from .conftest import code


def _entry(name: str, kind: str, country: str) -> PlaceEntry:
    return PlaceEntry(name, kind, country, admin1=None, lat=0.0, lon=0.0, population=0)


PLACES = {
    "lyon": _entry("Lyon", "city", "FRA"),
    "ankara": _entry("Ankara", "city", "TUR"),
    "kairo": _entry("Kairo", "city", "EGY"),
    "chile": _entry("Chile", "country", "CHL"),
}


def place(name: str) -> PlaceEntry | None:
    return PLACES.get(name.lower())


@pytest.mark.parametrize(
    ("text", "dateline", "countries"),
    [
        ("Lyon \u2013 Die Stadt hat gewählt.", "Lyon \u2013 ", ["FRA"]),
        (
            "Streit um Wasser. Ankara/Kairo \u2013 Beide Seiten reden.",
            "Ankara/Kairo \u2013 ",
            ["TUR", "EGY"],
        ),
        (
            "Ministers meet\n\nVALPARAISO, Chile (Wire) - The talks began.",
            "VALPARAISO, Chile (Wire) - ",
            ["CHL"],
        ),
        ("Ministers meet\n\nSANTIAGO, May 4. - The talks began.", "SANTIAGO, May 4. - ", []),
    ],
)
def test_dateline_found_where_a_story_opens(text: str, dateline: str, countries: list[str]) -> None:
    found = find_dateline(text, place)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert [p.country for p in found.places] == countries
    assert found.country == (countries[0] if countries else None)


@pytest.mark.parametrize(
    "text",
    [
        "Die Krise \u2013 so sagen Beobachter \u2013 dauert an.",  # capitalised, but no place
        "Der Streit dauert an. Später in Lyon \u2013 dort wird verhandelt.",  # not an opening
        "Nobody spoke. Talks - if any - are far off.",
        "Sie sagte es schon früh. " + "Noch mehr Text folgt hier. " * 20 + "Lyon \u2013 spät.",
    ],
)
def test_no_dateline_in_prose(text: str) -> None:
    assert find_dateline(text, place) is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Wien \u2013 Die Regierung Frankreichs hat vor Konsequenzen gewarnt.", "FRA", None),
        ("Lyon \u2013 Die Türkei hat die Opposition kritisiert.", "TUR", None),
        ("PARIS (Reuters) - The Turkish government criticised the opposition.", "TUR", None),
    ],
)
def test_a_dateline_place_is_no_actor_beside_a_named_one(
    extractor: Extractor, text: str, source: str, target: str | None
) -> None:
    [event] = code(extractor, text, None)
    assert event.source.country == source
    assert event.target is None or event.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Paris \u2013 Scharfe Kritik an den Plänen Italiens übt der Ökonom Jean Dupont.",
        "Madrid \u2013 Ein Einspruch des Verbands gegen die Vergabe an Portugal sorgt für Ärger.",
    ],
)
def test_a_dateline_place_is_no_source(extractor: Extractor, text: str) -> None:
    """Where the story was filed is not who acted: the critic is an economist, not France."""
    assert [e.source for e in code(extractor, text, "de") if e.source is not None] == []


def test_the_pope_acts_for_the_holy_see(extractor: Extractor) -> None:
    [event] = code(
        extractor, "Kairo \u2013 Papst Franziskus hat den Präsidenten Ägyptens empfangen.", "de"
    )
    assert (event.source.country, event.target.country) == ("VAT", "EGY")


def test_a_dateline_the_dictionaries_list_under_a_country_is_no_actor(
    extractor: Extractor,
) -> None:
    """ "Sinai" is no place of the place tables, but the Phoenix dictionaries list it under
    Egypt: a dateline that says where the story was filed, not who attacked."""
    text = "Sinai \u2013 Unbekannte haben bei einem Anschlag auf einen Bus zwölf Pilger getötet."
    events = code(extractor, text, "de")
    assert not any(e.source is not None and e.source.text == "Sinai" for e in events)
