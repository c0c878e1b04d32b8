"""Publish stage: Redis decides first sighting (``events``) versus every sighting (``mentions``).

Each claim's token names the input message and the sentence, so a redelivered message after a
crash sends again what was not yet acknowledged, and only that (see :mod:`streams.stores`).
A claim whose output could not be sent is released, so that the next article with the same
event publishes it instead of taking it for already published.

A batch of articles is published at once: its claims in one Redis round trip, its outputs in
the producer's requests together, each acknowledgement still told to its own article.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from agents.context import Outlet, StageContext
from schemas.errors import RejectedArticle
from schemas.records import Event, Mention
from streams.stores import ClaimResult, Sighting

__all__ = ["Found", "Published", "publish", "unique_sightings"]

logger = logging.getLogger(__name__)


def _mention(event: Event, sightings: int) -> Mention:
    return Mention(
        event_id=event.event_id,
        article_id=event.article_id,
        sentence=event.sentence,
        start=event.start,
        end=event.end,
        confidence=event.confidence,
        sightings=sightings,
        seen_at=datetime.now(UTC).isoformat(),
    )


def unique_sightings(events: list[Event]) -> list[Event]:
    """``events`` less repeats of an event in the same sentence: two would claim one key with
    one token, and the second claim would read as a redelivery of the first and send it again."""
    seen: set[tuple[str, int]] = set()
    unique = []
    for event in events:
        if (event.event_id, event.start) not in seen:
            seen.add((event.event_id, event.start))
            unique.append(event)
    return unique


@dataclass(frozen=True)
class Found:
    """An article's events, and the token of its input message."""

    events: list[Event]
    token: str


@dataclass
class Published:
    """What became of one article's outputs: the claims whose outputs Kafka acknowledged
    (``sent``), those it did not (``unsent``), and, if any did not, why the article failed."""

    sent: list[ClaimResult] = field(default_factory=list)
    unsent: list[ClaimResult] = field(default_factory=list)
    failure: RejectedArticle | None = None


@dataclass(frozen=True)
class _Output:
    claim: ClaimResult
    delivery: asyncio.Future[object] | BaseException  # Kafka's acknowledgement, or why not queued
    event: Event | None = None  # set on an event's first sighting (``events``)


async def publish(context: StageContext, batch: Sequence[Found]) -> list[Published]:
    """Send what is new of each article's events, for the whole batch at once: one Redis round
    trip claims every sighting, every output is queued for the producer before any
    acknowledgement is awaited, and each acknowledgement (or failure) is told to its article.

    An article with a failed send is rejected (``internal_error``: replayable); the caller marks
    its acknowledged claims done and releases the others, with those of the whole batch."""
    per_article = [unique_sightings(found.events) for found in batch]
    claims = iter(
        await context.claims.claim_sightings(
            [
                Sighting(e.event_id, e.article_id, f"{found.token}#{e.start}")
                for found, events in zip(batch, per_article, strict=True)
                for e in events
            ]
        )
    )
    outputs: list[list[_Output]] = []
    for events in per_article:
        mine: list[_Output] = []
        for event in events:
            first, seen = next(claims)
            if first.emit:
                mine.append(_Output(first, await _queue(context.events, event), event))
            if seen.emit:
                delivery = await _queue(context.mentions, _mention(event, seen.count))
                mine.append(_Output(seen, delivery))
        outputs.append(mine)
    deliveries = [output.delivery for mine in outputs for output in mine]
    pending = [delivery for delivery in deliveries if isinstance(delivery, asyncio.Future)]
    if pending:
        await asyncio.wait(pending)
    published = [_published(context, mine) for mine in outputs]
    fresh = [
        output.event
        for result, mine in zip(published, outputs, strict=True)
        if result.failure is None
        for output in mine
        if output.event
    ]
    await _keep_latest(context, fresh)
    return published


async def _queue(topic: Outlet, record: Event | Mention) -> asyncio.Future[object] | BaseException:
    """Hand ``record`` to the producer; the future of its acknowledgement, or the error that
    kept it from being queued."""
    try:
        return asyncio.ensure_future(await topic.send(key=record.event_id.encode(), value=record))
    except Exception as error:
        return error


def _published(context: StageContext, outputs: list[_Output]) -> Published:
    """Sort one article's outputs into acknowledged and not, and count what went out."""
    result = Published()
    failures: list[BaseException] = []
    for output in outputs:
        error = _failure(output.delivery)
        if error is None:
            result.sent.append(output.claim)
        else:
            result.unsent.append(output.claim)
            failures.append(error)
    if failures:
        error = failures[0]
        result.failure = RejectedArticle(
            "internal_error",
            "publish",
            f"{len(failures)} of {len(outputs)} outputs not sent: {type(error).__name__}: {error}",
        )
        return result
    new_events = sum(1 for output in outputs if output.event)
    context.stats.events_out += new_events
    context.stats.mentions_out += len(outputs) - new_events
    return result


def _failure(delivery: asyncio.Future[object] | BaseException) -> BaseException | None:
    if isinstance(delivery, BaseException):
        return delivery
    return asyncio.CancelledError() if delivery.cancelled() else delivery.exception()


async def _keep_latest(context: StageContext, events: list[Event]) -> None:
    """Keep the newest events for the web view: the events are published already, so a failure
    here costs the view an entry, never the article."""
    try:
        await context.latest.push([event.dumps() for event in events])
    except Exception as error:
        logger.warning("the latest events were not kept: %s: %s", type(error).__name__, error)
