"""The offline commands of ``geowire`` (no Kafka, no Redis); the Kafka ones are in
tests/integration/test_cli.py."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from schemas import jsonschema, records
from streams.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"


def test_extract_writes_one_line_per_article_with_topic_event_json():
    result = CliRunner().invoke(main, ["extract", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    sample_ids = [json.loads(line)["id"] for line in SAMPLES.read_text().splitlines()]
    assert [line["id"] for line in lines] == sample_ids
    events = [event for line in lines for event in line["events"]]
    assert len(events) >= len(lines)
    for event in events:
        assert list(jsonschema.validator(records.Event).iter_errors(event)) == []


def test_extract_reports_bad_lines_and_goes_on(tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        '{"id": "ok", "body": "Russia and Ukraine agreed to a ceasefire on Monday."}\n'
        "{broken\n"
        '{"id": "empty", "body": ""}\n'
        + "[" * 5_000 + "]" * 5_000 + "\n"  # a RecursionError stopped the file here before
        + '{"id": "fr", "language": "fr", "body": "Bonjour."}\n'
        '{"id": "last", "body": "Russia and Ukraine agreed to a ceasefire on Monday."}\n'
    )
    result = CliRunner().invoke(main, ["extract", str(source)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok", "last"]
    assert "line 2: invalid_json" in result.stderr
    assert "line 3: empty_body" in result.stderr
    assert "line 4: invalid_json" in result.stderr
    assert "line 5: unsupported_language" in result.stderr  # the stream's reason code


def test_eval_prints_scores(shared_data):
    result = CliRunner().invoke(main, ["eval", str(shared_data / "plover_gold" / "dev.en.jsonl")])
    assert result.exit_code == 0, result.output
    assert "macro F1:" in result.stdout and "actor-country accuracy:" in result.stdout


def test_bad_setting_is_a_usage_error():
    result = CliRunner().invoke(main, ["extract", str(SAMPLES)], env={"GEOWIRE_WEB_PORT": "x"})
    assert result.exit_code == 2 and "GEOWIRE_WEB_PORT" in result.output
