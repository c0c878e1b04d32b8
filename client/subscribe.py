"""``subscribe(topic)``: GeoWire's output topics as typed records, on kafka-python (the client the
design card names), so that a consumer needs no Faust, no event loop and no JSON handling."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Literal, overload

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from base import GeoWireError
from schemas.jsonschema import validator
from schemas.records import SCHEMA_VERSION, DeadLetter, Duplicate, Event, Mention, WireRecord
from streams.security import kafka_client_options
from streams.settings import Settings, load_settings

__all__ = ["RECORDS", "Role", "SubscribeError", "subscribe"]

Role = Literal["events", "mentions", "deadletter", "duplicates"]
RECORDS: dict[str, type[WireRecord]] = {
    "events": Event,
    "mentions": Mention,
    "deadletter": DeadLetter,
    "duplicates": Duplicate,
}


class SubscribeError(GeoWireError):
    """A topic role GeoWire does not have, a topic not created yet, or a message that is not the
    record its topic carries (named by topic, partition and offset, so it can be looked at)."""


@overload
def subscribe(
    topic: Literal["events"],
    *,
    from_beginning: bool = ...,
    group_id: str | None = ...,
    settings: Settings | None = ...,
    idle_timeout: float | None = ...,
) -> Iterator[Event]: ...
@overload
def subscribe(
    topic: Literal["mentions"],
    *,
    from_beginning: bool = ...,
    group_id: str | None = ...,
    settings: Settings | None = ...,
    idle_timeout: float | None = ...,
) -> Iterator[Mention]: ...
@overload
def subscribe(
    topic: Literal["deadletter"],
    *,
    from_beginning: bool = ...,
    group_id: str | None = ...,
    settings: Settings | None = ...,
    idle_timeout: float | None = ...,
) -> Iterator[DeadLetter]: ...
@overload
def subscribe(
    topic: Literal["duplicates"],
    *,
    from_beginning: bool = ...,
    group_id: str | None = ...,
    settings: Settings | None = ...,
    idle_timeout: float | None = ...,
) -> Iterator[Duplicate]: ...
def subscribe(
    topic: Role,
    *,
    from_beginning: bool = False,
    group_id: str | None = None,
    settings: Settings | None = None,
    idle_timeout: float | None = None,
) -> Iterator[WireRecord]:
    """The records of GeoWire's ``topic`` (events, mentions, deadletter or duplicates), as they
    arrive.

    Without ``group_id`` every partition is read, from the beginning or from the end, and no
    offset is stored. With ``group_id`` the consumers of that group share the partitions and
    resume where the group stopped (``from_beginning`` then applies only to a group with no
    stored offsets); a record counts as read once the loop asks for the next one or stops.
    ``idle_timeout`` seconds without a message end the iteration (default: never).
    ``settings`` default to the environment's (``GEOWIRE_*``), as for every GeoWire command.
    """
    if topic not in RECORDS:
        raise SubscribeError(f"no topic role {topic!r}: one of {', '.join(RECORDS)}")
    settings = settings or load_settings()
    name = settings.topic(topic).name
    consumer = KafkaConsumer(
        **kafka_client_options(settings),  # the address, and SASL/TLS when the broker asks
        group_id=group_id,
        enable_auto_commit=group_id is not None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        consumer_timeout_ms=float("inf") if idle_timeout is None else idle_timeout * 1000,
        fetch_max_bytes=settings.max_message_bytes,
        max_partition_fetch_bytes=settings.max_message_bytes,
    )
    try:
        partitions = consumer.partitions_for_topic(name)
        if not partitions:
            raise SubscribeError(f"topic {name!r} does not exist (is the worker started?)")
        if group_id is not None:
            consumer.subscribe([name])  # the group assigns partitions at the first fetch
        else:
            assigned = [TopicPartition(name, partition) for partition in sorted(partitions)]
            consumer.assign(assigned)
            # positioned here, not at the first fetch: what arrives once this returns is read
            (consumer.seek_to_beginning if from_beginning else consumer.seek_to_end)(*assigned)
            for partition in assigned:
                consumer.position(partition)
    except BaseException:
        consumer.close()
        raise
    return _records(consumer, RECORDS[topic])


def _records(consumer: KafkaConsumer, record: type[WireRecord]) -> Iterator[WireRecord]:
    """The decoded messages; the consumer is closed (its group offsets committed) when the
    iteration ends or the loop leaves it."""
    try:
        for message in consumer:
            yield _decode(record, message)
    finally:
        consumer.close()


def _decode(record: type[WireRecord], message: ConsumerRecord) -> WireRecord:
    """The record in ``message``, checked against its JSON Schema first: Faust's records take
    any value for any field, and a consumer should learn of a bad message where it is."""
    where = f"{message.topic}[{message.partition}]@{message.offset}"
    try:
        data = json.loads(message.value)
    except (ValueError, TypeError, RecursionError) as error:
        raise SubscribeError(f"{where}: not JSON: {error}") from error
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version != SCHEMA_VERSION:
        # a version 1 event has no statement_id and may hold one of several coordinated actors
        raise SubscribeError(
            f"{where}: {record.__name__} record of schema version {version}; "
            f"this client reads version {SCHEMA_VERSION}"
        )
    # a class is hashable: mypy reads Faust's instance-level __hash__ on the type
    schema = validator(record)  # type: ignore[arg-type]
    problems = sorted(schema.iter_errors(data), key=lambda e: list(e.path))
    if problems:
        first = problems[0]
        path = "/".join(str(part) for part in first.path) or "(the record)"
        raise SubscribeError(f"{where}: not a {record.__name__}: {path}: {first.message}")
    return record.from_data(data)
