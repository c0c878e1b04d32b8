"""The agent on ``articles.raw``: ingest, extract, publish; rejected input to the dead letters.

The agent takes the stream a batch at a time (Faust's ``take_events``: up to
``agent_batch_size`` messages, or what arrived within ``agent_batch_seconds``), so that the
event loop's work per message is shared by the batch: one Redis round trip claims its articles,
one its events, one settles the claims, and its outputs leave in the producer's requests
together. Extraction stays per article, each in the pool as soon as it is accepted.

One bad article never stops the worker: every failure of an article becomes a dead letter with
the original bytes, for that article alone, and the agent goes on with the others and the next
batch. Faust acknowledges a batch's messages once this has finished with all of them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

import faust
from faust.types import Message

from agents.context import StageContext
from agents.deadletter import send_deadletter
from agents.duplicates import forget_originals, remember_originals
from agents.extract import Extracted, extract
from agents.ingest import Accepted, Incoming, accept
from agents.publish import Found, Published, publish
from schemas.errors import TRANSIENT_REASONS, RejectedArticle, Stage
from schemas.records import Article
from streams.stores import ClaimResult

__all__ = ["process_batch", "register"]

logger = logging.getLogger(__name__)


def register(
    app: faust.App, articles: faust.TopicT, context: StageContext, concurrency: int
) -> None:
    """Attach the articles agent to ``app``: ``concurrency`` batches in flight."""
    settings = context.settings

    @app.agent(articles, name="geowire.articles", concurrency=concurrency)
    async def process_articles(stream: faust.StreamT[bytes]) -> None:
        # take_events is Faust's Stream's, not declared on StreamT
        taking = cast(faust.Stream[bytes], stream)
        batches = taking.take_events(settings.agent_batch_size, settings.agent_batch_seconds)
        async for batch in batches:
            await process_batch(context, [event.message for event in batch])


@dataclass(eq=False)
class _Trip:
    """One message's way through the stages."""

    message: Message
    token: str
    accepted: Accepted | None = None
    rejection: RejectedArticle | None = None
    published: Published = field(default_factory=Published)
    lettered: bool = False  # its dead letter went out (or was tried)


async def process_batch(context: StageContext, messages: Sequence[Message]) -> None:
    """Take a batch of input messages through every stage. Never raises: an error of GeoWire's
    own that escapes the stages still ends in a dead letter for each message not yet finished,
    and the agent goes on."""
    trips = [_Trip(m, f"{m.topic}:{m.partition}:{m.offset}") for m in messages]
    context.stats.articles_in += len(trips)
    try:
        await _process(context, trips)
    except Exception as error:
        logger.exception("processing a batch of %d messages failed", len(trips))
        failure = RejectedArticle.internal("publish", error)
        await _send_deadletters(context, [trip for trip in trips if not trip.lettered], failure)
    finally:
        context.stats.articles_done += len(trips)


async def _process(context: StageContext, trips: list[_Trip]) -> None:
    started = time.perf_counter()
    ingested = await accept(context, [Incoming(trip.message.value, trip.token) for trip in trips])
    _timed(context, "ingest", started, len(trips))
    for trip, outcome in zip(trips, ingested, strict=True):
        if isinstance(outcome, RejectedArticle):
            trip.rejection = outcome
        else:
            trip.accepted = outcome
    accepted = [(trip, trip.accepted) for trip in trips if trip.accepted]
    for trip, article in accepted:
        if article.diverted:  # a duplicate, reported: its claims are settled with the others
            trip.published = article.diverted
            trip.rejection = article.diverted.failure
    originals = [(trip, a) for trip, a in accepted if not a.diverted]
    found = await asyncio.gather(*(_extract(context, trip, a.article) for trip, a in originals))
    await _publish(context, [(trip, f) for (trip, _), f in zip(originals, found, strict=True) if f])
    await _send_deadletters(context, [trip for trip in trips if trip.rejection])
    await forget_originals(
        context, [a.article for trip, a in originals if _transient(trip.rejection)]
    )
    await _settle(context, accepted)
    now = time.time()
    for trip in trips:
        if trip.message.timestamp and (trip.accepted or trip.rejection):
            context.stats.latency["end_to_end"].add(max(0.0, now - trip.message.timestamp))


async def _extract(context: StageContext, trip: _Trip, article: Article) -> Extracted | None:
    """The article's events, or None with the trip's rejection set."""
    started = time.perf_counter()
    try:
        return await extract(context.extractor, article)
    except RejectedArticle as rejection:
        trip.rejection = rejection
    except Exception as error:
        logger.exception("extract failed")
        trip.rejection = RejectedArticle.internal("extract", error)
    finally:
        _timed(context, "extract", started)
    return None


async def _publish(context: StageContext, extracted: list[tuple[_Trip, Extracted]]) -> None:
    """Publish the batch's events; each trip learns its sent and unsent claims, and why it
    failed. Past a cap on events, the events up to it are out and the article is rejected."""
    if not extracted:
        return
    started = time.perf_counter()
    try:
        results = await publish(context, [Found(f.events, trip.token) for trip, f in extracted])
    except Exception as error:  # the claims could not be made: nothing was sent
        logger.exception("publish failed")
        failure = RejectedArticle.internal("publish", error)
        results = [Published(failure=failure) for _ in extracted]
    published = [
        (trip, f) for (trip, f), r in zip(extracted, results, strict=True) if not r.failure
    ]
    owed = await remember_originals(context, [found.events for _, found in published])
    _timed(context, "publish", started, len(extracted))
    for (trip, found), result in zip(extracted, results, strict=True):
        if trip.accepted and (mentions := owed.get(trip.accepted.article.id)):
            result.sent.extend(mentions.sent)
            result.unsent.extend(mentions.unsent)
        trip.published = result
        if result.failure:
            trip.rejection = result.failure
        elif found.truncated:
            context.stats.articles_truncated += 1
            trip.rejection = RejectedArticle(
                "too_many_events", "extract", _truncation(context, len(found.events))
            )


async def _send_deadletters(
    context: StageContext, trips: list[_Trip], failure: RejectedArticle | None = None
) -> None:
    """The dead letters of ``trips``, each with its own rejection unless ``failure`` is given,
    sent together (a dead letter's send never raises)."""
    letters = []
    for trip in trips:
        trip.lettered = True
        rejection = failure or trip.rejection
        if rejection is not None:
            article_id = trip.accepted.article.id if trip.accepted else None
            letters.append(send_deadletter(context, trip.message, rejection, article_id))
    await asyncio.gather(*letters)


async def _settle(context: StageContext, accepted: list[tuple[_Trip, Accepted]]) -> None:
    """Mark done the claims whose outputs Kafka acknowledged, and release the others, for the
    whole batch in one round trip. An article rejected for a reason that may pass stays
    claimable, so that replaying its dead letter processes it. The outputs are out already: if
    Redis stays away past its retries, the claims stay open, and a redelivery of the message
    would send them again (at least once) rather than lose them."""
    done: list[ClaimResult] = []
    release: list[ClaimResult] = []
    for trip, article in accepted:
        if article.claim.emit:  # an exact duplicate's claim is another message's
            (release if _transient(trip.rejection) else done).append(article.claim)
        done.extend(trip.published.sent)
        release.extend(trip.published.unsent)
    try:
        await context.claims.settle(done, release)
    except Exception as error:
        logger.error(
            "claims left open after their outputs were sent: %s: %s", type(error).__name__, error
        )


def _transient(rejection: RejectedArticle | None) -> bool:
    """Whether a rejection may pass: the article stays claimable for its replay."""
    return rejection is not None and rejection.reason in TRANSIENT_REASONS


def _truncation(context: StageContext, kept: int) -> str:
    settings = context.settings
    return (
        f"the first {kept} events kept, the rest cut: more than "
        f"{settings.max_events_per_article} events in the article or "
        f"{settings.max_events_per_sentence} in one sentence "
        "(GEOWIRE_MAX_EVENTS_PER_ARTICLE, GEOWIRE_MAX_EVENTS_PER_SENTENCE)"
    )


def _timed(context: StageContext, stage: Stage, started: float, articles: int = 1) -> None:
    """Record the time since ``started`` for each of ``articles`` that spent it in ``stage``."""
    window = context.stats.latency[stage]
    elapsed = time.perf_counter() - started
    for _ in range(articles):
        window.add(elapsed)
