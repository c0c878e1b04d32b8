"""A speaker's judgement of another's act is the speaker's accusation: "X betrachtet die
peruanischen Angriffe als Provokation", "X described the Peruvian strikes as aggression" is X
accusing Peru (CAMEO 11x), not Peru's attack. The judge is the clause's subject, or the speaker
of a reported clause whose subject is "es"/"man"; the accused is the doer of the judged act
(its demonym or genitive). Sentences are invented for the tests (not taken from the gold
files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, roles


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador betrachtet die peruanischen Angriffe als Provokation.",
        "Ecuador sieht die peruanischen Luftangriffe als Provokation an.",
        "Die Regierung Ecuadors wertete die peruanischen Angriffe als Aggression.",
        "Ecuador bezeichnete die Angriffe Perus als Verstoß gegen das Völkerrecht.",
        "Ecuador brandmarkte die peruanischen Bombardements als Terror.",
    ],
)
def test_a_judged_attack_is_the_judge_accusing_its_doer_de(extractor: Extractor, text: str) -> None:
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "ECU", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Das Außenministerium in Quito teilte mit, es betrachte die peruanischen Angriffe als "
        "Provokation.",
        "Die Regierung in Quito erklärte, man verurteile die peruanischen Angriffe.",
    ],
)
def test_a_reported_judgement_with_es_or_man_is_the_speakers(
    extractor: Extractor, text: str
) -> None:
    assert roles(code(extractor, text, "de")) == [("ACCUSE", "ECU", "PER")]


def test_an_expletive_es_in_reported_speech_is_no_speaker(extractor: Extractor) -> None:
    # "es droht ein Krieg": no judgement, the speaker threatens no one
    events = code(extractor, "Die Regierung Ecuadors erklärte, es drohe ein Krieg mit Peru.", "de")
    assert ("THREATEN", "ECU", "PER") not in roles(events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Ecuador described the Peruvian attacks as a provocation.", "111"),
        ("Ecuador described the Peruvian air strikes as aggression.", "1123"),
        ("Quito regarded the Peruvian raids on the border as a crime.", "1121"),
    ],
)
def test_a_judged_attack_is_the_judge_accusing_its_doer_en(
    extractor: Extractor, text: str, cameo: str
) -> None:
    events = code(extractor, text, "en")
    assert roles(events) == [("ACCUSE", "ECU", "PER")]
    assert events[0].cameo == cameo
