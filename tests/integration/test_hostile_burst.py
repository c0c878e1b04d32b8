"""One burst of hostile input among 50 ordinary real articles, on the real broker and Redis:
every ordinary article gets its mentions, every bad one exactly its documented outcome, and the
worker lives. Before the fixes this burst stopped the worker (a CancelledError after the comma
body held the only extraction process for 120 s) and no ordinary article got a mention."""

from __future__ import annotations

import json
import time

import pytest

from bench.corpus import news_articles
from extraction import Extractor
from schemas.convert import document, event_record
from schemas.parsing import parse_article
from tests.integration.conftest import Worker, read_all

pytestmark = pytest.mark.integration

ORDINARY = 50
# Each bad input and the dead-letter reason it must get (None: processed, no dead letter).
SEED_SENTENCE = "Russland griff am Montag die Ukraine an."


def hostile(seed_body: str) -> dict[str, tuple[bytes, str | None]]:
    dense = (seed_body + "\n") * (980_000 // len(seed_body.encode()))
    return {
        "commas": (
            json.dumps(
                {"id": "commas", "language": "de", "body": "Berlin " + "," * 40_000}
            ).encode(),
            None,
        ),
        "nested": (
            b'{"id": "nested", "body": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
            "invalid_json",
        ),
        "huge": (json.dumps({"id": "huge", "body": "Krieg. " * 1_800_000}).encode(), "too_large"),
        "surrogate": (b'{"id": "surrogate", "body": "Kiew \\ud800 Moskau"}', "bad_encoding"),
        "casualties": (
            json.dumps(
                {
                    "id": "casualties",
                    "language": "de",
                    "body": (f"{SEED_SENTENCE} Dabei wurden {'7' * 30} Menschen getötet."),
                }
            ).encode(),
            None,
        ),
        "dense": (
            json.dumps(
                {"id": "dense", "language": "de", "body": dense}, ensure_ascii=False
            ).encode(),
            "too_many_events",
        ),
    }


@pytest.fixture(scope="module")
def ordinary(base_settings) -> list[tuple[dict, set[str]]]:
    """Real articles with the events the offline extractor finds in them."""
    extractor = Extractor()
    picked = []
    for raw in news_articles(400):
        article = parse_article(json.dumps(raw).encode(), base_settings.max_article_bytes)
        ids = {event_record(e, article.id).event_id for e in extractor.extract(document(article))}
        if ids:
            picked.append((raw, ids))
        if len(picked) == ORDINARY:
            return picked
    pytest.fail("the corpus should have 50 articles with events")


def test_a_hostile_burst_stops_nothing(stream_settings, producer, seed_article, ordinary):
    settings = stream_settings.replace(
        topic_prefix=stream_settings.topic_prefix + "burst.",
        app_id=stream_settings.app_id + "-burst",
        redis_key_prefix=stream_settings.redis_key_prefix + "burst:",
    )
    worker = Worker(settings)
    worker.start()
    try:
        bad = hostile(seed_article["body"])
        topic = settings.topic("articles").name
        started = time.monotonic()
        for name, (raw, _) in bad.items():
            producer.send(topic, key=name.encode(), value=raw)
        for raw, _ in ordinary:
            producer.send(topic, key=raw["id"].encode(), value=json.dumps(raw).encode())
        producer.flush(timeout=60)
        worker.wait_until_done(len(bad) + ORDINARY, timeout=240)
        took = time.monotonic() - started

        wanted = {(i, raw["id"]) for raw, ids in ordinary for i in ids}
        mentions = read_all(
            settings,
            "mentions",
            timeout=120,
            until=lambda v: wanted <= {(m["event_id"], m["article_id"]) for m in v},
        )
        seen = {(m["event_id"], m["article_id"]) for m in mentions}
        for raw, ids in ordinary:
            assert {(i, raw["id"]) for i in ids} <= seen, f"{raw['id']} lost events"
        reasons = sorted(reason for _, reason in bad.values() if reason)
        # wait for every expected letter, then two seconds more for any extra one
        letters = read_all(
            settings, "deadletter", until=lambda v: len(v) >= len(reasons), timeout=120, settle=2
        )
        inputs = {(letter["topic"], letter["partition"], letter["offset"]) for letter in letters}
        assert len(inputs) == len(letters), "one dead letter per input"
        assert sorted(letter["reason"] for letter in letters) == reasons, worker.log_text()[-3000:]
        huge = next(letter for letter in letters if letter["reason"] == "too_large")
        assert huge["original_truncated"] and huge["original_length"] == len(bad["huge"][0])
        events = read_all(
            settings,
            "events",
            timeout=120,
            until=lambda v: any(e["article_id"] == "casualties" for e in v),
            settle=2,
        )
        casualties = [e for e in events if e["article_id"] == "casualties"]
        assert casualties and all(e["dead"] is None for e in casualties)
        assert sum(e["article_id"] == "dense" for e in events) <= settings.max_events_per_article
        assert worker.alive
        assert took < 180, f"the burst took {took:.0f} s"
        print(f"burst of {len(bad)} hostile + {ORDINARY} ordinary articles: {took:.1f} s")
    finally:
        worker.stop()
