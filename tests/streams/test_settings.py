from __future__ import annotations

import os
from pathlib import Path

import pytest

from streams.cpus import extract_workers_for
from streams.settings import Settings, SettingsError, load_settings


def test_defaults_are_local():
    settings = load_settings({})
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.redis_url == "redis://127.0.0.1:6379/0"
    assert settings.web_url == "http://127.0.0.1:6066/"
    assert settings.topic("articles").name == "articles.raw"
    assert set(settings.topics) == {"articles", "events", "mentions", "deadletter", "duplicates"}
    assert settings.topic("duplicates").name == "articles.duplicates"


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


@pytest.mark.parametrize(("cpus", "workers"), [(1, 1), (2, 1), (3, 2), (8, 7)])
def test_extraction_processes_leave_one_cpu_to_the_event_loop(cpus, workers):
    assert extract_workers_for(cpus) == workers


def test_extraction_processes_follow_the_cpus_this_process_may_use():
    assert load_settings({}).extract_workers == extract_workers_for(len(os.sched_getaffinity(0)))
    assert load_settings({"GEOWIRE_EXTRACT_WORKERS": "3"}).extract_workers == 3


def test_web_port_auto_is_on_by_default_and_can_be_turned_off():
    assert load_settings({}).web_port_auto is True
    assert load_settings({"GEOWIRE_WEB_PORT_AUTO": "false"}).web_port_auto is False


def test_batches_bound_the_articles_in_flight():
    settings = load_settings({"GEOWIRE_AGENT_CONCURRENCY": "3", "GEOWIRE_AGENT_BATCH_SIZE": "5"})
    assert settings.articles_in_flight == 15


@pytest.mark.parametrize("name", ["agent_concurrency", "agent_batch_size", "agent_batch_seconds"])
def test_batching_settings_must_be_positive(name):
    # a take without a time limit would hold a lone article until the batch fills
    with pytest.raises(SettingsError, match=name):
        load_settings({f"GEOWIRE_{name.upper()}": "0"})


def test_syntax_languages_follow_the_per_language_switches():
    assert load_settings({}).syntax_languages == {"en"}
    assert load_settings({"GEOWIRE_SYNTAX_DE": "true"}).syntax_languages == {"de", "en"}
    assert load_settings({"GEOWIRE_SYNTAX_EN": "false"}).syntax_languages == frozenset()
