"""/metrics: the Stats of a worker in the Prometheus text format, read by Prometheus' parser."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from schemas.errors import REASONS
from streams.lag import PartitionLag
from streams.metrics import metrics_registry, render
from streams.stats import Stats


def scrape(
    stats: Stats,
    live: int = 1,
    lag: list[PartitionLag] | None = None,
    held: list[int] | None = None,
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of the rendered text, by name and sorted labels."""
    registry = metrics_registry(stats, lambda: live, lambda: lag or [], lambda: held or [])
    text = render(registry).decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_counters_follow_the_stats():
    stats = Stats(articles_in=7, articles_done=5, duplicates_dropped=2, events_out=3)
    stats.mentions_out = 4
    stats.deadletters["too_large"] += 1

    samples = scrape(stats, live=2)

    assert samples[("geowire_articles_in_total", ())] == 7
    assert samples[("geowire_duplicates_dropped_total", ())] == 2
    assert samples[("geowire_events_out_total", ())] == 3
    assert samples[("geowire_mentions_out_total", ())] == 4
    assert samples[("geowire_deadletters_total", (("reason", "too_large"),))] == 1
    assert samples[("geowire_articles_in_flight", ())] == 2
    assert samples[("geowire_extraction_processes", ())] == 2


def test_every_dead_letter_reason_is_a_series_from_the_start():
    samples = scrape(Stats())

    reasons = {dict(labels)["reason"] for name, labels in samples if "deadletters_total" in name}
    assert reasons == set(REASONS)
    stats = Stats()
    stats.deadletters["a_new_reason"] += 1
    assert scrape(stats)[("geowire_deadletters_total", (("reason", "a_new_reason"),))] == 1


def test_stage_latency_is_a_histogram_with_cumulative_buckets():
    stats = Stats()
    for seconds in (0.004, 0.3, 0.3, 200.0):
        stats.latency["extract"].add(seconds)

    samples = scrape(stats)

    def bucket(le: str) -> float:
        return samples[("geowire_stage_latency_seconds_bucket", (("le", le), ("stage", "extract")))]

    assert bucket("0.001") == 0
    assert bucket("0.005") == 1
    assert bucket("0.5") == 3
    assert bucket("120.0") == 3
    assert bucket("+Inf") == 4
    assert samples[("geowire_stage_latency_seconds_count", (("stage", "extract"),))] == 4
    total = samples[("geowire_stage_latency_seconds_sum", (("stage", "extract"),))]
    assert total == pytest.approx(200.604)
    stages = {dict(labels)["stage"] for name, labels in samples if "latency_seconds_count" in name}
    assert stages == {"ingest", "extract", "publish", "end_to_end"}


def test_stats_and_metrics_show_the_same_numbers():
    stats = Stats(articles_in=4, events_out=9)
    stats.deadletters["invalid_json"] += 3
    snapshot, samples = stats.snapshot(), scrape(stats)

    assert samples[("geowire_articles_in_total", ())] == snapshot["articles_in"]
    assert samples[("geowire_events_out_total", ())] == snapshot["events_out"]
    assert (
        samples[("geowire_deadletters_total", (("reason", "invalid_json"),))]
        == snapshot["deadletters"]["invalid_json"]
    )


def test_each_worker_has_a_registry_of_its_own():
    first, second = Stats(articles_in=1), Stats(articles_in=2)

    assert scrape(first)[("geowire_articles_in_total", ())] == 1
    assert scrape(second)[("geowire_articles_in_total", ())] == 2


def test_consumer_lag_is_a_gauge_per_partition_and_events_count_by_type():
    stats = Stats()
    stats.events_by_type.update(["PROTEST", "PROTEST", "ASSAULT"])
    lag = [PartitionLag(0, 10, 25, 15), PartitionLag(1, None, 4, 4)]

    samples = scrape(stats, lag=lag, held=[0, 1, 3])

    assert samples[("geowire_consumer_lag", (("partition", "0"),))] == 15
    assert samples[("geowire_consumer_lag", (("partition", "1"),))] == 4
    assert samples[("geowire_partitions_assigned", ())] == 3
    assert samples[("geowire_events_by_type_total", (("type", "PROTEST"),))] == 2
    assert samples[("geowire_events_by_type_total", (("type", "ASSAULT"),))] == 1
