"""Publish stage: Redis decides first sighting (``events``) versus every sighting (``mentions``).

Each claim's token names the input message and the sentence, so a redelivered message after a
crash sends again what was not yet acknowledged, and only that (see :mod:`streams.stores`).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from schemas.records import Event, Mention
from streams.app import GeoWire
from streams.stores import ClaimResult

__all__ = ["publish"]


async def publish(geowire: GeoWire, events: list[Event], token: str) -> list[ClaimResult]:
    """Send what is new of ``events``; returns the claims whose outputs Kafka acknowledged."""
    store, topics = geowire.store, geowire.topics
    deliveries: list[asyncio.Future] = []
    claims: list[ClaimResult] = []
    new_events: list[Event] = []
    mentions = 0
    for event in events:
        sighting = f"{token}#{event.start}"
        key = event.event_id.encode()
        first = await store.claim_event(event.event_id, sighting)
        if first.emit:
            deliveries.append(await topics.events.send(key=key, value=event))
            claims.append(first)
            new_events.append(event)
        seen = await store.claim_mention(event.event_id, event.article_id, sighting)
        if seen.emit:
            mention = Mention(
                event_id=event.event_id,
                article_id=event.article_id,
                sentence=event.sentence,
                start=event.start,
                end=event.end,
                confidence=event.confidence,
                sightings=seen.count,
                seen_at=datetime.now(UTC).isoformat(),
            )
            deliveries.append(await topics.mentions.send(key=key, value=mention))
            claims.append(seen)
            mentions += 1
    await asyncio.gather(*deliveries)
    geowire.stats.events_out += len(new_events)
    geowire.stats.mentions_out += mentions
    await geowire.latest.push([json.loads(event.dumps()) for event in new_events])
    return claims
