"""Whether a port accepts connections, and whether a Kafka broker there serves requests."""

from __future__ import annotations

import socket
import ssl
import struct
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["kafka_answers_api_versions", "kafka_broker_count", "port_open"]


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


_METADATA_KEY, _METADATA_VERSION, _API_VERSIONS_KEY, _CORRELATION_ID = 3, 4, 18, 7001
_CLIENT_ID = b"geowire-services"


def _request(api_key: int, version: int, body: bytes = b"") -> bytes:
    header = struct.pack(">hhih", api_key, version, _CORRELATION_ID, len(_CLIENT_ID)) + _CLIENT_ID
    return struct.pack(">i", len(header) + len(body)) + header + body


@contextmanager
def _connection(
    host: str, port: int, timeout: float, tls: ssl.SSLContext | None
) -> Iterator[socket.socket]:
    """A connection to the broker, TLS when ``tls`` is given (verified like the clients')."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        if tls is None:
            yield sock
        else:
            with tls.wrap_socket(sock, server_hostname=host) as secure:
                yield secure


def kafka_broker_count(
    host: str, port: int, timeout: float = 2.0, *, tls: ssl.SSLContext | None = None
) -> int:
    """Send a Metadata request (v4, all topics) and return how many live brokers it lists.

    A broker lists itself only once it serves requests, which is the readiness we want. The
    request is written by hand so the probe stays synchronous and silent: callable inside a
    running event loop (tests stop and start the broker mid-stream) and free of the client
    libraries' connection-error logging while the broker is still starting. Kafka 4.x serves
    Metadata v4 to v13.
    """
    # topics: null (all), allow_auto_topic_creation: false
    request = _request(_METADATA_KEY, _METADATA_VERSION, struct.pack(">ib", -1, 0))
    with _connection(host, port, timeout, tls) as sock:
        sock.sendall(request)
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


def kafka_answers_api_versions(
    host: str, port: int, timeout: float = 2.0, *, tls: ssl.SSLContext | None = None
) -> bool:
    """Whether a broker answers an ApiVersions request (v0) without error.

    The probe for a SASL listener, which refuses Metadata before a login but answers ApiVersions
    (the first request of every client). A broker starts answering once it processes requests.
    """
    with _connection(host, port, timeout, tls) as sock:
        sock.sendall(_request(_API_VERSIONS_KEY, 0))
        _size, correlation_id, error_code = struct.unpack(">iih", _recv(sock, 10))
    return correlation_id == _CORRELATION_ID and error_code == 0
