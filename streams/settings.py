"""GeoWire's typed settings: the only place that reads the environment.

Every value has a local default (a single-node Kafka and a Redis on 127.0.0.1), and each can be
overridden with an environment variable named ``GEOWIRE_<FIELD>`` in upper case, for example
``GEOWIRE_KAFKA_HOST=broker`` or ``GEOWIRE_WEB_PORT=7000``.

Secrets are settings like any other (``GEOWIRE_REDIS_PASSWORD``, ``GEOWIRE_KAFKA_SASL_PASSWORD``)
but are left out of ``repr``, so a logged Settings object does not show them.
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
from streams.cpus import default_extract_workers

__all__ = [
    "KAFKA_SASL_MECHANISMS",
    "KAFKA_SECURITY_PROTOCOLS",
    "Settings",
    "SettingsError",
    "TopicSpec",
    "load_settings",
    "settings_environment",
]

ENV_PREFIX = "GEOWIRE_"
KAFKA_SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
KAFKA_SASL_MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN")


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
    # How long the group waits for a silent worker (killed, hung) before giving its partitions
    # to the others; heartbeats go at a third of it. Faust's default; lower means faster
    # take-over and more rebalances on a stalled machine.
    kafka_session_timeout_seconds: float = 60.0
    # Kafka security, for the worker and every command-line client. SASL_* protocols log in with
    # the SASL user; SSL/SASL_SSL verify the broker against kafka_tls_ca_file (the system's CAs
    # when empty) and present kafka_tls_cert_file/key_file when set (mutual TLS).
    kafka_security_protocol: str = "PLAINTEXT"
    kafka_sasl_mechanism: str = "SCRAM-SHA-512"
    kafka_sasl_username: str = ""
    kafka_sasl_password: str = field(default="", repr=False)
    kafka_tls_ca_file: str = ""
    kafka_tls_cert_file: str = ""
    kafka_tls_key_file: str = ""
    # The local broker's own certificate chain and key (PEM, the key unencrypted PKCS#8), for
    # `geowire services up` with kafka_security_protocol SSL or SASL_SSL.
    kafka_server_tls_cert_file: str = ""
    kafka_server_tls_key_file: str = ""
    # Redis
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 0
    # An ACL user ("" is Redis' default user) and its password. An empty password means the one
    # `geowire services up` generated for the local Redis (redis_password_file), if any.
    redis_username: str = ""
    redis_password: str = field(default="", repr=False)
    redis_tls: bool = False
    redis_tls_ca_file: str = ""  # "" trusts the system's CAs
    redis_tls_cert_file: str = ""  # a client certificate, for servers that ask for one
    redis_tls_key_file: str = ""
    redis_key_prefix: str = "geowire:"
    redis_retry_seconds: float = 300.0  # how long a claim waits for Redis to come back
    redis_retry_first_seconds: float = 0.2  # the first wait; each next one doubles ...
    redis_retry_max_seconds: float = 5.0  # ... up to this
    redis_connect_timeout_seconds: float = 2.0
    redis_command_timeout_seconds: float = 5.0  # a command that hangs fails instead
    dedup_ttl_seconds: int = 30 * 24 * 3600
    # Near duplicates (streams/near_duplicates.py): an article whose word shingles have an
    # estimated Jaccard similarity of at least the threshold with an original of the window is
    # not extracted again. The threshold comes from bench/near_duplicates.py: related stories
    # that share paragraphs reach 0.3; copies with 5% of their words changed, 0.7.
    near_duplicates: bool = True
    near_duplicate_threshold: float = 0.5
    near_duplicate_window_seconds: int = 7 * 24 * 3600
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
    duplicates_topic: str = "articles.duplicates"
    duplicates_partitions: int = 4
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
    # child processes that run the NLP; default: one per CPU available, less one (streams/cpus.py)
    extract_workers: int = field(default_factory=default_extract_workers)
    extract_timeout_seconds: float = 120.0  # the extraction of one article, not its wait
    # Caps on one article's events (an event-dense megabyte must not become 30,000 events): past
    # them the article's events are cut, and a ``too_many_events`` dead letter says so.
    max_events_per_article: int = 500
    max_events_per_sentence: int = 8
    # Events below this confidence are not published (every event needs a resolved actor too).
    min_confidence: float = ExtractionPolicy.min_confidence
    # The agent takes the input a batch at a time: up to agent_batch_size messages, or what came
    # within agent_batch_seconds (the wait an article may have at low rates). agent_concurrency
    # batches are in flight at once, so that one is extracted while another is published; the
    # articles in flight are at most agent_concurrency * agent_batch_size.
    agent_concurrency: int = 2
    agent_batch_size: int = 16
    agent_batch_seconds: float = 0.02
    latest_events_kept: int = 50
    # The fleet: each worker writes its counters and partitions to Redis every heartbeat; a
    # worker silent for fleet_expiry_seconds (stopped, killed) drops out of every /stats.
    fleet_heartbeat_seconds: float = 2.0
    fleet_expiry_seconds: float = 10.0
    fleet_minutes_kept: int = 15  # the per-minute rates each worker keeps and shows
    # Extraction: a spaCy pipeline name per language ("" means the blank pipeline).
    spacy_model_en: str = ""
    spacy_model_de: str = ""
    # Events coded from GeoWire's own dependency parse (else from word order), per language.
    syntax_en: bool = True
    syntax_de: bool = False
    # Files
    state_dir: Path = field(default_factory=lambda: Path(".geowire"))

    def __post_init__(self) -> None:
        if self.kafka_security_protocol not in KAFKA_SECURITY_PROTOCOLS:
            raise SettingsError(
                f"kafka_security_protocol {self.kafka_security_protocol!r} is not one of "
                f"{', '.join(KAFKA_SECURITY_PROTOCOLS)}"
            )
        if self.kafka_sasl:
            if self.kafka_sasl_mechanism not in KAFKA_SASL_MECHANISMS:
                raise SettingsError(
                    f"kafka_sasl_mechanism {self.kafka_sasl_mechanism!r} is not one of "
                    f"{', '.join(KAFKA_SASL_MECHANISMS)}"
                )
            if not (self.kafka_sasl_username and self.kafka_sasl_password):
                raise SettingsError(
                    f"kafka_security_protocol {self.kafka_security_protocol} needs "
                    f"{ENV_PREFIX}KAFKA_SASL_USERNAME and {ENV_PREFIX}KAFKA_SASL_PASSWORD"
                )
        for name in ("agent_concurrency", "agent_batch_size", "agent_batch_seconds"):
            if getattr(self, name) <= 0:
                raise SettingsError(f"{name} must be above 0, not {getattr(self, name)}")
        for cert, key in (
            ("kafka_tls_cert_file", "kafka_tls_key_file"),
            ("kafka_server_tls_cert_file", "kafka_server_tls_key_file"),
            ("redis_tls_cert_file", "redis_tls_key_file"),
        ):
            if bool(getattr(self, cert)) != bool(getattr(self, key)):
                raise SettingsError(f"{cert} and {key} go together")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise SettingsError(
                f"near_duplicate_threshold {self.near_duplicate_threshold} is not in (0, 1]"
            )

    @property
    def kafka_bootstrap(self) -> str:
        return f"{self.kafka_host}:{self.kafka_port}"

    @property
    def kafka_sasl(self) -> bool:
        return self.kafka_security_protocol.startswith("SASL_")

    @property
    def kafka_tls(self) -> bool:
        return self.kafka_security_protocol in ("SSL", "SASL_SSL")

    @property
    def redis_url(self) -> str:
        """Where Redis is, for messages: never with the password."""
        scheme = "rediss" if self.redis_tls else "redis"
        return f"{scheme}://{self.redis_host}:{self.redis_port}/{self.redis_db}"

    @property
    def redis_password_file(self) -> Path:
        """Where `geowire services up` keeps the password it generated for the local Redis."""
        return self.state_dir / "redis" / "password"

    @property
    def web_url(self) -> str:
        return f"http://{self.web_host}:{self.web_port}/"

    def topic(self, role: str) -> TopicSpec:
        """The topic for ``role`` (articles, events, mentions, deadletter, duplicates)."""
        try:
            return self.topics[role]
        except KeyError:
            raise SettingsError(
                f"no topic role {role!r} (roles: {', '.join(self.topics)})"
            ) from None

    @property
    def topics(self) -> dict[str, TopicSpec]:
        """Every topic by its role, with the prefix applied."""
        named = {
            "articles": (self.articles_topic, self.articles_partitions),
            "events": (self.events_topic, self.events_partitions),
            "mentions": (self.mentions_topic, self.mentions_partitions),
            "deadletter": (self.deadletter_topic, self.deadletter_partitions),
            "duplicates": (self.duplicates_topic, self.duplicates_partitions),
        }
        return {
            role: TopicSpec(self.topic_prefix + name, partitions)
            for role, (name, partitions) in named.items()
        }

    @property
    def articles_in_flight(self) -> int:
        """The most input messages a worker holds unfinished at once."""
        return self.agent_concurrency * self.agent_batch_size

    @property
    def extraction_policy(self) -> ExtractionPolicy:
        return ExtractionPolicy(
            self.max_events_per_article, self.max_events_per_sentence, self.min_confidence
        )

    @property
    def spacy_models(self) -> dict[str, str]:
        """The statistical spaCy pipeline named per language ("" for the blank pipeline)."""
        return {"en": self.spacy_model_en, "de": self.spacy_model_de}

    @property
    def syntax_languages(self) -> frozenset[str]:
        """The languages whose events are coded from the parse."""
        return frozenset(
            lang for lang, on in (("en", self.syntax_en), ("de", self.syntax_de)) if on
        )

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
