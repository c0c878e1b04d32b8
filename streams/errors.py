"""Errors of the stream application.

GeoWireError
 └── StoreUnavailable      Redis did not answer within the retry window

Input that cannot be processed is not an error of the application: see
:class:`schemas.errors.RejectedArticle`.
"""

from __future__ import annotations

__all__ = ["GeoWireError", "StoreUnavailable"]


class GeoWireError(Exception):
    """Base of the stream application's errors."""


class StoreUnavailable(GeoWireError):
    """Redis stayed unreachable for longer than ``redis_retry_seconds``."""
