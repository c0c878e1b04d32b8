"""docker-compose.yml: ``docker compose up --scale worker=3`` starts three workers, so nothing of
the worker service may be unique to one container (host port, container name, state files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

COMPOSE = Path(__file__).resolve().parents[1] / "docker-compose.yml"


@pytest.fixture(scope="module")
def worker() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["worker"]


def published(port: str | dict[str, Any]) -> str:
    """The host side of a port mapping ("" when Docker picks it), short or long syntax."""
    if isinstance(port, dict):
        return str(port.get("published", ""))
    parts = str(port).split(":")  # [HOST_IP:][HOST_PORT:]CONTAINER_PORT
    return parts[-2] if len(parts) >= 2 else ""


def test_no_replica_has_a_fixed_host_port(worker):
    assert worker["ports"], "the web view should still reach the host"
    assert [published(port) for port in worker["ports"]] == [""] * len(worker["ports"])


def test_the_published_container_port_is_the_web_port(worker):
    web_port = worker["environment"]["GEOWIRE_WEB_PORT"]

    assert [str(port).rsplit(":", 1)[-1] for port in worker["ports"]] == [web_port]


def test_nothing_names_one_container(worker):
    assert "container_name" not in worker
    assert "hostname" not in worker


def test_replicas_share_no_state_directory(worker):
    state_dir = worker["environment"]["GEOWIRE_STATE_DIR"]

    mounted = [str(volume).split(":")[1] for volume in worker.get("volumes", [])]
    assert state_dir not in mounted
    assert "/opt/geowire" in mounted  # the installed GeoWire, read by every replica
