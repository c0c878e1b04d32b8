"""Extraction in child processes, so that the worker's event loop never waits for it.

The NLP is CPU-bound Python: in a thread of the worker it would hold the GIL, and every Kafka
and Redis reply, heartbeat and web request would wait for it. In a child process it runs on its
own core while the loop does the I/O.

Each child takes one article at a time over its own pipe, and articles wait for a free child in
the worker, not inside a child's queue. So the timeout clock measures the extraction itself (not
the queue before it), and when a child hangs or dies only its own article is affected: the child
is replaced, a died-on article is retried once, a timed-out one is rejected, and every other
article goes on in the other children or waits for the replacement.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import cast

from extraction import Document, Extraction, ExtractionError, ExtractionLimits, Extractor

__all__ = ["ExtractionTimeout", "ExtractorPool"]

logger = logging.getLogger(__name__)

_SPAWN = multiprocessing.get_context("spawn")  # no fork of a running event loop


class ExtractionTimeout(ExtractionError):
    """An article's extraction took longer than the pool's timeout."""


class _ChildDied(Exception):
    """The child process exited (killed, out of memory, crashed) while it held an article."""


def _serve(conn: Connection, models: Mapping[str, str], limits: ExtractionLimits,
           parent: int) -> None:
    """A child's life: load the extractor, say ready, then extract one article per message."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    extractor = Extractor(models=models, limits=limits)
    extractor.preload()
    conn.send(None)
    while True:
        try:
            number, document = conn.recv()
        except (EOFError, OSError):  # the worker closed the pipe, or died
            return
        try:
            reply: Extraction | Exception = extractor.run(document)
        except Exception as error:
            reply = error
        try:
            conn.send((number, reply))
        except Exception as error:  # an exception that does not pickle: send its text instead
            conn.send((number, ExtractionError(f"{type(reply).__name__}: {reply} ({error})")))


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """A worker killed with SIGKILL cannot stop its children: each one leaves by itself
    once its parent is gone, instead of holding its memory forever."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)


@dataclass
class _Child:
    process: BaseProcess
    conn: Connection
    requests: int = 0  # numbers the requests, so that a reply to an abandoned one is skipped

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)


class ExtractorPool:
    """``await pool.extract(document)`` runs :meth:`Extractor.run` in a child process."""

    def __init__(
        self,
        models: Mapping[str, str],
        workers: int = 1,
        timeout: float = 120.0,
        limits: ExtractionLimits | None = None,
    ) -> None:
        self._models = dict(models)
        self._workers = workers
        self.timeout = timeout
        self._limits = limits or ExtractionLimits()
        self._children: list[_Child] = []
        self._idle: asyncio.Queue[_Child] | None = None  # the free children, in one event loop
        self._idle_loop: asyncio.AbstractEventLoop | None = None

    @property
    def pids(self) -> list[int]:
        """The process ids of the live children."""
        return [c.process.pid for c in self._children if c.process.pid and c.process.is_alive()]

    def start(self) -> None:
        """Start the children and load the knowledge base and pipelines in them; returns once
        they are ready, so that the first article does not pay for the loading."""
        if not self._children:
            for child in [self._spawn() for _ in range(self._workers)]:
                self._ready(child)

    def close(self) -> None:
        for child in self._children:
            child.stop()
        self._children.clear()
        self._idle = None

    def _free_children(self) -> asyncio.Queue[_Child]:
        """The queue of free children of the running event loop (a queue belongs to one loop:
        a new loop, after the last one ended, starts with every child free)."""
        loop = asyncio.get_running_loop()
        if self._idle is None or self._idle_loop is not loop:
            self._idle, self._idle_loop = asyncio.Queue(), loop
            for child in self._children:
                self._idle.put_nowait(child)
        return self._idle

    def _spawn(self) -> _Child:
        parent_end, child_end = _SPAWN.Pipe()
        process = _SPAWN.Process(
            target=_serve,
            args=(child_end, self._models, self._limits, os.getpid()),
            name="geowire-extraction",
            daemon=True,
        )
        process.start()
        child_end.close()
        child = _Child(process, parent_end)
        self._children.append(child)
        return child

    def _ready(self, child: _Child) -> None:
        """Wait for ``child`` to have loaded the extractor."""
        try:
            child.conn.recv()
        except EOFError:
            raise ExtractionError(
                f"the extraction process exited while loading (exit code {child.process.exitcode})"
            ) from None

    async def _replace(self, child: _Child) -> _Child:
        """Stop ``child`` and start a new one in its place (loading takes seconds: off the loop)."""
        child.stop()
        if child in self._children:
            self._children.remove(child)
        replacement = self._spawn()
        await asyncio.to_thread(self._ready, replacement)
        return replacement

    async def run(self, document: Document) -> Extraction:
        """The extraction of ``document``, retried once in a new child when its child dies."""
        if not self._children:
            await asyncio.to_thread(self.start)
        idle = self._free_children()
        for attempt in (1, 2):
            child = await idle.get()
            try:
                reply = await self._ask(child, document)
            except _ChildDied:
                logger.error("the extraction process died on %s (attempt %d)", document.id, attempt)
                child = await self._replace(child)
                continue
            except TimeoutError:
                logger.error("extraction of %s took over %.0f s", document.id, self.timeout)
                child = await self._replace(child)
                raise ExtractionTimeout(
                    f"extraction took longer than {self.timeout:.0f} s"
                ) from None
            finally:
                idle.put_nowait(child)
            if isinstance(reply, Exception):
                raise reply
            return reply
        raise ExtractionError("the extraction process died twice on this article")

    async def _ask(self, child: _Child, document: Document) -> Extraction | Exception:
        """Send ``document`` to ``child`` and wait, up to the timeout, for its reply.

        A reply numbered for an earlier request is one whose waiter was cancelled (at shutdown,
        say) while the child worked: it is skipped, not taken for this article's."""
        child.requests += 1
        deadline = time.monotonic() + self.timeout
        try:
            child.conn.send((child.requests, document))
            while True:
                await self._readable(child.conn, deadline - time.monotonic())
                number, reply = child.conn.recv()
                if number == child.requests:
                    return cast(Extraction | Exception, reply)
        except (EOFError, BrokenPipeError, ConnectionResetError) as error:
            raise _ChildDied(str(error)) from error

    @staticmethod
    async def _readable(conn: Connection, timeout: float) -> None:
        """Wait until ``conn`` has a reply, or is closed because the child died."""
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        fd = conn.fileno()

        def ready() -> None:
            if not readable.done():
                readable.set_result(None)

        loop.add_reader(fd, ready)
        try:
            await asyncio.wait_for(readable, max(timeout, 0.0))
        finally:
            loop.remove_reader(fd)
