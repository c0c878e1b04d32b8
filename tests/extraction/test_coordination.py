"""Coordinated actors: one event per (source, target) pair, all of one statement. Sentences are
invented for the tests (none is taken from a dev or gold file). German is coded from word order
and English from its parse by default; both ways are tested where the parse of the sentence
holds."""

from __future__ import annotations

import pytest

from extraction import Document, Extractor
from extraction.coordination import MAX_PAIRS, coordinate
from extraction.model import Actor
from extraction.policy import ExtractionPolicy
from extraction.spans import EntitySpan, Sentence

from .conftest import code, roles

WAYS = {"word order": (), "parse": ("de", "en")}


@pytest.fixture(scope="module", params=list(WAYS))
def either(request) -> Extractor:
    """An extractor coding both languages from word order, then one coding both from the parse
    (publishing every event with a resolved actor, as the ``extractor`` fixture does)."""
    return Extractor(
        policy=ExtractionPolicy(min_confidence=0.0), syntax_languages=WAYS[request.param]
    )


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Canada and Norway sanctioned Venezuela on Monday.",
            "en",
            [("SANCTION", "CAN", "VEN"), ("SANCTION", "NOR", "VEN")],
        ),
        (
            "Kanada und Norwegen verhängten am Montag Sanktionen gegen Venezuela.",
            "de",
            [("SANCTION", "CAN", "VEN"), ("SANCTION", "NOR", "VEN")],
        ),
        (
            "Japan criticized Peru and Chile.",
            "en",
            [("ACCUSE", "JPN", "PER"), ("ACCUSE", "JPN", "CHL")],
        ),
        (
            "Japan kritisierte Peru sowie Chile.",
            "de",
            [("ACCUSE", "JPN", "PER"), ("ACCUSE", "JPN", "CHL")],
        ),
    ],
)
def test_each_coordinated_actor_gets_its_own_event(either, text, lang, want):
    events = code(either, text, lang)
    assert roles(events) == want
    first, second = events
    assert first.event_id != second.event_id  # each pair is its own event downstream
    assert first.statement_id == second.statement_id  # ... of one statement
    assert (first.sentence, first.start, first.end) == (second.sentence, second.start, second.end)


def test_the_old_reading_of_the_second_actor_as_target_is_gone(extractor):
    """Word order used to take the second subject for the object: Kanada -> Norwegen."""
    events = code(extractor, "Kanada und Norwegen kritisierten am Dienstag Kuba.", "de")
    assert roles(events) == [("ACCUSE", "CAN", "CUB"), ("ACCUSE", "NOR", "CUB")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Dutch and Belgian foreign ministers condemned Syria.", "en"),  # parse: conj
        ("Der niederländische und der belgische Außenminister verurteilten Syrien.", "de"),
    ],
)
def test_coordinated_adjectives_of_one_title_are_two_actors(extractor, text, lang):
    assert [(e.source.country, e.target.country) for e in code(extractor, text, lang)] == [
        ("NLD", "SYR"),
        ("BEL", "SYR"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Spanish and Polish prime ministers met in Rome.", "en"),
        ("Der spanische und der polnische Regierungschef trafen sich in Rom.", "de"),
    ],
)
def test_a_meeting_of_coordinated_actors_is_one_event_between_them(extractor, text, lang):
    """Reciprocal: the gold matching takes it either way round, so one direction only."""
    [event] = code(extractor, text, lang)
    assert (event.event_type, event.source.country, event.target.country) == (
        "CONSULT",
        "ESP",
        "POL",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Armenia and Azerbaijan accused each other of shelling.", "en"),
        ("Armenien und Aserbaidschan beschuldigten sich gegenseitig.", "de"),
    ],
)
def test_a_mutual_accusation_is_between_the_group(either, text, lang):
    assert roles(code(either, text, lang)) == [("ACCUSE", "ARM", "AZE")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Russian president and the Russian foreign minister criticized Poland.", "en"),
        ("Der russische Präsident und der russische Außenminister kritisierten Polen.", "de"),
    ],
)
def test_actors_that_resolve_to_the_same_codes_give_one_event(either, text, lang):
    assert roles(code(either, text, lang)) == [("ACCUSE", "RUS", "POL")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru, Chile, Bolivia, Ecuador, Uruguay and Paraguay criticized Brazil.", "en"),
        ("Peru, Chile, Bolivien, Ecuador, Uruguay und Paraguay kritisierten Brasilien.", "de"),
    ],
)
def test_a_long_list_is_coded_by_its_first_pairs(either, text, lang):
    events = code(either, text, lang)
    assert len(events) == MAX_PAIRS
    assert [e.source.country for e in events] == ["PER", "CHL", "BOL", "ECU"]
    assert {e.target.country for e in events} == {"BRA"}


def test_a_comma_before_and_after_one_actor_starts_a_new_clause(either):
    events = code(either, "Russia criticized Ukraine, and Poland protested.", "en")
    assert ("ACCUSE", "RUS", "POL") not in roles(events)
    assert ("ACCUSE", "RUS", "UKR") in roles(events)


def test_statements_of_one_article_have_different_statement_ids(extractor):
    text = "Japan criticized Peru and Chile. Canada and Norway sanctioned Venezuela."
    events = extractor.extract(Document("a1", text, language="en"))
    ids = [e.statement_id for e in events]
    assert len(events) == 4 and ids[0] == ids[1] != ids[2] == ids[3]
    again = extractor.extract(Document("a1", text, language="en"))
    assert [e.statement_id for e in again] == ids  # deterministic
    other = extractor.extract(Document("a2", text, language="en"))
    assert not {e.statement_id for e in other} & set(ids)  # tied to the article


def _country(text: str, start: int, end: int, code: str, kind: str = "COUNTRY") -> EntitySpan:
    return EntitySpan(start, end, kind, Actor(text, country=code))


def test_word_order_lists_need_a_closing_coordinator(extractor):
    """Commas alone (an apposition, two clauses) join nothing; "A, B and C" is one list."""
    _, lex, _ = extractor._resources("en")
    words = [
        "Chile",
        ",",
        "Peru",
        ",",
        "Bolivia",
        "said",
        ",",
        "and",
        "Cuba",
        "and",
        "Laos",
        "agreed",
    ]
    s = Sentence(words, [w.lower() for w in words], list(range(len(words))))
    mentions = [
        _country("Chile", 0, 1, "CHL"),
        _country("Peru", 2, 3, "PER"),
        _country("Bolivia", 4, 5, "BOL"),
        _country("Cuba", 8, 9, "CUB"),
        _country("Laos", 10, 11, "LAO"),
    ]
    found = coordinate(lex, s, mentions, parsed=False)
    assert [[m.actor.text for m in g] for g in found.groups] == [["Cuba", "Laos"]]
    words[3] = "and"
    s = Sentence(words, [w.lower() for w in words], list(range(len(words))))
    found = coordinate(lex, s, mentions, parsed=False)
    groups = [[m.actor.text for m in g] for g in found.groups]
    assert groups == [["Chile", "Peru", "Bolivia"], ["Cuba", "Laos"]]
    assert found.joints == {1}  # the list comma does not end the stretch of the sentence
    assert [m.actor.text for m in found.leaders] == ["Chile", "Cuba"]


def test_places_are_never_grouped(extractor):
    """ "in Lyon und Lille": where it happened; the leader would take the second's role away."""
    _, lex, _ = extractor._resources("de")
    words = ["in", "Lyon", "und", "Lille"]
    s = Sentence(words, words, [0, 3, 8, 12])
    mentions = [_country("Lyon", 1, 2, "FRA", "PLACE"), _country("Lille", 3, 4, "FRA", "PLACE")]
    assert coordinate(lex, s, mentions, parsed=False).groups == []
