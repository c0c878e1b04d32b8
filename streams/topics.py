"""GeoWire's topics: declared on the Faust app, and created on the broker at start-up.

Faust creates only its own internal topics, so the input, output and dead-letter topics are
created here with an admin client, with names and partition counts from settings.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import RecordMetadata

from schemas.records import WireRecord
from streams.errors import KafkaUnavailable
from streams.security import kafka_client_options, start_kafka_client
from streams.settings import Settings

__all__ = ["OutputTopic", "Topics", "create_topics", "declare_topics", "leaderless"]


class OutputTopic:
    """An output topic: a record is serialised once and handed straight to the app's producer.

    The publish stage queues a batch's outputs and then awaits their acknowledgements itself, so
    Faust's channel layer around a send (futures, callbacks, sensors) is skipped.
    """

    def __init__(self, app: faust.App, name: str) -> None:
        self._app = app
        self.name = name

    async def send(self, *, key: bytes | None, value: WireRecord) -> Awaitable[RecordMetadata]:
        """Queue ``value``; await the result for Kafka's acknowledgement."""
        return await self._app.producer.send(
            self.name, key, value.dumps(), partition=None, timestamp=None, headers=None
        )


@dataclass(frozen=True)
class Topics:
    articles: faust.TopicT
    events: OutputTopic
    mentions: OutputTopic
    deadletter: OutputTopic
    duplicates: OutputTopic


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """The app's handles on the five topics; articles are raw bytes, validated by the agent."""
    specs = settings.topics
    articles = app.topic(
        specs["articles"].name,
        partitions=specs["articles"].partitions,
        key_type=bytes,
        key_serializer="raw",
        value_type=bytes,
        value_serializer="raw",
        internal=False,
    )
    return Topics(
        articles=articles,
        events=OutputTopic(app, specs["events"].name),
        mentions=OutputTopic(app, specs["mentions"].name),
        deadletter=OutputTopic(app, specs["deadletter"].name),
        duplicates=OutputTopic(app, specs["duplicates"].name),
    )


async def create_topics(settings: Settings, timeout_ms: int = 30_000) -> list[str]:
    """Create whichever of GeoWire's topics are missing, and wait until every partition of
    each has a leader; returns the names created. (A consumer that joins before a new topic's
    partitions have leaders is assigned none of them, and learns of them only at its next
    metadata refresh, minutes later.)"""
    admin = AIOKafkaAdminClient(**kafka_client_options(settings), request_timeout_ms=timeout_ms)
    await start_kafka_client(admin, settings, stop=admin.close)
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in settings.topics.values() if spec.name not in existing]
        if missing:
            await admin.create_topics(
                [
                    NewTopic(
                        spec.name,
                        spec.partitions,
                        1,
                        topic_configs={"max.message.bytes": str(settings.max_message_bytes)},
                    )
                    for spec in missing
                ],
                timeout_ms=timeout_ms,
            )
        await _wait_for_leaders(
            admin, [spec.name for spec in settings.topics.values()], timeout_ms / 1000
        )
        return [spec.name for spec in missing]
    finally:
        await admin.close()


def leaderless(described: list[dict[str, Any]]) -> list[str]:
    """The topics of an admin client's ``describe_topics`` that are not usable yet: unknown,
    or with a partition that has no leader."""
    return sorted(
        topic["topic"]
        for topic in described
        if topic["error_code"]
        or not topic["partitions"]
        or any(p["error_code"] or p["leader"] < 0 for p in topic["partitions"])
    )


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        waiting = leaderless(await admin.describe_topics(names))
        if not waiting:
            return
        if time.monotonic() > deadline:
            raise KafkaUnavailable(
                f"partitions without a leader after {timeout:.0f} s: {', '.join(waiting)}"
            )
        await asyncio.sleep(0.1)
