"""Implied actors on invented sentences: the authorities behind an agentless arrest, ban,
deportation or indictment, found from the event's place or the story's dateline."""

from __future__ import annotations

import pytest

from extraction import Extractor
from extraction.implied import load_implied_agents
from extraction.kb import load_kb
from extraction.policy import ExtractionPolicy

from .conftest import code, pairs


def _coerce(extractor: Extractor, text: str, lang: str):
    return [e for e in code(extractor, text, lang) if e.event_type == "COERCE"]


def test_every_implied_code_is_a_cameo_code_of_the_state() -> None:
    table = load_implied_agents()
    kb = load_kb()
    assert table.by_code, "the table is empty"
    for code_, agent in table.by_code.items():
        plover = kb.cameo_row(code_)["plover"]
        # a release is the state's only from custody: it needs its cue words
        assert (
            plover in ("COERCE", "ACCUSE")
            or (plover == "RETREAT" and agent.cues)
            # a yield is the state's only as a pardon: it needs its trigger words
            or (plover == "CONCEDE" and agent.lemmas)
        )
        assert agent.text.startswith("(") and agent.sector in ("GOV", "COP", "JUD")
    assert table.of("1723", "ban") == table.by_code["172"]  # a child code takes its parent's row
    assert table.of("190", "kill") is None  # a killing's perpetrator is never implied
    assert table.of("112", "accuse") is None  # an accusation names its accuser or has none


def test_a_story_about_another_country_is_not_of_its_dateline(extractor: Extractor) -> None:
    # a correspondent files from a neighbour's capital: the country the story is about acts
    text = (
        "Wien \u2013 Ungarn hat die Grenze zu Serbien geschlossen. Die Regierung Ungarns nannte "
        "keine Gründe. Zwei französische Journalisten wurden am Freitag festgenommen."
    )
    [event] = _coerce(extractor, text, "de")
    assert event.source is not None and (event.source.country, event.source.implied) == (
        "HUN",
        True,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwei französische Journalisten wurden am Freitag in Minsk festgenommen.", "de"),
        ("Two French journalists were arrested in Minsk on Friday.", "en"),
        ("In Minsk nahm man am Freitag zwei französische Journalisten fest.", "de"),
        ("Minsk \u2013 Zwei französische Journalisten wurden am Freitag festgenommen.", "de"),
        ("Talks ended.\n\nMINSK - Two French journalists were arrested on Friday.", "en"),
    ],
    ids=["de-passive", "en-passive", "de-man", "de-dateline", "en-dateline"],
)
def test_an_agentless_arrest_is_by_the_authorities_of_its_place(
    extractor: Extractor, text: str, lang: str
) -> None:
    [event] = _coerce(extractor, text, lang)
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.source.sector, event.source.implied) == (
        "BLR",
        "COP",
        True,
    )
    assert event.target.country == "FRA" and not event.target.implied
    # an inferred source resolves the event like a named one: the default policy publishes it
    assert event.confidence >= ExtractionPolicy().min_confidence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwei französische Reporter wurden von der belarussischen Polizei festgenommen.", "de"),
        ("Two French journalists were arrested by Belarusian police in Minsk.", "en"),
    ],
)
def test_a_named_agent_is_kept(extractor: Extractor, text: str, lang: str) -> None:
    [event] = _coerce(extractor, text, lang)
    assert event.source is not None and event.source.country == "BLR"
    assert not event.source.implied


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwei französische Journalisten wurden am Freitag in Minsk getötet.", "de"),
        ("Two French journalists were killed in Minsk on Friday.", "en"),
    ],
)
def test_a_killer_is_never_implied(extractor: Extractor, text: str, lang: str) -> None:
    assert not [e for e in code(extractor, text, lang) if e.source and e.source.implied]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Männer wurden am Freitag festgenommen.", "de"),  # no place, no one resolved
        ("Two French journalists were arrested on Friday in a Belarusian town.", "en"),
    ],
)
def test_no_authorities_without_a_known_place(extractor: Extractor, text: str, lang: str) -> None:
    assert not [e for e in _coerce(extractor, text, lang) if e.source and e.source.implied]


def test_a_state_bodys_ban_is_of_its_own_countrys_group(extractor: Extractor) -> None:
    (event,) = _coerce(
        extractor,
        "Am Dienstag hat die peruanische Regierung zwei kleine Bauernbünde verboten.",
        "de",
    )
    assert event.source is not None and event.source.country == "PER"
    assert event.target is not None and event.target.country == "PER"
    assert event.target.text == "Bauernbünde"


@pytest.mark.parametrize(
    "text",
    [
        # an arrest may hit foreigners or happen abroad: no domestic target
        "Die peruanische Polizei nahm am Dienstag zwei Händler fest.",
        # a pronoun object names no group
        "Die peruanische Regierung verbot es am Dienstag.",
        # a noun "Verbot" is no act of the body's own
        "Die peruanische Regierung sprach über das Verbot kleiner Bauernbünde.",
    ],
    ids=["arrest", "pronoun", "noun"],
)
def test_no_domestic_target_beyond_a_ban_of_a_named_group(extractor: Extractor, text: str) -> None:
    for event in _coerce(extractor, text, "de"):
        assert event.target is None or event.target.country != "PER"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am Montag verbot Kandahar alle Kundgebungen von Studenten.", "de"),
        ("Am Montag verbot die Stadt Kandahar alle Kundgebungen von Studenten.", "de"),
        ("Kandahar banned all rallies of students on Monday.", "en"),
    ],
    ids=["de-town", "de-stadt", "en-town"],
)
def test_a_town_that_bans_is_its_authorities(extractor: Extractor, text: str, lang: str) -> None:
    [event] = _coerce(extractor, text, lang)
    assert event.source is not None and event.source.implied
    assert (event.source.country, event.source.sector) == ("AFG", "GOV")


def test_a_town_banning_in_another_country_is_no_authority(extractor: Extractor) -> None:
    # a ban acts within the banning authorities' own country: "Kandahar" before a recipient
    # of another country is something else of that name (a club, a firm)
    text = "Am Montag hinderte Kandahar den Iran an einem Sieg."
    assert not [e for e in _coerce(extractor, text, "de") if e.source and e.source.implied]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der Blogger wurde am Dienstag in Minsk festgenommen.", "COERCE"),
        ("Minsk \u2013 Der frühere Präsident soll wegen Betrugs angeklagt werden.", "ACCUSE"),
    ],
    ids=["arrest-here", "charge-dateline"],
)
def test_an_agentless_acts_person_without_a_country_is_of_its_place(
    extractor: Extractor, text: str, kind: str
) -> None:
    # a text that gives the person no other nationality reports a domestic act: coders give
    # the target the country of the authorities that acted
    assert pairs(extractor, text, kind) == {("BLR", "BLR")}


@pytest.mark.parametrize(
    "text",
    [
        "Minsk \u2013 Zwei ihrer Redakteure seien am Montag festgenommen worden, "
        "berichtete die Zeitung.",
        "Der Chefredakteur des Senders wurde am Freitag in Minsk verhaftet.",
    ],
    ids=["editors-reported", "chief-editor"],
)
def test_an_arrested_editor_is_media_of_the_place(extractor: Extractor, text: str) -> None:
    # "Redakteur" (editor, Phoenix "chief editor": MED) names the journalists of a paper,
    # the arrested, not the dateline's town
    events = _coerce(extractor, text, "de")
    assert [(e.source.country, e.target.country, e.target.sector) for e in events] == [
        ("BLR", "BLR", "MED")
    ]


@pytest.mark.parametrize(
    ("text", "count", "size"),
    [
        ("In Minsk wurden zwei Studenten festgenommen. Weitere 30 wurden verhaftet.", "30", 30),
        ("Minsk \u2013 Zwölf seien festgenommen worden, teilte die Opposition mit.", "Zwölf", 12),
    ],
    ids=["further-count", "reported-count"],
)
def test_a_counted_subject_is_the_arrested_group(
    extractor: Extractor, text: str, count: str, size: int
) -> None:
    # a number standing alone as the passive's subject counts the arrested: a group of the
    # place, sized by the number (not the dateline's town)
    events = _coerce(extractor, text, "de")
    assert [
        (e.source.country, e.target.country, e.size) for e in events if e.target.text == count
    ] == [("BLR", "BLR", size)]


@pytest.mark.parametrize(
    "text",
    ["Minsk \u2013 2019 wurden sie verhaftet.", "Minsk \u2013 Nach 30 wurden sie verhaftet."],
    ids=["year", "governed"],
)
def test_a_year_or_a_governed_number_is_no_counted_group(extractor: Extractor, text: str) -> None:
    assert not [
        e for e in _coerce(extractor, text, "de") if e.target and e.target.text[0].isdigit()
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Minsk \u2013 Der Blogger wurde nach zwei Jahren Haft freigelassen.",
        "Minsk \u2013 Der Journalist wurde nach 300 Tagen Haft auf freien Fuß gesetzt.",
        "Minsk \u2013 Der Student wurde am Montag aus der Untersuchungshaft entlassen.",
    ],
    ids=["freilassen", "freier-fuss", "entlassen"],
)
def test_a_release_from_custody_is_by_the_authorities(extractor: Extractor, text: str) -> None:
    # only who holds someone in custody releases him from it (CAMEO.2.0 * FROM &DETENTION)
    assert pairs(extractor, text, "RETREAT") == {("BLR", "BLR")}


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader was released from prison in Minsk on Monday.",
        "Belarusian authorities released the opposition leader from custody on Monday.",
    ],
    ids=["agentless", "named-authorities"],
)
def test_an_english_release_from_custody_is_by_the_authorities_at_home(
    extractor: Extractor, text: str
) -> None:
    # CAMEO.2.0 RELEASE, FREE * FROM &DETENTION (jail, prison, custody ...): as in German
    assert pairs(extractor, text, "RETREAT", "en") == {("BLR", "BLR")}


@pytest.mark.parametrize(
    "text",
    ["Minsk \u2013 Die Geiseln wurden freigelassen.", "Minsk \u2013 Der Minister wurde entlassen."],
    ids=["hostages", "dismissal"],
)
def test_no_authorities_release_without_custody(extractor: Extractor, text: str) -> None:
    # hostages are freed by their kidnappers; a bare "entlassen" is mostly a dismissal
    assert not [e for e in code(extractor, text, "de") if e.source and e.source.implied]


def _accusations(extractor: Extractor, text: str):
    return [e for e in code(extractor, text, "en") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Bolivian union leaders were charged with sabotage in La Paz on Tuesday.",
        "The former Bolivian mayor was charged on Tuesday with bribery, police said.",
    ],
)
def test_a_charge_with_a_crime_and_no_accuser_is_the_judiciarys(
    extractor: Extractor, text: str
) -> None:
    [event] = _accusations(extractor, text)
    assert event.source is not None and event.source.implied
    assert (event.source.country, event.source.sector) == ("BOL", "JUD")
    assert event.target is not None and event.target.country == "BOL"


@pytest.mark.parametrize(
    "text",
    [
        # a price, not a legal charge
        "Bolivian farmers were charged higher fees in La Paz on Tuesday.",
        # an accusation without its accuser implies none
        "The former Bolivian mayor was accused of bribery in La Paz on Tuesday.",
    ],
    ids=["price", "accused"],
)
def test_no_judiciary_behind_a_price_or_an_accusation(extractor: Extractor, text: str) -> None:
    assert not [e for e in _accusations(extractor, text) if e.source and e.source.implied]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gegen den Blogger wird in Minsk wegen Betrugs ermittelt.", "ACCUSE"),
        ("Minsk \u2013 Gegen den früheren Präsidenten wird ermittelt.", "ACCUSE"),
        ("Gegen den Blogger wurde am Freitag in Minsk Anklage erhoben.", "ACCUSE"),
        ("Die Verhaftung des Bloggers in Minsk löste Proteste aus.", "COERCE"),
        ("Gegen den Blogger sind in Minsk Ermittlungen eingeleitet worden.", "ACCUSE"),
    ],
    ids=[
        "investigated-here",
        "investigated-dateline",
        "indicted-noun",
        "arrest-noun",
        "investigation-noun",
    ],
)
def test_a_german_subjectless_judicial_act_hits_its_gegen_phrase(
    extractor: Extractor, text: str, kind: str
) -> None:
    # the subjectless passive keeps its "gegen" object, and an event noun of arrest names
    # whom it hits in its genitive: the authorities of the place acted on that person
    assert pairs(extractor, text, kind) == {("BLR", "BLR")}


@pytest.mark.parametrize(
    "text",
    [
        "In Minsk wurden die Täter schnell ermittelt.",
        "In Minsk wurde ermittelt, dass der Blogger geflohen war.",
        "Die Klage des Bloggers in Minsk hatte Erfolg.",
    ],
    ids=["identified", "ascertained", "lawsuit-genitive"],
)
def test_a_german_act_in_another_sense_implies_no_authorities(
    extractor: Extractor, text: str
) -> None:
    # "ermitteln" without "gegen" is to identify or ascertain; a lawsuit's genitive sues
    assert not [e for e in code(extractor, text, "de") if e.source and e.source.implied]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "sein" with the participle of a verb that is only transitive: the subject underwent it
        (
            "Der ugandische Oppositionsführer ist seit Montag in Kampala verhaftet.",
            "COERCE",
            {("UGA", "UGA")},
        ),
        # the perfect of a verb that may be intransitive: the subject acts
        ("Die russischen Truppen sind aus Georgien abgezogen.", "RETREAT", {("RUS", "GEO")}),
        # a participle-like finite verb inside its stretch is no state passive
        (
            "Russland ist ein Verbündeter Syriens und unterstützt die Regierung in Damaskus.",
            "SUPPORT",
            {("RUS", "SYR")},
        ),
    ],
)
def test_a_state_passive_has_its_subject_undergo_the_act(
    extractor: Extractor, text: str, kind: str, expected: set
) -> None:
    assert pairs(extractor, text, kind) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Botschafterin Perus wurde ins Außenministerium in Santiago einbestellt.", "de"),
        ("Der peruanische Gesandte war ins Außenministerium in Santiago zitiert worden.", "de"),
        ("Peru's ambassador was summoned to the foreign ministry in Santiago.", "en"),
    ],
)
def test_a_summoned_diplomat_is_an_official_complaint_of_the_host(
    extractor: Extractor, text: str, lang: str
) -> None:
    [event] = code(extractor, text, lang)
    assert (event.event_type, event.cameo) == ("ACCUSE", "114")
    assert event.source is not None and event.source.implied
    assert (event.source.country, event.target and event.target.country) == ("CHL", "PER")


def test_no_state_summons_its_own_diplomat(extractor: Extractor) -> None:
    events = code(extractor, "Der peruanische Botschafter wurde am Montag einbestellt.", "de")
    assert not [e for e in events if e.source is not None and e.source.implied]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "country"),
    [
        ("Die ecuadorianische Polizei hat zwei Journalisten festgenommen.", "de", "COERCE", "ECU"),
        (
            "Ein peruanisches Gericht hat den Blogger Tomás Quispe zu vier Jahren Haft verurteilt.",
            "de",
            "ACCUSE",
            "PER",
        ),
        (
            "Der kubanische Präsident hat drei inhaftierte Oppositionsführer begnadigt.",
            "de",
            "CONCEDE",
            "CUB",
        ),
        ("The Cuban president pardoned three dissidents.", "en", "CONCEDE", "CUB"),
        # activists and demonstrators are the opposition (Phoenix agents), whom police act on
        ("Die weißrussische Polizei nahm 30 Demonstranten fest.", "de", "COERCE", "BLR"),
        ("Egyptian police detained twelve activists.", "en", "COERCE", "EGY"),
    ],
)
def test_a_named_state_body_acts_on_its_own_people(
    extractor: Extractor, text: str, lang: str, kind: str, country: str
) -> None:
    # whom the text gives no country is placed as an agentless act's target would be
    assert pairs(extractor, text, kind, lang) == {(country, country)}


def test_a_named_state_body_acting_abroad_does_not_place_its_target(
    extractor: Extractor,
) -> None:
    text = "Die US-Armee hat in Afghanistan zwei Journalisten festgenommen."
    assert ("USA", "USA") not in pairs(extractor, text, "COERCE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Drei Journalisten wurden in Kuba begnadigt.", "de"),
        ("Three journalists were pardoned in Cuba.", "en"),
    ],
)
def test_a_pardon_is_the_authorities_act(extractor: Extractor, text: str, lang: str) -> None:
    [event] = [e for e in code(extractor, text, lang) if e.event_type == "CONCEDE"]
    assert event.source is not None and event.source.implied
    assert event.source.country == "CUB"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Die Ausgangssperre in der Stadt Mossul wurde am Montag aufgehoben.", "RETREAT", "IRQ"),
        ("In Nairobi wurde das Verbot der Kundgebungen wieder aufgehoben.", "CONCEDE", "KEN"),
        ("In der Stadt Mossul wurde am Montag eine Ausgangssperre verhängt.", "COERCE", "IRQ"),
    ],
)
def test_an_agentless_curfew_or_ban_is_the_places_authorities_on_its_people(
    extractor: Extractor, text: str, kind: str, place: str
) -> None:
    # only authorities impose or lift a curfew or a ban (CAMEO 172, 081): on the place's people
    [event] = code(extractor, text, "de")
    assert event.event_type == kind
    assert event.source is not None and event.source.implied
    assert (event.source.country, event.target and event.target.country) == (place, place)


@pytest.mark.parametrize(
    "text",
    [
        "In Nairobi wurde das Urteil gegen den Minister aufgehoben.",
        "Das Gericht in Nairobi hob die Entscheidung der Behörde auf.",
    ],
)
def test_lifting_no_curfew_or_ban_implies_no_authorities(extractor: Extractor, text: str) -> None:
    events = code(extractor, text, "de")
    assert not [e for e in events if e.source is not None and e.source.implied]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die peruanischen Behörden ließen den Journalisten am Montag frei.", "de"),
        ("Die peruanische Polizei setzte den Studenten wieder auf freien Fuß.", "de"),
        ("Peruvian authorities freed the student on Monday.", "en"),
    ],
)
def test_a_state_body_releasing_someone_held_him_at_home(
    extractor: Extractor, text: str, lang: str
) -> None:
    # no noun of custody is needed where the doer is a state body: it held him
    events = [e for e in code(extractor, text, lang) if e.cameo == "0841"]
    assert [(e.source.country, e.target and e.target.country) for e in events] == [("PER", "PER")]


def test_a_release_by_others_places_no_one(extractor: Extractor) -> None:
    text = "Die Entführer ließen den Journalisten am Montag frei."
    assert not [e for e in code(extractor, text, "de") if e.target and e.target.country]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Journalist in Lima festgenommen.", ("PER", "PER")),
        ("Peru deswegen von Chile verklagt.", ("CHL", "PER")),
    ],
)
def test_a_headline_participle_is_a_passive(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    # headlines leave out "wurde": the first noun is the one acted upon
    events = code(extractor, text, "de")
    assert [(e.source.country, e.target and e.target.country) for e in events] == [pair]


def test_a_perfect_with_its_auxiliary_stays_active(extractor: Extractor) -> None:
    events = code(extractor, "Chile hat Peru verklagt.", "de")
    assert [(e.source.country, e.target and e.target.country) for e in events] == [("CHL", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Die peruanische Polizei nahm am Dienstag einen 25-jährigen Mann fest.",
        "In Lima wurde eine Frau festgenommen.",
        "Die Männer wurden in Lima verhaftet.",
    ],
    ids=["police-man", "agentless-woman", "agentless-men"],
)
def test_an_unnamed_man_or_woman_is_one_person_of_the_place(
    extractor: Extractor, text: str
) -> None:
    # "Mann", "Frau" name one person (the title flag), whom an arrest places at home
    assert pairs(extractor, text, "COERCE") == {("PER", "PER")}
