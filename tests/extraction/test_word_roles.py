"""German roles from word order (extraction.word_roles): the recipient of a passive whose
subject is no actor, the subject after the verb of a clause an object opens. Invented
sentences."""

from __future__ import annotations

import pytest

from extraction import Extractor
from extraction.model import Actor
from extraction.spans import EntitySpan, Sentence
from extraction.word_roles import _passive_recipient

from .conftest import code, coded


def _sentence(text: str) -> Sentence:
    words = text.split()
    return Sentence(words, [w.lower() for w in words], list(range(len(words))))


def test_the_dative_of_a_passive_is_its_recipient_a_genitive_after_a_noun_is_not(
    extractor: Extractor,
) -> None:
    _, lex, _ = extractor._resources("de")
    dative = _sentence("Dem Land wurde Hilfe zugesagt .")
    land = EntitySpan(1, 2, "COUNTRY", Actor("Land", None, "ITA"))
    assert _passive_recipient(lex, dative, [land]) is land
    genitive = _sentence("Seit Mai wurden zwölf Männer des Landes verwiesen .")
    landes = EntitySpan(6, 7, "COUNTRY", Actor("Landes", None, "ITA"))
    assert _passive_recipient(lex, genitive, [landes]) is None


def test_a_bound_before_a_number_governs_no_actor(extractor: Extractor) -> None:
    """ "bis zu 12.000 Peruaner" are the subject, not a phrase of "zu"."""
    text = (
        "Am Montag waren bis zu 12.000 Peruaner gegen die Regierung Chiles auf die Straße gegangen."
    )
    [protest] = code(extractor, text, "de")
    assert (protest.source.country, protest.target.country) == ("PER", "CHL")


def test_an_apposition_of_the_speaker_is_no_target_of_the_content_before_the_verb(
    extractor: Extractor,
) -> None:
    # "Name, der Titel, kritisierte, dass ...": the apposition is the subject's office; what
    # is criticised is the content after the verb, not the actor before it
    events = code(
        extractor,
        "Lars Jensen, der dänische Diplomat, kritisierte, dass Serbien die Reformen verschleppe.",
        "de",
    )
    assert [(e.source.country, e.target.country) for e in events] == [("DNK", "SRB")]
    # a content told before the verb is still its target
    events = code(
        extractor,
        "Die serbischen Behörden versäumen es, die Täter zu verfolgen, beklagte die dänische "
        "Regierung.",
        "de",
    )
    assert [(e.source.country, e.target.country) for e in events] == [("DNK", "SRB")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Truppen der Regierung von Baschar al-Assad haben die Rebellen angegriffen.",
        "Die Soldaten der Regierung von Präsident Assad griffen am Montag die Rebellen an.",
        # an adjective between the article and the owner's noun
        "Die Soldaten des gestürzten Präsidenten Janukowitsch griffen die Rebellen an.",
    ],
)
def test_the_owner_of_an_opening_subject_is_no_target(extractor: Extractor, text: str) -> None:
    # only one phrase stands before the finite verb: the genitive belongs to the subject
    [attack] = code(extractor, text, "de")
    assert (attack.source.sector, attack.target.sector) == ("MIL", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "Die irakische Armee hat die Stadt Ramadi von der Terrormiliz IS zurückerobert.",
        "Die irakische Armee hat Ramadi vom IS zurückerobert.",
    ],
)
def test_a_territory_taken_from_a_group_aims_the_act_at_the_group(
    extractor: Extractor, text: str
) -> None:
    # the place says where; the group it was taken from is whom the act is aimed at
    [attack] = code(extractor, text, "de")
    assert (attack.source.country, attack.target.country) == ("IRQ", "IMG")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Trotz Streit in der Frage wollen Indien und Japan enger zusammenarbeiten.",
            ("AGREE", "IND", "JPN"),
        ),
        (
            "In der Provinz sollen Soldaten Kenias zehn Somalier getötet haben.",
            ("ASSAULT", "KEN", "SOM"),
        ),
    ],
)
def test_a_modal_verb_closes_the_phrase_before_it(
    extractor: Extractor, text: str, wanted: tuple[str, str, str]
) -> None:
    """The actor after a finite modal is its subject, not in the phrase that opens the
    sentence ("in der Frage wollen Indien ...")."""
    assert wanted in coded(extractor, text)


def test_the_owner_after_a_participle_phrase_in_the_subject_is_its_country_and_no_target(
    extractor: Extractor,
) -> None:
    # "der von China unterstützten Regierung von Präsident Assad": China is the participle's
    # agent, the government (Syria's) owns the soldiers, and it is no target of their attack
    [attack] = code(
        extractor,
        "Die Soldaten der von China unterstützten Regierung von Präsident Assad griffen am "
        "Montag die Rebellen an.",
        "de",
    )
    assert (attack.source.country, attack.source.sector) == ("SYR", "MIL")
    assert attack.target.sector == "REB"


@pytest.mark.parametrize(
    "text",
    [
        # the content's subject is a thing: its owner in the genitive is criticised
        "Die Angriffe der ägyptischen Armee seien ein Verbrechen, kritisierte der libysche "
        "Außenminister.",
        # the content names an attack without its doer: the article's attacker before
        "Die ägyptische Armee bombardierte am Montag ein Dorf. Der Angriff sei ein Verbrechen, "
        "kritisierte der libysche Außenminister.",
    ],
)
def test_criticism_after_its_content_is_aimed_at_the_owner_or_doer_of_what_it_names(
    extractor: Extractor, text: str
) -> None:
    accusations = [e for e in code(extractor, text, "de") if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in accusations] == [("LBY", "EGY")]


def test_the_place_of_the_report_is_no_side_of_the_fight_reported(extractor: Extractor) -> None:
    # "..., sagte der Minister in Tripolis": where the words were said is nobody's side
    events = code(
        extractor,
        "Die ägyptische Armee griff am Montag mehrere Dörfer an, sagte der libysche "
        "Außenminister in Tripolis.",
        "de",
    )
    assert not [e for e in events if e.target is not None and e.target.country == "LBY"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Große Teile der kenianischen Opposition kritisierten die Regierung.", ("KEN", "KEN")),
        ("Ein Teil der ugandischen Opposition kritisierte am Montag Kenia.", ("UGA", "KEN")),
    ],
)
def test_the_genitive_of_a_part_may_be_the_subject(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    [accusation] = code(extractor, text, "de")
    assert accusation.source.sector == "OPP"
    assert (accusation.source.country, accusation.target.country) == pair


def test_the_genitive_of_a_part_in_the_object_stays_the_object(extractor: Extractor) -> None:
    text = "Die kenianische Polizei nahm am Montag Teile der Opposition fest."
    [arrest] = code(extractor, text, "de")
    assert (arrest.source.sector, arrest.target.sector) == ("COP", "OPP")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an object opens the clause; "der" and a weak "-e" adjective, or "der" and a
        # masculine title, make the noun after the verb the subject
        ("Die Regierung Perus kritisierte der chilenische Präsident scharf.", "CHL", "PER"),
        ("Die Bischöfe Kenias lobte der Papst für ihren Einsatz.", "VAT", "KEN"),
        ("Norwegen warf der Außenminister Schwedens Wortbruch vor.", "SWE", "NOR"),
        # ... or after the clause's auxiliary
        ("Die Regierung Perus hat der Präsident Chiles scharf kritisiert.", "CHL", "PER"),
        ("Die Bischöfe Kenias will der Papst im Mai loben.", "VAT", "KEN"),
        # a dative after the verb stays the object
        ("Norwegen warf der Außenministerin Schwedens Wortbruch vor.", "NOR", "SWE"),
        ("Norwegen warf der schwedischen Regierung Wortbruch vor.", "NOR", "SWE"),
        ("Der Papst hat der Regierung Kenias gedankt.", "VAT", "KEN"),
    ],
)
def test_a_nominative_after_the_verb_is_the_subject_of_a_clause_an_object_opens(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.source.country, event.target.country) == (source, target)
