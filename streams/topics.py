"""GeoWire's topics: declared on the Faust app, and created on the broker at start-up.

Faust creates only its own internal topics, so the input, output and dead-letter topics are
created here with an admin client, with names and partition counts from settings.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from schemas.records import DeadLetter, Event, Mention
from streams.settings import Settings

__all__ = ["Topics", "create_topics", "declare_topics"]


@dataclass(frozen=True)
class Topics:
    articles: faust.TopicT
    events: faust.TopicT
    mentions: faust.TopicT
    deadletter: faust.TopicT


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """The app's handles on the four topics; articles are raw bytes, validated by the agent."""
    specs = settings.topics

    def topic(role: str, value_type: type | None) -> faust.TopicT:
        serializer = "raw" if value_type is None else None
        return app.topic(
            specs[role].name,
            partitions=specs[role].partitions,
            key_type=bytes,
            key_serializer="raw",
            value_type=value_type or bytes,
            value_serializer=serializer,
            internal=False,
        )

    return Topics(
        articles=topic("articles", None),
        events=topic("events", Event),
        mentions=topic("mentions", Mention),
        deadletter=topic("deadletter", DeadLetter),
    )


async def create_topics(settings: Settings, timeout_ms: int = 30_000) -> list[str]:
    """Create whichever of GeoWire's topics are missing; returns the names created."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=timeout_ms
    )
    await admin.start()
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
        return [spec.name for spec in missing]
    finally:
        await admin.close()
