"""Real Kafka and Redis for the integration tests, and a worker per test module.

The services are started once per session (idempotent: `make test` has usually started them);
each module gets its own topics, consumer group, Redis key prefix and web port, so modules
never see each other's messages.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

import services
from bench.corpus import news_articles
from cli.demo import start_worker, wait_until_ready
from streams.security import kafka_client_options
from streams.settings import Settings, load_settings

if TYPE_CHECKING:
    from tests.integration.outputs import Expected

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def base_settings() -> Settings:
    settings = load_settings()
    services.services_up(settings)
    return settings


@pytest.fixture(scope="module")
def stream_settings(base_settings: Settings) -> Settings:
    run = uuid.uuid4().hex[:8]
    return base_settings.replace(
        topic_prefix=f"test-{run}.",
        app_id=f"geowire-test-{run}",
        redis_key_prefix=f"geowire-test:{run}:",
        web_port=free_port(),
    )


class Worker:
    """A ``geowire worker`` child process that can be killed and started again."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.log = Path(settings.state_dir) / "logs" / f"{settings.app_id}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the process without waiting for it (several workers load at once)."""
        self.process = start_worker(self.settings, self.log)

    def wait_ready(self) -> None:
        assert self.process is not None
        wait_until_ready(self.settings, self.process, timeout=180)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no offset commit."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stats(self) -> dict:
        with urllib.request.urlopen(self.settings.web_url + "stats", timeout=5) as response:
            return json.load(response)

    def wait_until_done(self, articles: int, timeout: float = 120.0) -> None:
        """Wait until the worker has finished ``articles`` input messages."""
        deadline = time.monotonic() + timeout
        while self.stats()["articles_done"] < articles:
            assert time.monotonic() < deadline, f"not done in time: {self.stats()}"
            time.sleep(0.2)

    def wait_for(self, check: Callable[[dict], bool], what: str, timeout: float = 120.0) -> dict:
        """Poll ``/stats`` until ``check`` holds for it; returns that ``/stats``."""
        deadline = time.monotonic() + timeout
        while True:
            stats = self.stats()
            if check(stats):
                return stats
            assert self.alive, self.log_text()[-3000:]
            assert time.monotonic() < deadline, f"{what}: not in {timeout:.0f} s: {stats}"
            time.sleep(0.2)

    def wait_for_line(self, prefix: str, timeout: float) -> str:
        """The first log line starting with ``prefix``, once the worker has written it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.alive, self.log_text()[-3000:]
            for line in self.log_text().splitlines():
                if line.startswith(prefix):
                    return line
            time.sleep(0.2)
        raise AssertionError(f"no {prefix!r} line in time: {self.log_text()[-3000:]}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@pytest.fixture(scope="module")
def worker(stream_settings: Settings) -> Iterator[Worker]:
    running = Worker(stream_settings)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def pair(stream_settings, request) -> Iterator[tuple[Worker, Worker]]:
    """Two workers of one group on topics of their own for one test (not started)."""
    suffix = request.node.name[-12:]
    settings = stream_settings.replace(
        topic_prefix=f"{stream_settings.topic_prefix}{suffix}.",
        app_id=f"{stream_settings.app_id}-{suffix}",
        redis_key_prefix=f"{stream_settings.redis_key_prefix}{suffix}:",
        kafka_session_timeout_seconds=10.0,  # a killed worker's partitions move on in 10 s
        # the corpus holds near copies (BBC republished stories): screening would report them as
        # corroborations, which the plain extraction of expected_outputs does not model
        near_duplicates=False,
    )
    first = Worker(settings.replace(web_port=free_port()))
    second = Worker(settings.replace(web_port=free_port()))
    second.log = second.log.with_name(f"{settings.app_id}-2.log")
    yield first, second
    first.stop()
    second.stop()


def fleet_workers(stats: dict) -> dict[str, list[int]]:
    """The live workers of the fleet and the partitions each holds."""
    return {w["worker"]: w["partitions"] for w in stats["fleet"]["workers"]}


@pytest.fixture(scope="module")
def producer(base_settings: Settings) -> Iterator[KafkaProducer]:
    """An independent client (kafka-python), not GeoWire's own."""
    client = KafkaProducer(
        **kafka_client_options(base_settings),
        acks="all",
        max_request_size=base_settings.max_message_bytes,
    )
    yield client
    client.close()


def read_all(
    settings: Settings, role: str, until, timeout: float = 60.0, settle: float = 0.0
) -> list[dict]:
    """Every JSON value on a topic from the beginning, polling until ``until(values)`` holds
    (then ``settle`` seconds more, to catch extras) or ``timeout`` passes."""
    name = settings.topic(role).name
    consumer = KafkaConsumer(
        **kafka_client_options(settings),
        enable_auto_commit=False,
        fetch_max_bytes=settings.max_message_bytes,
        max_partition_fetch_bytes=settings.max_message_bytes,
    )
    try:
        partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or []]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        values: list[dict] = []
        deadline = time.monotonic() + timeout
        settled_at = None
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                values.extend(json.loads(record.value) for record in records)
            if settled_at is None and until(values):
                settled_at = time.monotonic() + settle
            if settled_at is not None and time.monotonic() >= settled_at:
                break
        return values
    finally:
        consumer.close()


@pytest.fixture(scope="session")
def seed_article(shared_data: Path) -> dict:
    return json.loads((shared_data / "seed" / "article.json").read_text(encoding="utf-8"))


def produce(producer: KafkaProducer, worker: Worker, articles: list[dict]) -> None:
    """Send article dicts to the worker's articles topic, keyed by id."""
    topic = worker.settings.topic("articles").name
    for article in articles:
        producer.send(topic, key=article["id"].encode(), value=json.dumps(article).encode())
    producer.flush(timeout=60)


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest) -> list[dict]:
    """The module's ``ARTICLES`` real news articles (read from ../shared, never copied)."""
    return news_articles(request.module.ARTICLES)


@pytest.fixture(scope="module")
def expected(corpus: list[dict], base_settings: Settings) -> Expected:
    """What the stream must publish for ``corpus``: the same extractor run offline."""
    from tests.integration.outputs import expected_outputs  # it reads topics with read_all

    return expected_outputs(corpus, base_settings)
