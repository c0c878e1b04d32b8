"""Publish stage: Redis decides first sighting (``events``) versus every sighting (``mentions``).

Each claim's token names the input message and the sentence, so a redelivered message after a
crash sends again what was not yet acknowledged, and only that (see :mod:`streams.stores`).
A claim whose output could not be sent is released, so that the next article with the same
event publishes it instead of taking it for already published.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from agents.context import Outlet, StageContext
from schemas.errors import RejectedArticle
from schemas.records import Event, Mention, WireRecord
from streams.stores import ClaimResult, Sighting

__all__ = ["publish", "unique_sightings"]

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


async def _send(topic: Outlet, key: bytes, value: WireRecord) -> None:
    delivery = await topic.send(key=key, value=value)
    await delivery


async def publish(context: StageContext, events: list[Event], token: str) -> list[ClaimResult]:
    """Send what is new of ``events``; returns the claims whose outputs Kafka acknowledged.

    When a send fails, the acknowledged claims are marked done, the others released, and the
    article is rejected (``internal_error``: replayable)."""
    events = unique_sightings(events)
    claims = await context.claims.claim_sightings(
        [Sighting(e.event_id, e.article_id, f"{token}#{e.start}") for e in events]
    )
    outputs: list[tuple[ClaimResult, Outlet, Event | Mention]] = []
    new_events: list[Event] = []
    for event, (first, seen) in zip(events, claims, strict=True):
        if first.emit:
            outputs.append((first, context.events, event))
            new_events.append(event)
        if seen.emit:
            outputs.append((seen, context.mentions, _mention(event, seen.count)))
    results = await asyncio.gather(
        *(_send(topic, record.event_id.encode(), record) for _, topic, record in outputs),
        return_exceptions=True,
    )
    sent: list[ClaimResult] = []
    unsent: list[ClaimResult] = []
    failures: list[BaseException] = []
    for (claim, _, _), result in zip(outputs, results, strict=True):
        if result is None:
            sent.append(claim)
        else:
            unsent.append(claim)
            failures.append(result)
    if failures:
        await context.claims.mark_done(sent)
        await context.claims.release(unsent)
        error = failures[0]
        raise RejectedArticle(
            "internal_error",
            "publish",
            f"{len(failures)} of {len(outputs)} outputs not sent: {type(error).__name__}: {error}",
        ) from error
    context.stats.events_out += len(new_events)
    context.stats.events_by_type.update(event.event_type for event in new_events)
    context.stats.mentions_out += len(sent) - len(new_events)
    await _keep_latest(context, new_events)
    return sent


async def _keep_latest(context: StageContext, events: list[Event]) -> None:
    """Keep the newest events for the web view: the events are published already, so a failure
    here costs the view an entry, never the article."""
    try:
        await context.latest.push([event.dumps() for event in events])
    except Exception as error:
        logger.warning("the latest events were not kept: %s: %s", type(error).__name__, error)
