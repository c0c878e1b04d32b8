"""The reviewed German verb lexicon in word-order coding (extraction.reviewed): its event nouns
join the trigger table, its verbs serve sentences without any other trigger, its rows with a noun
are idioms and senses (invented sentences and rows)."""

from __future__ import annotations

from pathlib import Path
from shutil import copytree

import pytest

from extraction import Extractor
from extraction.kb import DATA_DIR, load_kb
from extraction.lexicon import Lexicon
from extraction.spans import Sentence
from extraction.triggers import find_triggers

from .conftest import code

REVIEWED = "verbs.de.reviewed.tsv"
HEADER = (
    "lemma\tpos\tparticle\tparticiple\tsubject\tobject\tpreps\tcameo\treverse\tnegated"
    "\treview\tsource\n"
)


def _kb_with(tmp_path: Path, rows: list[str]):
    """A copy of the KB whose reviewed German lexicon holds only ``rows``, without the weapon
    nouns (``weapons.de.curated.tsv``), which join the table too."""
    data = tmp_path / "data"
    copytree(DATA_DIR, data)
    (data / "weapons.de.curated.tsv").unlink()
    (data / REVIEWED).write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return load_kb(data)


def test_only_kept_argument_free_nouns_with_a_plover_type_join_the_table(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "Umzingelung\tNOUN\t\t\t\t\t\t190\t\t\tkeep\tinvented",
            "Verkündung\tNOUN\t\t\t\t\t\t010\t\t\tkeep\tinvented: a statement, no PLOVER type",
            "Hämmerung\tNOUN\t\t\t\t\t\t190\t\t\tdrop: other sense\tinvented",
            "Ansage\tNOUN\t\t\t\tKrieg\t\t138\t\t\tkeep\tinvented: needs its object",
            "umzingeln\tVERB\t\tumzingelt\t\t\t\t190\t\t\tkeep\tinvented: a verb",
        ],
    )
    lex = Lexicon("de", kb)
    assert set(lex.triggers) - set(kb.triggers["de"]) == {"umzingelung"}
    assert lex.triggers["umzingelung"][0].cameo == "190"


def test_the_trigger_table_wins_over_a_reviewed_noun(tmp_path: Path) -> None:
    kb = _kb_with(tmp_path, ["Treffen\tNOUN\t\t\t\t\t\t190\t\t\tkeep\tinvented: a wrong code"])
    listed = kb.triggers["de"]["treffen"][0]
    assert Lexicon("de", kb).triggers["treffen"][0] is listed
    assert listed.cameo.startswith("04")


def test_a_kept_noun_without_code_is_no_event_nor_are_compounds_ending_in_it(
    tmp_path: Path,
) -> None:
    kb = _kb_with(
        tmp_path, ["Schaukampf\tNOUN\t\t\t\t\t\t\t\t\tkeep: a show, not a fight\tinvented"]
    )
    lex = Lexicon("de", kb)
    assert lex.word_trigger("Kampf", "kampf") is not None
    for word in ("Schaukampf", "Boxerschaukampf"):
        assert lex.word_trigger(word, word.lower()) is None
    assert lex.word_trigger("Häuserkampf", "häuserkampf") is not None  # still a fight


def test_reviewed_nouns_stay_in_their_language() -> None:
    kb = load_kb()
    assert "blockade" in Lexicon("de", kb).triggers
    assert "blockade" not in kb.triggers["de"]  # from the reviewed lexicon, not triggers.tsv
    assert "blockade" not in Lexicon("en", kb).triggers


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "Die polnische Regierung begann eine Blockade der Grenze zu Belarus.",
            "COERCE",
            "POL",
            "BLR",
        ),
        (
            "Die Polizei in Minsk meldete die Inhaftierung von zwei polnischen Journalisten.",
            "COERCE",
            "BLR",
            "POL",
        ),
    ],
)
def test_a_nominalisation_missing_from_the_trigger_table_codes_its_event(
    extractor: Extractor, text: str, etype: str, source: str, target: str
) -> None:
    events = code(extractor, text, "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        (etype, source, target)
    ]


def _triggers(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    words = text.split()
    s = Sentence(words, [lex.lemma(w) for w in words], list(range(len(words))))
    return [(words[i], t.cameo) for i, t in find_triggers(lex, s)]


def test_reviewed_verbs_and_their_participles_serve_only_sentences_without_a_trigger(
    tmp_path: Path,
) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "umkreisen\tVERB\t\tumkreist\t\t\t\t191\t\t\tkeep\tinvented",
            "umgarnen\tVERB\t\tumgarnt\t\t\t\t191\t\t\tdrop: other sense\tinvented",
            "umfassen\tVERB\t\t\t\tStadt\t\t191\t\t\tkeep\tinvented: needs its object",
        ],
    )
    lex = Lexicon("de", kb)
    assert "umkreisen" not in lex.triggers
    assert set(lex.fallback.triggers) - set(kb.triggers["de"]) == {"umkreisen", "umkreist"}
    assert _triggers(lex, "Die Armee hat die Stadt umkreist .") == [("umkreist", "191")]
    assert _triggers(lex, "Die Armee hat die Stadt umgarnt .") == []
    # a trigger of the table in the sentence: the reviewed verb stays silent
    assert _triggers(lex, "Die Armee hat die Stadt umkreist und angegriffen .") == [
        ("angegriffen", lex.triggers["angreifen"][0].cameo)
    ]


def test_a_reviewed_reflexive_verb_needs_its_reflexive_pronoun(tmp_path: Path) -> None:
    """ "sich umkreisen" is listed with "sich": the verb alone is another (or no) event."""
    kb = _kb_with(tmp_path, ["sich umkreisen\tVERB\t\tumkreist\t\t\t\t191\t\t\tkeep\tinvented"])
    lex = Lexicon("de", kb)
    assert _triggers(lex, "Die Armeen umkreisten sich bei der Stadt .") == [("umkreisten", "191")]
    assert _triggers(lex, "Die Armee hat sich dort umkreist .") == [("umkreist", "191")]
    assert _triggers(lex, "Die Armee umkreiste die Stadt .") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ungarn widersetzte sich am Dienstag den Plänen Polens.", ("REJECT", "HUN", "POL")),
        ("Die Regierung Polens distanzierte sich von Russland.", ("ACCUSE", "POL", "RUS")),
    ],
)
def test_reviewed_reflexive_verbs_code_their_event(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert [
        (e.event_type, e.source.country, e.target.country) for e in code(extractor, text, "de")
    ] == [expected]


def test_a_reviewed_verb_codes_a_sentence_the_trigger_table_misses(extractor: Extractor) -> None:
    assert "umzingeln" not in load_kb().triggers["de"]
    events = code(extractor, "Russische Truppen haben die ukrainische Stadt umzingelt.", "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        ("ASSAULT", "RUS", "UKR")
    ]


def test_a_noun_near_the_verb_chooses_its_sense_or_no_event(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "rügen\tVERB\t\tgerügt\t\tMangel|Fehler\t\t111\t\t\tkeep\tinvented",
            "treffen\tVERB\t\tgetroffen\t\tVorsorge\t\t\t\t\tkeep\tinvented: no event",
            "nehmen\tVERB\t\t\t\t\tin obhut\t173\t\t\tkeep\tinvented",
        ],
    )
    lex = Lexicon("de", kb)
    meet = lex.triggers["treffen"][0].cameo
    assert _triggers(lex, "Die Minister haben sich getroffen .") == [("getroffen", meet)]
    assert _triggers(lex, "Die Minister haben Vorsorge getroffen .") == []  # a sense without event
    # "rügen" is no verb of the table: its idiom waits for a sentence without other triggers
    assert _triggers(Lexicon("de", kb), "Der Rat hat die Fehler gerügt .") == [("gerügt", "111")]
    assert _triggers(lex, "Der Rat hat die Pläne gerügt .") == []
    assert _triggers(lex, "Die Polizei nahm die Kinder in Obhut .") == [("nahm", "173")]
    assert _triggers(lex, "Die Polizei nahm die Kinder mit .") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Die Polizei Kenias hat zwei Reporter aus Uganda zur Rechenschaft gezogen.", "COERCE"),
        ("Die Regierung Kenias hat der Opposition Ugandas Unterschlupf gewährt.", "AID"),
        # a sense row: firing at someone, not firing someone
        ("Die Armee Kenias feuerte auf Stellungen der Rebellen in Uganda.", "ASSAULT"),
        # announced retaliation and vowed revenge are threats (CAMEO.2.0 ANNOUNCE, VOW)
        ("Die Regierung Kenias kündigte Vergeltung gegen Uganda an.", "THREATEN"),
        ("Die Armee Kenias hat Uganda Rache geschworen.", "THREATEN"),
        # a diplomat summoned is an official complaint, not a meeting
        ("Die Regierung Kenias hat den Botschafter Ugandas einbestellt.", "ACCUSE"),
        ("Die Regierung Kenias zitierte den Botschafter Ugandas ins Außenministerium.", "ACCUSE"),
    ],
)
def test_an_idiom_of_the_reviewed_lexicon_codes_its_event(
    extractor: Extractor, text: str, etype: str
) -> None:
    events = code(extractor, text, "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        (etype, "KEN", "UGA")
    ]


def test_a_fallback_idiom_codes_its_own_event(extractor: Extractor) -> None:
    text = "Die Wahlbehörde Irans hat zwei Kandidaten der Opposition von der Wahl ausgeschlossen."
    [event] = code(extractor, text, "de")
    assert (event.cameo, event.source.country) == ("1722", "IRN")


def test_a_sense_without_event_silences_the_verb(extractor: Extractor) -> None:
    assert (
        code(extractor, "Die Regierung Polens hat Vorkehrungen gegen Russland getroffen.", "de")
        == []
    )
    assert code(extractor, "Die Regierung Polens hat sich mit Russland getroffen.", "de")
    # a fallback verb's sense row silences it too: a proposal taken up is nobody arrested
    text = "Die Regierung Polens hat den Vorschlag Russlands aufgegriffen."
    assert code(extractor, text, "de") == []
    assert code(extractor, "Die Polizei Polens hat einen Russen aufgegriffen.", "de")
    assert (
        code(extractor, "Die Regierung Polens hat den Botschafter Russlands gefeuert.", "de") == []
    )
    text = "Die Zeitung Polens zitierte den Botschafter Russlands mit scharfen Worten."
    assert code(extractor, text, "de") == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a verb that ends or lifts the event its noun names codes the event instead
        ("Die Regierung Kenias hob die Sanktionen gegen Uganda auf.", "085"),
        ("Die Regierung Kenias hat die Wirtschaftshilfe für Uganda eingestellt.", "162"),
        # a separated particle makes the idiom's verb; its noun may be a listed compound
        ("Die Regierung Kenias stellte die Militärhilfe für Uganda ein.", "162"),
        # stopping deliveries stops them (CAMEO.2.0 CUT * SUPPLIES 162), no delivery
        ("Die Regierung Kenias hat die Waffenlieferungen an Uganda gestoppt.", "162"),
        ("Die Regierung Kenias stoppte die Lieferung von Gas an Uganda.", "162"),
        # a light verb keeps its noun's narrower code of the same event
        ("Rebellen aus Kenia haben einen Bombenanschlag auf Soldaten aus Uganda verübt.", "183"),
    ],
)
def test_an_idiom_that_makes_its_noun_another_event_wins_over_the_noun(
    extractor: Extractor, text: str, cameo: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.cameo, event.source.country, event.target.country) == (cameo, "KEN", "UGA")


def test_a_verb_of_an_aid_idiom_alone_is_no_event(extractor: Extractor) -> None:
    # einstellen without aid hires or adjusts
    assert (
        code(extractor, "Die Regierung Kenias hat zwei Berater aus Uganda eingestellt.", "de") == []
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # complying with a demand yields; not complying rejects it (the demand is no event)
        ("Die Regierung Kenias kam den Forderungen Ugandas nach.", "CONCEDE"),
        ("Die Regierung Kenias ist der Aufforderung Ugandas nicht nachgekommen.", "REJECT"),
    ],
)
def test_complying_with_a_demand_is_yielding(extractor: Extractor, text: str, etype: str) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (etype, "KEN", "UGA")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # troops arriving are military aid; an arriving minister makes a visit
        ("Die ersten Friedenstruppen Kenias sind in Uganda eingetroffen.", "AID"),
        ("Der Außenminister Kenias ist in Uganda eingetroffen.", "CONSULT"),
    ],
)
def test_who_arrives_decides_the_event(extractor: Extractor, text: str, etype: str) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (etype, "KEN", "UGA")


def test_an_idiom_of_a_verb_the_table_lacks_is_read_beside_the_table(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "rügen\tVERB\t\tgerügt\t\tFehler\t\t111\t\t\tkeep\tinvented",
            "umkreisen\tVERB\t\tumkreist\t\t\t\t191\t\t\tkeep\tinvented",
        ],
    )
    lex = Lexicon("de", kb)
    attack = lex.triggers["angreifen"][0].cameo
    text = "Die Armee hat die Stadt angegriffen , der Rat hat die Fehler gerügt ."
    assert _triggers(lex, text) == [("angegriffen", attack), ("gerügt", "111")]
    # with no trigger of the table the sentence is still read with the fallback table
    text = "Die Armee hat die Stadt umkreist , der Rat hat die Fehler gerügt ."
    assert _triggers(lex, text) == [("umkreist", "191"), ("gerügt", "111")]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the idiom codes the sentence though its event noun (Überfall) is in the table
        (
            "Die Regierung Kenias machte die Armee Ugandas für den Überfall verantwortlich.",
            "ACCUSE",
        ),
        ("Die Armee Ugandas wurde von Kenia für den Überfall verantwortlich gemacht.", "ACCUSE"),
        ("Der Präsident Kenias warb in Uganda für eine engere Zusammenarbeit.", "REQUEST"),
        ("Kenia verschärfte die Kontrollen an der Grenze zu Uganda.", "COERCE"),
        ("Kenia verschärfte die Sicherheitsmaßnahmen an der Grenze zu Uganda.", "MOBILIZE"),
        # a fence built on a border is a show of force (CAMEO.2.0 BUILD FENCE (ON BORDER) 150)
        ("Kenia hat an der Grenze zu Uganda einen Stacheldrahtzaun errichtet.", "MOBILIZE"),
        ("Kenia baut einen Grenzzaun zu Uganda.", "MOBILIZE"),
        ("Die Armee Kenias ging gegen Rebellen aus Uganda vor.", "COERCE"),
        ("Der Außenminister Kenias überreichte Uganda eine Protestnote.", "ACCUSE"),
        ("Die Regierung Kenias stellte den Oppositionsführer Ugandas unter Hausarrest.", "COERCE"),
        ("Kenia leistete Uganda militärischen Beistand.", "AID"),
        ("Kenia hat Uganda den Rücken gestärkt.", "SUPPORT"),
        ("Rebellen aus Kenia nahmen zwanzig Touristen aus Uganda als Geiseln.", "ASSAULT"),
        (
            "Rebellen aus Kenia haben eine Grenzstadt Ugandas unter ihre Kontrolle gebracht.",
            "COERCE",
        ),
        ("Kenia rief nach dem Streit seinen Botschafter aus Uganda zurück.", "SANCTION"),
        ("Kenia zog nach dem Streit seinen Botschafter aus Uganda ab.", "SANCTION"),
        ("Kenia hat nach dem Streit seinen Botschafter aus Uganda abberufen.", "SANCTION"),
        # expressing an attitude (CAMEO.2.0 EXPRESS + noun): the noun decides the event
        ("Kenia hat Uganda seine Solidarität bekundet.", "SUPPORT"),
        ("Die Regierung Kenias äußerte ihre Enttäuschung über Uganda.", "ACCUSE"),
        ("Kenia signalisierte Uganda seine Gesprächsbereitschaft.", "AGREE"),
        # calling sth. unacceptable or sb. a terrorist (CAMEO.2.0 SLAM/VIEW ... AS ...)
        (
            "Die Regierung Kenias bezeichnete den Grenzzaun Ugandas als völlig inakzeptabel.",
            "ACCUSE",
        ),
        ("Kenia hat die Rebellen Ugandas als Terrororganisation eingestuft.", "ACCUSE"),
        # calling sth. a wrong or unjust (CAMEO.2.0 DECLARE ... UNJUST, CALL ... ILLEGITIMATE)
        ("Kenia hat die Sanktionen Ugandas als Unrecht bezeichnet.", "ACCUSE"),
        ("Die Regierung Kenias wertet die Grenzschließung Ugandas als ungerechtfertigt.", "ACCUSE"),
        # 'nennen' takes its predicate without 'als' (CAMEO.2.0 CALL ... ILLEGITIMATE, LIAR)
        ("Die Regierung Kenias nannte die Grenzschließung Ugandas unannehmbar.", "ACCUSE"),
        ("Der Außenminister Kenias nannte den Präsidenten Ugandas einen Lügner.", "ACCUSE"),
        ("Kenia hat den Einmarsch Ugandas einen Völkerrechtsbruch genannt.", "ACCUSE"),
        # calling sth. illegal (CAMEO.2.0 DESCRIBE ... AS LAWLESS)
        ("Kenia hat die Grenzschließung Ugandas als illegal bezeichnet.", "ACCUSE"),
        ("Die Regierung Kenias betrachtet den Zaun Ugandas als völkerrechtswidrig.", "ACCUSE"),
        # an idiom read beside the table yields to a verb of the table
        ("Kenia übte Druck auf Uganda aus und forderte die Freilassung der Geiseln.", "REQUEST"),
    ],
)
def test_idioms_beside_the_table_code_their_event(
    extractor: Extractor, text: str, etype: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (etype, "KEN", "UGA")


@pytest.mark.parametrize(
    "text",
    [
        # canvassing for votes is electioneering, no appeal
        "Der Präsident Kenias warb in Uganda um Stimmen für seine Partei.",
        # an idiom's verb as an adjective before its noun tells no act
        "Die Zeitung Kenias berichtete über verschärfte Kontrollen an der Grenze zu Uganda.",
        # a fence elsewhere than on a border is no event
        "Der Präsident Kenias ließ in Uganda einen Zaun um seine Residenz bauen.",
        # 'nennen' naming a fact, not calling something so
        "Die Polizei Kenias nannte keine Einzelheiten zu dem Treffen mit Uganda.",
    ],
)
def test_an_idiom_without_event_or_as_an_adjective_codes_nothing(
    extractor: Extractor, text: str
) -> None:
    assert code(extractor, text, "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung Kenias hat den Gouverneur von Nairobi seines Amtes enthoben.",
        "Der Gouverneur von Nairobi wurde von der Regierung Kenias seines Postens enthoben.",
        "Der Gouverneur von Nairobi wurde von der Regierung Kenias von seinem Amt entbunden.",
        # not the urging (100) of the bare verb
        "Der Gouverneur von Nairobi wurde von der Regierung Kenias aus dem Amt gedrängt.",
    ],
)
def test_removing_from_office_reduces_relations(extractor: Extractor, text: str) -> None:
    """CAMEO.2.0 REMOVE * (FROM OFFICE) [160]: the remover is the source, also in the passive."""
    [event] = code(extractor, text, "de")
    assert (event.cameo, event.source.text, event.target.text) == (
        "160",
        "Regierung Kenias",
        "Gouverneur von Nairobi",
    )


def test_listed_participles_of_a_table_verb_are_that_verb(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "bombardieren\tVERB\t\tbombardiert\t\t\t\t195\t\t\tkeep\tinvented",
            "sanktionieren\tVERB\t\tsanktioniert\t\t\t\t163\t\t\tdrop: invented\tinvented",
        ],
    )
    lex = Lexicon("de", kb)
    assert lex.triggers["bombardiert"] == lex.triggers["bombardieren"]
    assert "sanktioniert" not in lex.triggers  # a dropped row lists no form
    # beside another trigger, where the fallback table is not read
    text = "Nach dem Anschlag hat die Armee die Dörfer bombardiert ."
    assert [w for w, _ in _triggers(lex, text)] == ["Anschlag", "bombardiert"]


def test_a_participle_the_lemmatiser_misses_codes_beside_another_trigger(
    extractor: Extractor,
) -> None:
    # the attributive "inhaftierten" fires first, so the fallback table is not read
    text = "Der Präsident Kenias hat die inhaftierten Oppositionsführer aus Uganda begnadigt."
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (
        "CONCEDE",
        "KEN",
        "UGA",
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Die Regierung Kenias erhob nach dem Treffen eine Beschuldigung gegen Uganda.", "ACCUSE"),
        ("Die Polizei Kenias ordnete die Beschlagnahmung der Schiffe Ugandas an.", "COERCE"),
    ],
)
def test_nominalisations_of_table_verbs_are_event_nouns(
    extractor: Extractor, text: str, etype: str
) -> None:
    [event] = code(extractor, text, "de")
    assert (event.event_type, event.source.country, event.target.country) == (etype, "KEN", "UGA")


def test_a_row_with_a_subject_and_a_phrase_needs_both(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        ["sein\tVERB\t\tgewesen\tpolizist\t\tin einsatz\t153\t\t\tkeep\tinvented"],
    )
    lex = Lexicon("de", kb)
    assert _triggers(lex, "Die Polizisten sind im Großeinsatz .") == [("sind", "153")]
    assert _triggers(lex, "Die Polizisten sind müde .") == []
    assert _triggers(lex, "Die Kameras sind im Einsatz .") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tausende Sicherheitskräfte Kenias sind an der Grenze zu Uganda im Einsatz.",
            [("MOBILIZE", "KEN", "UGA")],
        ),
        # the police as a body on an operation is routine policing
        ("Die Feuerwehr und die Polizei Kenias sind an der Grenze zu Uganda im Einsatz.", []),
        ("Die Sicherheitskräfte Kenias sind an der Grenze zu Uganda.", []),
    ],
)
def test_security_forces_on_an_operation_are_deployed(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    events = code(extractor, text, "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == expected


def test_suspecting_sb_of_an_act_is_accusing(extractor: Extractor) -> None:
    [event] = code(extractor, "Die Regierung Kenias verdächtigt Uganda der Spionage.", "de")
    assert (event.event_type, event.source.country, event.target.country) == (
        "ACCUSE",
        "KEN",
        "UGA",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reproaching sb. with sth. (CAMEO.2.0 REPROACH, 111)
        ("Chile hält Peru vor, die Fischereirechte zu verletzen.", ("ACCUSE", "CHL", "PER")),
        # closing a border crossing or sealing a border (CAMEO.2.0 CLOSE BORDER, 172)
        ("Kenia hat den Grenzübergang zu Somalia geschlossen.", ("COERCE", "KEN", "SOM")),
        ("Bolivien will die Grenze zu Paraguay dichtmachen.", ("COERCE", "BOL", "PRY")),
        # instituting proceedings against sb. (CAMEO.2.0 FILE CASE (AGAINST), 115)
        ("Die Regierung Chiles hat ein Verfahren gegen Peru eröffnet.", ("ACCUSE", "CHL", "PER")),
        ("Kenia leitete ein Schiedsverfahren gegen Uganda ein.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_hand_added_rows_of_ding_and_cameo_code_their_event(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    events = code(extractor, text, "de")
    assert expected in [(e.event_type, e.source.country, e.target.country) for e in events]


def test_closing_a_deal_or_a_shop_is_no_border_closure(extractor: Extractor) -> None:
    text = "Kenia hat das Geschäft in Somalia geschlossen."
    assert not [e for e in code(extractor, text, "de") if e.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # filling a post is staffing (Ding «eine Stelle besetzen» :: «to fill a vacancy»)
        ("Kenia hat den Posten des Gesandten in Uganda neu besetzt.", "COERCE"),
        ("Chile besetzte die Stelle des Konsuls in Peru.", "COERCE"),
        # convening a session is no call-up (Ding «etw. einberufen (Sitzung, Gremium)»)
        ("Bolivien berief am Montag eine Sondersitzung mit Paraguay ein.", "MOBILIZE"),
        # rallying voters or supporters is no show of force (Ding «Wähler mobilisieren»)
        ("Die Regierung Kenias mobilisierte ihre Anhänger gegen Uganda.", "MOBILIZE"),
        # putting an argument forward (Ding «ins Treffen führen» :: «to put forward»)
        ("Der Minister Chiles führte ins Treffen, dass Peru den Vertrag verletze.", "CONSULT"),
        # staffing a body (Ding «(mit Personal) besetzen» :: «to staff»)
        ("Der Ausschuss wurde von Kenia und Uganda paritätisch besetzt.", "COERCE"),
        # convening a court (Ding «etw. einberufen (Sitzung, Gremium)» :: «to convene»)
        ("Chile will mit Peru ein Schiedsgericht einberufen.", "MOBILIZE"),
        # making a statement (Ding «eine Aussage treffen» :: «to make a statement»)
        ("Der Präsident Chiles traf über Peru eine scharfe Aussage.", "CONSULT"),
    ],
)
def test_senses_of_staffing_convening_rallying_and_stating_are_no_event(
    extractor: Extractor, text: str, wrong: str
) -> None:
    assert wrong not in [e.event_type for e in code(extractor, text, "de")]


def test_occupying_a_place_and_mobilising_troops_keep_their_codes(extractor: Extractor) -> None:
    types = [e.event_type for e in code(extractor, "Kenia hat Grenzorte in Uganda besetzt.", "de")]
    assert "COERCE" in types
    text = "Chile mobilisierte Truppen an der Grenze zu Peru."
    assert "MOBILIZE" in [e.event_type for e in code(extractor, text, "de")]


def test_an_idiom_noun_the_lemmatiser_spells_the_old_way_still_matches(tmp_path: Path) -> None:
    # simplemma lemmatises "Kompromiss" as "kompromiß" (but "Kompromisses" as "kompromiss")
    kb = _kb_with(tmp_path, ["erzielen\tVERB\t\terzielt\t\tkompromiss\t\t037\t\t\tkeep\tinvented"])
    lex = Lexicon("de", kb)
    assert lex.lemma("Kompromiss") == "kompromiß"
    assert _triggers(lex, "Die Regierung hat einen Kompromiss erzielt .") == [("erzielt", "037")]
