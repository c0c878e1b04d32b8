"""Credentials and TLS of GeoWire's clients, built once from Settings for every Kafka and Redis
client (worker, web view, command line, tests), so no client connects without them; and what a
refused Kafka login looks like.

The Kafka options fit aiokafka and kafka-python alike (both take ``security_protocol``,
``sasl_mechanism``, ``sasl_plain_username``/``_password`` and ``ssl_context``); the Redis options
fit ``redis.Redis`` and ``redis.asyncio.Redis``.
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiokafka.conn import create_conn
from aiokafka.errors import KafkaConnectionError, KafkaError, SaslAuthenticationFailed
from redis.credentials import CredentialProvider

from streams.errors import KafkaLoginRefused, KafkaUnavailable
from streams.settings import Settings

__all__ = [
    "RedisCredentials",
    "kafka_client_options",
    "kafka_ssl_context",
    "redis_options",
    "redis_password",
    "start_kafka_client",
]


def kafka_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context for the broker (None for a plain connection): verifies the broker's
    certificate and host name against ``kafka_tls_ca_file`` or the system's CAs."""
    if not settings.kafka_tls:
        return None
    context = ssl.create_default_context(cafile=settings.kafka_tls_ca_file or None)
    if settings.kafka_tls_cert_file:
        context.load_cert_chain(settings.kafka_tls_cert_file, settings.kafka_tls_key_file)
    return context


def kafka_client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for an aiokafka or kafka-python client: bootstrap address and security."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_tls:
        options["ssl_context"] = kafka_ssl_context(settings)
    if settings.kafka_sasl:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password
    return options


class _KafkaClient(Protocol):
    async def start(self) -> None: ...


async def start_kafka_client(
    client: _KafkaClient, settings: Settings, *, stop: Callable[[], Awaitable[None]]
) -> None:
    """Start an aiokafka client; when it cannot bootstrap, ``stop`` it and raise
    KafkaUnavailable, or KafkaLoginRefused when the broker refused the SASL login (aiokafka only
    logs that reason, so one direct connection asks the broker again)."""
    try:
        await client.start()
    except KafkaConnectionError as error:
        await stop()
        raise await _bootstrap_failure(settings) from error


async def _bootstrap_failure(settings: Settings) -> KafkaUnavailable:
    options = kafka_client_options(settings)
    del options["bootstrap_servers"]
    who = (
        f" as SASL user {settings.kafka_sasl_username!r} ({settings.kafka_sasl_mechanism})"
        if settings.kafka_sasl
        else ""
    )
    try:
        conn = await create_conn(
            settings.kafka_host, settings.kafka_port, request_timeout_ms=10_000, **options
        )
    except SaslAuthenticationFailed as error:
        return KafkaLoginRefused(
            f"Kafka at {settings.kafka_bootstrap} refused the login{who}: {error}. Check "
            "GEOWIRE_KAFKA_SASL_USERNAME, GEOWIRE_KAFKA_SASL_PASSWORD and "
            "GEOWIRE_KAFKA_SASL_MECHANISM"
        )
    except (TimeoutError, OSError, KafkaError) as error:
        return KafkaUnavailable(
            f"could not connect to Kafka at {settings.kafka_bootstrap}{who} "
            f"({settings.kafka_security_protocol}): {error}"
        )
    conn.close()
    return KafkaUnavailable(
        f"Kafka at {settings.kafka_bootstrap} accepted a connection{who} but the client could "
        "not bootstrap from it (see the log above)"
    )


def redis_password(settings: Settings) -> str | None:
    """``redis_password`` when set, else the password `geowire services up` generated for the
    local Redis, else None: no password."""
    if settings.redis_password:
        return settings.redis_password
    try:
        return settings.redis_password_file.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


class RedisCredentials(CredentialProvider):
    """The settings' user and password, asked for by redis-py at every new connection.

    So the password file is read again when a connection is made: a client built before the
    local Redis was (re)started with a generated password still logs in once it reconnects.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def get_credentials(self) -> tuple[str, str]:
        """(user, password). With neither set: Redis' default user and an empty password, which
        Redis 6+ accepts when that user has no password (``nopass``)."""
        return (self._settings.redis_username or "default", redis_password(self._settings) or "")

    async def get_credentials_async(self) -> tuple[str, str]:
        return self.get_credentials()


def redis_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``redis.Redis``/``redis.asyncio.Redis``: address, login, TLS."""
    options: dict[str, Any] = {
        "host": settings.redis_host,
        "port": settings.redis_port,
        "db": settings.redis_db,
        "credential_provider": RedisCredentials(settings),
    }
    if settings.redis_tls:
        options |= {
            "ssl": True,
            "ssl_cert_reqs": "required",
            "ssl_check_hostname": True,
            "ssl_ca_certs": settings.redis_tls_ca_file or None,
            "ssl_certfile": settings.redis_tls_cert_file or None,
            "ssl_keyfile": settings.redis_tls_key_file or None,
        }
    return options
