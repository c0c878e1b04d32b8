"""``/metrics`` in the Prometheus text format, read from the worker's :class:`Stats` at each
scrape: the counters have one home (``/stats`` shows the same numbers), nothing is copied.

A registry per worker, not prometheus-client's global one, so that two runtimes in one process
(tests) never share or clash on metrics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.registry import Collector

from schemas.errors import REASONS
from streams.lag import PartitionLag
from streams.stats import Stats

__all__ = ["CONTENT_TYPE", "PREFIX", "StatsCollector", "metrics_registry", "render"]

PREFIX = "geowire_"
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # the text format every Prometheus version scrapes


class StatsCollector(Collector):
    """Prometheus metric families from a :class:`Stats`, built when scraped."""

    def __init__(
        self,
        stats: Stats,
        live_extractors: Callable[[], int],
        lag: Callable[[], list[PartitionLag]],
        partitions: Callable[[], list[int]],
    ) -> None:
        self._stats = stats
        self._live_extractors = live_extractors
        self._lag = lag
        self._partitions = partitions

    def collect(self) -> Iterator[Metric]:
        stats = self._stats
        for spec in fields(Stats):
            if "help" in spec.metadata:  # the plain counters of Stats
                yield CounterMetricFamily(
                    PREFIX + spec.name, spec.metadata["help"], value=getattr(stats, spec.name)
                )
        deadletters = CounterMetricFamily(
            PREFIX + "deadletters", "Input messages dead-lettered, by reason.", labels=["reason"]
        )
        # every known reason, zero until it happens, so that rates of a new reason start at 0
        for reason in dict.fromkeys([*REASONS, *stats.deadletters]):
            deadletters.add_metric([reason], stats.deadletters.get(reason, 0))
        yield deadletters
        by_type = CounterMetricFamily(
            PREFIX + "events_by_type", "Unique events sent, by PLOVER type.", labels=["type"]
        )
        for kind, count in sorted(stats.events_by_type.items()):
            by_type.add_metric([kind], count)
        yield by_type
        latency = HistogramMetricFamily(
            PREFIX + "stage_latency_seconds",
            "Time an article spent in each stage; end_to_end from its Kafka timestamp.",
            labels=["stage"],
        )
        for stage, window in stats.latency.items():
            buckets = [("+Inf" if b == float("inf") else str(b), n) for b, n in window.buckets()]
            latency.add_metric([stage], buckets, sum_value=window.total_seconds)
        yield latency
        yield GaugeMetricFamily(
            PREFIX + "articles_in_flight", "Articles taken in and not finished.", stats.in_flight
        )
        yield GaugeMetricFamily(
            PREFIX + "extraction_processes",
            "Live extraction child processes.",
            self._live_extractors(),
        )
        lag = GaugeMetricFamily(
            PREFIX + "consumer_lag",
            "Articles on a partition that the workers' group has not committed (high watermark "
            "less committed offset), every partition, at the last fleet heartbeat.",
            labels=["partition"],
        )
        for entry in self._lag():
            lag.add_metric([str(entry.partition)], entry.lag)
        yield lag
        yield GaugeMetricFamily(
            PREFIX + "partitions_assigned",
            "Partitions of the articles topic that this worker holds.",
            len(self._partitions()),
        )


def metrics_registry(
    stats: Stats,
    live_extractors: Callable[[], int],
    lag: Callable[[], list[PartitionLag]],
    partitions: Callable[[], list[int]],
) -> CollectorRegistry:
    """A registry of its own for one worker's metrics."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StatsCollector(stats, live_extractors, lag, partitions))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    """The text format of every metric in ``registry``."""
    return generate_latest(registry)
