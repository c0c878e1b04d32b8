"""Dead letters: the original bytes of a rejected message, with its reason, stage and error.

Sending a dead letter never raises: it is the path every failure takes, so a failure of its own
is logged and the agent goes on (the input is still in ``articles.raw``, at the offset logged).
"""

from __future__ import annotations

import base64
import hashlib
import logging
from datetime import UTC, datetime

from faust.types import Message

from agents.context import StageContext
from schemas.errors import RejectedArticle
from schemas.records import DeadLetter

__all__ = ["MAX_ERROR_CHARS", "dead_letter", "send_deadletter"]

logger = logging.getLogger(__name__)

# Error texts can echo the input (jsonschema and fromisoformat quote the bad value): a reader
# needs the first lines, not a megabyte.
MAX_ERROR_CHARS = 1000
_LOGGED_ERROR_CHARS = 200
_RECORD_OVERHEAD = 64 * 1024  # the dead letter's other fields, with room to spare


def dead_letter(
    message: Message, rejection: RejectedArticle, article_id: str | None, max_bytes: int
) -> DeadLetter:
    """The dead letter of ``message``, within ``max_bytes`` when serialised: an original too
    large to carry whole as base64 keeps its first bytes, with its length and SHA-256."""
    original = message.value or b""
    room = max(0, (max_bytes - _RECORD_OVERHEAD) // 4 * 3)  # base64 takes 4 bytes per 3
    return DeadLetter(
        reason=rejection.reason,
        stage=rejection.stage,
        error=_bounded(str(rejection), MAX_ERROR_CHARS),
        original_base64=base64.b64encode(original[:room]).decode("ascii"),
        failed_at=datetime.now(UTC).isoformat(),
        original_length=len(original),
        original_sha256=hashlib.sha256(original).hexdigest(),
        original_truncated=len(original) > room,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        article_id=_bounded(article_id, MAX_ERROR_CHARS) if article_id else None,
    )


async def send_deadletter(
    context: StageContext,
    message: Message,
    rejection: RejectedArticle,
    article_id: str | None = None,
) -> None:
    """Send the dead letter of ``message`` and wait for Kafka's acknowledgement."""
    logger.warning(
        "dead letter %s at %s:%s (%s): %s",
        rejection.reason,
        message.partition,
        message.offset,
        rejection.stage,
        _bounded(str(rejection), _LOGGED_ERROR_CHARS),
    )
    letter = dead_letter(message, rejection, article_id, context.settings.max_message_bytes)
    try:
        delivery = await context.deadletters.send(key=_key(message), value=letter)
        await delivery
    except Exception:
        logger.exception(
            "the dead letter of %s:%s:%s could not be sent; the input stays at that offset",
            message.topic,
            message.partition,
            message.offset,
        )
        context.stats.deadletters_unsent += 1
        return
    context.stats.deadletters[rejection.reason] += 1


def _key(message: Message) -> bytes | None:
    """The input's key, unless it is larger than a key should ever be."""
    key = message.key
    return key if key is None or len(key) <= MAX_ERROR_CHARS else hashlib.sha256(key).digest()


def _bounded(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"
