"""Dead letters: the original bytes of a rejected message, with its reason, stage and error."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime

from faust.types import Message

from schemas.errors import RejectedArticle
from schemas.records import DeadLetter
from streams.app import GeoWire

__all__ = ["send_deadletter"]

logger = logging.getLogger(__name__)


async def send_deadletter(
    geowire: GeoWire, message: Message, rejection: RejectedArticle, article_id: str | None = None
) -> None:
    logger.warning(
        "dead letter %s at %s:%s (%s): %s",
        rejection.reason,
        message.partition,
        message.offset,
        rejection.stage,
        rejection,
    )
    letter = DeadLetter(
        reason=rejection.reason,
        stage=rejection.stage,
        error=str(rejection),
        original_base64=base64.b64encode(message.value or b"").decode("ascii"),
        failed_at=datetime.now(UTC).isoformat(),
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        article_id=article_id,
    )
    delivery = await geowire.topics.deadletter.send(key=message.key, value=letter)
    await delivery
    geowire.stats.deadletters[rejection.reason] += 1
