"""Article-level scoring (the rules of real_de_dev's README) on invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import Actor, Event, Extractor
from extraction.article_evaluation import evaluate_articles, format_article_report, matches
from extraction.evaluation import gold_kind


def _event(etype: str, source: str | None, target: str | None) -> Event:
    def actor(code: str | None) -> Actor | None:
        return None if code is None else Actor(code, country=code)

    return Event(
        etype, "000", 1, 0.0, "s", 0, 1, 0.5, "v", "st", source=actor(source), target=actor(target)
    )


def _gold(types: list[str], source: list[dict], target: list[dict], **extra) -> dict:
    return {"type": types, "source": source, "target": target, "required": True, **extra}


def test_type_must_be_in_the_gold_list() -> None:
    gold = _gold(["SANCTION", "COERCE"], [{"country": "FRA"}], [])
    assert matches(_event("COERCE", "FRA", None), gold)
    assert not matches(_event("ACCUSE", "FRA", None), gold)


def test_roles_agree_only_where_the_gold_names_a_country_or_code() -> None:
    gold = _gold(["ASSAULT"], [{"text": "(unknown gunmen)", "country": None}], [{"country": "MLI"}])
    assert matches(_event("ASSAULT", None, "MLI"), gold)
    assert matches(_event("ASSAULT", "FRA", "MLI"), gold)
    assert not matches(_event("ASSAULT", "FRA", None), gold)
    assert not matches(_event("ASSAULT", None, "NER"), gold)


def test_igo_codes_match_by_class_and_country_alt_is_accepted() -> None:
    gold = _gold(
        ["SANCTION"],
        [{"country": None, "code": "IGOEUREEC"}],
        [{"country": "RUS", "country_alt": ["UKR"]}],
    )
    assert matches(_event("SANCTION", "IGO", "UKR"), gold)
    assert not matches(_event("SANCTION", "NGO", "RUS"), gold)


def test_swapped_actors_match_only_reciprocal_events() -> None:
    one_way = _gold(["CONSULT"], [{"country": "DEU"}], [{"country": "IND"}])
    both_ways = {**one_way, "reciprocal": True}
    assert not matches(_event("CONSULT", "IND", "DEU"), one_way)
    assert matches(_event("CONSULT", "IND", "DEU"), both_ways)


def test_evaluate_articles_counts_recall_precision_and_errors_by_type(
    tmp_path: Path, extractor: Extractor
) -> None:
    articles = [
        {
            "id": "a1",
            "body": "Israel threatened to close the border crossings into Gaza. "
            "France condemned the Russian government.",
            "language": "en",
        },
        {"id": "a2", "body": "The weather was fine on Sunday.", "language": "en"},
    ]
    gold = [
        {
            "article_id": "a1",
            "events": [
                _gold(["THREATEN"], [{"country": "ISR"}], []),
                _gold(["PROTEST"], [{"country": "PSE"}], [{"country": "ISR"}]),
            ],
        },
        {"article_id": "a2", "events": []},
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(map(json.dumps, articles)))
    (tmp_path / "gold.jsonl").write_text("\n".join(map(json.dumps, gold)))
    assert gold_kind(tmp_path / "gold.jsonl") == "articles"
    report = evaluate_articles(tmp_path / "gold.jsonl", extractor=extractor)
    assert (report.articles, report.required, report.required_found) == (2, 2, 1)
    # THREATEN matches; the ACCUSE France -> Russia is in no gold event
    assert (report.predictions, report.predictions_matched) == (2, 1)
    assert report.false_by_type == {"ACCUSE": 1}
    assert report.missed_by_type == {"PROTEST": 1}
    text = format_article_report(report)
    assert "required-event recall: 0.500 (1/2)" in text and "ACCUSE 1" in text


def test_optional_events_are_neither_missed_nor_false(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps(
            {"id": "a1", "body": "France condemned the Russian government.", "language": "en"}
        )
    )
    optional = {**_gold(["ACCUSE"], [{"country": "FRA"}], [{"country": "RUS"}]), "required": False}
    (tmp_path / "gold.jsonl").write_text(json.dumps({"article_id": "a1", "events": [optional]}))
    report = evaluate_articles(tmp_path / "gold.jsonl", tmp_path / "a.jsonl", extractor)
    assert (report.required, report.optional, report.false_events) == (0, 1, 0)
    assert report.predictions_matched == report.predictions == 1


def test_gold_kind_rejects_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "a1", "body": "an article, not gold"}))
    with pytest.raises(ValueError, match="not a gold file"):
        gold_kind(path)
