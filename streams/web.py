"""The worker's web view: health, readiness, stats as JSON, and a self-refreshing HTML page."""

from __future__ import annotations

import asyncio
from importlib import resources

from faust.web import Request, Response, View
from redis.exceptions import RedisError

from streams.app import GeoWire
from streams.metrics import CONTENT_TYPE, metrics_registry, render

__all__ = ["kafka_reachable", "register"]

PAGE = resources.files("streams").joinpath("static/index.html")


async def kafka_reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    """Whether the broker accepts a connection (the worker's own clients reconnect on their own)."""
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    await writer.wait_closed()
    return True


def register(geowire: GeoWire) -> None:
    """Attach GeoWire's pages to the Faust web server."""
    app, settings = geowire.app, geowire.settings

    @app.page("/")
    async def index(self: View, request: Request) -> Response:
        return self.html(PAGE.read_text(encoding="utf-8"))

    @app.page("/health")
    async def health(self: View, request: Request) -> Response:
        return self.json({"status": "ok"})

    @app.page("/ready")
    async def ready(self: View, request: Request) -> Response:
        kafka, redis = await asyncio.gather(
            kafka_reachable(settings.kafka_host, settings.kafka_port), geowire.store.ping()
        )
        # Consuming only once the group has given this worker its partitions: until then
        # articles wait, which is what a client polling /ready wants to know.
        partitions = len(app.consumer.assignment()) if kafka else 0
        body = {
            "ready": kafka and redis and partitions > 0,
            "kafka": kafka,
            "redis": redis,
            "partitions": partitions,
        }
        return self.json(body, status=200 if body["ready"] else 503)

    @app.page("/stats")
    async def stats(self: View, request: Request) -> Response:
        body = {
            **geowire.stats.snapshot(),
            "worker": geowire.fleet.worker,
            "partitions": geowire.partitions(),
        }
        try:
            body["fleet"] = await geowire.fleet.view()
        except (RedisError, OSError) as error:
            body["fleet"] = {"error": f"Redis unavailable: {error}"}
        return self.json(body)

    registry = metrics_registry(
        geowire.stats,
        lambda: len(geowire.extractor.pids),
        lambda: geowire.fleet.lag,
        geowire.partitions,
    )

    @app.page("/metrics")
    async def metrics(self: View, request: Request) -> Response:
        return self.bytes(render(registry), headers={"Content-Type": CONTENT_TYPE})

    @app.page("/events/latest")
    async def latest(self: View, request: Request) -> Response:
        try:
            return self.json(await geowire.latest.newest())
        except (RedisError, OSError) as error:
            return self.json({"error": f"Redis unavailable: {error}"}, status=503)
