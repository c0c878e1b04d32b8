"""Batches on the real broker and Redis: the agent's batch step with GeoWire's Redis claims and
real Kafka producer requests (the extractor is the keyword fake, so that the test knows which
events an article yields). The broker itself refuses one record of a batch: the ``events``
topic takes records of at most 1,500 bytes, and one article's event is larger.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from agents.articles import process_batch
from agents.context import StageContext
from extraction.model import Document
from schemas.records import WireRecord
from streams.near_duplicates import NearDuplicateStore
from streams.security import kafka_client_options
from streams.settings import Settings
from streams.stats import Stats
from streams.stores import DedupStore, LatestEvents, redis_client
from streams.topics import create_topics
from tests.agents.fakes import KeywordExtractor, article, message
from tests.integration.conftest import read_all

pytestmark = pytest.mark.integration

LONG = "Macron met Scholz and " + "talked at length " * 130  # its event: about 2.5 KB
BODIES = {"a1": "Putin met Kim", "a2": LONG, "a3": "Biden met Xi"}


class KafkaOutlet:
    """An output topic on a real producer (the worker's OutputTopic over Faust's producer)."""

    def __init__(self, producer: AIOKafkaProducer, name: str) -> None:
        self._producer, self._name = producer, name

    async def send(self, *, key: bytes | None, value: WireRecord):
        return await self._producer.send(self._name, value.dumps(), key=key)


@pytest.fixture
async def context(stream_settings: Settings) -> AsyncIterator[StageContext]:
    run = uuid.uuid4().hex[:8]  # topics and keys of each test's own
    settings = stream_settings.replace(
        topic_prefix=f"{stream_settings.topic_prefix}{run}.",
        redis_key_prefix=f"{stream_settings.redis_key_prefix}{run}:",
    )
    admin = AIOKafkaAdminClient(**kafka_client_options(settings))
    await admin.start()
    try:
        small = {"max.message.bytes": "1500"}
        events = NewTopic(settings.topic("events").name, 4, 1, topic_configs=small)
        await admin.create_topics([events])
    finally:
        await admin.close()
    await create_topics(settings)  # the others, as the worker creates them
    # batches of at most 1 KB: the oversized event travels alone, and is refused alone
    producer = AIOKafkaProducer(
        **kafka_client_options(settings),
        acks="all",
        max_batch_size=1024,
        max_request_size=settings.max_message_bytes,
    )
    await producer.start()
    redis = redis_client(settings)
    try:
        yield StageContext(
            settings=settings,
            claims=DedupStore(redis, settings),
            events=KafkaOutlet(producer, settings.topic("events").name),
            mentions=KafkaOutlet(producer, settings.topic("mentions").name),
            deadletters=KafkaOutlet(producer, settings.topic("deadletter").name),
            duplicates=KafkaOutlet(producer, settings.topic("duplicates").name),
            near_duplicates=NearDuplicateStore(redis, settings),
            extractor=KeywordExtractor(),
            latest=LatestEvents(redis, settings),
            stats=Stats(),
        )
    finally:
        await producer.stop()
        await redis.aclose()


def event_id(article_id: str) -> str:
    [event] = KeywordExtractor().extract_now(Document(id=article_id, body=BODIES[article_id]))
    return event.event_id


async def claim_state(context: StageContext, *parts: str) -> str | None:
    """The claim on a key as Redis holds it: ``token|count|done``, or None when released."""
    redis = redis_client(context.settings)
    try:
        return await redis.get(context.settings.redis_key_prefix + ":".join(parts))
    finally:
        await redis.aclose()


async def test_a_refused_send_in_a_batch_releases_exactly_its_claims(context):
    messages = [message(article(id, body), n) for n, (id, body) in enumerate(BODIES.items())]
    await process_batch(context, messages)
    settings = context.settings
    [letter] = read_all(settings, "deadletter", until=lambda v: len(v) >= 1, settle=1)
    assert (letter["reason"], letter["stage"], letter["article_id"]) == (
        "internal_error",
        "publish",
        "a2",
    )
    assert "MessageSizeTooLarge" in letter["error"] and "1 of 2 outputs" in letter["error"]
    events = read_all(settings, "events", until=lambda v: len(v) >= 2, settle=1)
    mentions = read_all(settings, "mentions", until=lambda v: len(v) >= 3, settle=1)
    assert sorted(e["article_id"] for e in events) == ["a1", "a3"]
    assert sorted(m["article_id"] for m in mentions) == ["a1", "a2", "a3"]
    # a2's article and event claims are released; its acknowledged mention is marked done,
    # and so is everything of a1 and a3
    token = "articles.raw:0:1"
    assert await claim_state(context, "article", "a2") is None
    assert await claim_state(context, "event", event_id("a2")) is None
    assert await claim_state(context, "mention", event_id("a2"), "a2") == f"{token}#0|1|1"
    for n, done in ((0, "a1"), (2, "a3")):
        assert await claim_state(context, "article", done) == f"articles.raw:0:{n}|0|1"
        assert await claim_state(context, "event", event_id(done)) == f"articles.raw:0:{n}#0|0|1"


async def test_a_batch_with_a_bad_message_dead_letters_it_and_processes_the_others(context):
    messages = [
        message(article("a1", BODIES["a1"]), 0),
        message(b'{"id": "broken", "body": ', 1),
        message(article("a3", BODIES["a3"]), 2),
    ]
    await process_batch(context, messages)
    settings = context.settings
    [letter] = read_all(settings, "deadletter", until=lambda v: len(v) >= 1, settle=1)
    assert (letter["reason"], letter["offset"]) == ("invalid_json", 1)
    events = read_all(settings, "events", until=lambda v: len(v) >= 2, settle=1)
    assert sorted(e["article_id"] for e in events) == ["a1", "a3"]
    assert context.stats.articles_done == 3 and context.stats.in_flight == 0
