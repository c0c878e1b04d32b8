"""The extraction child processes: real extractor, replaced when one dies or hangs, and no
article lost or timed out because of another."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extraction import Document
from extraction.errors import UnsupportedLanguage
from streams.extractor_pool import BATCH, ExtractionTimeout, ExtractorPool, _take_batch

# one event loop for the module, as the pools below outlive a single test
module_loop = pytest.mark.asyncio(loop_scope="module")

# Quadratic in spaCy's tokenizer before GeoWire broke long runs: far over the 120 s timeout.
COMMAS = "," * 40_015
# Seconds of work even in linear time (spaCy takes at most 1,000,000 characters): a third of
# a million one-word sentences took 10 CPU seconds (a million commas only 1.4 since the trigger
# pass skips words that cannot trigger, under the 1.5 s timeout below), against the seed
# article's ten milliseconds.
SLOW_BODY = "A. " * 333_333
# Some tenths of a second: the articles sent meanwhile wait in the child's pipe, one batch.
BUSY_BODY = "," * 100_000


@pytest.fixture(scope="module")
def seed(shared_data) -> Document:
    raw = json.loads((shared_data / "seed" / "article.json").read_text(encoding="utf-8"))
    return Document(id=raw["id"], body=raw["body"], language="de", published_at=raw["published_at"])


@pytest.fixture(scope="module")
def pool():
    running = ExtractorPool({}, workers=1, timeout=60)
    running.start()
    yield running
    running.close()


@module_loop
async def test_extracts_in_another_process(pool, seed):
    extraction = await pool.run(seed)
    assert len(extraction.events) >= 8
    assert not extraction.truncated
    assert os.getpid() not in pool.pids


@module_loop
async def test_a_dead_child_is_replaced_and_the_article_retried(pool, seed):
    expected = await pool.run(seed)
    (pid,) = pool.pids
    os.kill(pid, signal.SIGKILL)
    assert await pool.run(seed) == expected
    assert pool.pids != [pid]


@module_loop
async def test_articles_waiting_when_the_child_dies_are_all_extracted(pool, seed):
    expected = await pool.run(seed)
    (pid,) = pool.pids
    in_flight = [asyncio.ensure_future(pool.run(seed)) for _ in range(8)]
    os.kill(pid, signal.SIGKILL)  # the child holds the first article, the others wait
    assert await asyncio.gather(*in_flight) == [expected] * 8
    (replacement,) = pool.pids
    assert replacement != pid


@module_loop
async def test_a_timeout_rejects_only_its_own_article(seed):
    """One article over the timeout: it fails, and every article queued behind it is extracted
    (the old pool cancelled them, and they vanished without events or dead letters)."""
    slow = ExtractorPool({}, workers=1, timeout=0.5)
    slow.start()
    try:
        hung = asyncio.ensure_future(slow.run(Document("slow", SLOW_BODY, language="de")))
        queued = [asyncio.ensure_future(slow.run(seed)) for _ in range(5)]
        with pytest.raises(ExtractionTimeout):
            await hung
        results = await asyncio.gather(*queued, return_exceptions=True)
        assert all(not isinstance(r, BaseException) and r.events for r in results), results
    finally:
        slow.close()


@module_loop
async def test_the_timeout_clock_leaves_out_the_wait_for_a_child(pool, seed):
    """32 articles for one child, each well under the timeout, but together far over it: none
    times out, since each is timed from when its child takes it."""
    started = time.monotonic()
    expected = await pool.run(seed)
    one = time.monotonic() - started
    pool.timeout = max(0.5, 4 * one)
    try:
        burst = [pool.run(seed) for _ in range(32)]
        assert await asyncio.gather(*burst) == [expected] * 32
    finally:
        pool.timeout = 60


def test_a_child_takes_the_waiting_articles_together_and_an_alone_one_by_itself():
    worker, child = multiprocessing.Pipe()
    documents = [Document(str(k), "Text.", language="de") for k in range(BATCH + 5)]
    for k, document in enumerate(documents):
        worker.send((document, k == 3))
    batch, held = _take_batch(child, None)
    assert [d.id for d in batch] == ["0", "1", "2"]
    batch, held = _take_batch(child, held)
    assert [d.id for d in batch] == ["3"]
    assert held is None
    batch, held = _take_batch(child, None)
    assert [d.id for d in batch] == [str(k) for k in range(4, 4 + BATCH)]
    batch, held = _take_batch(child, None)
    assert [d.id for d in batch] == ["12"]


@module_loop
async def test_an_article_that_raises_in_a_batch_fails_alone(pool, seed):
    expected = await pool.run(seed)
    english = Document("en", "France condemned Russia on Monday.", language="en")
    alone = await pool.run(english)
    busy = asyncio.ensure_future(pool.run(Document("busy", BUSY_BODY, language="de")))
    await asyncio.sleep(0.05)  # the child has started on it: the next ones wait together
    burst = [seed, english, Document("x", "Un texte.", language="xx"), english, seed]
    results = await asyncio.gather(*(pool.run(d) for d in burst), return_exceptions=True)
    assert isinstance(results[2], UnsupportedLanguage)
    assert [results[k] for k in (0, 1, 3, 4)] == [expected, alone, alone, expected]
    assert alone.events
    assert (await busy).events == []


@module_loop
async def test_a_hang_in_a_batch_rejects_only_the_article_that_hangs_alone(seed):
    """The child goes over the timeout on a batch: each of its articles is retried alone, and
    only the one that hangs alone is rejected."""
    slow = ExtractorPool({}, workers=1, timeout=1.5)
    slow.start()
    try:
        expected = await slow.run(seed)
        busy = asyncio.ensure_future(slow.run(Document("busy", BUSY_BODY, language="de")))
        await asyncio.sleep(0.05)
        burst = [seed, seed, Document("slow", SLOW_BODY, language="de"), seed]
        results = await asyncio.gather(*(slow.run(d) for d in burst), return_exceptions=True)
        assert isinstance(results[2], ExtractionTimeout)
        assert [results[k] for k in (0, 1, 3)] == [expected] * 3
        assert (await busy).events == []
    finally:
        slow.close()


@module_loop
async def test_articles_go_to_every_child_before_one_gets_several(seed):
    two = ExtractorPool({}, workers=2, timeout=60)
    two.start()
    try:
        burst = [asyncio.ensure_future(two.run(seed)) for _ in range(4)]
        await asyncio.sleep(0)  # each has taken a place and sent its article
        assert sorted(len(child.sent) for child in two._children) == [2, 2]
        await asyncio.gather(*burst)
    finally:
        two.close()


@module_loop
async def test_pathological_input_is_extracted_within_the_timeout(pool):
    pool.timeout = 20
    try:
        extraction = await pool.run(Document("commas", COMMAS, language="de"))
    finally:
        pool.timeout = 60
    assert extraction.events == []


def test_children_leave_when_their_worker_is_killed(tmp_path):
    """A worker killed with SIGKILL must not leave its extraction process behind."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import time\n"
        "from streams.extractor_pool import ExtractorPool\n"
        "if __name__ == '__main__':\n"
        "    pool = ExtractorPool({}, workers=1)\n"
        "    pool.start()\n"
        "    print(*pool.pids, flush=True)\n"
        "    time.sleep(600)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and alive(child):
        time.sleep(0.2)
    assert not alive(child)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is gone, only not yet reaped
        return stat.read().split()[2] != "Z"
