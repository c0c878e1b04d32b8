"""Errors of the stream application.

GeoWireError
 ├── StoreUnavailable      Redis did not answer within the retry window
 │    └── StoreLoginRefused   Redis refused the user or password (not retried)
 └── KafkaUnavailable      a Kafka client could not connect to the broker
      └── KafkaLoginRefused   the broker refused the SASL login

Input that cannot be processed is not an error of the application: see
:class:`schemas.errors.RejectedArticle`.
"""

from __future__ import annotations

__all__ = [
    "GeoWireError",
    "KafkaLoginRefused",
    "KafkaUnavailable",
    "StoreLoginRefused",
    "StoreUnavailable",
]


class GeoWireError(Exception):
    """Base of the stream application's errors."""


class StoreUnavailable(GeoWireError):
    """Redis stayed unreachable for longer than ``redis_retry_seconds``."""


class StoreLoginRefused(StoreUnavailable):
    """Redis refused GeoWire's user or password: waiting would not help."""


class KafkaUnavailable(GeoWireError):
    """A Kafka client could not bootstrap from the broker."""


class KafkaLoginRefused(KafkaUnavailable):
    """The broker refused the SASL user or password."""
