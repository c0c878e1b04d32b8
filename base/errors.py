"""The root of GeoWire's errors; each area hangs its own subtree from it.

GeoWireError
 ├── ExtractionError        extraction/errors.py: an article could not be extracted
 │    ├── UnsupportedLanguage
 │    ├── KnowledgeBaseError
 │    └── ExtractionTimeout    streams/extractor_pool.py
 ├── RejectedArticle        schemas/errors.py: input that goes to the dead-letter topic
 ├── SettingsError          streams/settings.py: a GEOWIRE_* variable that does not parse
 ├── StreamError            streams/errors.py: the stream runtime
 │    ├── StoreUnavailable
 │    │    └── StoreLoginRefused
 │    └── KafkaUnavailable
 │         └── KafkaLoginRefused
 └── ServiceError           services/errors.py: a local Kafka or Redis service

``except GeoWireError`` catches what GeoWire raises on purpose; anything else is a bug.
"""

from __future__ import annotations

__all__ = ["GeoWireError"]


class GeoWireError(Exception):
    """Base of every error GeoWire raises on purpose."""
