from __future__ import annotations

import asyncio
import socket

from streams.web import kafka_reachable


async def test_kafka_reachable_follows_the_port():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        assert await kafka_reachable("127.0.0.1", port)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    assert not await kafka_reachable("127.0.0.1", closed, timeout=1)
