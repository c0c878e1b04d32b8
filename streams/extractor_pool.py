"""Extraction in child processes, so that the worker's event loop never waits for it.

The NLP is CPU-bound Python: in a thread of the worker it would hold the GIL, and every Kafka
and Redis reply, heartbeat and web request would wait for it. In a child process it runs on its
own core while the loop does the I/O.

Each child holds at most ``PREFETCH`` articles, in its pipe or at work, so that it never waits
for the busy event loop to hand it work. Every other article waits in the worker. The articles
go to the children in turn, so that every child has work before one has several. A child takes
the articles waiting in its pipe together, up to ``BATCH``, and extracts them in one
:meth:`~extraction.Extractor.run_many` (their sentences parsed in one call: a parse costs
mostly per call), then answers each. It tells the worker which articles it has started on.

An article's timeout clock starts when its child starts on it (on its batch), not while it
waits. An article is at fault only for what happens to it alone. When a child dies or hangs,
it is replaced and:
- the articles only waiting in its pipe are sent again, without counting against them;
- the articles of a batch of several it worked on are each sent again alone (in a batch of
  their own), without counting against them: which one was the cause is not known;
- an article it worked on alone is, if the child died, sent again alone once (a second death
  rejects it), and rejected if the child hung (went over the timeout).
An exception that an article raises is its own: it does not affect the others of its batch.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, cast

from extraction import (
    SYNTAX_LANGUAGES,
    Document,
    Extraction,
    ExtractionError,
    ExtractionPolicy,
    Extractor,
)

__all__ = ["PREFETCH", "ExtractionTimeout", "ExtractorPool"]

logger = logging.getLogger(__name__)

_SPAWN = multiprocessing.get_context("spawn")  # no fork of a running event loop
# articles a child holds: a batch it works on and the next one waiting. It bounds what waits in
# the child's pipe (a socket pair: 44 articles of 4 KB, 8 of 25 KB fit before a send blocks)
PREFETCH = 16
BATCH = 8  # articles a child takes from its pipe to extract together, at most


class ExtractionTimeout(ExtractionError):
    """An article's extraction took longer than the pool's timeout."""


class _ChildDied(Exception):
    """The child process exited (killed, out of memory, crashed) while it held an article, or
    hung on a batch of several articles (it is then replaced as if it had died)."""

    def __init__(self, started: bool, shared: bool = False) -> None:
        super().__init__("the extraction process died")
        self.started = started  # False: the article only waited in the pipe, it is not to blame
        self.shared = shared  # True: the child worked on other articles with it, none to blame


def _serve(
    conn: Connection,
    models: Mapping[str, str],
    policy: ExtractionPolicy,
    syntax_languages: frozenset[str],
    parent: int,
) -> None:
    """A child's life: load the extractor, say ready, then take the articles in order, a batch
    at a time: say how many it starts on, then answer each."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    extractor = Extractor(models=models, policy=policy, syntax_languages=syntax_languages)
    extractor.preload()
    conn.send(None)
    held: tuple[Document, bool] | None = None  # taken from the pipe, for the next batch
    while True:
        try:
            batch, held = _take_batch(conn, held)
        except (EOFError, OSError):  # the worker closed the pipe, or died
            return
        conn.send(len(batch))
        try:
            replies = extractor.run_many(batch)
        except Exception as error:  # not an article's own (run_many isolates those)
            replies = [error] * len(batch)
        for reply in replies:
            try:
                conn.send(reply)
            except Exception as error:  # an exception that does not pickle: its text instead
                conn.send(ExtractionError(f"{type(reply).__name__}: {reply} ({error})"))


def _take_batch(
    conn: Connection, held: tuple[Document, bool] | None
) -> tuple[list[Document], tuple[Document, bool] | None]:
    """The next batch: the ``held`` or next article of the pipe, and the articles already
    waiting after it, up to ``BATCH``; an article sent to be extracted alone is a batch of its
    own (one met after others is held for the next batch, which it then is)."""
    document, alone = held or conn.recv()
    batch = [document]
    while not alone and len(batch) < BATCH and conn.poll():
        following, alone_next = conn.recv()
        if alone_next:
            return batch, (following, alone_next)
        batch.append(following)
    return batch, None


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """A worker killed with SIGKILL cannot stop its children: each one leaves by itself
    once its parent is gone, instead of holding its memory forever."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)


@dataclass(eq=False)
class _Request:
    reply: asyncio.Future[Extraction | Exception]
    started: asyncio.Future[None]  # done once the child works on this article
    shared: bool = False  # the child works on it in a batch with others


@dataclass(eq=False)
class _Child:
    process: BaseProcess
    conn: Connection
    sent: deque[_Request] = field(default_factory=deque)  # unanswered, in order; the started first
    reader_loop: asyncio.AbstractEventLoop | None = None
    alive: bool = True
    replacement: asyncio.Future[None] | None = None


class ExtractorPool:
    """``await pool.run(document)`` runs :meth:`Extractor.run` in a child process."""

    def __init__(
        self,
        models: Mapping[str, str],
        workers: int = 1,
        timeout: float = 120.0,
        policy: ExtractionPolicy | None = None,
        syntax_languages: Collection[str] = SYNTAX_LANGUAGES,
    ) -> None:
        self._models = dict(models)
        self._syntax_languages = frozenset(syntax_languages)
        self._workers = workers
        self.timeout = timeout
        self._policy = policy or ExtractionPolicy()
        self._children: list[_Child] = []
        self._slots: asyncio.Queue[_Child] | None = None  # PREFETCH per child, in one loop
        self._slots_loop: asyncio.AbstractEventLoop | None = None

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
        for child in list(self._children):
            self._retire(child)
        self._slots = None

    async def run(self, document: Document) -> Extraction:
        """The extraction of ``document``; retried alone in a new child when its child dies or
        hangs on it in a batch with others, and once more when it dies on it alone; as often as
        needed when its child died before it started."""
        if not self._children:
            await asyncio.to_thread(self.start)
        deaths, alone = 0, False
        while True:
            slots = self._free_slots()
            child = await slots.get()
            if not child.alive:  # a slot of a child that was replaced meanwhile
                continue
            try:
                reply = await self._ask(child, document, alone)
            except _ChildDied as died:
                await self._replace(child)
                if died.shared:
                    alone = True
                    logger.error("the extraction process failed on a batch with %s", document.id)
                elif died.started:
                    deaths, alone = deaths + 1, True
                    logger.error("the extraction process died on %s (%d)", document.id, deaths)
                    if deaths == 2:
                        raise ExtractionError(
                            "the extraction process died twice on this article"
                        ) from None
                continue
            except TimeoutError:
                logger.error("extraction of %s took over %.0f s", document.id, self.timeout)
                await self._replace(child)
                raise ExtractionTimeout(
                    f"extraction took longer than {self.timeout:.0f} s"
                ) from None
            finally:
                slots.put_nowait(child)
            if isinstance(reply, Exception):
                raise reply
            return reply

    def _free_slots(self) -> asyncio.Queue[_Child]:
        """The running loop's queue of free places in the children (a queue belongs to one
        loop: a new loop, after the last one ended, starts with every place free). The places
        are dealt in turn, a child's first place before any child's second, so that the
        articles spread over the children before a child gets several to batch."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            self._slots, self._slots_loop = asyncio.Queue(), loop
            for child in list(self._children):
                if child.sent:  # its answers are owed to a loop that ended: start afresh
                    self._retire(child)
                    self._ready(self._spawn())
            for _ in range(PREFETCH):
                for child in self._children:
                    self._slots.put_nowait(child)
        return self._slots

    async def _ask(self, child: _Child, document: Document, alone: bool) -> Extraction | Exception:
        """Send ``document`` to ``child`` (to be extracted in a batch of its own if ``alone``);
        once the child starts on it, wait up to the timeout for its reply. Over the timeout in
        a batch with others, the child is given up as if it had died on them all."""
        request = self._send(child, document, alone)
        waits: set[asyncio.Future[Any]] = {request.started, request.reply}
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if not request.reply.done():
            try:
                await asyncio.wait_for(asyncio.shield(request.reply), self.timeout)
            except TimeoutError:
                if request.shared:
                    raise _ChildDied(started=True, shared=True) from None
                raise
        return request.reply.result()

    def _send(self, child: _Child, document: Document, alone: bool) -> _Request:
        loop = asyncio.get_running_loop()
        request = _Request(loop.create_future(), loop.create_future())
        if child.reader_loop is not loop:
            loop.add_reader(child.conn.fileno(), self._on_reply, child)
            child.reader_loop = loop
        try:
            child.conn.send((document, alone))
        except OSError:  # a broken pipe: the child is gone
            request.reply.set_exception(_ChildDied(started=False))
            self._retire(child)
            return request
        child.sent.append(request)
        return request

    def _on_reply(self, child: _Child) -> None:
        """The child's pipe is readable: the number of articles it starts on, its next reply,
        or the child died. A batch's replies all come before the next batch starts."""
        try:
            message = cast(int | Extraction | Exception, child.conn.recv())
        except (EOFError, OSError):
            self._retire(child)
            return
        if not child.sent:
            return  # about requests sent in a loop that ended
        if isinstance(message, int):
            for request in list(child.sent)[:message]:
                request.shared = message > 1
                request.started.set_result(None)
            return
        answered = child.sent.popleft()
        if not answered.reply.done():
            answered.reply.set_result(message)

    def _retire(self, child: _Child) -> None:
        """Stop ``child`` for good and drop it from the pool; every article it held fails,
        each knowing whether the child had started on it."""
        if not child.alive:
            return
        self._children.remove(child)
        child.alive = False
        if child.reader_loop is not None and not child.reader_loop.is_closed():
            child.reader_loop.remove_reader(child.conn.fileno())
        for request in child.sent:
            if not request.reply.done():
                died = _ChildDied(request.started.done(), request.shared)
                request.reply.set_exception(died)
        child.sent.clear()
        child.conn.close()
        if child.process.is_alive():
            child.process.kill()
        child.process.join(timeout=10)

    async def _replace(self, child: _Child) -> None:
        """Retire ``child`` and start one new child in its place, however many of the articles
        it held ask (loading takes seconds: off the loop)."""
        if child.replacement is None:
            self._retire(child)
            child.replacement = asyncio.ensure_future(self._add_child())
        await asyncio.shield(child.replacement)

    async def _add_child(self, tries: int = 3) -> None:
        for attempt in range(1, tries + 1):
            fresh = self._spawn()
            try:
                await asyncio.to_thread(self._ready, fresh)
                break
            except ExtractionError:
                self._retire(fresh)
                if attempt == tries:
                    raise
                logger.error("a new extraction process exited while loading; starting another")
        slots = self._free_slots()
        for _ in range(PREFETCH):
            slots.put_nowait(fresh)

    def _spawn(self) -> _Child:
        parent_end, child_end = _SPAWN.Pipe()
        process = _SPAWN.Process(
            target=_serve,
            args=(child_end, self._models, self._policy, self._syntax_languages, os.getpid()),
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
