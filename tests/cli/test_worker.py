"""The worker's web server, as wired: GeoWire's pages only, GET only, on loopback."""

from __future__ import annotations

from cli.worker import build_worker
from streams.settings import Settings
from streams.web_driver import GeoWireWeb


def _routes(settings: Settings) -> set[tuple[str, str]]:
    """(method, path) of every route the worker's web server would serve."""
    geowire = build_worker(settings)
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

    paths = ["/", "/health", "/ready", "/stats", "/metrics", "/events/latest"]
    assert routes == {(method, path) for path in paths for method in ("GET", "HEAD")}


def test_web_view_binds_loopback_by_default(tmp_path):
    conf = build_worker(Settings(state_dir=tmp_path)).app.conf

    assert conf.web_bind == "127.0.0.1"
    assert conf.web_host == "127.0.0.1"
    assert type(build_worker(Settings(state_dir=tmp_path)).app.web) is GeoWireWeb
