"""Allegations: a speaker who tells that another party wanted or planned a violent or
coercive act accuses that party (PLOVER ACCUSE, speaker -> would-be perpetrator); the act did
not happen and is no threat of its would-be perpetrator. Plain reports of violence keep their
type. Also the German verbs of suspicion and of criminal charges. Sentences are invented for
the tests (not taken from the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import pairs


@pytest.mark.parametrize(
    "text",
    [
        "Die Taliban hätten geplant, den Bürgermeister zu entführen, sagte der pakistanische "
        "Innenminister.",
        "Die Taliban hätten den Bürgermeister entführen wollen, sagte der pakistanische "
        "Innenminister.",
        "Die Taliban wollten den Gouverneur töten, erklärte der pakistanische Innenminister.",
    ],
)
def test_a_reported_past_intent_of_violence_is_an_accusation(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "ACCUSE") == {("PAK", "AFG")}
    assert not pairs(extractor, text, "THREATEN") and not pairs(extractor, text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Die georgische Armee soll den Journalisten erschossen haben, erklärte die armenische "
        "Regierung.",
        "Laut der armenischen Regierung soll die georgische Armee den Reporter erschossen haben.",
    ],
)
def test_a_deed_told_as_hearsay_by_a_named_speaker_is_an_accusation(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "ACCUSE") == {("ARM", "GEO")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Taliban hätten zum Hass gegen Christen aufgerufen, sagte der pakistanische "
        "Innenminister.",
        "Der pakistanische Innenminister sagte, die Taliban riefen zu einem bewaffneten Aufstand "
        "auf.",
        "Der pakistanische Innenminister begründete das Verbot damit, dass die Taliban zur "
        "Zerstörung der Schulen aufgerufen hätten.",
        "Die Taliban hätten zum Mord an Lehrern aufgerufen, so der pakistanische Innenminister.",
    ],
)
def test_a_reported_call_for_violence_or_hatred_is_an_accusation(
    extractor: Extractor, text: str
) -> None:
    """Inciting ("zu etw. aufrufen" with violence or hatred as its aim) is the wrongdoing the
    speaker alleges, no appeal of the caller."""
    assert pairs(extractor, text, "ACCUSE") == {("PAK", "AFG")}
    assert not pairs(extractor, text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Die Taliban hätten Pakistan zum Verzicht auf Gewalt aufgerufen, sagte der afghanische "
        "Außenminister.",
        "Die Taliban hätten Pakistan dazu aufgerufen, die Kämpfe zu beenden und Gewalt zu "
        "verhindern, sagte der afghanische Außenminister.",
    ],
)
def test_a_call_against_violence_is_no_incitement(extractor: Extractor, text: str) -> None:
    """The head of the call's phrase decides, not any word of violence after it."""
    assert not pairs(extractor, text, "ACCUSE")


def test_a_call_for_violence_under_a_condition_is_no_accusation(extractor: Extractor) -> None:
    text = (
        "Wenn die Taliban zum Hass aufgerufen hätten, wäre das Verbot richtig, sagte der "
        "pakistanische Innenminister."
    )
    assert not pairs(extractor, text, "ACCUSE")


def test_a_call_for_violence_told_by_the_writer_is_no_accusation(extractor: Extractor) -> None:
    text = "Die Taliban riefen zur Gewalt gegen Pakistan auf."
    assert not pairs(extractor, text, "ACCUSE")


def test_an_attribution_names_the_accuser(extractor: Extractor) -> None:
    text = "Nach Angaben der pakistanischen Polizei wollten die Taliban den Gouverneur entführen."
    assert pairs(extractor, text, "ACCUSE") == {("PAK", "AFG")}


def test_a_planned_arrest_is_no_accusation(extractor: Extractor) -> None:
    text = "Die Polizei wollte die Demonstranten festnehmen, erklärte der türkische Minister."
    assert not pairs(extractor, text, "ACCUSE")


def test_the_speaker_s_own_intent_is_no_accusation(extractor: Extractor) -> None:
    text = "Er habe Georgien angreifen wollen, sagte der armenische Präsident."
    assert not pairs(extractor, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's interior minister said the Taliban had wanted to kill the governor.",
        "Pakistan's interior minister said the Taliban had planned to abduct the governor.",
    ],
)
def test_english_reported_past_intent_of_violence_is_an_accusation(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "ACCUSE", "en") == {("PAK", "AFG")}


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee habe versucht, die Stadt Charkiw einzunehmen, sagte ein "
        "ukrainischer Armeesprecher.",
        "A Ukrainian army spokesman said Russian troops had tried to capture the city of Kharkiv.",
    ],
)
def test_an_attempt_is_the_act_itself(extractor: Extractor, text: str) -> None:
    lang = "de" if "Armee" in text else "en"
    assert not pairs(extractor, text, "ACCUSE", lang)


def test_a_suspect_is_accused(extractor: Extractor) -> None:
    text = (
        "Die türkische Polizei verdächtigt den syrischen Studenten, den Anschlag verübt zu haben."
    )
    assert pairs(extractor, text, "ACCUSE") == {("TUR", "SYR")}
    assert not pairs(extractor, text, "ASSAULT")  # the suspicion is the news, not the attack


def test_a_criminal_charge_is_an_accusation(extractor: Extractor) -> None:
    text = "Die türkische Staatsanwaltschaft hat Anklage gegen den deutschen Reporter erhoben."
    assert pairs(extractor, text, "ACCUSE") == {("TUR", "DEU")}
    assert not pairs(extractor, text, "COERCE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Polizei Kenias wurde scharf kritisiert, teilte die Regierung Ugandas mit.", "de"),
        ("Kenya's police were sharply criticised, Uganda's government said.", "en"),
    ],
)
def test_an_accusation_in_the_passive_without_accuser_is_the_speaker_s(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert pairs(extractor, text, "ACCUSE", lang) == {("UGA", "KEN")}


@pytest.mark.parametrize(
    "text",
    [
        "Der Polizei Kenias werden Übergriffe vorgeworfen, teilte die Regierung Ugandas mit.",
        "Dem Präsidenten Kenias wird Wahlbetrug vorgeworfen, sagte der Außenminister Ugandas.",
    ],
)
def test_the_dative_of_a_passive_is_whom_it_is_aimed_at(extractor: Extractor, text: str) -> None:
    """A ditransitive verb's indirect object stays the dative in the passive: its target."""
    assert pairs(extractor, text, "ACCUSE") == {("UGA", "KEN")}


@pytest.mark.parametrize(
    "text",
    [
        "Der Iran unterstellt Saudi-Arabien, einen Angriff auf seine Grenzposten vorzubereiten.",
        "Der Iran unterstellte Saudi-Arabien feindselige Absichten.",
    ],
)
def test_imputing_an_intent_is_an_accusation(extractor: Extractor, text: str) -> None:
    """'jdm. etw. unterstellen' imputes it to them (Ding de-en 167459): the imputed attack
    did not happen and is no assault of the speaker."""
    assert pairs(extractor, text, "ACCUSE") == {("IRN", "SAU")}
    assert not pairs(extractor, text, "ASSAULT")


def test_placing_a_body_under_an_authority_is_no_accusation(extractor: Extractor) -> None:
    text = "Die türkische Regierung will die Polizei direkt dem Innenministerium unterstellen."
    assert not pairs(extractor, text, "ACCUSE")
