"""Publish stage: Redis decides first sighting (``events``) versus every sighting (``mentions``).

Each claim's token names the input message and the sentence, so a redelivered message after a
crash sends again what was not yet acknowledged, and only that (see :mod:`streams.stores`).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from schemas.records import Event, Mention
from streams.app import GeoWire
from streams.stores import ClaimResult, Sighting

__all__ = ["publish"]


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


async def publish(geowire: GeoWire, events: list[Event], token: str) -> list[ClaimResult]:
    """Send what is new of ``events``; returns the claims whose outputs Kafka acknowledged."""
    topics = geowire.topics
    claims = await geowire.store.claim_sightings(
        [Sighting(e.event_id, e.article_id, f"{token}#{e.start}") for e in events]
    )
    deliveries: list[asyncio.Future] = []
    sent: list[ClaimResult] = []
    new_events: list[Event] = []
    for event, (first, seen) in zip(events, claims, strict=True):
        key = event.event_id.encode()
        if first.emit:
            deliveries.append(await topics.events.send(key=key, value=event))
            sent.append(first)
            new_events.append(event)
        if seen.emit:
            deliveries.append(
                await topics.mentions.send(key=key, value=_mention(event, seen.count))
            )
            sent.append(seen)
    await asyncio.gather(*deliveries)
    geowire.stats.events_out += len(new_events)
    geowire.stats.mentions_out += len(sent) - len(new_events)
    await geowire.latest.push([event.dumps() for event in new_events])
    return sent
