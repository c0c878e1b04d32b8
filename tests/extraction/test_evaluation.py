"""The evaluation function on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

from extraction import Extractor
from extraction.evaluation import evaluate, format_report


def test_evaluate_scores_a_gold_file(tmp_path: Path, extractor: Extractor) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": "a", "lang": "en", "text": "Israel threatened to ban voting in East Jerusalem.",
         "events": [{"type": "THREATEN", "source": [{"text": "Israel", "country": "ISR"}],
                     "target": []}]},
        {"id": "b", "lang": "en", "text": "The weather was fine on Sunday.",
         "events": [{"type": "PROTEST", "source": [], "target": []}]},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = evaluate(gold, extractor)
    assert report.per_type["THREATEN"].tp == 1
    assert report.per_type["PROTEST"].fn == 1
    assert report.actor_country_accuracy == 1.0
    text = format_report(report)
    assert "macro F1" in text and "THREATEN" in text


def test_dev_targets(shared_data: Path, extractor: Extractor) -> None:
    en = evaluate(shared_data / "plover_gold" / "dev.en.jsonl", extractor)
    de = evaluate(shared_data / "plover_gold" / "dev.de.jsonl", extractor)
    assert en.macro_f1 >= 0.55
    assert de.macro_f1 >= 0.50
