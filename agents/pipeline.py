"""The agent on ``articles.raw``: ingest, extract, publish; rejected input to the dead letters.

One bad article never stops the worker: every failure of an article becomes a dead letter with
the original bytes, and the agent goes on with the next message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

from faust.types import Message

from agents.deadletter import send_deadletter
from agents.extract import extract
from agents.ingest import accept
from agents.publish import publish
from schemas.errors import RejectedArticle, Stage
from streams.app import GeoWire

__all__ = ["process", "register"]

logger = logging.getLogger(__name__)
T = TypeVar("T")


def register(geowire: GeoWire) -> None:
    """Attach the articles agent to ``geowire.app``."""

    @geowire.app.agent(
        geowire.topics.articles,
        name="geowire.articles",
        concurrency=geowire.settings.agent_concurrency,
    )
    async def articles(stream: AsyncIterator) -> None:
        async for event in stream.events():
            await process(geowire, event.message)


async def process(geowire: GeoWire, message: Message) -> None:
    """Take one input message through every stage."""
    token = f"{message.topic}:{message.partition}:{message.offset}"
    geowire.stats.articles_in += 1
    try:
        await _process(geowire, message, token)
    finally:
        geowire.stats.articles_done += 1


async def _process(geowire: GeoWire, message: Message, token: str) -> None:
    accepted = None
    try:
        accepted = await _stage(geowire, "ingest", accept(geowire, message.value, token))
        if accepted is None:
            return
        events = await _stage(geowire, "extract", extract(geowire, accepted.article))
        sent = await _stage(geowire, "publish", publish(geowire, events, token))
    except RejectedArticle as rejection:
        article_id = accepted.article.id if accepted else None
        await send_deadletter(geowire, message, rejection, article_id)
        sent = []
    if accepted is not None:
        await geowire.store.mark_done([accepted.claim, *sent])
    if message.timestamp:
        geowire.stats.latency["end_to_end"].add(max(0.0, time.time() - message.timestamp))


async def _stage(geowire: GeoWire, stage: Stage, work: Awaitable[T]) -> T:
    """Await one stage, timing it; an unexpected error becomes an ``internal_error`` rejection."""
    started = time.perf_counter()
    try:
        return await work
    except RejectedArticle:
        raise
    except Exception as error:
        logger.exception("%s failed", stage)
        raise RejectedArticle(
            "internal_error", stage, f"{type(error).__name__}: {error}"
        ) from error
    finally:
        geowire.stats.latency[stage].add(time.perf_counter() - started)
