"""The shipped syntax pipelines: loading (once per extractor), the blank fallback's warning,
held-out accuracy against the figures recorded in their model card (``held_out.json``), the
extractor's faster settings, and which sentences the extractor parses."""

from __future__ import annotations

import json
import re

import pytest
import spacy

from extraction import Document, ExtractionPolicy, Extractor
from extraction import extractor as extractor_module
from extraction.confidence import Evidence
from extraction.errors import SyntaxModelMissing
from extraction.extractor import SYNTAX_LANGUAGES
from extraction.spans import Sentence
from extraction.syntax import (
    NUMPY_PRODUCTS,
    load_syntax_pipeline,
    parse_sentences,
    syntax_model_path,
)
from extraction.syntax_eval import conllu_language, evaluate_conllu

LANGS = ("de", "en")
# The same pipeline on the same sentences scores the same; the margin covers floating-point
# differences between machines, not a worse model.
TOLERANCE = 0.005
SENTENCES = {
    "de": "Der Kanzler traf gestern den Präsidenten in Berlin. Danach reiste er ab.",
    "en": "The chancellor visited the president in Berlin yesterday. Then he left.",
}


def test_a_missing_pipeline_warns_naming_its_directory_and_gives_none(tmp_path):
    with pytest.warns(SyntaxModelMissing, match=re.escape(str(tmp_path / "de-"))):
        assert load_syntax_pipeline("de", tmp_path) is None


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_pipeline_is_versioned_and_licensed(lang):
    meta = json.loads((syntax_model_path(lang) / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == f"geowire_syntax_{lang}" and meta["lang"] == lang
    assert meta["license"] == "CC BY-SA 4.0" and meta["sources"]


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_pipeline_parses_invented_news_sentences(lang):
    doc = load_syntax_pipeline(lang)(SENTENCES[lang])
    sentences = list(doc.sents)
    assert len(sentences) == 2
    assert all(sum(t.dep_ == "ROOT" for t in s) == 1 for s in sentences)
    subject = next(t for t in sentences[0] if t.dep_ == "nsubj")
    assert subject.head.pos_ == "VERB" and subject.text in ("Kanzler", "chancellor")
    assert {t.lemma_ for t in sentences[0]} >= ({"treffen"} if lang == "de" else {"visit"})


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_pipeline_scores_as_recorded_on_a_held_out_slice(lang, shared_data):
    record = json.loads((syntax_model_path(lang) / "held_out.json").read_text(encoding="utf-8"))
    gold = shared_data / "ud_treebanks" / record["held_out_file"]
    scores = evaluate_conllu(gold, limit=record["slice"]["sentences"]).as_dict()
    for key in ("upos", "lemma", "uas", "las", "sent_f"):
        assert scores[key] == pytest.approx(record["slice"][key], abs=TOLERANCE), key


def test_language_of_a_conllu_file_without_a_ud_name_is_detected(tmp_path):
    path = tmp_path / "sample.conllu"
    text = "Die Regierung hat am Montag in der Hauptstadt über die neuen Gesetze beraten"
    rows = [f"{i}\t{w}\t_\t_\t_\t_\t0\troot\t_\t_" for i, w in enumerate(text.split(), 1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert conllu_language(path) == "de"
    assert conllu_language(tmp_path / "en_ewt-ud-test.conllu") == "en"


def test_extractor_without_a_syntax_pipeline_warns_and_codes_from_word_order(tmp_path):
    extractor = Extractor(syntax_dir=tmp_path)
    with pytest.warns(SyntaxModelMissing, match=re.escape(str(tmp_path / "en-"))):
        events = extractor.extract(Document("t", "Russia attacked Ukraine.", language="en"))
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        ("ASSAULT", "RUS", "UKR")
    ]


def test_extractor_loads_each_syntax_pipeline_once(monkeypatch):
    loads: list[str] = []

    def counted(lang, models_dir, exclude=()):
        loads.append(lang)
        return load_syntax_pipeline(lang, models_dir, exclude)

    monkeypatch.setattr(extractor_module, "load_syntax_pipeline", counted)
    extractor = Extractor(syntax_languages={"de", "en"})
    extractor.preload()  # what each extraction process does before its first article
    assert sorted(loads) == ["de", "en"]
    for text, lang in (
        ("Russland griff die Ukraine an.", "de"),
        ("Russia attacked Ukraine.", "en"),
    ):
        assert extractor.extract(Document("t", text, language=lang))
    assert sorted(loads) == ["de", "en"]


def test_only_the_chosen_languages_are_parsed(monkeypatch):
    loads: list[str] = []

    def counted(lang, models_dir, exclude=()):
        loads.append(lang)
        return load_syntax_pipeline(lang, models_dir, exclude)

    monkeypatch.setattr(extractor_module, "load_syntax_pipeline", counted)
    Extractor().preload()
    assert loads == sorted(SYNTAX_LANGUAGES) == ["en"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_extractors_pipelines_parse_as_spacys_defaults(lang):
    """The extractor's pipelines multiply with numpy and compute only the lexeme attributes
    their network reads (both faster); the parse must not change."""
    ours = Extractor(syntax_languages={lang})._resources(lang)[2]
    assert ours is not None
    assert all(
        node.ops is NUMPY_PRODUCTS
        for _, proc in ours.pipeline
        for node in proc.model.walk()  # type: ignore[attr-defined]
    )
    default = spacy.load(syntax_model_path(lang), exclude=["trainable_lemmatizer"])
    assert len(ours.vocab.lex_attr_getters) < len(default.vocab.lex_attr_getters)
    text = SENTENCES[lang] + (
        " Die Regierung drohte dem Nachbarland mit Sanktionen, falls es die Grenze schließe."
        if lang == "de"
        else " The government threatened its neighbour with sanctions if it closed the border."
    )
    words = [t.text for t in default.make_doc(text)]
    first, second = (
        Sentence(list(words), [w.lower() for w in words], list(range(len(words)))) for _ in range(2)
    )
    parse_sentences(ours, [first])
    parse_sentences(default, [second])
    assert (first.heads, first.deps, first.pos, first.tags) == (
        second.heads,
        second.deps,
        second.pos,
        second.tags,
    )
    assert first.heads and len(set(first.deps)) > 3


PARSE_GATE_ARTICLE = (
    "Russia threatened to retaliate on Monday. Talks with Russia continued for hours. "
    "The shelling of Ukraine went on overnight. Officials in Berlin held talks with Poland."
)


def _parsed_sentences(monkeypatch, policy: ExtractionPolicy) -> list[str]:
    parsed: list[str] = []

    def recorded(nlp, sentences):
        parsed.extend(" ".join(s.words[:2]) for s in sentences)
        parse_sentences(nlp, sentences)

    monkeypatch.setattr(extractor_module, "parse_sentences", recorded)
    Extractor(policy=policy).extract(Document("t", PARSE_GATE_ARTICLE, language="en"))
    return parsed


def test_only_sentences_that_can_reach_the_published_confidence_are_parsed(monkeypatch):
    # by default an event needs both actors resolved: two mentions of resolved actors, or one
    # in a fight (an earlier fight of the article may name the other side); not one actor
    assert _parsed_sentences(monkeypatch, ExtractionPolicy()) == ["The shelling", "Officials in"]


def test_the_parse_gate_follows_the_policys_minimum_confidence(monkeypatch):
    # a one-actor sentence is parsed exactly when its evidence's confidence reaches the
    # minimum (data/confidence.tsv): a source-only verb, a target-only noun
    table = Extractor().confidence
    for first_words, evidence in (
        ("Russia threatened", Evidence("en", True, False, True)),
        ("Talks with", Evidence("en", False, True, False)),
    ):
        reached = ExtractionPolicy(min_confidence=table.of(evidence))
        missed = ExtractionPolicy(min_confidence=table.of(evidence) + 0.01)
        assert first_words in _parsed_sentences(monkeypatch, reached)
        assert first_words not in _parsed_sentences(monkeypatch, missed)
        assert {"The shelling", "Officials in"} <= set(_parsed_sentences(monkeypatch, missed))


def test_a_sentence_with_one_actor_is_parsed_when_its_code_implies_the_other(monkeypatch):
    # an arrest's agent is the authorities (data/implied_agents.curated.tsv): one resolved
    # actor can give both sides, so the sentence is parsed and its event published
    parsed: list[str] = []

    def recorded(nlp, sentences):
        parsed.extend(" ".join(s.words[:3]) for s in sentences)
        parse_sentences(nlp, sentences)

    monkeypatch.setattr(extractor_module, "parse_sentences", recorded)
    text = (
        "Belarus tightened its border rules. Belarus closed two crossings. "
        "Two Polish journalists were arrested on Tuesday."
    )
    events = Extractor().extract(Document("t", text, language="en"))
    assert "Two Polish journalists" in parsed
    assert any(e.source is not None and e.source.implied for e in events)
