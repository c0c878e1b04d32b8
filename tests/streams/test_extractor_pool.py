"""The extraction child process: real extractor, replaced when it dies or hangs."""

from __future__ import annotations

import json
import os
import signal

import pytest

from extraction import Document
from streams.extractor_pool import ExtractionTimeout, ExtractorPool


@pytest.fixture(scope="module")
def seed(shared_data) -> Document:
    raw = json.loads((shared_data / "seed" / "article.json").read_text(encoding="utf-8"))
    return Document(id=raw["id"], body=raw["body"], language="de",
                    published_at=raw["published_at"])


@pytest.fixture(scope="module")
def pool():
    running = ExtractorPool({}, workers=1, timeout=60)
    running.start()
    yield running
    running.close()


def child_pids(pool: ExtractorPool) -> list[int]:
    return [process.pid for process in pool._executor._processes.values()]


async def test_extracts_in_another_process(pool, seed):
    events = await pool.extract(seed)
    assert len(events) >= 8
    assert os.getpid() not in child_pids(pool)


async def test_a_dead_child_is_replaced_and_the_article_retried(pool, seed):
    expected = await pool.extract(seed)
    (pid,) = child_pids(pool)
    os.kill(pid, signal.SIGKILL)
    assert await pool.extract(seed) == expected
    assert child_pids(pool) != [pid]


async def test_a_hung_extraction_times_out_and_the_pool_goes_on(seed):
    slow = ExtractorPool({}, workers=1, timeout=0.001)
    slow.start()
    try:
        with pytest.raises(ExtractionTimeout):
            await slow.extract(seed)
        slow._timeout = 60
        assert await slow.extract(seed)
    finally:
        slow.close()
