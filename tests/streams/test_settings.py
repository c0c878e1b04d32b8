from __future__ import annotations

from pathlib import Path

import pytest

from streams.settings import Settings, SettingsError, load_settings


def test_defaults_are_local():
    settings = load_settings({})
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.redis_url == "redis://127.0.0.1:6379/0"
    assert settings.web_url == "http://127.0.0.1:6066/"
    assert settings.topic("articles").name == "articles.raw"
    assert set(settings.topics) == {"articles", "events", "mentions", "deadletter"}


def test_environment_overrides_with_types():
    settings = load_settings(
        {
            "GEOWIRE_KAFKA_PORT": "19092",
            "GEOWIRE_TOPIC_PREFIX": "t1.",
            "GEOWIRE_STATE_DIR": "/tmp/x",
            "GEOWIRE_REDIS_RETRY_SECONDS": "2.5",
            "UNRELATED": "1",
        }
    )
    assert settings.kafka_port == 19092
    assert settings.topic("events").name == "t1.events"
    assert settings.state_dir == Path("/tmp/x")
    assert settings.redis_retry_seconds == 2.5


def test_bad_value_names_the_variable():
    with pytest.raises(SettingsError, match="GEOWIRE_WEB_PORT"):
        load_settings({"GEOWIRE_WEB_PORT": "sixty"})


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().kafka_port = 1  # type: ignore[misc]


def test_environment_round_trip():
    from streams.settings import settings_environment

    settings = load_settings({}, topic_prefix="x.", web_port=7001, redis_retry_seconds=1.5)
    assert load_settings(settings_environment(settings)) == settings
