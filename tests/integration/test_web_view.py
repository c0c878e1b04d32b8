"""The running worker's web view: GeoWire's page at ``/``, GET only, on loopback only."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def request(worker, path: str, method: str = "GET") -> tuple[int, str]:
    call = urllib.request.Request(worker.settings.web_url + path, method=method, data=None)
    try:
        with urllib.request.urlopen(call, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the IPv4/IPv6 sockets listening on ``port`` (from /proc)."""
    found = set()
    for table in ("tcp", "tcp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_root_is_geowire_page(worker):
    status, page = request(worker, "")

    assert status == 200
    assert "<title>GeoWire</title>" in page
    assert request(worker, "", method="HEAD")[0] == 200


def test_only_get_is_answered(worker):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        for path in ("", "stats", "events/latest"):
            assert request(worker, path, method=method)[0] == 405, (method, path)


def test_faust_pages_are_not_served(worker):
    for path in ("router/", "table/", "graph/", "assignment/", "performance/"):
        assert request(worker, path)[0] == 404, path


def test_web_view_listens_on_loopback_only(worker):
    assert listening_addresses(worker.settings.web_port) == {"0100007F"}  # 127.0.0.1
