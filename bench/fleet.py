"""Fleet mode of ``bench/stream_throughput.py``: one worker against two workers in one group, on
the same articles, in one run.

Each run gets fresh topics, group and Redis keys; its workers start, the group gives each its
partitions, then every article is produced at once and the run is timed until the workers have
finished the last one. Measured per run: articles/s, the CPU seconds each worker used with its
extraction processes (from /proc), articles per CPU second (per-core efficiency), and what
Redis and Kafka carried per article (Redis INFO deltas; the bytes of the output topics). The
rates are medians of ``--repeat`` rounds, the 1- and 2-worker runs alternating in order.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import time
import urllib.request
import uuid
from dataclasses import dataclass

import redis
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

from bench.processes import cpu_seconds
from cli.demo import start_worker, wait_until_ready
from services import KafkaService, RedisService
from streams.security import kafka_client_options, redis_options
from streams.settings import Settings

__all__ = ["FleetRun", "fleet_rounds", "report", "run_fleet"]


def _metrics(settings: Settings) -> dict[str, float]:
    """A worker's own numbers from ``/metrics``, which reads no Redis (``/stats`` reads the
    fleet's reports there, and polling it would count in Redis' figures)."""
    with urllib.request.urlopen(settings.web_url + "metrics", timeout=10) as response:
        text = response.read().decode()
    return {
        sample.name: sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if not sample.labels
    }


def _services_cpu(settings: Settings) -> dict[str, float]:
    """CPU seconds so far of the Redis and Kafka that ``geowire services up`` started."""
    used = {}
    for name, service in (("redis", RedisService(settings)), ("kafka", KafkaService(settings))):
        pid = service.pid()
        used[name] = cpu_seconds(pid) if pid else float("nan")
    return used


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def _redis_counters(client: redis.Redis) -> dict[str, float]:
    """Redis' own counts: commands by name, network bytes, memory, keys."""
    info = client.info("all")
    counters = {
        "bytes_in": info["total_net_input_bytes"],
        "bytes_out": info["total_net_output_bytes"],
        "memory": info["used_memory"],
        "keys": client.dbsize(),
    }
    for name, value in info.items():
        if name.startswith("cmdstat_"):
            counters["command:" + name.removeprefix("cmdstat_")] = value["calls"]
    return counters


def _topic_bytes(settings: Settings, role: str) -> tuple[int, int]:
    """Messages and value bytes on a topic, read from the beginning to its end."""
    name = settings.topic(role).name
    consumer = KafkaConsumer(
        **kafka_client_options(settings),
        enable_auto_commit=False,
        max_partition_fetch_bytes=settings.max_message_bytes,
    )
    try:
        partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or []]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        messages = size = 0
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            for records in consumer.poll(timeout_ms=500).values():
                messages += len(records)
                size += sum(len(record.value) for record in records)
        return messages, size
    finally:
        consumer.close()


@dataclass(frozen=True)
class FleetRun:
    workers: int
    articles: int
    seconds: float
    cpu: list[float]  # CPU seconds of each worker with its extraction processes
    loop_cpu: list[float]  # of which the worker's own process: its event loop
    services_cpu: dict[str, float]  # CPU seconds of the local Redis and Kafka broker
    redis: dict[str, float]  # INFO deltas over the run
    kafka: dict[str, tuple[int, int]]  # role -> (messages, bytes)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def per_cpu_second(self) -> float:
        """Articles per CPU second: the per-core efficiency."""
        return self.articles / sum(self.cpu)


def run_fleet(base: Settings, articles: list[dict], workers: int) -> FleetRun:
    """``workers`` fresh workers of one group on fresh topics, timed over ``articles``."""
    run = uuid.uuid4().hex[:8]
    settings = base.replace(
        topic_prefix=f"bench-fleet-{run}.",
        app_id=f"geowire-bench-fleet-{run}",
        redis_key_prefix=f"geowire-bench-fleet:{run}:",
    )  # the state dir stays: the local Redis' password is there
    logs = base.state_dir / "bench" / run
    each = []
    for number in range(workers):
        mine = settings.replace(web_port=_free_port(settings.web_host))
        each.append((mine, start_worker(mine, logs / f"worker-{number}.log")))
    processes = [process for _, process in each]
    try:
        for mine, process in each:
            wait_until_ready(mine, process, timeout=300)
        _until(
            each,
            lambda metrics: all(m["geowire_partitions_assigned"] for m in metrics),
            "every worker holding partitions",
        )
        client = redis.Redis(**redis_options(base))
        redis_before = _redis_counters(client)
        cpu_before = [cpu_seconds(process.pid) for process in processes]
        loop_before = [cpu_seconds(process.pid, descendants=False) for process in processes]
        services_before = _services_cpu(base)
        started = time.perf_counter()
        _produce(settings, articles)
        _until(
            each,
            lambda metrics: sum(m["geowire_articles_done_total"] for m in metrics) >= len(articles),
            "every article done",
        )
        seconds = time.perf_counter() - started
        cpu = [cpu_seconds(p.pid) - before for p, before in zip(processes, cpu_before, strict=True)]
        loop_cpu = [
            cpu_seconds(p.pid, descendants=False) - before
            for p, before in zip(processes, loop_before, strict=True)
        ]
        services_cpu = {k: v - services_before[k] for k, v in _services_cpu(base).items()}
        redis_after = _redis_counters(client)
        client.close()
        kafka = {role: _topic_bytes(settings, role) for role in ("events", "mentions")}
        redis_used = {k: v - redis_before.get(k, 0) for k, v in redis_after.items()}
        return FleetRun(
            workers, len(articles), seconds, cpu, loop_cpu, services_cpu, redis_used, kafka
        )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


def fleet_rounds(
    settings: Settings, articles: list[dict], repeat: int
) -> list[tuple[FleetRun, FleetRun]]:
    """``repeat`` rounds of a 1-worker and a 2-worker run, their order alternating."""
    rounds = []
    for number in range(repeat):
        order = (1, 2) if number % 2 == 0 else (2, 1)
        runs = {workers: run_fleet(settings, articles, workers) for workers in order}
        rounds.append((runs[1], runs[2]))
    return rounds


def _until(each: list, done, what: str, timeout: float = 900) -> None:
    deadline = time.monotonic() + timeout
    while not done([_metrics(mine) for mine, _ in each]):
        for mine, process in each:
            if process.poll() is not None:
                raise SystemExit(f"a worker died: see its log in {mine.state_dir / 'bench'}")
        if time.monotonic() > deadline:
            raise SystemExit(f"{what}: not within {timeout:.0f} s")
        time.sleep(0.1)


def _produce(settings: Settings, articles: list[dict]) -> None:
    producer = KafkaProducer(**kafka_client_options(settings), linger_ms=5, acks="all")
    topic = settings.topic("articles").name
    for article in articles:
        producer.send(topic, key=article["id"].encode(), value=json.dumps(article).encode())
    producer.flush(timeout=120)
    producer.close()


def report(articles: list[dict], rounds: list[tuple[FleetRun, FleetRun]]) -> None:
    """Print each round, then the medians, the ratio, CPU and per-article costs."""
    for number, (one, two) in enumerate(rounds, 1):
        print(
            f"round {number}: 1 worker {one.rate:.1f} articles/s (CPU {one.cpu[0]:.1f} s), "
            f"2 workers {two.rate:.1f} articles/s (CPU "
            f"{', '.join(f'{c:.1f}' for c in two.cpu)} s), ratio {two.rate / one.rate:.2f}"
        )
    median = statistics.median
    ones, twos = [one for one, _ in rounds], [two for _, two in rounds]
    for label, runs in (("1 worker: ", ones), ("2 workers:", twos)):
        seconds = median(r.seconds for r in runs)
        cpu = median(sum(r.cpu) for r in runs)
        print(
            f"{label} {median(r.rate for r in runs):.1f} articles/s, CPU {cpu:.1f} s in "
            f"{seconds:.1f} s ({cpu / seconds:.2f} cores busy), "
            f"{median(r.per_cpu_second for r in runs):.1f} articles per CPU second (median)"
        )
    ratios = [two.rate / one.rate for one, two in rounds]
    efficiency = [two.per_cpu_second / one.per_cpu_second for one, two in rounds]
    print(
        f"ratio 2 workers / 1 worker: {median(ratios):.2f} (median; runs "
        f"{', '.join(f'{r:.2f}' for r in ratios)}); per-core efficiency 2/1: "
        f"{median(efficiency):.2f}; load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs"
    )
    n = len(articles)
    redis_per = {k: median(r.redis.get(k, 0) for r in ones) / n for k in ones[0].redis}
    commands = {
        key.removeprefix("command:"): calls
        for key, calls in redis_per.items()
        if key.startswith("command:") and calls
    }
    events, mentions = ones[0].kafka["events"], ones[0].kafka["mentions"]
    article_bytes = sum(len(json.dumps(a).encode()) for a in articles) / n
    services = {k: median(r.services_cpu[k] for r in ones) / n * 1000 for k in ("redis", "kafka")}
    print(
        f"CPU per article: worker {median(sum(r.cpu) for r in ones) / n * 1000:.1f} ms (its "
        f"event loop {median(sum(r.loop_cpu) for r in ones) / n * 1000:.1f} ms), "
        f"Redis {services['redis']:.2f} ms, Kafka broker {services['kafka']:.2f} ms (1 worker)"
    )
    print(
        f"per article (1 worker, with its heartbeats): Redis {sum(commands.values()):.2f} "
        f"commands ({', '.join(f'{k} {v:.2f}' for k, v in sorted(commands.items()))}), "
        f"{redis_per['bytes_in']:.0f} B in, {redis_per['bytes_out']:.0f} B out, "
        f"{redis_per['keys']:.1f} keys, {redis_per['memory']:.0f} B memory; Kafka in "
        f"{article_bytes:.0f} B, out {events[0] / n:.2f} events ({events[1] / n:.0f} B) and "
        f"{mentions[0] / n:.2f} mentions ({mentions[1] / n:.0f} B)"
    )
