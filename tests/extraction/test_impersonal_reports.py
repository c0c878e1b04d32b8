"""An impersonal report ("..., heißt es in einer Erklärung des Ministeriums", "hieß es aus
Quito") reports what its stretch cites, as "sagte" does: a reported "must" is the cited
speaker's demand, a reported blame its accusation (extraction.modes.reported_speech). Sentences
are invented for the tests."""

from __future__ import annotations

from extraction import Extractor

from .conftest import coded, pairs


def test_a_must_reported_by_heisst_es_is_the_cited_speakers_demand(extractor: Extractor) -> None:
    text = (
        "Peru müsse seine Truppen sofort von der Grenze abziehen, heißt es in einer Erklärung "
        "des ecuadorianischen Außenministeriums."
    )
    assert coded(extractor, text) == [("REQUEST", "ECU", "PER")]


def test_a_blame_reported_by_hiess_es_from_a_capital_is_its_accusation(
    extractor: Extractor,
) -> None:
    text = "Peru sei für die Angriffe an der Grenze verantwortlich, hieß es aus Quito."
    assert pairs(extractor, text, "ACCUSE") == {("ECU", "PER")}


def test_what_a_report_is_about_is_no_speaker(extractor: Extractor) -> None:
    text = "Peru müsse seine Truppen abziehen, hieß es in einem Bericht über Ecuador."
    assert ("REQUEST", "ECU", "PER") not in coded(extractor, text)
