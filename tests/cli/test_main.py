"""The offline commands of ``geowire`` (no Kafka, no Redis); the Kafka ones are in
tests/integration/test_cli.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from cli.main import main
from schemas import jsonschema, records

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
        + "[" * 5_000
        + "]" * 5_000
        + "\n"  # a RecursionError stopped the file here before
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


def test_eval_prints_scores_of_the_read_and_the_scored_part(shared_data):
    result = CliRunner().invoke(main, ["eval", str(shared_data / "plover_gold" / "dev.en.jsonl")])
    assert result.exit_code == 0, result.output
    assert "macro F1:" in result.stdout and "actor-country accuracy:" in result.stdout
    assert "part: read" in result.stdout and "part: scored" in result.stdout
    assert "records: 80," in result.stdout


def test_eval_scores_article_gold_with_the_articles_beside_it(tmp_path):
    article = {"id": "a1", "body": "France condemned the Russian government.", "language": "en"}
    gold = {
        "article_id": "a1",
        "events": [
            {
                "type": ["ACCUSE"],
                "required": True,
                "source": [{"country": "FRA"}],
                "target": [{"country": "RUS"}],
            }
        ],
    }
    (tmp_path / "articles.jsonl").write_text(json.dumps(article))
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold))
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), "--part", "all"])
    assert result.exit_code == 0, result.output
    assert "(articles), part: all" in result.stdout
    assert "required-event recall: 1.000 (1/1)" in result.stdout


def test_eval_details_list_the_errors_of_the_read_part_only(tmp_path):
    article = {"id": "a1", "body": "France condemned the Russian government.", "language": "en"}
    gold = {
        "article_id": "a1",
        "events": [
            {
                "type": ["PROTEST"],
                "required": True,
                "source": [{"text": "Poles", "country": "POL"}],
                "target": [],
                "evidence": "invented",
            }
        ],
    }
    (tmp_path / "articles.jsonl").write_text(json.dumps(article))
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold))
    path = str(tmp_path / "gold.jsonl")
    result = CliRunner().invoke(main, ["eval", path, "--part", "read", "--details"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("a1  missed PROTEST") and "Poles (POL)" in line for line in lines)
    assert any(line.startswith("a1  false  ACCUSE") and "France (FRA)" in line for line in lines)
    refused = CliRunner().invoke(main, ["eval", path, "--part", "scored", "--details"])
    assert refused.exit_code == 2 and "read part only" in refused.output


def test_eval_says_which_article_is_missing(tmp_path):
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "other", "body": "x"}))
    (tmp_path / "gold.jsonl").write_text(json.dumps({"article_id": "a1", "events": []}))
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), "--part", "all"])
    assert result.exit_code == 1 and "has no article 'a1'" in result.output


def test_eval_refuses_a_file_that_is_not_gold():
    result = CliRunner().invoke(main, ["eval", str(SAMPLES)])
    assert result.exit_code == 2 and "not a gold file" in result.output


def test_eval_parts_are_the_dev_split_parts():
    from cli.main import DEV_PARTS
    from extraction.dev_split import PARTS

    assert DEV_PARTS == PARTS


def test_bad_setting_is_a_usage_error():
    result = CliRunner().invoke(main, ["extract", str(SAMPLES)], env={"GEOWIRE_WEB_PORT": "x"})
    assert result.exit_code == 2 and "GEOWIRE_WEB_PORT" in result.output


def test_syntax_eval_prints_the_five_scores(shared_data):
    gold = shared_data / "ud_treebanks" / "de_gsd-ud-test.conllu"
    result = CliRunner().invoke(main, ["syntax", "eval", str(gold), "--limit", "20"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("de: 20 sentences")
    for label in ("UPOS accuracy", "lemma accuracy", "UAS", "LAS", "sentence F1"):
        assert re.search(rf"^{label} +0\.\d{{4}}$", result.stdout, re.MULTILINE), label


def test_syntax_eval_names_a_missing_pipeline(tmp_path, shared_data):
    gold = shared_data / "ud_treebanks" / "en_ewt-ud-test.conllu"
    missing = tmp_path / "no-such-pipeline"
    result = CliRunner().invoke(main, ["syntax", "eval", str(gold), "--model", str(missing)])
    assert result.exit_code == 1
    assert "no-such-pipeline" in result.output
