"""The agent on batches of several messages: each message's failure stays its own, and the
batch's claims are settled together (the same paths on the real broker and Redis:
tests/integration/test_batches.py)."""

from __future__ import annotations

import json

import pytest

from agents.articles import process_batch
from streams.errors import StoreUnavailable
from tests.agents.fakes import article, message

GOOD = {"a1": "Putin met Kim", "a2": "Macron met Scholz", "a3": "Biden met Xi"}


def batch(bodies: dict[str, str], first_offset: int = 0):
    return [
        message(article(id, body), offset)
        for offset, (id, body) in enumerate(bodies.items(), start=first_offset)
    ]


def published(topic) -> list[str]:
    return [record.article_id for _, record in topic.sent]


@pytest.mark.parametrize("at_send", [False, True], ids=["acknowledgement", "hand-over"])
async def test_a_failed_send_in_a_batch_releases_exactly_its_claims(context, at_send):
    """a2's event cannot be sent: a2 alone is dead-lettered and its claims released; the
    claims of a1 and a3, whose outputs were acknowledged, are done."""
    context.events.refuse_article, context.events.at_send = "a2", at_send
    await process_batch(context, batch(GOOD))
    assert published(context.events) == ["a1", "a3"]
    assert published(context.mentions) == ["a1", "a2", "a3"]  # a2's mention went out
    [(_, letter)] = context.deadletters.sent
    assert (letter.reason, letter.stage, letter.offset) == ("internal_error", "publish", 1)
    assert "1 of 2 outputs not sent" in letter.error
    assert context.stats.events_out == 2 and context.stats.mentions_out == 2

    # the same messages again (a redelivery): a1 and a3 are done, nothing of theirs is resent;
    # a2's article and event claims were released, so a2 is processed and its event sent, and
    # its mention, acknowledged the first time, is not sent again
    context.events.refuse_article = None
    await process_batch(context, batch(GOOD))
    assert published(context.events) == ["a1", "a3", "a2"]
    assert published(context.mentions) == ["a1", "a2", "a3"]
    assert len(context.deadletters.sent) == 1


async def test_a_released_event_goes_to_the_next_article_with_it(context):
    context.events.refuse_article = "a2"
    await process_batch(context, batch(GOOD))
    context.events.refuse_article = None
    await process_batch(context, batch({"b2": "Macron met Scholz"}, first_offset=10))
    assert published(context.events) == ["a1", "a3", "b2"]
    # a2's mention was acknowledged and stays counted: b2's is the second sighting
    assert [m.sightings for _, m in context.mentions.sent if m.article_id == "b2"] == [2]


async def test_a_batch_with_bad_messages_dead_letters_them_and_processes_the_others(context):
    messages = [
        message(article("a1", GOOD["a1"]), 0),
        message(b"{oops", 1),
        message(article("a2", GOOD["a2"]), 2),
        message(article("fr", "Bonjour", language="fr"), 3),
        message(article("x", "boom"), 4),
        message(article("a3", GOOD["a3"]), 5),
    ]
    await process_batch(context, messages)
    assert published(context.events) == ["a1", "a2", "a3"]
    letters = {letter.offset: letter for _, letter in context.deadletters.sent}
    assert {offset: letter.reason for offset, letter in letters.items()} == {
        1: "invalid_json",
        3: "unsupported_language",
        4: "extraction_error",
    }
    assert letters[4].article_id == "x" and letters[1].article_id is None
    assert context.stats.articles_done == 6 and context.stats.in_flight == 0


async def test_the_same_article_twice_in_one_batch_is_published_once(context):
    raw = article("a1", GOOD["a1"])
    copy = json.dumps({"id": "copy", "body": "putin  MET kim"}).encode()
    await process_batch(context, [message(raw, 0), message(raw, 1), message(copy, 2)])
    assert published(context.events) == ["a1"] and published(context.mentions) == ["a1"]
    assert context.stats.duplicates_dropped == 2


async def test_redis_away_at_ingest_rejects_the_batch_but_keeps_each_reason(context):
    async def unavailable(*args, **kwargs):
        raise StoreUnavailable("Redis unreachable for 300 s")

    context.claims.claim_articles = unavailable
    await process_batch(context, [message(article("a1", GOOD["a1"]), 0), message(b"{", 1)])
    reasons = {
        letter.offset: (letter.reason, letter.stage) for _, letter in context.deadletters.sent
    }
    assert reasons == {0: ("internal_error", "ingest"), 1: ("invalid_json", "ingest")}
    assert context.events.sent == []


async def test_redis_away_at_publish_leaves_the_batch_replayable(context):
    """The sightings cannot be claimed: every article of the batch is dead-lettered, nothing is
    sent, and their article claims are released, so that a replay processes them."""
    claim_sightings = context.claims.claim_sightings

    async def unavailable(*args, **kwargs):
        raise StoreUnavailable("Redis unreachable for 300 s")

    context.claims.claim_sightings = unavailable
    await process_batch(context, batch(GOOD))
    assert [letter.reason for _, letter in context.deadletters.sent] == ["internal_error"] * 3
    assert {letter.stage for _, letter in context.deadletters.sent} == {"publish"}
    assert context.events.sent == [] and context.mentions.sent == []
    context.claims.claim_sightings = claim_sightings
    await process_batch(context, batch(GOOD, first_offset=10))  # the replayed dead letters
    assert published(context.events) == ["a1", "a2", "a3"]


async def test_one_redis_round_trip_per_batch_for_each_kind_of_claim(context):
    calls: list[str] = []
    for name in ("claim_articles", "claim_sightings", "settle"):
        original = getattr(context.claims, name)

        async def counted(*args, _name=name, _original=original, **kwargs):
            calls.append(_name)
            return await _original(*args, **kwargs)

        setattr(context.claims, name, counted)
    await process_batch(context, batch(GOOD))
    assert calls == ["claim_articles", "claim_sightings", "settle"]
    assert len(context.events.sent) == 3


async def test_an_unexpected_error_dead_letters_each_message_once(context, monkeypatch):
    """A fault of GeoWire's own past the stages' guards (here: in the end-to-end timing) still
    gives each message of the batch one dead letter, and process_batch returns."""

    def broken(seconds):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(context.stats.latency["end_to_end"], "add", broken)
    messages = [message(b"{oops", 0), *batch({"a1": GOOD["a1"]}, first_offset=1)]
    for one in messages:
        one.timestamp = 1.0
    await process_batch(context, messages)
    letters = [(letter.offset, letter.reason) for _, letter in context.deadletters.sent]
    assert sorted(letters) == [(0, "invalid_json"), (1, "internal_error")]
    assert context.stats.in_flight == 0
