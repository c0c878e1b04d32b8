"""A warning is a threat (PLOVER THREATEN, CAMEO 130) only when it is coercive: the speaker's
own act or a consequence it controls, or a warning addressed to an actor. A warning that tells
what a third party or a state of affairs will do is a pessimistic comment (CAMEO 012), which
PLOVER does not code. Sentences are invented for the tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code


def _types(extractor: Extractor, text: str, lang: str) -> list[str]:
    return [e.event_type for e in code(extractor, text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan central bank warned that Uganda's trade deficit would widen next year.",
        "The Kenyan minister warned Ugandan farmers could soon stop exporting coffee.",
        "Uganda's exports would fall sharply, the Kenyan minister warned.",
        "The Kenyan minister warned of a slowdown in Uganda.",
    ],
)
def test_an_english_forecast_is_no_threat(extractor: Extractor, text: str) -> None:
    assert "THREATEN" not in _types(extractor, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya warned that it would retaliate against Uganda.",
        "Kenya warned Uganda that it would close the border.",
        "Kenya warned Uganda against sending troops.",
        "Kenya warned Uganda of severe consequences.",
        "Kenya warned of reprisals against Uganda.",
    ],
)
def test_an_english_coercive_warning_stays_a_threat(extractor: Extractor, text: str) -> None:
    assert _types(extractor, text, "en") == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Der kenianische Minister warnte vor einem Abschwung in Uganda.",
        "Er warnte vor negativen Folgen solcher Entscheidungen einzelner ugandischer Minister.",
        "Der kenianische Minister warnte davor, dass die Exporte Ugandas einbrechen.",
        "Die Exporte Ugandas würden einbrechen, warnte der kenianische Minister.",
    ],
)
def test_a_german_forecast_is_no_threat(extractor: Extractor, text: str) -> None:
    assert "THREATEN" not in _types(extractor, text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Kenia warnte Uganda vor einer Entsendung von Truppen.",
        "Die kenianische Regierung warnte Uganda, sie werde die Grenze schließen.",
        "Kenia warnte vor Vergeltung gegen Uganda.",
        "Die kenianische Regierung hat die ugandische Regierung davor gewarnt, Truppen zu senden.",
    ],
)
def test_a_german_coercive_warning_stays_a_threat(extractor: Extractor, text: str) -> None:
    assert _types(extractor, text, "de") == ["THREATEN"]
