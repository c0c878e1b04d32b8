"""The Redis claims, on fakeredis (with Lua); the same store runs on the real Redis in
tests/integration."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import fakeredis
import pytest

import services
from streams.errors import StoreUnavailable
from streams.settings import load_settings
from streams.stores import (
    Arrival,
    Claim,
    DedupStore,
    LatestEvents,
    Sighting,
    normalised_text_hash,
    redis_client,
)


@pytest.fixture(params=["fakeredis", pytest.param("redis", marks=pytest.mark.integration)])
async def store(request) -> AsyncIterator[DedupStore]:
    """The store on fakeredis, and on the real Redis server under a key prefix of its own."""
    settings = load_settings(redis_key_prefix=f"geowire-test:{uuid.uuid4().hex[:8]}:")
    if request.param == "fakeredis":
        client = fakeredis.FakeAsyncRedis(decode_responses=True)
    else:
        services.services_up(settings)
        client = redis_client(settings)
    yield DedupStore(client, settings)
    await client.aclose()


async def claim_article(store, article_id, text_hash, token):
    [result] = await store.claim_articles([Arrival(article_id, text_hash, token)])
    return result


async def test_article_claim_new_redelivery_and_duplicates(store):
    text = normalised_text_hash("T", "body")
    assert (await claim_article(store, "a", text, "t:0:1")).claim is Claim.NEW
    assert (await claim_article(store, "a", text, "t:0:1")).claim is Claim.REDELIVERY
    assert (await claim_article(store, "a", "other", "t:0:2")).claim is Claim.TAKEN  # same id
    assert (await claim_article(store, "b", text, "t:0:3")).claim is Claim.TAKEN  # same text
    assert (await claim_article(store, "c", "new", "t:0:4")).claim is Claim.NEW


def test_normalised_text_hash_folds_case_and_space():
    assert normalised_text_hash("T", "Putin  met\nKim") == normalised_text_hash(
        "t", "putin met kim"
    )
    assert normalised_text_hash("T", "Putin met Kim") != normalised_text_hash("T", "Kim met Putin")


async def claim(store, event_id, article_id, token):
    [(first, seen)] = await store.claim_sightings([Sighting(event_id, article_id, token)])
    return first, seen


async def test_mentions_count_sightings_once_per_article(store):
    _, first = await claim(store, "e1", "a", "t:0:1#0")
    _, second = await claim(store, "e1", "b", "t:0:2#5")
    _, again = await claim(store, "e1", "b", "t:0:2#5")
    _, other_sentence = await claim(store, "e1", "b", "t:0:2#90")
    assert (first.claim, first.count) == (Claim.NEW, 1)
    assert (second.claim, second.count) == (Claim.NEW, 2)
    assert (again.claim, again.count) == (Claim.REDELIVERY, 2)
    assert other_sentence.claim is Claim.TAKEN and not other_sentence.emit


async def test_event_first_sighting_wins(store):
    assert (await claim(store, "e1", "a", "t:0:1#0"))[0].emit
    assert not (await claim(store, "e1", "b", "t:0:2#0"))[0].emit


async def test_many_sightings_in_one_call(store):
    results = await store.claim_sightings(
        [
            Sighting("e1", "a", "t:0:1#0"),
            Sighting("e2", "a", "t:0:1#9"),
            Sighting("e1", "a", "t:0:1#20"),
        ]
    )
    assert [(f.claim, m.claim) for f, m in results] == [
        (Claim.NEW, Claim.NEW),
        (Claim.NEW, Claim.NEW),
        (Claim.TAKEN, Claim.TAKEN),  # the same event again in the same article
    ]
    assert await store.claim_sightings([]) == []


async def test_gives_up_after_retry_window():
    server = fakeredis.FakeServer()
    server.connected = False
    settings = load_settings({}, redis_retry_seconds=0.5)
    store = DedupStore(fakeredis.FakeAsyncRedis(server=server, decode_responses=True), settings)
    with pytest.raises(StoreUnavailable):
        await claim(store, "e", "a", "t")


async def test_done_claims_are_not_sent_again(store):
    first, seen = await claim(store, "e1", "a", "t:0:1#0")
    await store.settle(done=[first, seen])
    again, seen_again = await claim(store, "e1", "a", "t:0:1#0")
    assert again.claim is Claim.DONE and not again.emit and not seen_again.emit
    other, _ = await claim(store, "e1", "b", "t:0:2#0")
    assert other.claim is Claim.TAKEN


async def test_marking_done_leaves_claims_of_other_tokens(store):
    first = await claim_article(store, "a", "h", "t:0:1")
    stale = type(first)(first.claim, first.count, first.keys, "t:0:9")
    await store.settle(done=[stale])
    assert (await claim_article(store, "a", "h", "t:0:1")).claim is Claim.REDELIVERY


async def test_latest_events_newest_first_and_capped():
    latest = LatestEvents(
        fakeredis.FakeAsyncRedis(decode_responses=True), load_settings({}, latest_events_kept=3)
    )
    await latest.push([b'{"n": 1}', b'{"n": 2}'])
    await latest.push([])
    await latest.push([b'{"n": 3}', b'{"n": 4}'])
    assert await latest.newest() == [{"n": 4}, {"n": 3}, {"n": 2}]


async def test_waits_for_redis_to_come_back():
    server = fakeredis.FakeServer()
    server.connected = False
    store = DedupStore(
        fakeredis.FakeAsyncRedis(server=server, decode_responses=True),
        load_settings({}, redis_retry_seconds=10),
    )

    async def back_soon() -> None:
        await asyncio.sleep(0.5)
        server.connected = True

    waiter = asyncio.create_task(back_soon())
    first, _ = await claim(store, "e", "a", "t")
    await waiter
    assert first.claim is Claim.NEW


async def test_a_released_claim_is_claimed_anew_and_its_count_given_back(store):
    first, seen = await claim(store, "e1", "a", "t:0:1#0")
    await store.settle(release=[first, seen])
    again, seen_again = await claim(store, "e1", "b", "t:0:2#0")
    assert again.claim is Claim.NEW  # the next article publishes the event
    assert (seen_again.claim, seen_again.count) == (Claim.NEW, 1)


async def test_release_leaves_done_claims_and_other_tokens_alone(store):
    first, seen = await claim(store, "e1", "a", "t:0:1#0")
    await store.settle(done=[first])
    await store.settle(release=[first, seen])
    assert (await claim(store, "e1", "b", "t:0:2#0"))[0].claim is Claim.TAKEN
    text = normalised_text_hash("", "x")
    held = await claim_article(store, "a", text, "t:0:3")
    await store.settle(release=[held])
    taker = await claim_article(store, "a", text, "t:0:4")
    await store.settle(release=[held])  # no longer held by that token: nothing happens
    assert taker.claim is Claim.NEW
    assert (await claim_article(store, "a", text, "t:0:5")).claim is Claim.TAKEN
