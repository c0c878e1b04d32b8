"""``geowire replay``: dead letters of chosen reasons back to ``articles.raw``.

Input rejected for a transient reason (an extraction timeout on a busy machine, a Redis or
Kafka outage, a crash) is left claimable in Redis, so that its replayed copy is processed
rather than dropped as a duplicate. Input rejected for what it is would only be rejected again.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from cli.clients import OutgoingMessage, produce, read_topic
from schemas.errors import TRANSIENT_REASONS
from streams.settings import Settings

__all__ = ["ReplayReport", "replay"]


@dataclass(frozen=True)
class ReplayReport:
    replayed: int  # sent back to the articles topic
    truncated: int  # matched, but only the first bytes of the original were kept: not sent
    skipped: int  # dead letters of other reasons or times


async def replay(
    settings: Settings,
    reasons: Collection[str] = TRANSIENT_REASONS,
    since: datetime | None = None,
    until: datetime | None = None,
) -> ReplayReport:
    """Re-send the originals of the dead letters with one of ``reasons`` that failed in
    ``[since, until)`` (aware datetimes), keyed by their article id when they had one."""
    messages: list[OutgoingMessage] = []
    truncated = skipped = 0
    async for value in read_topic(settings, "deadletter", from_beginning=True, follow=False):
        letter = json.loads(value)
        failed_at = datetime.fromisoformat(letter["failed_at"])
        if (
            letter["reason"] not in reasons
            or (since is not None and failed_at < since)
            or (until is not None and failed_at >= until)
        ):
            skipped += 1
        elif letter.get("original_truncated"):
            truncated += 1
        else:
            article_id = letter.get("article_id")
            messages.append(
                OutgoingMessage(
                    article_id.encode() if article_id else None,
                    base64.b64decode(letter["original_base64"]),
                )
            )
    replayed = await produce(settings, messages) if messages else 0
    return ReplayReport(replayed, truncated, skipped)
