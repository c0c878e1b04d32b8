"""A worker whose web port another server holds: it serves on a free port and prints the URL,
its /metrics count a real article in the Prometheus text format, and a subscriber reads the
article's events as typed records."""

from __future__ import annotations

import json
import re
import socket
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from cli.demo import start_worker, wait_until_ready
from cli.worker import WEB_URL_LINE
from client import subscribe
from schemas.records import Event
from tests.integration.conftest import Worker

pytestmark = pytest.mark.integration


class AutoPortWorker(Worker):
    """A worker started with a taken web port: found at the URL it prints."""

    def start(self) -> None:
        self.process = start_worker(self.settings, self.log)
        printed = self.wait_for_line(WEB_URL_LINE, timeout=180)
        url = printed.removeprefix(WEB_URL_LINE).strip()
        self.served_url = url
        port = int(re.fullmatch(r"http://127\.0\.0\.1:(\d+)/", url).group(1))
        self.settings = self.settings.replace(web_port=port)
        wait_until_ready(self.settings, self.process, timeout=180)


@pytest.fixture(scope="module")
def taken_port() -> Iterator[int]:
    """A port a real server listens on, as a first worker's web view would."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


@pytest.fixture(scope="module")
def auto_worker(stream_settings, taken_port) -> Iterator[AutoPortWorker]:
    running = AutoPortWorker(stream_settings.replace(web_port=taken_port))
    running.start()
    yield running
    running.stop()


def scrape(worker: Worker) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(worker.settings.web_url + "metrics", timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_a_taken_web_port_is_replaced_and_the_url_printed(auto_worker, taken_port):
    assert auto_worker.settings.web_port != taken_port
    assert auto_worker.served_url == auto_worker.settings.web_url
    with urllib.request.urlopen(auto_worker.settings.web_url + "health", timeout=5) as response:
        assert json.load(response) == {"status": "ok"}


def test_metrics_count_a_real_article_and_a_subscriber_reads_its_events(
    auto_worker, producer, seed_article
):
    settings = auto_worker.settings
    before = scrape(auto_worker)
    assert before[("geowire_articles_in_total", ())] == 0
    assert before[("geowire_extraction_processes", ())] == settings.extract_workers

    producer.send(
        settings.topic("articles").name, key=b"seed", value=json.dumps(seed_article).encode()
    ).get(timeout=30)
    producer.send(settings.topic("articles").name, key=b"bad", value=b"{").get(timeout=30)
    auto_worker.wait_until_done(2)
    after = scrape(auto_worker)

    stats = auto_worker.stats()
    assert after[("geowire_articles_in_total", ())] == stats["articles_in"] == 2
    assert after[("geowire_articles_in_flight", ())] == 0
    assert after[("geowire_deadletters_total", (("reason", "invalid_json"),))] == 1
    events_out = after[("geowire_events_out_total", ())]
    assert events_out == stats["events_out"] >= 5
    assert after[("geowire_mentions_out_total", ())] == stats["mentions_out"]
    for stage in ("ingest", "extract", "publish", "end_to_end"):
        count = after[("geowire_stage_latency_seconds_count", (("stage", stage),))]
        inf = after[("geowire_stage_latency_seconds_bucket", (("le", "+Inf"), ("stage", stage)))]
        assert count == inf >= 1, stage

    events = subscribe("events", from_beginning=True, settings=settings, idle_timeout=60)
    read = [event for _, event in zip(range(int(events_out)), events, strict=False)]
    assert len(read) == events_out
    assert all(isinstance(event, Event) for event in read)
    assert {event.article_id for event in read} == {seed_article["id"]}
    assert {"RUS", "PRK"} <= {event.source.country for event in read if event.source}
