"""German ways to tell a force posture or the easing of sanctions that the lexicon missed: troops
drawn together ("Truppen zusammenziehen"), moved or sent ("Panzer verlegen", "Soldaten
schicken") or put on alert ("in Alarmbereitschaft versetzen"), and sanctions taken back
("Sanktionen zurücknehmen"); and a name before a preterite that reads like a participle ("Ghana
mobilisierte Truppen"), which is the verb's subject, not the owner of the troops; a concession
told with a strong preterite and its particle ("kam ... entgegen") and a release ("auf freien
Fuß setzen"); a body's decision ("beschließen") is the act decided, no agreement; the own force
a posture moves is not its target; an acquittal of a charge ("von allen Vorwürfen
freigesprochen") is a concession, not the court's accusation; a referral to an office ("an das
Ministerium verweisen") is no expulsion. Sentences are invented for the tests (not taken from
the gold files or the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import code, pairs, roles


@pytest.mark.parametrize(
    "text",
    [
        "Ghana hat Truppen an der Grenze zu Togo zusammengezogen.",
        "Ghana zog Soldaten an der Grenze zu Togo zusammen.",
        "Ghana hat Panzer an die Grenze zu Togo verlegt.",
        "Ghana hat weitere Soldaten an die Grenze zu Togo geschickt.",
        "Ghana schickt Truppen an die Grenze zu Togo.",
        "Ghana hat wegen der Spannungen mit Togo die Streitkräfte in Alarmbereitschaft versetzt.",
    ],
)
def test_troops_drawn_together_moved_or_put_on_alert_are_a_force_posture(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "MOBILIZE") == {("GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörden Ghanas haben die Zahlen zusammengezogen.",
        "Ghana hat den Termin der Wahl verlegt.",
        "Ghana hat Togo einen Brief geschickt.",
        "Ghana hat den Beamten in den Ruhestand versetzt.",
    ],
)
def test_the_same_verbs_without_forces_are_no_posture(extractor: Extractor, text: str) -> None:
    assert not pairs(extractor, text, "MOBILIZE")


def test_sanctions_taken_back_are_eased_not_imposed(extractor: Extractor) -> None:
    text = "Ghana hat die Sanktionen gegen Togo zurückgenommen."
    assert pairs(extractor, text, "RETREAT") == {("GHA", "TGO")}
    assert not pairs(extractor, text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana mobilisierte Truppen gegen Togo.",
        "Ghana mobilisierte seine Truppen gegen Togo.",
        "Ghana verlegte Kampfjets an die Grenze zu Togo.",
    ],
)
def test_a_name_before_a_preterite_is_its_subject_not_the_owner_of_its_object(
    extractor: Extractor, text: str
) -> None:
    assert pairs(extractor, text, "MOBILIZE") == {("GHA", "TGO")}


def test_a_name_in_the_genitive_still_owns_the_noun_after_its_adjectives(
    extractor: Extractor,
) -> None:
    events = code(extractor, "Ghanas neuer Präsident kritisierte Togo.", "de")
    assert [e.source.text for e in events if e.source] == ["Ghanas neuer Präsident"]


def test_a_strong_preterite_with_the_particle_entgegen_is_a_concession(
    extractor: Extractor,
) -> None:
    assert pairs(extractor, "Ghana kam Togo im Streit um die Grenze entgegen.", "CONCEDE") == {
        ("GHA", "TGO")
    }


def test_auf_freien_fuss_setzen_is_a_release(extractor: Extractor) -> None:
    text = "Ghana setzte die Gefangenen aus Togo auf freien Fuß."
    assert pairs(extractor, text, "RETREAT") == {("GHA", "TGO")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Die Außenminister der EU beschlossen die Verlängerung der Sanktionen gegen Togo.",
            "SANCTION",
        ),
        ("Die Regierung Ghanas hat beschlossen, die Hilfe für Togo aufzustocken.", "AID"),
    ],
)
def test_a_decision_is_the_act_decided_not_an_agreement(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert pairs(extractor, text, kind)
    assert not pairs(extractor, text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana hat seine Armee wegen Togo in Alarmbereitschaft versetzt.",
        "Ghana versetzte seine Truppen wegen Togo in Alarmbereitschaft.",
    ],
)
def test_the_own_force_a_posture_moves_is_not_its_target(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "MOBILIZE") == {("GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        "Ein Gericht in Moskau hat den russischen Oppositionellen von allen Vorwürfen "
        "freigesprochen.",
        "Ein Gericht in Moskau sprach den russischen Oppositionellen vom Vorwurf des Hochverrats "
        "frei.",
    ],
)
def test_an_acquittal_of_a_charge_is_a_concession_not_an_accusation(
    extractor: Extractor, text: str
) -> None:
    assert roles(code(extractor, text, "de")) == [("CONCEDE", "RUS", "RUS")]


def test_a_referral_to_an_office_is_no_expulsion(extractor: Extractor) -> None:
    text = "In Österreich verweist man in Visafragen beim Land an das Innenministerium."
    assert code(extractor, text, "de") == []
    expelled = "Ungarn hat den russischen Botschafter am Montag des Landes verwiesen."
    assert roles(code(extractor, expelled, "de")) == [("COERCE", "HUN", "RUS")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Rebellen attackierten einen Stützpunkt der kenianischen Armee.",
        "Kenianische Polizisten sind von somalischen Milizen attackiert worden.",
    ],
)
def test_attackieren_is_an_attack_as_angreifen(extractor: Extractor, text: str) -> None:
    assert {e.event_type for e in code(extractor, text, "de")} == {"ASSAULT"}
