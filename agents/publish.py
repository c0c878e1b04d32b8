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
from typing import Protocol

from agents.context import Outlet, StageContext
from schemas.errors import RejectedArticle, Stage
from schemas.records import Event, Mention, WireRecord
from streams.stores import ClaimResult, Sighting

__all__ = [
    "Delivery",
    "Found",
    "Published",
    "Sentence",
    "delivery_error",
    "mention",
    "publish",
    "queue_record",
    "send_claimed",
    "unique_sightings",
]

logger = logging.getLogger(__name__)

Delivery = asyncio.Future[object] | BaseException
"""Kafka's acknowledgement of a queued record, or the error that kept it from being queued."""


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


Claimed = tuple[ClaimResult, Outlet, Event | Mention]
"""An output to send under its claim, keyed by its event."""


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
    outputs: list[list[Claimed]] = []
    for events in per_article:
        mine: list[Claimed] = []
        for event in events:
            first, seen = next(claims)
            if first.emit:
                mine.append((first, context.events, event))
            if seen.emit:
                mine.append((seen, context.mentions, mention(event, event.article_id, seen.count)))
        outputs.append(mine)
    published = await send_claimed(context, outputs)
    fresh = [
        record
        for result, mine in zip(published, outputs, strict=True)
        if result.failure is None
        for _, _, record in mine
        if isinstance(record, Event)
    ]
    await _keep_latest(context, fresh)
    return published


async def send_claimed(
    context: StageContext, batch: Sequence[Sequence[Claimed]], stage: Stage = "publish"
) -> list[Published]:
    """Send each article's records under their claims: every record of the batch is queued for
    the producer before any acknowledgement is awaited. Per article, the claims Kafka
    acknowledged and those it did not; an article with a failed send is rejected
    (``internal_error``: replayable). The caller settles the claims, the batch's at once."""
    deliveries = [
        [
            await queue_record(topic, record.event_id.encode(), record)
            for _, topic, record in outputs
        ]
        for outputs in batch
    ]
    pending = [d for mine in deliveries for d in mine if isinstance(d, asyncio.Future)]
    if pending:
        await asyncio.wait(pending)
    return [
        _published(context, outputs, mine, stage)
        for outputs, mine in zip(batch, deliveries, strict=True)
    ]


async def queue_record(topic: Outlet, key: bytes, record: WireRecord) -> Delivery:
    """Hand ``record`` to the producer; the future of its acknowledgement, or the error that
    kept it from being queued."""
    try:
        return asyncio.ensure_future(await topic.send(key=key, value=record))
    except Exception as error:
        return error


def _published(
    context: StageContext, outputs: Sequence[Claimed], deliveries: list[Delivery], stage: Stage
) -> Published:
    """Sort one article's outputs into acknowledged and not, and count what went out."""
    result = Published()
    failures: list[BaseException] = []
    for (claim, _, _), delivery in zip(outputs, deliveries, strict=True):
        error = delivery_error(delivery)
        if error is None:
            result.sent.append(claim)
        else:
            result.unsent.append(claim)
            failures.append(error)
    if failures:
        error = failures[0]
        result.failure = RejectedArticle(
            "internal_error",
            stage,
            f"{len(failures)} of {len(outputs)} outputs not sent: {type(error).__name__}: {error}",
        )
        return result
    new_events = [record for _, _, record in outputs if isinstance(record, Event)]
    context.stats.events_out += len(new_events)
    context.stats.events_by_type.update(event.event_type for event in new_events)
    context.stats.mentions_out += len(outputs) - len(new_events)
    return result


def delivery_error(delivery: Delivery) -> BaseException | None:
    """Why a queued record was not acknowledged, or None when it was (it must be done)."""
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
