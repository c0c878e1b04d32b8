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
from typing import Protocol

from agents.context import Outlet, StageContext
from schemas.errors import RejectedArticle, Stage
from schemas.records import Event, Mention, WireRecord
from streams.near_duplicates import StoredEvent
from streams.stores import ClaimResult, Sighting

__all__ = ["Sentence", "mention", "publish", "send_claimed", "unique_sightings"]

logger = logging.getLogger(__name__)


class Sentence(Protocol):
    """An event in a sentence: an :class:`Event`, or one an original's duplicate refers to."""

    @property
    def event_id(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def confidence(self) -> float: ...


def mention(
    event: Sentence, article_id: str, sightings: int, original_article_id: str | None = None
) -> Mention:
    """The mention of ``event`` in ``article_id``, the ``sightings``-th of the event."""
    return Mention(
        event_id=event.event_id,
        article_id=article_id,
        sentence=event.sentence,
        start=event.start,
        end=event.end,
        confidence=event.confidence,
        sightings=sightings,
        seen_at=datetime.now(UTC).isoformat(),
        original_article_id=original_article_id,
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
            outputs.append((seen, context.mentions, mention(event, event.article_id, seen.count)))
    sent = await send_claimed(context, outputs)
    context.stats.events_out += len(new_events)
    context.stats.events_by_type.update(event.event_type for event in new_events)
    context.stats.mentions_out += len(sent) - len(new_events)
    await asyncio.gather(_keep_latest(context, new_events), _remember(context, events))
    return sent


async def send_claimed(
    context: StageContext,
    outputs: list[tuple[ClaimResult, Outlet, Event | Mention]],
    stage: Stage = "publish",
) -> list[ClaimResult]:
    """Send each record under its claim, keyed by its event; returns the claims Kafka
    acknowledged. When a send fails, the acknowledged claims are marked done, the others
    released, and the article is rejected (``internal_error``: replayable)."""
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
            stage,
            f"{len(failures)} of {len(outputs)} outputs not sent: {type(error).__name__}: {error}",
        ) from error
    return sent


async def _keep_latest(context: StageContext, events: list[Event]) -> None:
    """Keep the newest events for the web view: the events are published already, so a failure
    here costs the view an entry, never the article."""
    try:
        await context.latest.push([event.dumps() for event in events])
    except Exception as error:
        logger.warning("the latest events were not kept: %s: %s", type(error).__name__, error)


async def _remember(context: StageContext, events: list[Event]) -> None:
    """Keep the article's events for the mentions of its duplicates from other sources: best
    effort too, a failure costs those copies their mentions, never the article."""
    if not (events and context.settings.near_duplicates):
        return
    kept = [StoredEvent(e.event_id, e.sentence, e.start, e.end, e.confidence) for e in events]
    try:
        await context.near_duplicates.remember(events[0].article_id, kept)
    except Exception as error:
        logger.warning("the events were not kept: %s: %s", type(error).__name__, error)
