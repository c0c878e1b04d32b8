"""The agent on ``articles.raw``: ingest, extract, publish; rejected input to the dead letters.

One bad article never stops the worker: every failure of an article becomes a dead letter with
the original bytes, and the agent goes on with the next message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable
from typing import TypeVar

import faust
from faust.types import Message

from agents.context import StageContext
from agents.deadletter import send_deadletter
from agents.duplicates import forget_original
from agents.extract import extract
from agents.ingest import Accepted, accept
from agents.publish import publish
from schemas.errors import TRANSIENT_REASONS, RejectedArticle, Stage
from streams.stores import ClaimResult

__all__ = ["process", "register"]

logger = logging.getLogger(__name__)
T = TypeVar("T")


def register(
    app: faust.App, articles: faust.TopicT, context: StageContext, concurrency: int
) -> None:
    """Attach the articles agent to ``app``."""

    @app.agent(articles, name="geowire.articles", concurrency=concurrency)
    async def process_articles(stream: faust.StreamT[bytes]) -> None:
        async for received in stream.events():
            await process(context, received.message)


async def process(context: StageContext, message: Message) -> None:
    """Take one input message through every stage. Never raises: an error of GeoWire's own
    that escapes the stages still ends in a dead letter, and the agent goes on."""
    token = f"{message.topic}:{message.partition}:{message.offset}"
    context.stats.articles_in += 1
    try:
        await _process(context, message, token)
    except Exception as error:
        logger.exception("processing %s failed", token)
        failure = RejectedArticle("internal_error", "publish", f"{type(error).__name__}: {error}")
        await send_deadletter(context, message, failure)
    finally:
        context.stats.articles_done += 1


async def _process(context: StageContext, message: Message, token: str) -> None:
    accepted: Accepted | None = None
    sent: list[ClaimResult] = []
    try:
        accepted = await _stage(context, "ingest", accept(context, message.value, token))
        if accepted is None:
            return
        found = await _stage(context, "extract", extract(context.extractor, accepted.article))
        sent = await _stage(context, "publish", publish(context, found.events, token))
        if found.truncated:
            context.stats.articles_truncated += 1
            cut = _truncation(context, len(found.events))
            raise RejectedArticle("too_many_events", "extract", cut)
    except RejectedArticle as rejection:
        article_id = accepted.article.id if accepted else None
        await send_deadletter(context, message, rejection, article_id)
        if accepted is not None and rejection.reason in TRANSIENT_REASONS:
            # the article stays claimable: replaying its dead letter processes it
            await forget_original(context, accepted.article)
            await _settle(context, sent, release=[accepted.claim])
            return
    if accepted is not None:
        await _settle(context, [accepted.claim, *sent])
    if message.timestamp:
        context.stats.latency["end_to_end"].add(max(0.0, time.time() - message.timestamp))


async def _settle(
    context: StageContext, done: list[ClaimResult], release: list[ClaimResult] | None = None
) -> None:
    """Mark ``done`` the claims whose outputs Kafka acknowledged, and release the others. The
    outputs are out already: if Redis stays away past its retries, the claims stay open, and a
    redelivery of the message would send them again (at least once) rather than lose them."""
    try:
        await context.claims.mark_done(done)
        if release:
            await context.claims.release(release)
    except Exception as error:
        logger.error(
            "claims left open after their outputs were sent: %s: %s", type(error).__name__, error
        )


def _truncation(context: StageContext, kept: int) -> str:
    settings = context.settings
    return (
        f"the first {kept} events kept, the rest cut: more than "
        f"{settings.max_events_per_article} events in the article or "
        f"{settings.max_events_per_sentence} in one sentence "
        "(GEOWIRE_MAX_EVENTS_PER_ARTICLE, GEOWIRE_MAX_EVENTS_PER_SENTENCE)"
    )


async def _stage(context: StageContext, stage: Stage, work: Awaitable[T]) -> T:
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
        context.stats.latency[stage].add(time.perf_counter() - started)
