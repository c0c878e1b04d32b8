"""German blame with the accused as subject: a speaker who says that another actor is to
blame for a hostile act accuses that actor ("Für die Angriffe sei Ecuador verantwortlich, sagte
der peruanische Präsident"). Sentences are invented for the tests (not taken from the gold
files)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


def _accusations(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    return pairs(extractor, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Für die Raketenangriffe sei Ecuador verantwortlich, sagte der peruanische Präsident.",
        "Der peruanische Außenminister erklärte, Ecuador sei für die Anschläge verantwortlich.",
        "Ecuador sei schuld an den Protesten, sagte der peruanische Präsident am Montag.",
    ],
)
def test_a_speaker_blames_the_subject(extractor: Extractor, text: str) -> None:
    assert _accusations(extractor, text) == {("PER", "ECU")}


@pytest.mark.parametrize(
    "text",
    [
        # in charge of, not to blame: no hostile act in the stretch
        "Ecuador sei für die Sicherheit der Grenze verantwortlich, sagte der peruanische Minister.",
        # the writer's own judgement, no speaker
        "Für die Anschläge im Norden Perus war Ecuador verantwortlich.",
    ],
)
def test_responsibility_without_a_speaker_or_a_hostile_act_is_no_accusation(
    extractor: Extractor, text: str
) -> None:
    assert not _accusations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der peruanische Präsident macht Ecuador für die Anschläge verantwortlich.",
        "Ecuador wird von Peru für die Anschläge verantwortlich gemacht.",
    ],
)
def test_holding_responsible_keeps_its_verb_roles(extractor: Extractor, text: str) -> None:
    assert _accusations(extractor, text) == {("PER", "ECU")}


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed critic: the owner of the criticised policy is its target, not the critic
        "Der scheidende Sonderberichterstatter hat die Politik Perus in Ecuador kritisiert.",
        "Am Montag kritisierte sie die Entscheidung Perus, die Grenze zu Ecuador zu schließen.",
    ],
)
def test_the_owner_of_a_criticised_thing_is_no_critic(extractor: Extractor, text: str) -> None:
    found = _accusations(extractor, text)
    assert found and all(pair == (None, "PER") for pair in found)


def test_a_named_critic_keeps_the_owner_as_target(extractor: Extractor) -> None:
    text = "Der ecuadorianische Präsident hat die Politik Perus in Bolivien kritisiert."
    assert _accusations(extractor, text) == {("ECU", "PER")}
