"""subscribe() against the real broker: typed records, from the beginning or the end, a group
that resumes, and a bad message named where it is."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator

import pytest
from kafka import KafkaProducer

from client import SubscribeError, subscribe
from schemas.records import Actor, DeadLetter, Event, Mention, WireRecord
from streams.settings import Settings
from streams.topics import create_topics

pytestmark = pytest.mark.integration

IDLE = 60.0  # ends a read that misses records instead of hanging; a passing test never waits it


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    """Topics of this test's own."""
    ours = base_settings.replace(topic_prefix=f"test-sub-{uuid.uuid4().hex[:8]}.")
    asyncio.run(create_topics(ours))
    return ours


@pytest.fixture
def send(settings: Settings, producer: KafkaProducer) -> Iterator:
    def to(role: str, *values: WireRecord | bytes) -> None:
        for value in values:
            raw = value if isinstance(value, bytes) else value.dumps()
            producer.send(settings.topic(role).name, raw, partition=0)
        producer.flush()

    return to


def event(number: int) -> Event:
    return Event(
        event_id=f"e{number}",
        statement_id=f"s{number}",
        event_type="CONSULT",
        cameo="040",
        quad_class=1,
        goldstein=1.0,
        article_id="a1",
        sentence="Putin met Xi.",
        start=0,
        end=13,
        confidence=0.8,
        extractor_version="test",
        source=Actor(text="Putin", country="RUS"),
    )


def mention(number: int) -> Mention:
    return Mention(
        event_id="e1",
        article_id=f"a{number}",
        sentence="Putin met Xi.",
        start=0,
        end=13,
        confidence=0.8,
        sightings=number,
        seen_at="2026-01-01T00:00:00Z",
    )


def take(records: Iterator, count: int) -> list:
    taken = [record for _, record in zip(range(count), records, strict=False)]
    assert len(taken) == count, f"only {len(taken)} of {count} records"
    return taken


def test_from_the_beginning_yields_typed_records(settings, send):
    send("events", event(1), event(2))

    records = subscribe("events", from_beginning=True, settings=settings, idle_timeout=IDLE)
    records = take(records, 2)

    assert records == [event(1), event(2)]
    assert isinstance(records[0], Event) and isinstance(records[0].source, Actor)


def test_from_the_end_reads_only_what_arrives_after(settings, send):
    send("mentions", mention(1))
    records = subscribe("mentions", settings=settings, idle_timeout=IDLE)  # positioned at the end
    send("mentions", mention(2))

    assert take(records, 1) == [mention(2)]


def test_a_group_resumes_after_the_last_record_it_read(settings, send):
    send("mentions", mention(1), mention(2), mention(3))
    group = f"subscriber-{uuid.uuid4().hex[:8]}"

    first = subscribe(
        "mentions", from_beginning=True, group_id=group, settings=settings, idle_timeout=IDLE
    )
    assert take(first, 2) == [mention(1), mention(2)]
    first.close()  # leaves the loop: the group's offset is stored
    again = subscribe("mentions", group_id=group, settings=settings, idle_timeout=IDLE)

    assert take(again, 1) == [mention(3)]


def test_a_message_that_is_not_its_record_is_named_where_it_is(settings, send):
    letter = DeadLetter(
        reason="invalid_json",
        stage="ingest",
        error="not JSON",
        original_base64="eyJ",
        failed_at="2026-01-01T00:00:00Z",
    )
    wrong = {**json.loads(letter.dumps()), "reason": 1}
    send("deadletter", letter, json.dumps(wrong).encode())
    records = subscribe("deadletter", from_beginning=True, settings=settings, idle_timeout=IDLE)

    assert next(records) == letter
    with pytest.raises(SubscribeError, match=r"\[0\]@1: not a DeadLetter: reason: 1 is not"):
        next(records)


def test_an_event_of_schema_version_1_is_refused_by_its_version(settings, send):
    """Version 1 events held one actor of several coordinated ones and no statement_id: the
    reader is told the version, not a missing field."""
    old = {**json.loads(event(1).dumps()), "schema_version": 1}
    del old["statement_id"]
    send("events", event(1), json.dumps(old).encode())
    records = subscribe("events", from_beginning=True, settings=settings, idle_timeout=IDLE)

    assert next(records) == event(1)
    with pytest.raises(SubscribeError, match=r"\[0\]@1: Event record of schema version 1; this"):
        next(records)


def test_a_topic_not_created_is_a_clear_error(base_settings):
    missing = base_settings.replace(topic_prefix=f"test-none-{uuid.uuid4().hex[:8]}.")

    with pytest.raises(SubscribeError, match="does not exist"):
        subscribe("events", settings=missing)
