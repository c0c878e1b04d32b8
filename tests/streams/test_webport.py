"""The web port: the configured one when free, a free one when another server holds it."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from streams.settings import Settings
from streams.webport import port_free, with_free_web_port


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port a real server listens on (as another worker's web view would)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


@pytest.fixture
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_free_configured_port_is_kept(free_port):
    settings = Settings(web_port=free_port)

    assert with_free_web_port(settings) is settings


def test_a_taken_port_is_replaced_by_a_free_one(taken_port):
    chosen = with_free_web_port(Settings(web_port=taken_port))

    assert chosen.web_port != taken_port
    assert port_free("127.0.0.1", chosen.web_port)
    assert chosen.web_url == f"http://127.0.0.1:{chosen.web_port}/"


def test_a_taken_port_is_kept_when_auto_is_off(taken_port):
    assert not port_free("127.0.0.1", taken_port)
    assert with_free_web_port(Settings(web_port=taken_port, web_port_auto=False)).web_port == (
        taken_port
    )
