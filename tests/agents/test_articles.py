"""The agent's stages on one message at a time, with recording topics and fakeredis (batches
of several: test_batches.py).

The same flow runs on the real broker and Redis in tests/integration/test_stream.py.
"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from extraction.model import Document
from streams.errors import StoreUnavailable
from streams.stores import Arrival, Sighting, normalised_text_hash
from tests.agents.fakes import KeywordExtractor, article, message, process

TOKEN = "articles.raw:0:7"


async def test_events_and_mentions_once_each(context):
    await process(context, message(article("a1", "Putin met Kim. Rain fell"), 0))
    await process(context, message(article("a2", "Putin met Kim again"), 1))
    events, mentions = context.events.sent, context.mentions.sent
    assert len(events) == 1 and events[0][1].article_id == "a1"
    assert [m.sightings for _, m in mentions] == [1, 2]
    assert {m.article_id for _, m in mentions} == {"a1", "a2"}
    assert events[0][0] == events[0][1].event_id.encode()
    assert context.stats.snapshot()["events_out"] == 1
    assert [e["event_id"] for e in await context.latest.newest()] == [events[0][1].event_id]


async def test_duplicate_article_is_dropped_and_counted(context):
    await process(context, message(article("a1", "Putin met Kim"), 0))
    await process(context, message(article("a1", "Putin met Kim"), 1))
    await process(context, message(article("a9", "putin  MET kim"), 2))
    assert context.stats.duplicates_dropped == 2
    assert len(context.mentions.sent) == 1


async def test_redelivery_of_a_finished_message_sends_nothing_again(context):
    raw = article("a1", "Putin met Kim")
    await process(context, message(raw, 7))
    await process(context, message(raw, 7))  # committed late: Kafka delivers it again
    assert len(context.events.sent) == 1
    assert len(context.mentions.sent) == 1
    assert context.stats.redeliveries == 1 and context.stats.duplicates_dropped == 0


async def test_redelivery_after_a_crash_before_the_sends_sends_them(context):
    raw = article("a1", "Putin met Kim")
    # the crashed run claimed the article and the event, then died before Kafka acknowledged
    text_hash = normalised_text_hash("", "Putin met Kim")
    await context.claims.claim_articles([Arrival("a1", text_hash, TOKEN)])
    event_id = KeywordExtractor().extract_now(Document(id="a1", body="Putin met Kim"))[0].event_id
    await context.claims.claim_sightings([Sighting(event_id, "a1", f"{TOKEN}#0")])
    await process(context, message(raw, 7))
    assert [e.event_id for _, e in context.events.sent] == [event_id]
    assert len(context.mentions.sent) == 1
    assert context.stats.duplicates_dropped == 0


@pytest.mark.parametrize(
    ("raw", "reason", "stage"),
    [
        (b"{oops", "invalid_json", "ingest"),
        (b"\xff" * 10, "bad_encoding", "ingest"),
        (article("a", " "), "empty_body", "ingest"),
        (article("a", "x" * 20_000), "too_large", "ingest"),
        (json.dumps({"body": "no id"}).encode(), "schema_violation", "ingest"),
        (article("a", "Bonjour", language="fr"), "unsupported_language", "extract"),
        (article("a", "boom"), "extraction_error", "extract"),
    ],
)
async def test_bad_input_goes_to_deadletter_with_original_bytes(context, raw, reason, stage):
    await process(context, message(raw, 3))
    [(key, letter)] = context.deadletters.sent
    assert (letter.reason, letter.stage, letter.offset, key) == (reason, stage, 3, b"k")
    assert base64.b64decode(letter.original_base64) == raw
    assert context.stats.deadletters[reason] == 1
    # the worker goes on with the next message
    await process(context, message(article("ok", "Putin met Kim"), 4))
    assert len(context.events.sent) == 1


async def test_an_event_twice_in_one_sentence_is_published_once(context):
    await process(context, message(article("a1", "Putin met Kim and Putin met Kim"), 0))
    assert len(context.events.sent) == 1
    assert len(context.mentions.sent) == 1


async def test_a_failed_send_leaves_the_event_to_the_next_article(context):
    """The send of a1's event fails: a1 is dead-lettered (replayable), and a2 with the same
    event publishes it, instead of finding it claimed for 30 days."""
    context.events.refuse = True
    await process(context, message(article("a1", "Putin met Kim"), 0))
    [(_, letter)] = context.deadletters.sent
    assert (letter.reason, letter.stage) == ("internal_error", "publish")
    context.events.refuse = False
    await process(context, message(article("a2", "Putin met Kim"), 1))
    assert [e.article_id for _, e in context.events.sent] == ["a2"]
    # a1's mention was acknowledged: marked done, so a2's is the second sighting
    assert [m.sightings for _, m in context.mentions.sent] == [1, 2]


async def test_transient_failures_stay_replayable_and_permanent_ones_do_not(context):
    await process(context, message(article("a1", "boom"), 0))  # extraction_error: transient
    await process(context, message(article("a2", "Bonjour", language="fr"), 1))
    await process(context, message(article("a1", "boom"), 2))  # replayed: processed again
    await process(context, message(article("a2", "Bonjour", language="fr"), 3))  # dropped
    reasons = [letter.reason for _, letter in context.deadletters.sent]
    assert reasons == ["extraction_error", "unsupported_language", "extraction_error"]
    assert context.stats.duplicates_dropped == 1


async def test_an_oversized_original_is_cut_with_its_length_and_hash(context):
    context.settings = context.settings.replace(max_message_bytes=70_000)  # room for 4.5 KB
    raw = article("a", "x" * 20_000)
    await process(context, message(raw, 0))
    [(_, letter)] = context.deadletters.sent
    kept = base64.b64decode(letter.original_base64)
    assert letter.original_truncated and raw.startswith(kept) and 0 < len(kept) < len(raw)
    assert letter.original_length == len(raw)
    assert letter.original_sha256 == hashlib.sha256(raw).hexdigest()
    assert len(letter.dumps()) <= 70_000


async def test_error_texts_in_dead_letters_are_bounded(context):
    await process(context, message(article("a", "x", published_at="9" * 5_000), 0))
    [(_, letter)] = context.deadletters.sent
    assert letter.reason == "schema_violation"
    assert len(letter.error) < 1_100 and not letter.original_truncated


async def test_a_dead_letter_that_cannot_be_sent_does_not_stop_the_agent(context):
    context.deadletters.refuse = True
    await process(context, message(b"{oops", 0))
    assert context.stats.deadletters_unsent == 1
    await process(context, message(article("ok", "Putin met Kim"), 1))
    assert len(context.events.sent) == 1


async def test_a_redis_failure_after_the_sends_does_not_reject_a_published_article(context):
    async def unavailable(*args, **kwargs):
        raise StoreUnavailable("Redis unreachable for 300 s")

    context.latest.push = unavailable
    context.claims.settle = unavailable
    await process(context, message(article("a1", "Putin met Kim"), 0))
    assert len(context.events.sent) == 1 and len(context.mentions.sent) == 1
    assert context.deadletters.sent == []


async def test_too_many_events_are_cut_published_and_recorded(context):
    context.extractor.cap = 3
    body = ". ".join(f"P{i} met K{i}" for i in range(5))
    await process(context, message(article("dense", body), 0))
    assert len(context.events.sent) == 3
    [(_, letter)] = context.deadletters.sent
    assert (letter.reason, letter.article_id) == ("too_many_events", "dense")
    assert "the first 3 events kept" in letter.error
    assert context.stats.articles_truncated == 1
    await process(context, message(article("dense", body), 1))  # a replay is a duplicate
    assert context.stats.duplicates_dropped == 1
