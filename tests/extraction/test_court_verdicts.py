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


@pytest.mark.parametrize(
    "criticism",
    [
        "Die Außenministerin Perus bezeichnete das Urteil als Unrecht.",
        "Die Regierung Perus kritisierte das Urteil scharf.",
    ],
)
def test_criticism_of_a_verdict_is_aimed_at_the_court_that_passed_it(
    extractor: Extractor, criticism: str
) -> None:
    # CAMEO.2.0 SLAM * SENTENCE [111]: the verdict named without its court is the latest one
    verdict = (
        "Ein Gericht in Quito verurteilte den Blogger Pablo Ortiz aus Peru zu acht Jahren Haft."
    )
    assert coded(extractor, f"{verdict} {criticism}")[-1] == ("ACCUSE", "PER", "ECU")
    # with no court's act before it, the criticism has no target of its own
    assert ("ACCUSE", "PER", "ECU") not in coded(extractor, criticism)
