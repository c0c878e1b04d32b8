"""Extraction in a child process, so that the worker's event loop never waits for it.

The NLP is CPU-bound Python: in a thread of the worker it would hold the GIL, and every Kafka
and Redis reply, heartbeat and web request would wait for it. In a child process it runs on its
own core while the loop does the I/O. A child that dies or hangs is replaced; the article it
was working on is retried once, then rejected.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extraction import Document, Event, ExtractionError, Extractor

__all__ = ["ExtractionTimeout", "ExtractorPool"]

logger = logging.getLogger(__name__)

_extractor: Extractor | None = None  # the child's own, built once by _start_child


class ExtractionTimeout(ExtractionError):
    """An article took longer than the pool's timeout."""


def _start_child(models: Mapping[str, str], parent: int) -> None:
    global _extractor
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _extractor = Extractor(models=models)
    _extractor.preload()


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """A worker killed with SIGKILL cannot stop its children: each one leaves by itself
    once its parent is gone, instead of holding its memory forever."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)


def _extract_in_child(document: Document) -> list[Event]:
    assert _extractor is not None, "the pool initializer did not run"
    return _extractor.extract(document)


class ExtractorPool:
    """``await pool.extract(document)`` runs :meth:`Extractor.extract` in a child process."""

    def __init__(self, models: Mapping[str, str], workers: int = 1, timeout: float = 120.0):
        self._models = dict(models)
        self._workers = workers
        self._timeout = timeout
        self._executor: ProcessPoolExecutor | None = None
        self._replacing = asyncio.Lock()

    def start(self) -> None:
        """Start the children and load the knowledge base and pipelines in them."""
        self._executor = ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),  # no fork of a running event loop
            initializer=_start_child,
            initargs=(self._models, os.getpid()),
        )
        # Wait for the children here, so that the first article does not pay for the loading.
        for ready in [self._executor.submit(int) for _ in range(self._workers)]:
            ready.result()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _restart(self, broken: ProcessPoolExecutor | None) -> None:
        if broken is not None:
            for process in list(broken._processes.values()):  # a hung child must go too
                process.kill()
            broken.shutdown(wait=False, cancel_futures=True)
        self.start()

    async def _replace(self, broken: ProcessPoolExecutor | None) -> None:
        """Start new children in place of ``broken`` (or of none), once: the other articles in
        flight that failed with it find the replacement already there."""
        async with self._replacing:
            if self._executor is broken:
                self._executor = None
                await asyncio.to_thread(self._restart, broken)

    async def extract(self, document: Document) -> list[Event]:
        if self._executor is None:
            await self._replace(None)
        for attempt in (1, 2):
            executor = self._executor
            work = asyncio.get_running_loop().run_in_executor(
                executor, _extract_in_child, document
            )
            try:
                return await asyncio.wait_for(work, self._timeout)
            except BrokenProcessPool:
                logger.error("the extraction process died on %s (attempt %d)", document.id, attempt)
                await self._replace(executor)
            except TimeoutError:
                logger.error("extraction of %s took over %.0f s", document.id, self._timeout)
                await self._replace(executor)
                raise ExtractionTimeout(
                    f"extraction took longer than {self._timeout:.0f} s"
                ) from None
        raise ExtractionError("the extraction process died twice on this article")
