"""The worker's web port: the configured one, or a free one when it is taken, so that several
workers can run on one machine with the same settings."""

from __future__ import annotations

import socket

from streams.settings import Settings

__all__ = ["port_free", "with_free_web_port"]


def port_free(host: str, port: int) -> bool:
    """Whether a server could listen on ``host:port`` now. SO_REUSEADDR as aiohttp sets it, so
    that a port left in TIME_WAIT by a worker that just stopped counts as free."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def with_free_web_port(settings: Settings) -> Settings:
    """``settings`` as they are when the web port is free (or ``web_port_auto`` is off: the
    web server then fails on the taken port, as asked), else with a port the system picks.
    Another process may still take that port before the worker listens: rare, and then the
    worker stops with the web server's error, as it would without this."""
    if not settings.web_port_auto or port_free(settings.web_host, settings.web_port):
        return settings
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((settings.web_host, 0))
        port: int = probe.getsockname()[1]
    return settings.replace(web_port=port)
