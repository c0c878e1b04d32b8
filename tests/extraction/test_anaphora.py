"""A state's definite description and a pair of states stand for states the article named
before (extraction.anaphora), a bare title for the person last named with it
(extraction.persons), a definite armed-group noun for the armed group named last
(extraction.affiliation). Invented sentences."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded, pairs


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        (
            "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Land scharf.",
            "de",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die USA verurteilten die Islamische Republik scharf.",
            "de",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        (
            "Katar steht unter Druck. Saudi-Arabien drohte dem kleinen Emirat mit Sanktionen.",
            "de",
            "THREATEN",
            ("SAU", "QAT"),
        ),
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die Regierung des Landes kritisierte die USA.",
            "de",
            "ACCUSE",
            ("IRN", "USA"),
        ),
        (
            "Iran tested a missile on Sunday. The United States condemned the country.",
            "en",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        # an uninflected modifier before the adjective
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die USA verurteilten das international isolierte Land scharf.",
            "de",
            "ACCUSE",
            ("USA", "IRN"),
        ),
        (
            "Der Iran testete am Sonntag eine Rakete. "
            "Die Armee des wirtschaftlich schwachen Landes drohte den USA mit Vergeltung.",
            "de",
            "THREATEN",
            ("IRN", "USA"),
        ),
    ],
)
def test_a_bare_state_description_is_the_articles_leading_state(
    extractor: Extractor, text: str, lang: str, kind: str, expected: tuple[str, str]
) -> None:
    assert pairs(extractor, text, kind, lang) == {expected}


def test_the_two_countries_are_the_last_two_named(extractor: Extractor) -> None:
    text = "Russland kritisierte die Ukraine. Die EU forderte die beiden Länder zu Gesprächen auf."
    assert pairs(extractor, text, "REQUEST") == {("IGO", "RUS"), ("IGO", "UKR")}


def test_a_country_abbreviation_counts_among_the_states_named(extractor: Extractor) -> None:
    # "USA" is a country of the actor dictionaries, not of the place table
    text = (
        "Die Präsidentin reist im Anschluss nach Uganda. Die USA seien besorgt über die Lage "
        "in Kenia. Doch beide Länder hätten ihre Zusammenarbeit verstärkt."
    )
    assert pairs(extractor, text, "SUPPORT") == {("USA", "KEN")}


def test_the_whole_country_is_the_sentences_own_state(extractor: Extractor) -> None:
    text = (
        "Bulgarien schloss seine Grenze. "
        "Die ungarische Regierung verhängte den Ausnahmezustand über das ganze Land."
    )
    assert pairs(extractor, text, "COERCE") == {("HUN", "HUN")}


@pytest.mark.parametrize(
    "text",
    [
        # a description with its own modifier names another state
        "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Nachbarland scharf.",
        "Der Iran testete am Sonntag eine Rakete. Die USA verurteilten das Land der Kurden.",
        # the sentence names the leading state itself: the one meant, or the other side?
        "Die USA testeten am Sonntag eine Rakete. Die USA verurteilten das Land scharf.",
    ],
)
def test_no_state_for_a_description_that_is_no_bare_one(extractor: Extractor, text: str) -> None:
    assert pairs(extractor, text, "ACCUSE") <= {("USA", None)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der polnische Außenminister Jan Nowak besuchte Kiew. "
            "Der Minister kritisierte Russland scharf.",
            "de",
            ("POL", "RUS"),
        ),
        (
            "Die polnische Verteidigungsministerin Anna Nowak besuchte Kiew. "
            "Die Ministerin kritisierte Russland.",
            "de",
            ("POL", "RUS"),
        ),
        # the title before a name the KB knows, in a sentence with no event
        (
            "Am Montag sagte Außenminister Sergej Lawrow, die Lage sei ernst. "
            "Der Minister kritisierte die USA.",
            "de",
            ("RUS", "USA"),
        ),
        (
            "Polish Foreign Minister Jan Nowak visited Kiev on Monday. "
            "The minister criticised Russia.",
            "en",
            ("POL", "RUS"),
        ),
        # the title as the first word of the KB's own name of the person
        (
            "President Barack Obama met Angela Merkel. The president also criticised Russia.",
            "en",
            ("USA", "RUS"),
        ),
    ],
)
def test_a_bare_title_is_the_person_last_named_with_it(
    extractor: Extractor, text: str, lang: str, expected: tuple[str, str]
) -> None:
    """ "der Minister", "the president": the article's last person of that office (or of a
    compound of it: "Außenminister"), its feminine too."""
    assert expected in pairs(extractor, text, "ACCUSE", lang)


@pytest.mark.parametrize(
    "text",
    [
        "Der polnische Außenminister Jan Nowak sprach am Montag in Wien. "
        "Nowak kritisierte Russland scharf.",
        "Polens Außenminister Jan Nowak sprach am Montag in Wien. "
        "Der Minister kritisierte Russland scharf.",
    ],
)
def test_a_person_the_kb_does_not_know_is_remembered_from_a_sentence_without_event(
    extractor: Extractor, text: str
) -> None:
    """A title, a country and a new name introduce a person even where nothing happens:
    the later surname or bare title is that person."""
    assert ("POL", "RUS") in pairs(extractor, text, "ACCUSE", "de")


def test_a_new_person_whose_country_the_sentence_does_not_tell_is_not_remembered(
    extractor: Extractor,
) -> None:
    """The country of a person named with a title alone would be a guess (the city of the
    sentence, a namesake's country): the later bare title stays without one."""
    text = "Außenminister Jan Nowak sprach in Wien. Der Minister kritisierte Russland scharf."
    assert pairs(extractor, text, "ACCUSE", "de") == {(None, "RUS")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der polnische Außenminister Jan Nowak besuchte Kiew. "
            "Die Minister kritisierten Russland.",
            "de",
        ),
        (
            "Der polnische Außenminister Jan Nowak besuchte Kiew. "
            "Der neue Minister kritisierte Russland.",
            "de",
        ),
        (
            "Polish Foreign Minister Jan Nowak visited Kiev on Monday. "
            "The ministers criticised Russia.",
            "en",
        ),
    ],
)
def test_plural_or_qualified_title_is_not_the_person_named_before(
    extractor: Extractor, text: str, lang: str
) -> None:
    """Several ministers, or a new one, are not the one the article named."""
    assert pairs(extractor, text, "ACCUSE", lang) == {(None, "RUS")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der russische Außenminister Sergej Lawrow sprach am Montag mit Journalisten. "
            "US-Außenminister John Kerry war in Wien. Die beiden Minister trafen sich in Genf.",
            "de",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov spoke to reporters on Monday. "
            "US Foreign Minister John Kerry was in Vienna. Later the two ministers met in Geneva.",
            "en",
        ),
        # the second one named in the pair's own sentence
        (
            "Der russische Außenminister Sergej Lawrow sprach am Montag mit Journalisten. "
            "Nach einem Abendessen mit US-Außenminister John Kerry verhandelten die beiden "
            "Minister in Genf weiter.",
            "de",
        ),
    ],
)
def test_the_two_ministers_are_the_last_two_named_with_that_title(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert pairs(extractor, text, "CONSULT", lang) & {("RUS", "USA"), ("USA", "RUS")}


def test_a_pair_after_between_may_hold_the_speakers_own_state(extractor: Extractor) -> None:
    # one side of a pair of peoples after "zwischen" is the speaker's: the other is the target
    text = (
        "Der Präsident Armeniens telefonierte mit dem Regierungschef Aserbaidschans. "
        "Danach erklärte der Präsident Armeniens, er strebe zwischen den beiden Völkern "
        "eine Einigung an."
    )
    assert pairs(extractor, text, "AGREE") == {("ARM", "AZE")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die FARC kämpft seit Jahrzehnten in Kolumbien. "
            "Die Rebellen griffen gestern die Armee Perus an.",
            "de",
        ),
        (
            "The FARC has fought in Colombia for decades. "
            "The rebels attacked the Peruvian army on Monday.",
            "en",
        ),
    ],
)
def test_a_definite_armed_group_noun_is_the_armed_group_named_last(
    extractor: Extractor, text: str, lang: str
) -> None:
    # "die Rebellen" refers back to the FARC, not to the state the sentence names
    assert ("COL", "PER") in pairs(extractor, text, "ASSAULT", lang)


def test_an_indefinite_armed_group_noun_is_not_the_group_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "Die FARC kämpft seit Jahrzehnten in Kolumbien. "
        "Rebellen griffen gestern die Armee Perus an."
    )
    assert ("COL", "PER") not in pairs(extractor, text, "ASSAULT", "de")


SPEAKER = "Der polnische Außenminister Jan Nowak sprach am Montag in Wien. "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (SPEAKER + "Zudem warf er Russland vor, die Grenze zu verletzen.", "ACCUSE"),
        (SPEAKER + "Erneut kritisierte er die Regierung Russlands.", "ACCUSE"),
        (SPEAKER + "Russland müsse die Truppen abziehen, forderte er.", "REQUEST"),
        (SPEAKER + "Danach rief er Russland zur Mäßigung auf.", "REQUEST"),
    ],
)
def test_er_after_a_speech_act_verb_is_the_person_last_named(
    extractor: Extractor, text: str, kind: str
) -> None:
    """German verb-second order puts the subject pronoun after the finite verb; "er" is
    nominative in every use, and a speech act's subject is a person."""
    assert pairs(extractor, text, kind) == {("POL", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        # "sie" is also accusative: "criticised her"
        "Die polnische Außenministerin Anna Nowak sprach am Montag in Wien. "
        "Erneut kritisierte sie die Regierung Russlands.",
        # after a verb of no speech act "er" is left alone ("trifft er auf", "sagte er ab")
        SPEAKER + "Danach traf er den russischen Präsidenten.",
    ],
)
def test_no_person_for_sie_or_for_er_after_other_verbs(extractor: Extractor, text: str) -> None:
    assert [source for _, source, _ in coded(extractor, text) if source == "POL"] == []
