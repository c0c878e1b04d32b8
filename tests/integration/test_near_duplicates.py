"""Near duplicates on the real broker and Redis: an article, an edited copy from another
source and an edited copy from the same source are extracted once, each copy gets one record on
``articles.duplicates``, and the mentions of the article's events count two sources."""

from __future__ import annotations

import json
import urllib.request
from collections import defaultdict
from pathlib import Path

import pytest

from schemas import jsonschema, records
from tests.integration.conftest import read_all

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"


def edited(article: dict, id: str, source: str, ending: str) -> dict:
    """A republished copy: another headline, a word changed, a sentence added at the end."""
    body = article["body"].replace("bedeutsamen", "wichtigen", 1) + " " + ending
    assert body != article["body"] + " " + ending, "the seed article changed: pick another word"
    return {**article, "id": id, "source": source, "title": "Putin empfängt Kim", "body": body}


def send(producer, worker, article: dict) -> None:
    topic = worker.settings.topic("articles").name
    producer.send(topic, key=article["id"].encode(), value=json.dumps(article).encode()).get(
        timeout=30
    )


def test_edited_copies_are_extracted_once_and_corroborate_once(worker, producer, seed_article):
    settings = worker.settings
    original = {**seed_article, "source": "agency"}
    send(producer, worker, original)
    worker.wait_until_done(1)
    events = read_all(settings, "events", until=lambda v: len(v) >= 5, settle=1)
    assert len(events) >= 5, worker.log_text()[-3000:]

    other = edited(original, "copy-other-source", "newspaper", "Das meldeten mehrere Agenturen.")
    same = edited(original, "copy-same-source", "agency", "Der Text wurde aktualisiert.")
    send(producer, worker, other)
    worker.wait_until_done(2)  # in order: the second copy must find the first one counted
    send(producer, worker, same)
    worker.wait_until_done(3)

    duplicates = read_all(settings, "duplicates", until=lambda v: len(v) >= 2, settle=2)
    by_id = {d["article_id"]: d for d in duplicates}
    assert len(duplicates) == 2 and set(by_id) == {other["id"], same["id"]}
    for record in duplicates:
        assert list(jsonschema.validator(records.Duplicate).iter_errors(record)) == []
        assert (record["kind"], record["original_id"]) == ("near", original["id"])
        assert 0.5 <= record["similarity"] < 1 and record["original_source"] == "agency"
    assert by_id[other["id"]]["corroborates"] and by_id[other["id"]]["mentions"] == len(events)
    assert not by_id[same["id"]]["corroborates"] and by_id[same["id"]]["mentions"] == 0

    mentions = read_all(settings, "mentions", until=lambda v: len(v) >= 2 * len(events), settle=2)
    articles_per_event = defaultdict(set)
    for mention in mentions:
        articles_per_event[mention["event_id"]].add(mention["article_id"])
    assert set(articles_per_event) == {e["event_id"] for e in events}
    assert all(ids == {original["id"], other["id"]} for ids in articles_per_event.values())
    assert max(m["sightings"] for m in mentions) == 2
    copies = [m for m in mentions if m["article_id"] == other["id"]]
    assert all(m["original_article_id"] == original["id"] for m in copies)

    stats = worker.stats()
    assert stats["latency"]["extract"]["count"] == 1, "one extraction"
    assert (stats["near_duplicates"], stats["corroborations"]) == (2, 1)
    with urllib.request.urlopen(settings.web_url + "metrics", timeout=5) as response:
        metrics = response.read().decode()
    assert "geowire_near_duplicates_total 2.0" in metrics
    assert "geowire_corroborations_total 1.0" in metrics


def test_an_exact_copy_from_another_source_is_recorded_as_exact(worker, producer, seed_article):
    settings = worker.settings
    done = worker.stats()["articles_done"]
    send(producer, worker, {**seed_article, "source": "agency", "id": "exact-copy-1"})
    worker.wait_until_done(done + 1)
    duplicates = read_all(settings, "duplicates", until=lambda v: len(v) >= 3, settle=1)
    [exact] = [d for d in duplicates if d["article_id"] == "exact-copy-1"]
    assert (exact["kind"], exact["original_id"], exact["similarity"]) == (
        "exact",
        seed_article["id"],
        1.0,
    )
    assert not exact["corroborates"]  # "agency" has reported the story already
    assert worker.stats()["latency"]["extract"]["count"] == 1


def test_a_copy_sent_with_its_original_gets_its_mentions(worker, producer):
    """Sent together (other keys: other partitions), either may be screened first and be the
    original; the copy may be screened before the original's events are kept (same batch):
    its mentions come when they are, whichever way the batches fall."""
    settings = worker.settings
    done = worker.stats()["articles_done"]
    samples = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    [sample] = [s for s in samples if s["id"] == "sample-en-ceasefire"]
    first = {**sample, "id": "together-first", "source": "wire"}
    second = {
        **first,
        "id": "together-second",
        "source": "radio",
        "title": "Exchange of prisoners agreed",
        "body": first["body"] + " Both sides confirmed the terms on the radio.",
    }
    topic = settings.topic("articles").name
    for article in (first, second):
        producer.send(topic, key=article["id"].encode(), value=json.dumps(article).encode())
    producer.flush(timeout=30)
    worker.wait_until_done(done + 2)

    def theirs(values: list[dict], article_id: str) -> list[dict]:
        return [v for v in values if v["article_id"] == article_id]

    ids = {first["id"], second["id"]}
    duplicates = read_all(
        settings, "duplicates", until=lambda v: ids & {d["article_id"] for d in v}
    )
    [record] = [d for d in duplicates if d["article_id"] in ids]
    copy, original = record["article_id"], record["original_id"]
    assert (record["kind"], original, record["corroborates"]) == (
        "near",
        (ids - {copy}).pop(),
        True,
    )
    events = theirs(
        read_all(settings, "events", until=lambda v: theirs(v, original), settle=1), original
    )
    assert events, worker.log_text()[-3000:]
    mentions = read_all(
        settings, "mentions", until=lambda v: len(theirs(v, copy)) >= len(events), settle=1
    )
    copies = theirs(mentions, copy)
    assert sorted(m["event_id"] for m in copies) == sorted(e["event_id"] for e in events)
    assert all(m["sightings"] == 2 and m["original_article_id"] == original for m in copies)
    assert worker.stats()["latency"]["extract"]["count"] == 2, "the seed and one of the two"
