"""Plain Kafka clients for the command line: produce articles, read an output topic."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from streams.security import kafka_client_options, start_kafka_client
from streams.settings import Settings

__all__ = [
    "OutgoingMessage",
    "messages_from_path",
    "produce",
    "read_topic",
]

JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}


@dataclass(frozen=True)
class OutgoingMessage:
    key: bytes | None
    value: bytes


def _json_line(line: bytes) -> OutgoingMessage:
    """A line of a JSON-lines file, sent as it is; keyed by its ``id`` when it has one."""
    try:
        article_id = json.loads(line).get("id")
    except (ValueError, AttributeError):
        article_id = None
    key = str(article_id).encode() if article_id is not None else None
    return OutgoingMessage(key, line)


def _text_file(path: Path) -> OutgoingMessage:
    """A plain text file as an article body; its id is the hash of its bytes."""
    raw = path.read_bytes()
    body = raw.decode("utf-8", errors="replace")
    article_id = f"{path.stem}-{hashlib.sha256(raw).hexdigest()[:12]}"
    title = body.strip().splitlines()[0][:200] if body.strip() else ""
    article = {"id": article_id, "title": title, "body": body, "source": path.name}
    return OutgoingMessage(article_id.encode(), json.dumps(article, ensure_ascii=False).encode())


def messages_from_lines(lines: Iterable[bytes]) -> Iterator[OutgoingMessage]:
    for line in lines:
        if line.strip():
            yield _json_line(line.rstrip(b"\r\n"))


def messages_from_path(path: Path) -> Iterator[OutgoingMessage]:
    """JSON lines from ``.jsonl``/``.json`` files, one article per other file, a folder sorted."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if file.name.startswith("."):
            continue
        if file.suffix in JSON_SUFFIXES:
            with file.open("rb") as handle:
                yield from messages_from_lines(handle)
        else:
            yield _text_file(file)


async def produce(
    settings: Settings, messages: Iterable[OutgoingMessage], on_sent=lambda: None
) -> int:
    """Send every message to the articles topic, waiting for each acknowledgement."""
    producer = AIOKafkaProducer(
        **kafka_client_options(settings),
        acks="all",
        max_request_size=settings.max_message_bytes,
    )
    await start_kafka_client(producer, settings, stop=producer.stop)
    topic = settings.topic("articles").name
    sent = 0
    try:
        for message in messages:
            await producer.send_and_wait(topic, message.value, key=message.key)
            sent += 1
            on_sent()
    finally:
        await producer.stop()
    return sent


async def read_topic(
    settings: Settings,
    role: str,
    from_beginning: bool,
    follow: bool,
    on_positioned: Callable[[], None] = lambda: None,
) -> AsyncIterator[bytes]:
    """Values of an output topic: from the start or the end, stopping when caught up unless
    ``follow``. No consumer group is used, so reading never moves anybody's offsets."""
    name = settings.topic(role).name
    consumer = AIOKafkaConsumer(
        **kafka_client_options(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        fetch_max_bytes=settings.max_message_bytes,
        max_partition_fetch_bytes=settings.max_message_bytes,
    )
    await start_kafka_client(consumer, settings, stop=consumer.stop)
    try:
        if name not in await consumer.topics():
            raise LookupError(f"topic {name!r} does not exist (is the worker started?)")
        consumer.subscribe([name])  # without a group: every partition, assigned once known
        partitions = await _assignment(consumer)
        ends = await consumer.end_offsets(partitions)
        for partition in partitions:  # resolves each start offset now, not at the first fetch
            await consumer.position(partition)
        on_positioned()  # from here on, every new message will be read
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    yield record.value
            if not follow:
                positions = {tp: await consumer.position(tp) for tp in partitions}
                if all(positions[tp] >= ends[tp] for tp in partitions):
                    return
    finally:
        await consumer.stop()


async def _assignment(consumer: AIOKafkaConsumer, timeout: float = 30.0) -> list[TopicPartition]:
    deadline = asyncio.get_running_loop().time() + timeout
    while not consumer.assignment():
        if asyncio.get_running_loop().time() > deadline:
            raise LookupError("no partitions were assigned in time")
        await asyncio.sleep(0.05)
    return sorted(consumer.assignment())
