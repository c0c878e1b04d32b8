"""What the stages use, as small typed ports: the stages depend on these, not on the Faust app
or the runtime's classes, and a test gives them plain fakes.

The worker's wiring (``cli/worker.py``) fills a :class:`StageContext` from the runtime.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from extraction import Document, Extraction
from schemas.records import WireRecord
from streams.near_duplicates import PendingCopy, Screening, StoredEvent, Verdict
from streams.settings import Settings
from streams.stats import Stats
from streams.stores import Arrival, ClaimResult, Sighting

__all__ = [
    "Claims",
    "Extracting",
    "LatestEventsList",
    "NearDuplicates",
    "Outlet",
    "StageContext",
]


class Outlet(Protocol):
    """An output topic: ``await outlet.send(...)`` queues the record for the producer's next
    request and returns a future, Kafka's acknowledgement (or the reason the send failed)."""

    async def send(self, *, key: bytes | None, value: WireRecord) -> Awaitable[object]: ...


class Claims(Protocol):
    """The Redis claims that decide what is new (:class:`streams.stores.DedupStore`)."""

    async def claim_articles(self, arrivals: Sequence[Arrival]) -> list[ClaimResult]: ...

    async def claim_sightings(
        self, sightings: Sequence[Sighting]
    ) -> list[tuple[ClaimResult, ClaimResult]]: ...

    async def settle(
        self, done: Sequence[ClaimResult] = (), release: Sequence[ClaimResult] = ()
    ) -> None: ...


class NearDuplicates(Protocol):
    """Which earlier article an article repeats
    (:class:`streams.near_duplicates.NearDuplicateStore`)."""

    async def screen(self, articles: Sequence[Screening]) -> list[Verdict]: ...

    async def remember(
        self, originals: Mapping[str, Sequence[StoredEvent]]
    ) -> dict[str, list[PendingCopy]]: ...

    async def forget(self, article_ids: Sequence[str]) -> None: ...


class Extracting(Protocol):
    """Extraction off the event loop (:class:`streams.extractor_pool.ExtractorPool`)."""

    async def run(self, document: Document) -> Extraction: ...


class LatestEventsList(Protocol):
    """The newest events kept for the web view (:class:`streams.stores.LatestEvents`)."""

    async def push(self, events: list[bytes]) -> None: ...


@dataclass
class StageContext:
    """Everything the stages use, and nothing else."""

    settings: Settings
    claims: Claims
    events: Outlet
    mentions: Outlet
    deadletters: Outlet
    duplicates: Outlet
    near_duplicates: NearDuplicates
    extractor: Extracting
    latest: LatestEventsList
    stats: Stats
