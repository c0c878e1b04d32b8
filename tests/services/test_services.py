"""The local Kafka broker and Redis server behind ``geowire services``.

The fast tests check the generated broker config and the messages for missing tools (the tool
lookup is injected). The integration tests start a real broker and Redis on free ports with their
own state dir, so they never touch the services on the default ports.
"""

from __future__ import annotations

import base64
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from services import (
    KafkaService,
    RedisService,
    ServiceError,
    ServiceStatus,
    kafka_server_properties,
    services_down,
    services_status,
    services_up,
)
from services.process import live_cmdline
from streams.security import kafka_client_options, redis_options
from streams.settings import Settings


def _properties(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and line[0] != "#")
    return {key: value for key, value in pairs}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _no_tools(name: str) -> str | None:
    return None


# -- fast ---------------------------------------------------------------------------------------


def test_server_properties_describe_a_single_node_kraft_broker(tmp_path: Path) -> None:
    settings = Settings(kafka_host="127.0.0.1", kafka_port=19092, kafka_controller_port=19093)

    props = _properties(kafka_server_properties(settings, data_dir=tmp_path / "data"))

    assert props["process.roles"] == "broker,controller"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["log.dirs"] == str((tmp_path / "data").resolve())
    assert props["auto.create.topics.enable"] == "false"
    assert int(props["log.cleaner.dedupe.buffer.size"]) <= 64 * 1024 * 1024
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
        "share.coordinator.state.topic.replication.factor",
        "default.replication.factor",
    ):
        assert props[key] == "1", key


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_controller_listener_stays_on_loopback(tmp_path: Path, host: str) -> None:
    settings = Settings(kafka_host=host, kafka_port=19092, kafka_controller_port=19093)

    props = _properties(kafka_server_properties(settings, data_dir=tmp_path))

    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    controller = [
        listener for listener in props["listeners"].split(",") if listener.startswith("CONTROLLER")
    ]
    assert controller == ["CONTROLLER://127.0.0.1:19093"]
    assert "CONTROLLER" not in props["advertised.listeners"]


def test_sasl_listener_logs_users_in_with_scram(tmp_path: Path) -> None:
    settings = Settings(
        kafka_port=19092,
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_username="geowire",
        kafka_sasl_password='pa "ss" \\ word',
    )

    props = _properties(kafka_server_properties(settings, data_dir=tmp_path))

    assert props["listeners"].startswith("SASL_PLAINTEXT://127.0.0.1:19092,")
    assert props["inter.broker.listener.name"] == "SASL_PLAINTEXT"
    assert props["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    jaas = props["listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config"]
    # .properties doubles the backslash; JAAS escapes the quote and the backslash.
    assert 'username="geowire"' in jaas
    assert r'password="pa \\"ss\\" \\\\ word";' in jaas


def test_local_broker_refuses_tls_without_a_certificate_and_plain_logins(tmp_path: Path) -> None:
    tls = Settings(kafka_security_protocol="SSL")
    plain = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="PLAIN",
        kafka_sasl_username="u",
        kafka_sasl_password="p",
    )
    with pytest.raises(ServiceError, match="GEOWIRE_KAFKA_SERVER_TLS_CERT_FILE"):
        kafka_server_properties(tls, data_dir=tmp_path, keystore=tmp_path / "keystore.pem")
    with pytest.raises(ServiceError, match="SCRAM"):
        kafka_server_properties(plain, data_dir=tmp_path)


def test_tls_listener_presents_the_pem_keystore(tmp_path: Path) -> None:
    settings = Settings(
        kafka_port=19092,
        kafka_security_protocol="SSL",
        kafka_tls_ca_file=str(tmp_path / "ca.pem"),
        kafka_server_tls_cert_file="server.pem",
        kafka_server_tls_key_file="server.key",
    )

    text = kafka_server_properties(settings, data_dir=tmp_path, keystore=tmp_path / "ks.pem")
    props = _properties(text)

    assert props["listeners"].startswith("SSL://127.0.0.1:19092,")
    assert props["listener.security.protocol.map"] == "CONTROLLER:PLAINTEXT,SSL:SSL"
    assert (props["ssl.keystore.type"], props["ssl.keystore.location"]) == (
        "PEM",
        str(tmp_path / "ks.pem"),
    )
    assert props["ssl.truststore.location"] == str(tmp_path / "ca.pem")
    assert "sasl.enabled.mechanisms" not in props


def test_scram_user_is_formatted_salted_not_in_clear() -> None:
    import base64
    import hashlib
    import re

    from services.kafka_broker import scram_credential

    settings = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_username="geowire",
        kafka_sasl_password="kafka-secret",
    )

    credential = scram_credential(settings)

    assert "kafka-secret" not in credential
    match = re.fullmatch(
        r'SCRAM-SHA-512=\[name=geowire,iterations=(\d+),salt="(.+)",saltedpassword="(.+)"\]',
        credential,
    )
    assert match
    iterations, salt, salted = int(match[1]), *map(base64.b64decode, match.group(2, 3))
    assert salted == hashlib.pbkdf2_hmac("sha512", b"kafka-secret", salt, iterations)


def test_local_redis_config_asks_for_a_password_and_persists(tmp_path: Path) -> None:
    import stat

    settings = Settings(state_dir=tmp_path, redis_port=16379)

    config = RedisService(settings).config()

    password = settings.redis_password_file.read_text().strip()
    assert len(password) >= 32
    assert stat.S_IMODE(settings.redis_password_file.stat().st_mode) == 0o600
    assert f'requirepass "{password}"' in config.splitlines()
    assert "appendonly yes" in config.splitlines()
    assert "bind 127.0.0.1" in config.splitlines()
    assert RedisService(settings).config() == config  # the password is generated once


def test_local_redis_config_with_an_acl_user(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path, redis_username="app", redis_password='a "b"')

    lines = RedisService(settings).config().splitlines()

    assert "user default off" in lines
    assert 'user app on ">a \\"b\\"" ~* &* +@all' in lines
    assert not settings.redis_password_file.exists()  # a chosen password is not written down


def test_missing_java_is_a_clear_error(tmp_path: Path) -> None:
    kafka = KafkaService(Settings(state_dir=tmp_path), which=_no_tools)

    with pytest.raises(ServiceError, match=r"Java is not on PATH.*Java 17"):
        kafka.ensure_installed()


def test_missing_maven_is_a_clear_error_while_jars_are_missing(tmp_path: Path) -> None:
    def java_only(name: str) -> str | None:
        return "/bin/true" if name == "java" else None  # a "java" whose version is unknown

    kafka = KafkaService(Settings(state_dir=tmp_path), which=java_only)

    with pytest.raises(ServiceError, match=r"Maven \(mvn\) is not on PATH"):
        kafka.ensure_installed()


def test_kafka_3_is_refused(tmp_path: Path) -> None:
    kafka = KafkaService(Settings(state_dir=tmp_path, kafka_version="3.9.2"), which=_no_tools)

    with pytest.raises(ServiceError, match=r"Kafka 4\.x"):
        kafka.ensure_installed()


def test_missing_redis_without_apt_is_a_clear_error(tmp_path: Path) -> None:
    redis_service = RedisService(Settings(state_dir=tmp_path), which=_no_tools)

    with pytest.raises(ServiceError, match="redis-server is not on PATH and apt-get"):
        redis_service.ensure_installed()


def test_the_redis_debian_started_is_stopped_without_systemd(tmp_path: Path) -> None:
    """After apt-get, Debian's own server (no password, no AOF) must make way for geowire's."""
    calls = tmp_path / "calls"
    service_tool = tmp_path / "service"
    service_tool.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    service_tool.chmod(0o755)
    tools = {"service": str(service_tool)}
    settings = Settings(state_dir=tmp_path, redis_port=_free_port())  # nothing answers there

    RedisService(settings, which=tools.get)._stop_distribution_server()

    assert calls.read_text() == "redis-server stop\n"


def test_a_port_held_by_something_else_is_reported_not_waited_on(tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        kafka = KafkaService(Settings(state_dir=tmp_path, kafka_port=port), which=_no_tools)

        with pytest.raises(ServiceError, match="taken by a process that does not answer as kafka"):
            kafka.start()


def test_status_line_says_who_runs_the_service() -> None:
    assert "pid 42" in str(ServiceStatus("kafka", up=True, address="127.0.0.1:9092", pid=42))
    assert "not started by geowire" in str(ServiceStatus("redis", True, "127.0.0.1:6379", None))
    assert str(ServiceStatus("redis", False, "127.0.0.1:6379", None)).endswith("down")


# -- real services ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Free ports and a private state dir: the services on the default ports stay untouched."""
    return Settings(
        kafka_port=_free_port(),
        kafka_controller_port=_free_port(),
        redis_port=_free_port(),
        state_dir=tmp_path_factory.mktemp("geowire-state"),
    )


@pytest.fixture(scope="module")
def running(settings: Settings) -> Iterator[list[ServiceStatus]]:
    try:
        yield services_up(settings)
    finally:
        services_down(settings)


@pytest.mark.integration
def test_up_is_idempotent_and_both_services_answer(
    settings: Settings, running: list[ServiceStatus]
) -> None:
    import redis
    from kafka.admin import KafkaAdminClient

    started = time.monotonic()
    again = services_up(settings)

    assert time.monotonic() - started < 5
    assert [status.pid for status in again] == [status.pid for status in running]
    client = redis.Redis(**redis_options(settings))
    assert client.ping()
    client.close()
    admin = KafkaAdminClient(**kafka_client_options(settings))
    try:
        assert admin.describe_cluster()["brokers"]
        assert isinstance(admin.list_topics(), list)
    finally:
        admin.close()


@pytest.mark.integration
def test_status_reports_both_up_with_pid_and_address(
    settings: Settings, running: list[ServiceStatus]
) -> None:
    statuses = {status.name: status for status in services_status(settings)}

    assert statuses["kafka"].up and statuses["kafka"].pid
    assert statuses["kafka"].address == settings.kafka_bootstrap
    assert statuses["redis"].up and statuses["redis"].pid
    assert statuses["redis"].address == f"{settings.redis_host}:{settings.redis_port}"


@pytest.mark.integration
def test_local_redis_asks_for_the_generated_password(
    settings: Settings, running: list[ServiceStatus]
) -> None:
    import stat

    import redis

    anonymous = redis.Redis(host=settings.redis_host, port=settings.redis_port)
    with pytest.raises(redis.AuthenticationError):
        anonymous.ping()
    anonymous.close()
    password = settings.redis_password_file.read_text().strip()
    client = redis.Redis(**redis_options(settings))  # finds the password file by itself
    assert client.config_get("appendonly") == {"appendonly": "yes"}
    assert client.config_get("requirepass") == {"requirepass": password}
    client.close()
    assert stat.S_IMODE(settings.redis_password_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(RedisService(settings).config_file.stat().st_mode) == 0o600
    pid = RedisService(settings).pid()
    assert pid is not None
    assert password not in (live_cmdline(pid) or "")  # not visible to `ps`


@pytest.mark.integration
def test_redis_restart_keeps_keys(settings: Settings, running: list[ServiceStatus]) -> None:
    import redis

    service = RedisService(settings)
    client = redis.Redis(**redis_options(settings))
    client.set("geowire:test:kept", "yes")

    service.stop()
    assert not service.is_up()
    service.start()

    assert client.get("geowire:test:kept") == b"yes"
    client.close()


@pytest.mark.integration
def test_kafka_restart_keeps_topics_and_records(
    settings: Settings, running: list[ServiceStatus]
) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(**kafka_client_options(settings))
    admin.create_topics([NewTopic("services.kept", num_partitions=2, replication_factor=1)])
    admin.close()
    producer = KafkaProducer(**kafka_client_options(settings))
    producer.send("services.kept", b"kept", partition=0).get(timeout=10)
    producer.close()

    service = KafkaService(settings)
    service.stop()
    assert not service.is_up()
    service.start()

    admin = KafkaAdminClient(**kafka_client_options(settings))
    assert "services.kept" in admin.list_topics()
    admin.close()
    consumer = KafkaConsumer(**kafka_client_options(settings))
    partition = TopicPartition("services.kept", 0)
    consumer.assign([partition])
    consumer.seek_to_beginning(partition)
    records = consumer.poll(timeout_ms=10_000).get(partition, [])
    consumer.close()
    assert [record.value for record in records] == [b"kept"]


@pytest.mark.integration
def test_down_is_idempotent(settings: Settings, running: list[ServiceStatus]) -> None:
    services_down(settings)
    statuses = services_down(settings)

    assert [(status.up, status.pid) for status in statuses] == [(False, None), (False, None)]


def test_cluster_ids_never_start_with_a_dash(monkeypatch):
    """kafka-storage reads a cluster id starting with "-" as an option: format failed 1 in 64."""
    from services import kafka_broker

    dashed = uuid.UUID(bytes=b"\xfb" + bytes(15))  # base64 "-w..."
    fresh = iter([dashed, uuid.UUID(int=1)])
    monkeypatch.setattr(kafka_broker.uuid, "uuid4", lambda: next(fresh))
    assert base64.urlsafe_b64encode(dashed.bytes).startswith(b"-")
    assert not kafka_broker.new_cluster_id().startswith("-")
