"""Errors of the stream runtime (a subtree of :class:`base.GeoWireError`).

StreamError
 ├── StoreUnavailable      Redis did not answer within the retry window
 │    └── StoreLoginRefused   Redis refused the user or password (not retried)
 └── KafkaUnavailable      a Kafka client could not connect to the broker
      └── KafkaLoginRefused   the broker refused the SASL login

Input that cannot be processed is not an error of the application: see
:class:`schemas.errors.RejectedArticle`.
"""

from __future__ import annotations

from base import GeoWireError

__all__ = [
    "KafkaLoginRefused",
    "KafkaUnavailable",
    "StoreLoginRefused",
    "StoreUnavailable",
    "StreamError",
]


class StreamError(GeoWireError):
    """The stream runtime could not do its part."""


class StoreUnavailable(StreamError):
    """Redis stayed unreachable for longer than ``redis_retry_seconds``."""


class StoreLoginRefused(StoreUnavailable):
    """Redis refused GeoWire's user or password: waiting would not help."""


class KafkaUnavailable(StreamError):
    """A Kafka client could not bootstrap from the broker."""


class KafkaLoginRefused(KafkaUnavailable):
    """The broker refused the SASL user or password."""
