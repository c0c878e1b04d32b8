"""Why an input message is rejected: the reason codes of the dead-letter contract.

RejectedArticle      an input message that goes to the dead-letter topic, with reason and stage
"""

from __future__ import annotations

from typing import Literal, get_args

from base import GeoWireError

__all__ = ["REASONS", "TRANSIENT_REASONS", "Reason", "RejectedArticle", "Stage"]

Reason = Literal[
    "invalid_json",
    "schema_violation",
    "empty_body",
    "too_large",
    "bad_encoding",
    "unsupported_language",
    "extraction_error",
    "too_many_events",
    "internal_error",
]
REASONS: tuple[str, ...] = get_args(Reason)
# Reasons that may pass (an outage, a timeout on a busy machine, a crash): the article stays
# claimable, so that replaying its dead letter (``geowire replay``) processes it. Input rejected
# for what it is would be rejected again, and stays dropped as a duplicate.
TRANSIENT_REASONS: frozenset[str] = frozenset({"extraction_error", "internal_error"})
Stage = Literal["ingest", "extract", "publish"]


class RejectedArticle(GeoWireError):
    """An input message that cannot be processed; it goes to the dead-letter topic."""

    def __init__(self, reason: Reason, stage: Stage, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.stage: Stage = stage

    @classmethod
    def internal(cls, stage: Stage, error: BaseException) -> RejectedArticle:
        """An error of GeoWire's own, not of the input, at ``stage``: ``internal_error``, which
        stays replayable."""
        return cls("internal_error", stage, f"{type(error).__name__}: {error}")
