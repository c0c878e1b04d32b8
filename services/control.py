"""``geowire services up|down|status``: both services together, as the CLI and the demo use them."""

from __future__ import annotations

import shutil

from services.base import LocalService, ServiceStatus, Which
from services.kafka_broker import KafkaService
from services.redis_server import RedisService
from streams.settings import Settings

__all__ = ["services_down", "services_status", "services_up"]


def _services(settings: Settings, which: Which) -> list[LocalService]:
    return [KafkaService(settings, which=which), RedisService(settings, which=which)]


def services_up(
    settings: Settings, *, timeout: float | None = None, which: Which = shutil.which
) -> list[ServiceStatus]:
    """Install what is missing, start Kafka and Redis, and return once both answer. Idempotent.

    Both tool checks run before anything starts, so a missing tool leaves nothing half-started.
    """
    services = _services(settings, which)
    pending = [service for service in services if not service.is_up()]
    for service in pending:
        service.ensure_installed_once()
    for service in pending:
        service.start(wait=False)
    for service in pending:
        service.wait_until_up(timeout)
    return [service.status() for service in services]


def services_down(settings: Settings, *, which: Which = shutil.which) -> list[ServiceStatus]:
    """Stop the Kafka and Redis processes geowire started. Idempotent."""
    services = _services(settings, which)
    for service in services:
        service.stop()
    return [service.status() for service in services]


def services_status(settings: Settings, *, which: Which = shutil.which) -> list[ServiceStatus]:
    """Whether each service answers, on which address, and the pid geowire started it with."""
    return [service.status() for service in _services(settings, which)]
