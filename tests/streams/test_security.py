"""Client credentials and TLS from Settings: what every Kafka and Redis client is given."""

from __future__ import annotations

import ssl
import stat
from pathlib import Path

import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from streams.app import broker_credentials
from streams.security import kafka_client_options, kafka_ssl_context, redis_options, redis_password
from streams.settings import Settings, SettingsError, load_settings

SASL = {
    "GEOWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
    "GEOWIRE_KAFKA_SASL_USERNAME": "geowire",
    "GEOWIRE_KAFKA_SASL_PASSWORD": "kafka-secret",
}


def test_plaintext_by_default_without_credentials():
    options = kafka_client_options(Settings())

    assert options == {"bootstrap_servers": "127.0.0.1:9092", "security_protocol": "PLAINTEXT"}
    assert broker_credentials(Settings()) is None


def test_sasl_settings_reach_the_clients_and_the_worker():
    settings = load_settings(SASL)

    options = kafka_client_options(settings)
    worker = credentials_to_aiokafka_auth(broker_credentials(settings))

    assert options["security_protocol"] == "SASL_PLAINTEXT"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "geowire",
        "kafka-secret",
    )
    assert "ssl_context" not in options
    assert worker["security_protocol"] == "SASL_PLAINTEXT"
    assert worker["sasl_mechanism"] == "SCRAM-SHA-512"
    assert worker["sasl_plain_password"] == "kafka-secret"


def test_sasl_ssl_gives_the_worker_a_verifying_tls_context():
    settings = load_settings({**SASL, "GEOWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL"})

    worker = credentials_to_aiokafka_auth(broker_credentials(settings))
    client = kafka_client_options(settings)

    assert worker["security_protocol"] == "SASL_SSL"
    for context in (worker["ssl_context"], client["ssl_context"]):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


def test_ssl_alone_uses_faust_ssl_credentials():
    settings = Settings(kafka_security_protocol="SSL")

    credentials = broker_credentials(settings)

    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials_to_aiokafka_auth(credentials)["security_protocol"] == "SSL"
    assert kafka_ssl_context(Settings()) is None


def test_sasl_without_a_login_is_refused_at_load():
    with pytest.raises(SettingsError, match="GEOWIRE_KAFKA_SASL_PASSWORD"):
        load_settings({"GEOWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL"})


def test_unknown_protocol_and_mechanism_are_refused():
    with pytest.raises(SettingsError, match="SASL_SSL"):
        Settings(kafka_security_protocol="TLS")
    with pytest.raises(SettingsError, match="SCRAM-SHA-512"):
        load_settings({**SASL, "GEOWIRE_KAFKA_SASL_MECHANISM": "GSSAPI"})


def test_a_client_certificate_needs_its_key():
    with pytest.raises(SettingsError, match="go together"):
        Settings(redis_tls=True, redis_tls_cert_file="client.pem")


def test_secrets_stay_out_of_repr():
    settings = load_settings(
        {**SASL, "GEOWIRE_REDIS_PASSWORD": "redis-secret"}, state_dir=Path("/nonexistent")
    )

    assert "kafka-secret" not in repr(settings)
    assert "redis-secret" not in repr(settings)
    assert "redis-secret" not in settings.redis_url


def test_redis_password_setting_wins_over_the_local_file(tmp_path: Path):
    settings = Settings(state_dir=tmp_path)
    settings.redis_password_file.parent.mkdir(parents=True)
    settings.redis_password_file.write_text("generated\n")

    assert redis_password(settings) == "generated"
    assert redis_password(settings.replace(redis_password="chosen")) == "chosen"
    assert redis_password(Settings(state_dir=tmp_path / "elsewhere")) is None


def test_redis_credentials_follow_the_password_file(tmp_path: Path):
    settings = Settings(state_dir=tmp_path)
    credentials = redis_options(settings)["credential_provider"]

    assert credentials.get_credentials() == ("default", "")  # no password anywhere
    settings.redis_password_file.parent.mkdir(parents=True)
    settings.redis_password_file.write_text("generated later\n")

    assert credentials.get_credentials() == ("default", "generated later")


def test_redis_options_carry_user_and_tls(tmp_path: Path):
    settings = Settings(
        state_dir=tmp_path,
        redis_username="app",
        redis_password="pw",
        redis_tls=True,
        redis_tls_ca_file="/etc/ca.pem",
    )

    options = redis_options(settings)

    assert options["credential_provider"].get_credentials() == ("app", "pw")
    assert options["ssl"] is True
    assert options["ssl_cert_reqs"] == "required"
    assert options["ssl_ca_certs"] == "/etc/ca.pem"
    assert settings.redis_url.startswith("rediss://")
    assert "ssl" not in redis_options(Settings(state_dir=tmp_path))


def test_environment_round_trip_keeps_the_secrets():
    from streams.settings import settings_environment

    settings = load_settings({**SASL, "GEOWIRE_REDIS_PASSWORD": "redis-secret"})

    assert load_settings(settings_environment(settings)) == settings


def test_password_file_mode_is_owner_only(tmp_path: Path):
    from services.process import write_private

    path = tmp_path / "password"
    path.write_text("old")
    path.chmod(0o644)

    write_private(path, "new\n")

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == "new\n"
