"""End-to-end throughput and latency of one worker against extraction alone, in one run.

For N real news articles from ../shared/data (default 1,000, English and German alternating):

1. extraction only: ``Extractor.extract`` on every article in a fresh process, one core;
2. end to end: a fresh ``geowire worker`` (its own topics and Redis keys) on the local Kafka
   and Redis, all articles produced at once, timed until the worker has finished the last one;
3. latency: articles produced one at a time at half the end-to-end rate (the measured
   capacity); latency is the Kafka timestamp of an article's first mention minus the time it
   was produced.

Each rate is the median of ``--repeat`` runs; the ratio end-to-end / extraction-only is printed
(target >= 0.85), with the CPU time per article of the worker's event loop, its extraction
processes, Kafka and Redis: on a shared machine the rates swing with the other jobs, the CPU each
article costs much less; and the resident memory of the worker and its extraction processes
(both languages' pipelines loaded) after each end-to-end run. Needs ``geowire services up`` (and
Linux, for /proc).

``--fleet``: instead, 1 worker against 2 workers in one group on the same articles, with the CPU
each used and Redis' and Kafka's load per article (``bench/fleet.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import re
import statistics
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import news_articles
from bench.fleet import fleet_rounds, report
from bench.processes import children, cpu_seconds, rss_mb
from cli.demo import start_worker, wait_until_ready
from extraction import Document, Extractor
from services import KafkaService, RedisService
from streams.security import kafka_client_options, redis_password
from streams.settings import Settings, load_settings
from streams.webport import with_free_web_port

SENTENCE_END = re.compile(r"[.!?]+[\"'»“”]?\s+(?=[A-ZÄÖÜ0-9\"'„«])")


def sentence_count(articles: list[dict]) -> int:
    """Sentences by one fixed rule, the same for both rates so that their ratio is exact."""
    return sum(len(SENTENCE_END.split(a["body"].strip())) for a in articles)


def _time_extraction(articles: list[dict], models: dict[str, str]) -> float:
    extractor = Extractor(models=models)
    extractor.preload()  # as the worker's extraction process does before it consumes
    documents = [
        Document(id=a["id"], body=a["body"], title=a["title"], language=a["language"])
        for a in articles
    ]
    started = time.perf_counter()
    for document in documents:
        extractor.extract(document)
    return len(documents) / (time.perf_counter() - started)


def extraction_only(articles: list[dict], models: dict[str, str]) -> float:
    """Articles/s of the extractor alone, in a fresh process: its caches start as cold as
    those of the fresh worker that it is compared with."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_time_extraction, articles, models).result()


def stats(settings: Settings) -> dict:
    with urllib.request.urlopen(settings.web_url + "stats", timeout=5) as response:
        return json.load(response)


async def produce(settings: Settings, articles: list[dict], pace: float = 0.0) -> dict[str, float]:
    """Send the articles (every ``pace`` seconds, or at once); returns send times by id."""
    producer = AIOKafkaProducer(**kafka_client_options(settings), linger_ms=5)
    await producer.start()
    sent_at = {}
    try:
        topic = settings.topic("articles").name
        for article in articles:
            sent_at[article["id"]] = time.time()
            await producer.send(topic, json.dumps(article).encode(), key=article["id"].encode())
            if pace:
                await producer.flush()
                await asyncio.sleep(pace)
        await producer.flush()
    finally:
        await producer.stop()
    return sent_at


async def first_mentions(settings: Settings, wanted: set[str], timeout: float) -> dict[str, float]:
    """The Kafka timestamp (s) of the first mention of each wanted article."""
    consumer = AIOKafkaConsumer(
        settings.topic("mentions").name,
        **kafka_client_options(settings),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    seen: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and len(seen) < len(wanted):
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    article_id = json.loads(record.value)["article_id"]
                    if article_id in wanted:
                        seen.setdefault(article_id, record.timestamp / 1000)
    finally:
        await consumer.stop()
    return seen


def cpu_by_process(worker: int, settings: Settings) -> dict[str, float]:
    """CPU seconds so far of the worker's event loop, its extraction processes, and the local
    Kafka and Redis (on a shared machine, CPU per article varies far less than rates do)."""
    return {
        "event loop": cpu_seconds(worker, descendants=False),
        "extraction": sum(cpu_seconds(child) for child in children(worker)),
        "kafka": _cpu_of(KafkaService(settings).pid()),
        "redis": _cpu_of(RedisService(settings).pid()),
    }


def _cpu_of(pid: int | None) -> float:
    return cpu_seconds(pid, descendants=False) if pid is not None else 0.0


@dataclass
class Run:
    rate: float  # articles/s
    cpu_ms: dict[str, float]  # CPU milliseconds per article, by process
    latencies: list[float]  # seconds, when paced


def run_worker(base: Settings, articles: list[dict], pace: float, run: str | None = None) -> Run:
    """One fresh worker: the end-to-end rate and CPU per article, and latencies when paced;
    prints the RSS of the worker and its extraction processes once it has done every article.
    Its topics and Redis keys are named after ``run`` (random by default)."""
    run = run or uuid.uuid4().hex[:8]
    settings = with_free_web_port(
        base.replace(
            topic_prefix=f"bench-{run}.",
            app_id=f"geowire-bench-{run}",
            redis_key_prefix=f"geowire-bench:{run}:",
            state_dir=base.state_dir / "bench" / run,
            redis_password=redis_password(base) or "",  # the one of the services' state directory
        )
    )
    worker = start_worker(settings, settings.state_dir / "worker.log")
    try:
        wait_until_ready(settings, worker)
        cpu_before = cpu_by_process(worker.pid, base)
        started = time.time()
        sent_at = asyncio.run(produce(settings, articles, pace))
        while stats(settings)["articles_done"] < len(articles):
            if worker.poll() is not None:
                raise SystemExit(f"the worker died: see {settings.state_dir / 'worker.log'}")
            time.sleep(0.1)
        rate = len(articles) / (time.time() - started)
        cpu_after = cpu_by_process(worker.pid, base)
        cpu_ms = {
            name: 1000 * (cpu_after[name] - cpu_before[name]) / len(articles) for name in cpu_after
        }
        extraction = [rss_mb(child) for child in children(worker.pid)]
        own = rss_mb(worker.pid)
        print(
            f"RSS after {len(articles)} articles: worker {own:.0f} MB + {len(extraction)} "
            f"child process(es) (extraction, multiprocessing's resource tracker) "
            f"{' + '.join(f'{r:.0f}' for r in extraction)} MB = "
            f"{own + sum(extraction):.0f} MB (target <= 600 MB)"
        )
        latencies = []
        if pace:
            mentioned = asyncio.run(first_mentions(settings, set(sent_at), timeout=30))
            latencies = [mentioned[i] - sent_at[i] for i in mentioned]
        return Run(rate, cpu_ms, latencies)
    finally:
        worker.terminate()
        worker.wait(timeout=60)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency-articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fleet", action="store_true", help="1 worker against 2 workers")
    args = parser.parse_args()

    settings = load_settings()
    articles = news_articles(args.articles)
    sentences = sentence_count(articles)
    print(
        f"{len(articles)} articles, {sentences} sentences, "
        f"{sum(len(a['body']) for a in articles) / 1e6:.2f} M characters"
    )
    if args.fleet:
        report(articles, fleet_rounds(settings, articles, args.repeat))
        return

    alone, through, runs = [], [], []
    for round_number in range(1, args.repeat + 1):
        alone.append(extraction_only(articles, settings.spacy_models))
        runs.append(run_worker(settings, articles, pace=0.0))
        through.append(runs[-1].rate)
        print(
            f"round {round_number}: extraction only {alone[-1]:.1f} articles/s, "
            f"end to end {through[-1]:.1f} articles/s, ratio {through[-1] / alone[-1]:.2f}"
        )
    per_article = sentences / len(articles)
    alone_rate, through_rate = statistics.median(alone), statistics.median(through)
    ratios = [t / a for t, a in zip(through, alone, strict=True)]
    for label, rate in (("extraction only", alone_rate), ("end to end", through_rate)):
        print(
            f"{label + ':':<16} {rate:.1f} articles/s, "
            f"{rate * per_article:.0f} sentences/s (median)"
        )
    print(
        f"ratio end-to-end / extraction-only: {statistics.median(ratios):.2f} (median; "
        f"runs {', '.join(f'{r:.2f}' for r in ratios)}; target >= 0.85)"
    )

    cpu = {name: statistics.median(run.cpu_ms[name] for run in runs) for name in runs[0].cpu_ms}
    print(
        "CPU per article end to end (median): "
        + ", ".join(f"{name} {ms:.2f} ms" for name, ms in cpu.items())
        + f"; all but extraction: {sum(cpu.values()) - cpu['extraction']:.2f} ms"
    )

    paced = articles[: args.latency_articles]
    latencies = run_worker(settings, paced, pace=2.0 / through_rate).latencies
    if latencies:
        print(
            f"latency produce -> first mention, {len(latencies)} articles at half the "
            f"end-to-end rate: p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
            f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
