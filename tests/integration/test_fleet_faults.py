"""Two workers in one group on 1,000 real news articles: a ``kill -9`` of one mid-stream, and a
worker that joins mid-stream. Nothing may be lost; duplicates on ``events`` are counted.

Every wait is on something the stack reports (``/stats`` with its fleet from Redis, the
group's committed offsets, the output topics), never on a sleep. The group's session timeout
is 10 s here (``pair``; 60 s by default), so that the survivor takes over within the test.
About a minute per test on a busy 2-core machine.
"""

from __future__ import annotations

import asyncio

import pytest

from cli.worker import WEB_URL_LINE
from streams.lag import LagProbe, PartitionLag
from tests.integration.conftest import Worker, fleet_workers, produce
from tests.integration.outputs import published_outputs

pytestmark = pytest.mark.integration

ARTICLES = 1000


def all_partitions(worker: Worker) -> list[int]:
    return list(range(worker.settings.articles_partitions))


async def group_lag(worker: Worker) -> list[PartitionLag]:
    probe = LagProbe(worker.settings)
    try:
        return await probe.measure()
    finally:
        await probe.close()


def nothing_left(stats: dict, articles: int) -> bool:
    """Every article committed by the group, as the fleet's lag probe measured it."""
    partitions = stats["fleet"]["partitions"]
    return (
        sum(p["end"] for p in partitions) == articles
        and stats["fleet"]["lag_total"] == 0
        and all(p["committed"] == p["end"] for p in partitions)
    )


def test_kill_9_of_one_worker_the_other_takes_over(pair, producer, corpus, expected):
    one, two = pair
    one.launch()
    two.launch()
    one.wait_ready()
    two.wait_ready()
    # both in the fleet, the four partitions shared between them
    one.wait_for(
        lambda s: (
            sorted(p for held in fleet_workers(s).values() for p in held) == all_partitions(one)
            and all(fleet_workers(s).values())
            and len(fleet_workers(s)) == 2
        ),
        "two workers sharing the partitions",
    )
    produce(producer, one, corpus)
    before_kill = one.wait_for(lambda s: s["articles_done"] >= 100, "the first worker under way")
    victim, held = before_kill["worker"], before_kill["partitions"]
    one.kill()
    # mid-stream: the victim's partitions hold articles it had not committed
    left = {p.partition: p.lag for p in asyncio.run(group_lag(one))}
    assert sum(left[p] for p in held) > 0, left

    # the survivor holds every partition, and the dead worker has dropped out of the fleet
    taken_over = two.wait_for(
        lambda s: s["partitions"] == all_partitions(two) and victim not in fleet_workers(s),
        "the survivor holding every partition",
    )
    assert list(fleet_workers(taken_over)) == [taken_over["worker"]]

    published = published_outputs(two.settings, expected)
    final = two.wait_for(lambda s: nothing_left(s, ARTICLES), "every offset committed")
    print(
        f"kill -9 after {before_kill['articles_done']} articles of the victim, "
        f"{sum(left[p] for p in held)} left on its partitions {held} "
        f"(in flight {before_kill['articles_in'] - before_kill['articles_done']}); "
        f"survivor: {final['articles_done']} articles, {final['redeliveries']} redeliveries; "
        f"duplicate events {published.duplicate_events} in "
        f"{len(published.articles_with_duplicates)} articles"
    )
    # the bound: only the articles in flight at the kill (concurrency x batch size) may repeat
    # their events, as in the single worker's kill test
    assert len(published.articles_with_duplicates) <= one.settings.articles_in_flight


def test_a_worker_added_mid_stream_takes_partitions(pair, producer, corpus, expected):
    one, two = pair
    one.start()
    two.launch()
    # the second worker has loaded its extraction and is about to join the group (it prints
    # its URL just before): the first worker gets 700 articles, about 20 s of work
    two.wait_for_line(WEB_URL_LINE, timeout=180)
    produced = 700
    produce(producer, one, corpus[:produced])
    two.wait_ready()
    at_join = asyncio.run(group_lag(one))
    joined = two.wait_for(
        lambda s: len(fleet_workers(s)) == 2 and all(fleet_workers(s).values()),
        "the second worker holding partitions",
    )
    held = fleet_workers(joined)
    assert sorted(p for partitions in held.values() for p in partitions) == all_partitions(one)
    produce(producer, one, corpus[produced:])

    published = published_outputs(one.settings, expected)
    final = one.wait_for(lambda s: nothing_left(s, ARTICLES), "every offset committed")
    second = two.stats()
    print(
        f"joined after {produced} articles produced, {sum(p.lag for p in at_join)} of them "
        f"not committed yet; second worker: {second['articles_done']} articles, "
        f"{second['redeliveries']} redeliveries; duplicate events {published.duplicate_events}"
    )
    assert second["articles_done"] > 0
    assert final["fleet"]["total"]["articles_done"] >= ARTICLES
    assert published.duplicate_events == 0
