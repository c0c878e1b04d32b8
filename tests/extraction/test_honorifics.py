"""A town after an honorific is a person's surname and names no country ("Mr Houston" is no
American town). Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .test_actor_rules import mentions


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "The Kenyan minister met Mr Denver in Nairobi.", "Denver"),
        ("en", "The Kenyan minister met Ms Memphis in Nairobi.", "Memphis"),
        ("de", "Der kenianische Minister traf Herrn Denver in Nairobi.", "Denver"),
    ],
)
def test_a_town_after_an_honorific_names_no_country(
    extractor: Extractor, lang: str, text: str, town: str
) -> None:
    found = mentions(extractor, text, lang)
    assert town not in found or found[town].country is None
    assert found["Nairobi"].country == "KEN"


def test_a_town_without_an_honorific_keeps_its_country(extractor: Extractor) -> None:
    found = mentions(extractor, "The Kenyan minister flew to Denver on Monday.", "en")
    assert found["Denver"].country == "USA"
