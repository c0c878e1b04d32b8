from __future__ import annotations

import asyncio
import socket

from streams.app import build_app
from streams.settings import Settings
from streams.web import kafka_reachable
from streams.web_driver import GeoWireWeb


async def test_kafka_reachable_follows_the_port():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        assert await kafka_reachable("127.0.0.1", port)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    assert not await kafka_reachable("127.0.0.1", closed, timeout=1)


def _routes(settings: Settings) -> set[tuple[str, str]]:
    """(method, path) of every route the worker's web server would serve."""
    geowire = build_app(settings)
    geowire.app.web.init_server()  # where Faust mounts its own blueprints
    return {
        (route.method, route.resource.canonical)
        for route in geowire.app.web.web_app.router.routes()
    }


def test_only_geowire_pages_are_served_and_only_for_get(tmp_path, monkeypatch):
    # Faust reads these itself; its index, statistics and graph pages must stay off anyway.
    monkeypatch.setenv("APP_DEBUG", "1")
    monkeypatch.setenv("APP_WEB_STATS_ENABLED", "1")
    monkeypatch.setenv("APP_WEB_METRICS_ENABLED", "1")

    routes = _routes(Settings(state_dir=tmp_path))

    paths = ["/", "/health", "/ready", "/stats", "/events/latest"]
    assert routes == {(method, path) for path in paths for method in ("GET", "HEAD")}


def test_web_view_binds_loopback_by_default(tmp_path):
    conf = build_app(Settings(state_dir=tmp_path)).app.conf

    assert conf.web_bind == "127.0.0.1"
    assert conf.web_host == "127.0.0.1"
    assert type(build_app(Settings(state_dir=tmp_path)).app.web) is GeoWireWeb
