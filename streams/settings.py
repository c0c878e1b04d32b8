"""GeoWire's typed settings: the only place that reads the environment.

Every value has a local default (a single-node Kafka and a Redis on 127.0.0.1), and each can be
overridden with an environment variable named ``GEOWIRE_<FIELD>`` in upper case, for example
``GEOWIRE_KAFKA_BOOTSTRAP=broker:9092`` or ``GEOWIRE_WEB_PORT=7000``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

from base import GeoWireError
from extraction.policy import ExtractionPolicy

__all__ = [
    "Settings",
    "SettingsError",
    "TopicSpec",
    "extract_workers_for",
    "load_settings",
    "settings_environment",
]

ENV_PREFIX = "GEOWIRE_"


def extract_workers_for(cpus: int) -> int:
    """Extraction processes for a worker that may run on ``cpus`` CPUs: one CPU is left to the
    event loop (Kafka and Redis I/O, heartbeats, the web view), which a busy child would
    otherwise starve; at least one child, or nothing would be extracted. 2 CPUs -> 1, 8 -> 7."""
    return max(1, cpus - 1)


def _default_extract_workers() -> int:
    # The CPUs this process may run on (a container's or taskset's limit), not the machine's.
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return extract_workers_for(cpus or 1)


class SettingsError(GeoWireError):
    """A setting from the environment could not be parsed."""


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int


@dataclass(frozen=True)
class Settings:
    """Everything a GeoWire process can be configured with."""

    # Kafka
    kafka_host: str = "127.0.0.1"
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    kafka_version: str = "4.3.1"
    kafka_heap: str = "512m"
    # Redis
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 0
    redis_key_prefix: str = "geowire:"
    redis_retry_seconds: float = 300.0
    dedup_ttl_seconds: int = 30 * 24 * 3600
    # Topics: names are prefixed with ``topic_prefix`` (empty by default).
    topic_prefix: str = ""
    articles_topic: str = "articles.raw"
    articles_partitions: int = 4
    events_topic: str = "events"
    events_partitions: int = 4
    mentions_topic: str = "mentions"
    mentions_partitions: int = 4
    deadletter_topic: str = "articles.deadletter"
    deadletter_partitions: int = 1
    # Worker
    app_id: str = "geowire"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    # When web_port is taken (another worker on this machine), serve on a free port instead and
    # print the URL at start; false: a taken port stops the worker.
    web_port_auto: bool = True
    max_article_bytes: int = 1_000_000
    # Kafka's own limit per message, above max_article_bytes so that oversized articles still
    # reach the worker (and the dead-letter topic, base64-encoded) instead of being refused.
    max_message_bytes: int = 16 * 1024 * 1024
    # child processes that run the NLP; default: extract_workers_for(the CPUs available)
    extract_workers: int = field(default_factory=_default_extract_workers)
    extract_timeout_seconds: float = 120.0  # the extraction of one article, not its wait
    # Caps on one article's events (an event-dense megabyte must not become 30,000 events): past
    # them the article's events are cut, and a ``too_many_events`` dead letter says so.
    max_events_per_article: int = 500
    max_events_per_sentence: int = 8
    # Events below this confidence are not published (every event needs a resolved actor too).
    min_confidence: float = 0.0
    agent_concurrency: int = 16  # articles in flight per worker: hides Kafka and Redis round trips
    latest_events_kept: int = 50
    # Extraction: a spaCy pipeline name per language ("" means the blank pipeline).
    spacy_model_en: str = ""
    spacy_model_de: str = ""
    # Files
    state_dir: Path = field(default_factory=lambda: Path(".geowire"))

    @property
    def kafka_bootstrap(self) -> str:
        return f"{self.kafka_host}:{self.kafka_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://{self.redis_host}:{self.redis_port}/{self.redis_db}"

    @property
    def web_url(self) -> str:
        return f"http://{self.web_host}:{self.web_port}/"

    def topic(self, role: str) -> TopicSpec:
        """The topic for ``role`` (articles, events, mentions, deadletter)."""
        return TopicSpec(
            name=self.topic_prefix + getattr(self, f"{role}_topic"),
            partitions=getattr(self, f"{role}_partitions"),
        )

    @property
    def topics(self) -> dict[str, TopicSpec]:
        return {role: self.topic(role) for role in ("articles", "events", "mentions", "deadletter")}

    @property
    def extraction_policy(self) -> ExtractionPolicy:
        return ExtractionPolicy(
            self.max_events_per_article, self.max_events_per_sentence, self.min_confidence
        )

    @property
    def spacy_models(self) -> dict[str, str]:
        """The statistical spaCy pipeline named per language ("" for the blank pipeline)."""
        return {"en": self.spacy_model_en, "de": self.spacy_model_de}

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def _parse(name: str, kind: type, raw: str) -> Any:
    try:
        if kind is bool:
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        return kind(raw)
    except ValueError as error:
        raise SettingsError(
            f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind.__name__}"
        ) from error


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build settings from ``environ`` (default: the process environment), then ``overrides``."""
    environ = os.environ if environ is None else environ
    hints = get_type_hints(Settings)
    values: dict[str, Any] = {}
    for spec in fields(Settings):
        raw = environ.get(ENV_PREFIX + spec.name.upper())
        if raw is not None:
            values[spec.name] = _parse(spec.name, hints[spec.name], raw)
    values.update(overrides)
    return Settings(**values)


def settings_environment(settings: Settings) -> dict[str, str]:
    """The ``GEOWIRE_*`` variables that make :func:`load_settings` rebuild ``settings`` in a
    child process."""
    return {
        ENV_PREFIX + spec.name.upper(): str(getattr(settings, spec.name))
        for spec in fields(Settings)
    }
