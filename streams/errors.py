"""Errors of the stream runtime (a subtree of :class:`base.GeoWireError`).

StreamError
 └── StoreUnavailable      Redis did not answer within the retry window

Input that cannot be processed is not an error of the application: see
:class:`schemas.errors.RejectedArticle`.
"""

from __future__ import annotations

from base import GeoWireError

__all__ = ["StoreUnavailable", "StreamError"]


class StreamError(GeoWireError):
    """The stream runtime could not do its part."""


class StoreUnavailable(StreamError):
    """Redis stayed unreachable for longer than ``redis_retry_seconds``."""
