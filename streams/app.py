"""The stream runtime: a Faust app with its topics, Redis stores, extraction processes and stats.

It registers no agent and no view: the worker's wiring (``cli/worker.py``) does, from above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import faust

from streams.extractor_pool import ExtractorPool
from streams.near_duplicates import NearDuplicateStore
from streams.security import kafka_ssl_context
from streams.settings import Settings
from streams.stats import Stats
from streams.stores import DedupStore, LatestEvents, redis_client
from streams.topics import Topics, declare_topics

__all__ = ["GeoWire", "broker_credentials", "build_app"]

WEB_DRIVER = "geowire://"
"""Faust's aiohttp server without Faust's own pages (``streams.web_driver``, registered as the
``geowire`` web driver in pyproject.toml)."""


@dataclass
class GeoWire:
    """The runtime of one worker; built once per worker by :func:`build_app`."""

    settings: Settings
    app: faust.App
    topics: Topics
    store: DedupStore
    near_duplicates: NearDuplicateStore
    latest: LatestEvents
    extractor: ExtractorPool
    stats: Stats = field(default_factory=Stats)


def broker_credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    """The worker's SASL login and TLS context, as Faust hands them to its Kafka clients."""
    context = kafka_ssl_context(settings)
    if settings.kafka_sasl:
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password,
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    return faust.SSLCredentials(context) if context is not None else None


def build_app(settings: Settings) -> GeoWire:
    """A configured Faust app with GeoWire's topics, stores and extraction processes."""
    app = faust.App(
        settings.app_id,
        broker=f"kafka://{settings.kafka_bootstrap}",
        broker_credentials=broker_credentials(settings),
        store="memory://",
        datadir=str(settings.state_dir / "faust"),
        web=WEB_DRIVER,
        web_enabled=True,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_max_request_size=settings.max_message_bytes,
        consumer_max_fetch_size=settings.max_message_bytes,
        topic_allow_declare=False,
        topic_disable_leader=True,
        autodiscover=False,
    )
    redis = redis_client(settings)
    geowire = GeoWire(
        settings=settings,
        app=app,
        topics=declare_topics(app, settings),
        store=DedupStore(redis, settings),
        near_duplicates=NearDuplicateStore(redis, settings),
        latest=LatestEvents(redis, settings),
        extractor=ExtractorPool(
            settings.spacy_models,
            workers=settings.extract_workers,
            timeout=settings.extract_timeout_seconds,
            policy=settings.extraction_policy,
            syntax_languages=settings.syntax_languages,
        ),
        stats=Stats(),
    )

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # Faust's signal type is narrow
    def stop_extraction(app: faust.App, **kwargs: Any) -> None:
        geowire.extractor.close()

    return geowire
