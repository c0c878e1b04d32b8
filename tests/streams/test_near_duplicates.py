"""The near-duplicate store on fakeredis: verdicts, sources, events, expiry, redelivery.

The same store runs against the real Redis in tests/integration/test_near_duplicates.py.
"""

from __future__ import annotations

import fakeredis
import pytest

from streams.near_duplicates import NearDuplicateStore, PendingCopy, Screening, StoredEvent
from streams.settings import load_settings
from streams.stores import normalised_text_hash
from tests.streams.test_minhash import OTHER, STORY

EDITED = STORY.replace("Tuesday", "Wednesday").replace("two years", "three years")
WINDOW = 3600


def arrival(article_id: str, text: str, source: str | None, token: str, exact: bool = False):
    return Screening(
        article_id=article_id,
        source=source,
        text_hash=normalised_text_hash("", text),
        token=token,
        text=text,
        exact=exact,
    )


@pytest.fixture
def redis():
    return fakeredis.FakeAsyncRedis(decode_responses=True)


@pytest.fixture
def store(redis):
    return NearDuplicateStore(redis, load_settings({}, near_duplicate_window_seconds=WINDOW))


async def test_an_original_is_new_and_an_edited_copy_is_near(store):
    [first] = await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    [copy] = await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    [other] = await store.screen([arrival("a3", OTHER, "paper", "t:0:3")])
    assert first.kind == "new" and other.kind == "new"
    assert (copy.kind, copy.original_id, copy.original_source) == ("near", "a1", "wire")
    assert 0.5 <= copy.similarity < 1.0


async def test_a_copy_in_the_same_batch_finds_the_original_before_it(store):
    verdicts = await store.screen(
        [arrival("a1", STORY, "wire", "t:0:1"), arrival("a2", EDITED, "paper", "t:0:2")]
    )
    assert [v.kind for v in verdicts] == ["new", "near"]
    assert verdicts[1].original_id == "a1"


async def test_only_a_source_new_to_the_story_corroborates(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    [other_source] = await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    [same_source] = await store.screen([arrival("a3", EDITED + " Updated.", "wire", "t:0:3")])
    [again] = await store.screen([arrival("a4", EDITED + " Corrected.", "paper", "t:0:4")])
    assert [v.corroborates for v in (other_source, same_source, again)] == [True, False, False]
    assert {v.original_id for v in (other_source, same_source, again)} == {"a1"}


async def test_articles_without_a_source_count_as_one_unknown_source(store):
    await store.screen([arrival("a1", STORY, None, "t:0:1")])
    [unknown] = await store.screen([arrival("a2", EDITED, None, "t:0:2")])
    [known] = await store.screen([arrival("a3", EDITED + " More.", "paper", "t:0:3")])
    assert (unknown.corroborates, unknown.original_source) == (False, None)
    assert known.corroborates


async def test_a_corroborating_copy_gets_the_originals_events(store):
    event = StoredEvent("e1", "The harbour council of Velmora met on Tuesday.", 0, 47, 0.5)
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.remember({"a1": [event]})
    [copy] = await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    [update] = await store.screen([arrival("a3", EDITED + " Later.", "wire", "t:0:3")])
    assert (copy.story_id, copy.events) == ("a1", [event])
    assert update.events == []


async def test_a_copy_of_an_original_in_flight_waits_for_its_events(store):
    event = StoredEvent("e1", "The harbour council of Velmora met on Tuesday.", 0, 47, 0.5)
    [_, copy] = await store.screen(
        [arrival("a1", STORY, "wire", "t:0:1"), arrival("a2", EDITED, "paper", "t:0:2")]
    )
    [exact] = await store.screen([arrival("a3", STORY, "post", "t:0:3", exact=True)])
    [update] = await store.screen([arrival("a4", EDITED + " Later.", "wire", "t:0:4")])
    assert (copy.corroborates, copy.events, exact.corroborates, exact.events) == (
        True,
        [],
        True,
        [],
    )
    assert not update.corroborates
    owed = await store.remember({"a1": [event]})
    assert owed == {"a1": [PendingCopy("a2", "t:0:2"), PendingCopy("a3", "t:0:3")]}
    assert await store.remember({"a1": [event]}) == {}, "handed over once"
    [later] = await store.screen([arrival("a5", EDITED + " Corrected.", "blog", "t:0:5")])
    assert later.events == [event]


async def test_copies_waiting_on_an_original_taken_back_wait_for_its_replay(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    await store.forget(["a1"])
    [replayed] = await store.screen([arrival("a1", STORY, "wire", "t:0:9")])
    assert replayed.kind == "new"
    owed = await store.remember({"a1": [StoredEvent("e1", "s", 0, 1, 0.5)]})
    assert owed == {"a1": [PendingCopy("a2", "t:0:2")]}


async def test_an_exact_copy_names_its_original_and_counts_its_source(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.remember({"a1": [StoredEvent("e1", "s", 0, 1, 0.5)]})
    [copy] = await store.screen([arrival("a9", STORY, "paper", "t:0:2", exact=True)])
    [resent] = await store.screen([arrival("a1", STORY, "wire", "t:0:3", exact=True)])
    assert (copy.kind, copy.original_id, copy.similarity, copy.corroborates) == (
        "exact",
        "a1",
        1.0,
        True,
    )
    assert len(copy.events) == 1
    assert (resent.original_id, resent.corroborates) == ("a1", False)


async def test_an_exact_copy_of_a_near_duplicate_gets_the_storys_events(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.remember({"a1": [StoredEvent("e1", "s", 0, 1, 0.5)]})
    await store.screen([arrival("a2", EDITED, "wire", "t:0:2")])
    [copy] = await store.screen([arrival("a3", EDITED, "paper", "t:0:3", exact=True)])
    assert (copy.original_id, copy.original_source, copy.story_id) == ("a2", "wire", "a1")
    assert copy.corroborates and len(copy.events) == 1


async def test_a_redelivered_message_gets_the_same_verdict(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    first = await store.screen(
        [arrival("a2", EDITED, "paper", "t:0:2"), arrival("a9", STORY, "post", "t:0:3", True)]
    )
    again = await store.screen(
        [arrival("a2", EDITED, "paper", "t:0:2"), arrival("a9", STORY, "post", "t:0:3", True)]
    )
    assert again == first
    assert [v.corroborates for v in again] == [True, True]
    [original_again] = await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    assert original_again.kind == "new"


async def test_every_key_expires_with_the_window(store, redis):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.screen([arrival("a0", EDITED, "blog", "t:0:0")])  # waits for a1's events
    await store.remember({"a9": [StoredEvent("e9", "s", 0, 1, 0.5)]})
    await store.remember({"a1": [StoredEvent("e1", "s", 0, 1, 0.5)]})
    await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    await store.screen([arrival("a3", STORY, "post", "t:0:3", exact=True)])
    await store.screen([arrival("a4", EDITED, "wire", "t:0:4")])
    await store.screen([arrival("a5", OTHER, "post", "t:0:5")])
    await store.screen([arrival("a6", OTHER + " More.", "paper", "t:0:6")])  # waits for a5's
    keys = [key async for key in redis.scan_iter("*")]
    assert {key.split(":")[2] for key in keys} == {"a", "b", "t", "e", "x", "p"}
    for key in keys:
        # a generation's hash outlives its newest entry by a window: by a quarter more at most
        limit = WINDOW * 1.25 if key.split(":")[2] in "bt" else WINDOW
        assert 0 < await redis.ttl(key) <= limit, key


async def test_an_original_older_than_the_window_is_not_found(redis):
    now = [1_000_000.0]
    settings = load_settings({}, near_duplicate_window_seconds=WINDOW)
    store = NearDuplicateStore(redis, settings, clock=lambda: now[0])
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    now[0] += WINDOW * 0.9
    [within] = await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    now[0] += WINDOW * 0.6  # 1.5 windows after a1: its generation is no longer looked at
    [after] = await store.screen([arrival("a3", EDITED + " Later.", "paper", "t:0:3")])
    assert (within.kind, after.kind) == ("near", "new")


async def test_an_original_taken_back_no_longer_has_duplicates(store):
    await store.screen([arrival("a1", STORY, "wire", "t:0:1")])
    await store.forget(["a1"])
    [copy] = await store.screen([arrival("a2", EDITED, "paper", "t:0:2")])
    assert copy.kind == "new"
