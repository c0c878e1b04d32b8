"""A court's condemnation is its verdict, CAMEO 116 (:func:`extraction.candidate.court_verdict`),
whose target is then placed as any act of the judiciary's. Sentences are invented."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Das kolumbianische Verfassungsgericht bestätigte die Verurteilung des Journalisten "
            "Pablo Ortiz zu acht Jahren Gefängnis.",
            "COL",
        ),
        ("Ein Gericht in Quito verurteilte den Blogger Pablo Ortiz wegen Verleumdung.", "ECU"),
    ],
)
def test_a_courts_condemnation_is_a_verdict(extractor: Extractor, text: str, country: str) -> None:
    assert coded(extractor, text, kind="cameo") == [("116", country, country)]


def test_a_governments_condemnation_stays_criticism(extractor: Extractor) -> None:
    text = "Die kolumbianische Regierung verurteilte den Angriff der Rebellen der ELN."
    assert [c for c, _, _ in coded(extractor, text, kind="cameo")] == ["111"]
