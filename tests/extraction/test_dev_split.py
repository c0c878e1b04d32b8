"""The dev split: exact halves, stable, related records kept together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction.dev_split import PARTS, parts, select, split_key


def _sentences(n: int) -> list[dict]:
    return [
        {"id": f"GSR-{i:04d}", "text": f"invented sentence {i}", "note": None} for i in range(n)
    ]


def test_halves_are_exact_and_disjoint() -> None:
    records = _sentences(11)
    read, scored = select(records, "read"), select(records, "scored")
    assert (len(read), len(scored)) == (6, 5)
    assert {r["id"] for r in read}.isdisjoint({r["id"] for r in scored})
    assert select(records, "all") == records


def test_parts_do_not_depend_on_the_order_of_the_file() -> None:
    records = _sentences(20)
    assert parts(records) == parts(list(reversed(records)))


def test_a_german_twin_falls_with_its_english_record() -> None:
    english = _sentences(10)
    german = [{**r, "id": r["id"] + "-de"} for r in english]
    assert [r["id"] + "-de" for r in select(english, "read")] == [
        r["id"] for r in select(german, "read")
    ]


def test_records_sharing_a_sentence_share_a_part() -> None:
    records = _sentences(10)
    records.append(
        {
            "id": "GSR-9999",
            "text": records[3]["text"],
            "note": "same sentence as GSR-0003 (each record codes a different event)",
        }
    )
    assert split_key(records[-1]) == "GSR-0003"
    assigned = parts(records)
    assert assigned[split_key(records[-1])] == assigned[split_key(records[3])]


def test_articles_are_split_by_article_id() -> None:
    records = [{"article_id": f"a{i}", "events": []} for i in range(8)]
    assert len(select(records, "read")) == len(select(records, "scored")) == 4


def test_unknown_part_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown part"):
        select(_sentences(2), "seen")  # type: ignore[arg-type]


def test_plover_dev_twins_and_shared_sentences_stay_together(shared_data: Path) -> None:
    def load(name: str) -> list[dict]:
        lines = (shared_data / "plover_gold" / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    english, german = load("dev.en.jsonl"), load("dev.de.jsonl")
    for part in PARTS:
        assert [r["id"] + "-de" for r in select(english, part)] == [
            r["id"] for r in select(german, part)
        ]
    read_texts = {r["text"] for r in select(english, "read")}
    assert read_texts.isdisjoint({r["text"] for r in select(english, "scored")})
