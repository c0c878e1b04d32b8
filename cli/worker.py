"""The worker, wired from the top: the runtime of :mod:`streams`, the agent of :mod:`agents` and
the web views, put together here so that neither package imports the other's wiring."""

from __future__ import annotations

import asyncio

import faust

from agents import articles
from agents.context import StageContext
from streams import web
from streams.app import GeoWire, build_app
from streams.logs import quiet_repeats
from streams.settings import Settings
from streams.stores import check_login
from streams.topics import create_topics

__all__ = ["WEB_URL_LINE", "build_worker", "run_worker", "stage_context"]

WEB_URL_LINE = "GeoWire web view: "  # printed at start, followed by the URL


def stage_context(geowire: GeoWire) -> StageContext:
    """What the stages use of the runtime."""
    return StageContext(
        settings=geowire.settings,
        claims=geowire.store,
        events=geowire.topics.events,
        mentions=geowire.topics.mentions,
        deadletters=geowire.topics.deadletter,
        duplicates=geowire.topics.duplicates,
        near_duplicates=geowire.near_duplicates,
        extractor=geowire.extractor,
        latest=geowire.latest,
        stats=geowire.stats,
    )


def build_worker(settings: Settings) -> GeoWire:
    """The runtime with the articles agent and the web views registered."""
    geowire = build_app(settings)
    articles.register(
        geowire.app,
        geowire.topics.articles,
        stage_context(geowire),
        concurrency=settings.agent_concurrency,
    )
    web.register(geowire)
    return geowire


def run_worker(settings: Settings, loglevel: str = "info") -> None:
    """Create the topics, check the Redis login, start the extraction processes, and run the
    worker until stopped."""
    asyncio.run(create_topics(settings))
    asyncio.run(check_login(settings))
    geowire = build_worker(settings)
    geowire.extractor.start()  # loads the knowledge base before the first article arrives
    quiet_repeats()
    # the one line that tells which of several workers on this machine serves where
    print(f"{WEB_URL_LINE}{settings.web_url}", flush=True)
    faust.Worker(geowire.app, loglevel=loglevel).execute_from_commandline()
