"""GeoWire against a real broker that wants a SCRAM-SHA-512 login, TLS, or both.

A second local broker (its own JVM, ports and state dir) serves a SASL_PLAINTEXT, a SASL_SSL, then
an SSL listener on loopback, its SCRAM user created when its storage is formatted, its certificate
signed by a CA made for the test. The admin client, the producer, the consumer (command line and
library), the test helpers' kafka-python clients and the Faust worker all log in with the
settings' credentials and verify the broker against the CA; a wrong password and an untrusted
certificate are refused with errors that say so.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from click.testing import CliRunner

from cli.clients import OutgoingMessage, produce, read_topic
from cli.main import main
from services import KafkaService
from streams.errors import KafkaLoginRefused, KafkaUnavailable
from streams.security import kafka_client_options, redis_password, start_kafka_client
from streams.settings import Settings, settings_environment
from streams.topics import create_topics, leaderless
from tests.integration.conftest import Worker, free_port, read_all
from tests.integration.tls import make_certificates

pytestmark = pytest.mark.integration

# Quotes, a backslash and spaces: they must survive server.properties, JAAS and the clients.
PASSWORD = 'scram "secret" \\ with spaces'


@pytest.fixture(scope="module", params=["SASL_PLAINTEXT", "SASL_SSL", "SSL"])
def secured_settings(
    request: pytest.FixtureRequest,
    stream_settings: Settings,
    tmp_path_factory: pytest.TempPathFactory,
) -> Settings:
    certificates = make_certificates(tmp_path_factory.mktemp("tls"))
    return stream_settings.replace(
        # Each broker's run its own topics, group and Redis keys: the seed article is new to each.
        topic_prefix=f"{stream_settings.topic_prefix}{request.param}.",
        app_id=f"{stream_settings.app_id}-{request.param}",
        redis_key_prefix=f"{stream_settings.redis_key_prefix}{request.param}:",
        kafka_port=free_port(),
        kafka_controller_port=free_port(),
        kafka_security_protocol=request.param,
        kafka_tls_ca_file=str(certificates.ca),
        kafka_server_tls_cert_file=str(certificates.server),
        kafka_server_tls_key_file=str(certificates.server_key),
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="geowire-scram",
        kafka_sasl_password=PASSWORD,
        state_dir=tmp_path_factory.mktemp("secured-broker"),
        # The shared Redis, whose password file lives in the default state dir.
        redis_password=redis_password(stream_settings) or "",
    )


@pytest.fixture(scope="module")
def secured_broker(secured_settings: Settings) -> Iterator[KafkaService]:
    broker = KafkaService(secured_settings)
    try:
        broker.start()
        yield broker
    finally:
        broker.stop()


def cli(settings: Settings, *args: str):
    return CliRunner().invoke(main, list(args), env=settings_environment(settings))


async def _leaderless(settings: Settings) -> list[str]:
    """GeoWire's topics with a partition that has no leader, as a new client sees them."""
    admin = AIOKafkaAdminClient(**kafka_client_options(settings))
    await start_kafka_client(admin, settings, stop=admin.close)
    try:
        return leaderless(await admin.describe_topics([s.name for s in settings.topics.values()]))
    finally:
        await admin.close()


async def _read_all(settings: Settings, role: str) -> list[bytes]:
    return [value async for value in read_topic(settings, role, True, False)]


def test_admin_producer_and_consumer_connect(secured_broker, secured_settings, tmp_path):
    created = asyncio.run(create_topics(secured_settings))
    assert sorted(created) == sorted(spec.name for spec in secured_settings.topics.values())
    # on this new broker: usable when created, a consumer joining now is assigned partitions
    assert asyncio.run(_leaderless(secured_settings)) == []
    assert "all topics exist" in cli(secured_settings, "topics", "create").stdout

    messages = [OutgoingMessage(f"k{i}".encode(), f'{{"id": "k{i}"}}'.encode()) for i in range(3)]
    assert asyncio.run(produce(secured_settings, messages)) == 3
    source = tmp_path / "more.jsonl"
    source.write_text('{"id": "from-cli", "body": "x"}\n')
    sent = cli(secured_settings, "produce", str(source))
    assert sent.exit_code == 0, sent.output

    values = asyncio.run(_read_all(secured_settings, "articles"))
    assert sorted(values) == sorted([m.value for m in messages] + [source.read_bytes().strip()])
    helper = read_all(secured_settings, "articles", until=lambda found: len(found) == 4)
    assert {value["id"] for value in helper} == {"k0", "k1", "k2", "from-cli"}


@pytest.mark.parametrize("secured_settings", ["SASL_PLAINTEXT", "SASL_SSL"], indirect=True)
def test_wrong_password_is_refused_with_a_clear_error(secured_broker, secured_settings, tmp_path):
    wrong = secured_settings.replace(kafka_sasl_password="not the password")
    expected = r"refused the login as SASL user 'geowire-scram' \(SCRAM-SHA-512\)"

    with pytest.raises(KafkaLoginRefused, match=expected):
        asyncio.run(create_topics(wrong))
    with pytest.raises(KafkaLoginRefused, match=expected):
        asyncio.run(produce(wrong, [OutgoingMessage(None, b"{}")]))
    with pytest.raises(KafkaLoginRefused, match="invalid credentials"):
        asyncio.run(_read_all(wrong, "events"))
    source = tmp_path / "one.jsonl"
    source.write_text('{"id": "refused", "body": "x"}\n')
    result = cli(wrong, "produce", str(source))
    assert result.exit_code == 1
    assert "Error: Kafka at" in result.output and "refused the login" in result.output
    assert "not the password" not in result.output
    assert "Traceback" not in result.output


def test_worker_consumes_and_publishes(secured_broker, secured_settings, seed_article: dict):
    worker = Worker(secured_settings.replace(web_port=free_port()))
    worker.start()  # ready means Faust's consumer connected and was given its partitions
    try:
        raw = json.dumps(seed_article).encode()
        asyncio.run(produce(secured_settings, [OutgoingMessage(b"seed", raw)]))
        events = read_all(secured_settings, "events", until=lambda found: len(found) > 0)
    finally:
        worker.stop()

    assert events and all(event["article_id"] == seed_article["id"] for event in events)


@pytest.mark.parametrize("secured_settings", ["SASL_SSL", "SSL"], indirect=True)
def test_untrusted_broker_certificate_is_a_clear_error(secured_broker, secured_settings):
    # The system's CAs do not know the test CA.
    untrusted = secured_settings.replace(kafka_tls_ca_file="")

    with pytest.raises(KafkaUnavailable, match="CERTIFICATE_VERIFY_FAILED") as refused:
        asyncio.run(create_topics(untrusted))
    assert "could not connect to Kafka at" in str(refused.value)
    assert not isinstance(refused.value, KafkaLoginRefused)
