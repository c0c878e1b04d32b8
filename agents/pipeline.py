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
from agents.ingest import Accepted, accept
from agents.publish import publish
from schemas.errors import TRANSIENT_REASONS, RejectedArticle, Stage
from streams.app import GeoWire
from streams.stores import ClaimResult

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
    """Take one input message through every stage. Never raises: an error of GeoWire's own
    that escapes the stages still ends in a dead letter, and the agent goes on."""
    token = f"{message.topic}:{message.partition}:{message.offset}"
    geowire.stats.articles_in += 1
    try:
        await _process(geowire, message, token)
    except Exception as error:
        logger.exception("processing %s failed", token)
        failure = RejectedArticle("internal_error", "publish", f"{type(error).__name__}: {error}")
        await send_deadletter(geowire, message, failure)
    finally:
        geowire.stats.articles_done += 1


async def _process(geowire: GeoWire, message: Message, token: str) -> None:
    accepted: Accepted | None = None
    sent: list[ClaimResult] = []
    try:
        accepted = await _stage(geowire, "ingest", accept(geowire, message.value, token))
        if accepted is None:
            return
        found = await _stage(geowire, "extract", extract(geowire, accepted.article))
        sent = await _stage(geowire, "publish", publish(geowire, found.events, token))
        if found.truncated:
            geowire.stats.articles_truncated += 1
            raise RejectedArticle("too_many_events", "extract", _truncation(geowire, found.events))
    except RejectedArticle as rejection:
        article_id = accepted.article.id if accepted else None
        await send_deadletter(geowire, message, rejection, article_id)
        if accepted is not None and rejection.reason in TRANSIENT_REASONS:
            # the article stays claimable: replaying its dead letter processes it
            await _settle(geowire, sent, release=[accepted.claim])
            return
    if accepted is not None:
        await _settle(geowire, [accepted.claim, *sent])
    if message.timestamp:
        geowire.stats.latency["end_to_end"].add(max(0.0, time.time() - message.timestamp))


async def _settle(
    geowire: GeoWire, done: list[ClaimResult], release: list[ClaimResult] | None = None
) -> None:
    """Mark ``done`` the claims whose outputs Kafka acknowledged, and release the others. The
    outputs are out already: if Redis stays away past its retries, the claims stay open, and a
    redelivery of the message would send them again (at least once) rather than lose them."""
    try:
        await geowire.store.mark_done(done)
        if release:
            await geowire.store.release(release)
    except Exception as error:
        logger.error("claims left open after their outputs were sent: %s: %s",
                     type(error).__name__, error)


def _truncation(geowire: GeoWire, events: list) -> str:
    settings = geowire.settings
    return (
        f"{len(events)} events published, the rest cut: more than "
        f"{settings.max_events_per_article} events in the article or "
        f"{settings.max_events_per_sentence} in one sentence "
        "(GEOWIRE_MAX_EVENTS_PER_ARTICLE, GEOWIRE_MAX_EVENTS_PER_SENTENCE)"
    )


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
