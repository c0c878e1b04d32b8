"""The extraction child process: real extractor, replaced when it dies or hangs."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extraction import Document
from streams.extractor_pool import ExtractionTimeout, ExtractorPool


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


async def test_articles_in_flight_when_the_child_dies_share_one_replacement(pool, seed):
    expected = await pool.extract(seed)
    (pid,) = child_pids(pool)
    in_flight = [asyncio.ensure_future(pool.extract(seed)) for _ in range(8)]
    await asyncio.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    assert await asyncio.gather(*in_flight) == [expected] * 8
    (replacement,) = child_pids(pool)
    assert replacement != pid


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


def test_children_leave_when_their_worker_is_killed(tmp_path):
    """A worker killed with SIGKILL must not leave its extraction process behind."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import time\n"
        "from streams.extractor_pool import ExtractorPool\n"
        "if __name__ == '__main__':\n"
        "    pool = ExtractorPool({}, workers=1)\n"
        "    pool.start()\n"
        "    print(*[p.pid for p in pool._executor._processes.values()], flush=True)\n"
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
