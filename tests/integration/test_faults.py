"""Nothing lost: a kill -9 of the worker, Redis away for 30 s, and a broker restart, each in
the middle of a stream of 500 real news articles.

The expected outputs come from the same extractor run offline on the same articles: every
expected event must be on ``events`` and every (event, article) sighting on ``mentions``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from services import KafkaService, RedisService
from tests.integration.conftest import Worker, read_all
from tests.integration.outputs import published_outputs

pytestmark = pytest.mark.integration

ARTICLES = 500


@pytest.fixture
def fresh_worker(stream_settings, request):
    """A worker on topics of its own for one test."""
    suffix = request.node.name.split("[")[0][-12:]
    settings = stream_settings.replace(
        topic_prefix=f"{stream_settings.topic_prefix}{suffix}.",
        app_id=f"{stream_settings.app_id}-{suffix}",
        redis_key_prefix=f"{stream_settings.redis_key_prefix}{suffix}:",
    )
    running = Worker(settings)
    running.start()
    yield running
    running.stop()


def run_with_fault(worker: Worker, producer, corpus, expected, fault: Callable[[], None]):
    """Produce the corpus, apply ``fault`` once about a fifth of it is through, then check."""
    topic = worker.settings.topic("articles").name
    for article in corpus:
        producer.send(topic, key=article["id"].encode(), value=json.dumps(article).encode())
    producer.flush(timeout=60)
    read_all(
        worker.settings,
        "mentions",
        until=lambda v: len(v) >= len(expected.sightings) // 5,
        timeout=120,
    )
    fault()
    published = published_outputs(worker.settings, expected)
    return published.events, published.sightings


def test_kill_9_loses_nothing(fresh_worker, producer, corpus, expected):
    def kill_and_restart() -> None:
        fresh_worker.kill()
        fresh_worker.start()

    events, _ = run_with_fault(fresh_worker, producer, corpus, expected, kill_and_restart)
    # duplicates on `events` are allowed only for the articles in flight at the kill
    repeated_in = {article for (_, article), n in events.items() if n > 1}
    assert len(repeated_in) <= fresh_worker.settings.articles_in_flight


def test_redis_away_30_seconds(fresh_worker, producer, corpus, expected):
    redis = RedisService(fresh_worker.settings)

    def stop_redis_30s() -> None:
        redis.stop()
        time.sleep(30)
        assert fresh_worker.alive
        redis.start()

    events, sightings = run_with_fault(fresh_worker, producer, corpus, expected, stop_redis_30s)
    assert max(events.values()) == 1 and max(sightings.values()) == 1
    assert fresh_worker.alive


def test_broker_restart(fresh_worker, producer, corpus, expected):
    kafka = KafkaService(fresh_worker.settings)

    def restart_kafka() -> None:
        kafka.stop()
        time.sleep(3)
        kafka.start()

    run_with_fault(fresh_worker, producer, corpus, expected, restart_kafka)
    assert fresh_worker.alive
