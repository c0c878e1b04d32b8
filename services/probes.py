"""Whether a port accepts connections, and whether a Kafka broker there serves requests."""

from __future__ import annotations

import socket
import struct

__all__ = ["kafka_broker_count", "port_open"]


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


_METADATA_KEY, _METADATA_VERSION, _CORRELATION_ID = 3, 4, 7001


def kafka_broker_count(host: str, port: int, timeout: float = 2.0) -> int:
    """Send a Metadata request (v4, all topics) and return how many live brokers it lists.

    A broker lists itself only once it serves requests, which is the readiness we want. The
    request is written by hand so the probe stays synchronous and silent: callable inside a
    running event loop (tests stop and start the broker mid-stream) and free of the client
    libraries' connection-error logging while the broker is still starting. Kafka 4.x serves
    Metadata v4 to v13.
    """
    client_id = b"geowire-services"
    request = (
        struct.pack(">hhih", _METADATA_KEY, _METADATA_VERSION, _CORRELATION_ID, len(client_id))
        + client_id
        + struct.pack(">ib", -1, 0)  # topics: null (all), allow_auto_topic_creation: false
    )
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(struct.pack(">i", len(request)) + request)
        _size, correlation_id, _throttle_ms, brokers = struct.unpack(">iiii", _recv(sock, 16))
    if correlation_id != _CORRELATION_ID:
        raise OSError(f"unexpected Kafka response from {host}:{port}")
    return brokers


def _recv(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed by the broker")
        data += chunk
    return data
