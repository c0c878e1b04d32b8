"""Why an input message is rejected: the reason codes of the dead-letter contract.

RejectedArticle      an input message that goes to the dead-letter topic, with reason and stage
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["REASONS", "Reason", "RejectedArticle", "Stage"]

Reason = Literal[
    "invalid_json",
    "schema_violation",
    "empty_body",
    "too_large",
    "bad_encoding",
    "unsupported_language",
    "extraction_error",
    "internal_error",
]
REASONS: tuple[str, ...] = get_args(Reason)
Stage = Literal["ingest", "extract", "publish"]


class RejectedArticle(Exception):
    """An input message that cannot be processed; it goes to the dead-letter topic."""

    def __init__(self, reason: Reason, stage: Stage, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.stage: Stage = stage
