"""GeoWire's Redis clients against real servers that want a login and TLS.

Two extra servers on free ports with their own data dirs, stopped at the end: the local service
of ``geowire services up`` with an ACL user, and a redis-server serving TLS only, that asks for
a client certificate (certificates made with openssl for this test).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from services import RedisService
from streams.errors import StoreLoginRefused
from streams.settings import Settings
from streams.stores import Arrival, DedupStore, LatestEvents, check_login, redis_client
from tests.integration.conftest import free_port
from tests.integration.tls import Certificates, make_certificates

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def acl_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = Settings(
        redis_port=free_port(),
        redis_username="geowire-app",
        redis_password="acl secret",
        redis_retry_seconds=5,
        state_dir=tmp_path_factory.mktemp("redis-acl"),
    )
    service = RedisService(settings)
    try:
        service.start()
        yield settings
    finally:
        service.stop()


async def _claim_and_push(settings: Settings) -> tuple[str, list[dict]]:
    client = redis_client(settings)
    try:
        [claim] = await DedupStore(client, settings).claim_articles(
            [Arrival("a1", "hash-a1", "token-1")]
        )
        latest = LatestEvents(client, settings)
        await latest.push([b'{"event_id": "e1"}'])
        return claim.claim.value, await latest.newest()
    finally:
        await client.aclose()


async def test_acl_user_claims_and_pushes(acl_settings: Settings):
    await check_login(acl_settings)

    assert await _claim_and_push(acl_settings) == ("new", [{"event_id": "e1"}])


async def test_wrong_password_and_default_user_are_refused_at_once(acl_settings: Settings):
    wrong = acl_settings.replace(redis_password="not it")
    default_user = acl_settings.replace(redis_username="")

    for refused in (wrong, default_user):
        with pytest.raises(StoreLoginRefused, match="GEOWIRE_REDIS_PASSWORD"):
            await check_login(refused)
        # Not retried as an outage for redis_retry_seconds: StoreUnavailable would say so.
        with pytest.raises(StoreLoginRefused, match="refused GeoWire's login"):
            await _claim_and_push(refused)


def test_local_service_switched_the_default_user_off(acl_settings: Settings):
    lines = RedisService(acl_settings).config().splitlines()

    assert "user default off" in lines
    assert not acl_settings.redis_password_file.exists()


async def test_a_client_built_before_the_local_redis_started_finds_its_password(tmp_path: Path):
    settings = Settings(redis_port=free_port(), state_dir=tmp_path)
    client = redis_client(settings)  # the worker's pool, built before the password exists
    service = RedisService(settings)
    try:
        service.start()  # generates the password

        assert settings.redis_password_file.is_file()
        assert await client.ping()
    finally:
        await client.aclose()
        service.stop()


# -- TLS ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def tls_settings(certificates: Certificates, tmp_path_factory: pytest.TempPathFactory):
    settings = Settings(
        redis_port=free_port(),
        redis_password="tls secret",
        redis_tls=True,
        redis_tls_ca_file=str(certificates.ca),
        redis_tls_cert_file=str(certificates.client),
        redis_tls_key_file=str(certificates.client_key),
        state_dir=tmp_path_factory.mktemp("redis-tls"),
    )
    server = subprocess.Popen(
        ["redis-server", "--port", "0", "--tls-port", str(settings.redis_port),
         "--bind", "127.0.0.1", "--dir", str(settings.state_dir), "--save", "",
         "--requirepass", settings.redis_password, "--tls-auth-clients", "yes",
         "--tls-cert-file", str(certificates.server),
         "--tls-key-file", str(certificates.server_key),
         "--tls-ca-cert-file", str(certificates.ca)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        for line in server.stdout:  # synchronise on the server's own "ready" line
            if "Ready to accept connections" in line:
                break
        else:
            pytest.fail(f"redis-server with TLS exited with code {server.wait()}")
        yield settings
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _pings(settings: Settings) -> bool:
    client = redis_client(settings)
    try:
        return await DedupStore(client, settings).ping()
    finally:
        await client.aclose()


async def test_tls_with_a_client_certificate(tls_settings: Settings):
    assert await _claim_and_push(tls_settings) == ("new", [{"event_id": "e1"}])
    assert RedisService(tls_settings).is_up()  # the services' probe speaks TLS too


async def test_tls_server_refuses_plain_unverified_and_anonymous_clients(tls_settings: Settings):
    assert not await _pings(tls_settings.replace(redis_tls=False))
    # The system's CAs do not know the test CA: the server's certificate is not trusted.
    assert not await _pings(tls_settings.replace(redis_tls_ca_file=""))
    # Without a client certificate the server ends the handshake.
    assert not await _pings(tls_settings.replace(redis_tls_cert_file="", redis_tls_key_file=""))
