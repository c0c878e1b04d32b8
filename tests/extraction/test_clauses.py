"""Clauses from the dependency parse and the events coded from them. Sentences are invented
for the tests (none is taken from a dev or gold file)."""

from __future__ import annotations

import pytest

from extraction import Extractor
from extraction.clauses import Clause, build_clauses
from extraction.policy import ExtractionPolicy
from extraction.spans import Sentence
from extraction.syntax import parse_sentences

from .conftest import code, roles


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """Both languages coded from their parse (German is off by default: see SYNTAX_LANGUAGES)."""
    return Extractor(syntax_languages={"de", "en"})


def clauses(extractor: Extractor, text: str, lang: str) -> tuple[Sentence, list[Clause]]:
    nlp, lex, syntax = extractor._resources(lang)
    tokens = [t for t in nlp.make_doc(text) if not t.is_space]
    s = Sentence(
        [t.text for t in tokens], [lex.lemma(t.text) for t in tokens], [t.idx for t in tokens]
    )
    parse_sentences(syntax, [s])
    return s, build_clauses(s, lex.words)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("France was attacked by Russia.", "en", ("ASSAULT", "RUS", "FRA")),
        ("Frankreich wurde von Russland kritisiert.", "de", ("ACCUSE", "RUS", "FRA")),
    ],
)
def test_passive_agent_is_the_source_and_subject_the_target(extractor, text, lang, want):
    s, found = clauses(extractor, text, lang)
    [main] = found
    assert main.passive and s.words[main.agent] in ("Russia", "Russland")
    assert s.words[main.subject] in ("France", "Frankreich")
    assert roles(code(extractor, text, lang)) == [want]


def test_an_open_complement_is_the_content_of_its_governor(extractor):
    _, found = clauses(extractor, "Russia agreed to meet Ukraine.", "en")
    agree, meet = found
    assert (agree.lemma, meet.lemma, meet.relation, meet.governor) == ("agree", "meet", "xcomp", 0)
    assert meet.subject == agree.subject  # who meets is who agreed
    assert roles(code(extractor, "Russia agreed to meet Ukraine.", "en")) == [
        ("AGREE", "RUS", "UKR")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile urged the United Nations on Monday to move toward sanctions against Peru.",
        "Chile pressed the United Nations last week to impose sanctions on Peru.",
    ],
)
def test_an_infinitive_parsed_as_adverbial_is_still_the_content(extractor, text):
    _, found = clauses(extractor, text, "en")
    _, content = found
    assert (content.relation, content.infinitive, content.governor) == ("advcl", True, 0)
    assert roles(code(extractor, text, "en")) == [("REQUEST", "CHL", "IGO")]


@pytest.mark.parametrize(
    "text", ["Chile called on Peru to release the prisoners.", "Chile called for talks with Peru."]
)
def test_a_call_on_or_for_is_an_appeal_and_its_content_no_event(extractor, text):
    assert roles(code(extractor, text, "en")) == [("REQUEST", "CHL", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Chilean copper firms fell after the Peruvian announcement.",
        "The Chilean budget brings deep cuts in services for Peruvian farmers.",
        "Chile and Peru share a long border.",
        "The Chilean government cut taxes for Peruvian investors.",
    ],
)
def test_verbs_without_a_code_of_their_own_need_their_objects(extractor, text):
    # "cut" and "share" code nothing by themselves (CAMEO.2.0), as a predicate or as a noun
    # the parse did not make one
    assert code(extractor, text, "en") == []


def test_auffordern_zu_asks_its_object_and_joins_the_particle(extractor):
    text = "Russland forderte die Ukraine auf, die Angriffe einzustellen."
    _, found = clauses(extractor, text, "de")
    demand, content = found
    assert demand.lemma == "auffordern" and content.relation == "xcomp"
    assert content.subject == demand.object  # object control: the Ukraine is to stop
    assert roles(code(extractor, text, "de")) == [("REQUEST", "RUS", "UKR")]


def test_separable_verb_is_joined_with_its_particle(extractor):
    _, [clause] = clauses(extractor, "Polen lädt Frankreich ein.", "de")
    assert clause.lemma == "einladen"
    [event] = code(extractor, "Polen lädt Frankreich ein.", "de")
    assert (event.cameo, event.source.country, event.target.country) == ("036", "POL", "FRA")


@pytest.mark.parametrize(
    ("text", "lang", "background"),
    [
        ("Germany praised the treaty that France signed with Italy.", "en", ("FRA", "ITA")),
        (
            "Polen kritisierte die Drohungen, mit denen Russland die Ukraine angegriffen hatte.",
            "de",
            ("RUS", "UKR"),
        ),
    ],
)
def test_relative_clause_is_marked_background_and_not_published(extractor, text, lang, background):
    marked = Extractor(
        policy=ExtractionPolicy(publish_background=True),
        syntax_languages=extractor.syntax_languages,
    )
    scene = [e for e in code(marked, text, lang) if e.mode == "background"]
    assert [(e.source.country, e.target.country) for e in scene] == [background]
    published = code(extractor, text, lang)
    assert published and all(e.mode != "background" for e in published)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia attacked Ukraine and threatened Poland.", "en"),
        ("Russland griff die Ukraine an und drohte Polen.", "de"),
    ],
)
def test_two_conjoined_predicates_are_two_events(extractor, text, lang):
    assert roles(code(extractor, text, lang)) == [
        ("ASSAULT", "RUS", "UKR"),
        ("THREATEN", "RUS", "POL"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Poland said Russia had attacked Ukraine.", "en"),
        ("Polen sagte, Russland habe die Ukraine angegriffen.", "de"),
    ],
)
def test_reported_content_stays_an_event_with_its_speaker(extractor, text, lang):
    [event] = code(extractor, text, lang)
    assert roles([event]) == [("ASSAULT", "RUS", "UKR")]
    assert event.reported_by is not None and event.reported_by.country == "POL"


def _parsed(rows: list[tuple[str, str, str, str, int]]) -> Sentence:
    """A sentence with a given parse: (word, lemma, fine tag, relation, head) per token."""
    words, lemmas, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    pos = ["VERB" if t.startswith("VV") else "AUX" if t.startswith("VA") else "X" for t in tags]
    return Sentence(words, lemmas, list(range(len(words))), [], heads, deps, pos, tags)


@pytest.mark.parametrize(
    ("aux", "passive"), [("haben", False), ("werden", True)], ids=["perfect", "passive"]
)
def test_a_perfect_with_haben_is_active_whatever_the_subject_labels(extractor, aux, passive):
    # "Die Rebellen haben den Plan abgelehnt", parsed as if passive with two subjects
    s = _parsed(
        [
            ("Die", "der", "ART", "det", 1),
            ("Rebellen", "rebell", "NN", "nsubj:pass", 5),
            ("haben" if aux == "haben" else "werden", aux, "VAFIN", "aux", 5),
            ("den", "der", "ART", "det", 4),
            ("Plan", "plan", "NN", "nsubj:pass", 5),
            ("abgelehnt", "ablehnen", "VVPP", "root", 5),
            (".", ".", "$.", "punct", 5),
        ]
    )
    [clause] = build_clauses(s, extractor._resources("de")[1].words)
    assert clause.passive is passive
    assert s.words[clause.subject] == "Rebellen"
    assert (clause.object is not None and s.words[clause.object]) == (not passive and "Plan")


def _hand_parsed(lex, rows: str) -> Sentence:
    """A sentence from "word/head/dep/upos/tag" rows: a parse exactly as a parser may give it."""
    cols = [row.split("/") for row in rows.split()]
    words = [c[0] for c in cols]
    s = Sentence(words, [lex.lemma(w) for w in words], list(range(len(words))))
    s.heads, s.deps = [int(c[1]) for c in cols], [c[2] for c in cols]
    s.pos, s.tags = [c[3] for c in cols], [c[4] for c in cols]
    return s


def test_a_clause_the_parser_hung_on_a_weekday_is_what_was_said(extractor) -> None:
    _, lex, _ = extractor._resources("en")
    # "said Monday the army had shelled the port": the parser's relative clause on "Monday"
    # is the content of "said"
    s = _hand_parsed(
        lex,
        "The/1/det/DET/DT ministry/2/nsubj/NOUN/NN said/2/root/VERB/VBD "
        "Monday/2/obl:unmarked/PROPN/NNP the/5/det/DET/DT army/7/nsubj/NOUN/NN "
        "had/7/aux/AUX/VBD shelled/3/acl:relcl/VERB/VBN the/9/det/DET/DT port/7/obj/NOUN/NN",
    )
    shell = build_clauses(s, lex.words)[1]
    assert (shell.relation, shell.governor) == ("ccomp", 0)
    assert (s.words[shell.subject], s.words[shell.object]) == ("army", "port")
    # a true relative clause on a day has its pronoun and keeps its relation
    s = _hand_parsed(
        lex,
        "The/1/det/DET/DT ministry/2/nsubj/NOUN/NN named/2/root/VERB/VBD "
        "Monday/2/obj/PROPN/NNP which/5/nsubj/PRON/WDT falls/3/acl:relcl/VERB/VBZ "
        "on/8/case/ADP/IN a/8/det/DET/DT holiday/5/obl/NOUN/NN",
    )
    assert build_clauses(s, lex.words)[1].relation == "relcl"


def test_a_name_with_an_apposition_is_the_subject_of_the_verb_after_it(extractor) -> None:
    # the parser reads the name as the root and the verb as parataxis: word order alone
    # made the object the subject
    text = "Vladimir Putin, the Russian president, criticised Turkey."
    assert roles(code(extractor, text, "en")) == [("ACCUSE", "RUS", "TUR")]
