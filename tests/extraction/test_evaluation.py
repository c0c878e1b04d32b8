"""The evaluation function on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

from extraction import Actor, Event, Extractor
from extraction.evaluation import _score_actors, evaluate, format_report


def test_evaluate_scores_a_gold_file(tmp_path: Path, extractor: Extractor) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        {
            "id": "a",
            "lang": "en",
            "text": "Israel threatened to close the border crossings into Gaza.",
            "events": [
                {"type": "THREATEN", "source": [{"text": "Israel", "country": "ISR"}], "target": []}
            ],
        },
        {
            "id": "b",
            "lang": "en",
            "text": "The weather was fine on Sunday.",
            "events": [{"type": "PROTEST", "source": [], "target": []}],
        },
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = evaluate(gold, extractor)
    assert report.per_type["THREATEN"].tp == 1
    assert report.per_type["PROTEST"].fn == 1
    # source right; the predicted recipient Gaza is a wrong slot (gold names none)
    assert (report.actor_country_correct, report.actor_country_total) == (1, 2)
    text = format_report(report)
    assert "macro F1" in text and "THREATEN" in text


def test_dev_targets(shared_data: Path, extractor: Extractor) -> None:
    en = evaluate(shared_data / "plover_gold" / "dev.en.jsonl", extractor)
    de = evaluate(shared_data / "plover_gold" / "dev.de.jsonl", extractor)
    assert en.macro_f1 >= 0.55
    assert de.macro_f1 >= 0.50


def _event(source: str | None, target: str | None) -> Event:
    def actor(code: str | None) -> Actor | None:
        return None if code is None else Actor(code, country=None if code == "-" else code)

    return Event(
        "CONSULT",
        "040",
        1,
        1.0,
        "s",
        0,
        1,
        0.5,
        "v",
        "st",
        source=actor(source),
        target=actor(target),
    )


def _gold(source: list[str | None], target: list[str | None]) -> dict:
    return {"source": [{"country": c} for c in source], "target": [{"country": c} for c in target]}


def test_metric_reciprocal_events_are_right_in_either_order() -> None:
    gold = _gold(["ISR", "PSE"], ["ISR", "PSE"])
    assert _score_actors(gold, [_event("PSE", "ISR")]) == (2, 2)
    assert _score_actors(gold, [_event("ISR", None)]) == (1, 2)


def test_metric_missing_actor_is_not_a_right_no_country() -> None:
    gold = _gold([None], ["IRQ"])  # an IGO source: "no country"
    assert _score_actors(gold, [_event(None, "IRQ")]) == (1, 2)
    assert _score_actors(gold, [_event("-", "IRQ")]) == (2, 2)


def test_metric_invented_recipient_is_wrong_when_gold_has_none() -> None:
    gold = _gold(["RUS"], [])
    assert _score_actors(gold, [_event("RUS", None)]) == (1, 1)
    assert _score_actors(gold, [_event("RUS", "UKR")]) == (1, 2)
    assert _score_actors(gold, [_event("RUS", "UKR"), _event("RUS", None)]) == (1, 1)
