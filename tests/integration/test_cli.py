"""``geowire produce``, ``tail``, ``topics`` and ``services`` against the real broker."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from streams.settings import settings_environment
from tests.integration.conftest import read_all

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"


def run(settings, *args, input=None):
    result = CliRunner().invoke(main, list(args), env=settings_environment(settings), input=input)
    assert result.exit_code == 0, result.output
    return result


def test_services_status_reports_both_up(base_settings):
    lines = run(base_settings, "services", "status").stdout.splitlines()
    assert len(lines) == 2 and all(" up " in line for line in lines)


def test_topics_create_is_idempotent(stream_settings):
    run(stream_settings, "topics", "create")
    assert "all topics exist" in run(stream_settings, "topics", "create").stdout


def test_produce_file_stdin_and_text_folder_then_tail(worker, tmp_path):
    settings = worker.settings
    samples = SAMPLES.read_text(encoding="utf-8").splitlines()
    run(settings, "produce", str(SAMPLES))
    piped = {"id": "piped", "body": "Iran condemned the new sanctions imposed by the EU."}
    run(settings, "produce", "-", input=json.dumps(piped) + "\n")
    (tmp_path / "note.txt").write_text("Brasilien und Argentinien unterzeichneten ein Abkommen.")
    run(settings, "produce", str(tmp_path))
    worker.wait_until_done(len(samples) + 2)
    mentions = read_all(settings, "mentions", until=lambda v: False, timeout=3)
    assert {"piped", *(json.loads(s)["id"] for s in samples)} <= {m["article_id"] for m in mentions}
    assert any(m["article_id"].startswith("note-") for m in mentions)

    pretty = run(settings, "tail", "events", "--from-beginning").stdout.splitlines()
    raw = run(settings, "tail", "events", "--from-beginning", "--raw").stdout.splitlines()
    assert len(pretty) == len(raw) >= len(samples)
    assert all(json.loads(line)["event_id"] for line in raw)
    assert any("->" in line and "|" in line for line in pretty)
    assert run(settings, "tail", "events").stdout == ""  # from the end: nothing new


def test_tail_follow_prints_as_events_arrive(worker):
    settings = worker.settings
    env = {**os.environ, **settings_environment(settings)}
    follower = subprocess.Popen(
        [sys.executable, "-m", "cli", "tail", "events", "--follow", "--raw"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        # the follower starts at the end of the topic: produce once it says it is there
        assert follower.stderr.readline().startswith("following ")
        article = {"id": "late", "body": "Japan and China agreed to resume talks on Tuesday."}
        run(settings, "produce", "-", input=json.dumps(article) + "\n")
        ready, _, _ = select.select([follower.stdout], [], [], 60)
        assert ready, "tail --follow printed nothing within 60 s"
        assert json.loads(follower.stdout.readline())["article_id"] == "late"
    finally:
        follower.terminate()
        follower.wait(timeout=30)


def test_tail_unknown_topic_fails_clearly(stream_settings):
    settings = stream_settings.replace(topic_prefix="never-created.")
    result = CliRunner().invoke(main, ["tail", "mentions"], env=settings_environment(settings))
    assert result.exit_code == 1 and "does not exist" in result.output
