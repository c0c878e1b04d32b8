"""Duplicates stage: an article that repeats an earlier one is not extracted again.

Each duplicate gets a record on ``articles.duplicates`` (exact: the same id or normalised text;
near: MinHash similarity at least the threshold). From a source that had not reported the story
yet it is corroboration: each of the original's events gets a mention for the duplicate, so that
the sightings of an event count the sources that reported it; from a source already counted it
is an update and adds nothing. Mentions are claimed like those of :mod:`agents.publish` (a
redelivered message sends only what was not acknowledged); the record itself is at least once.

A batch is diverted at once: one Redis round trip screens its articles, one claims the
mentions of its corroborating duplicates, and their records leave in the producer's requests
together. The claims are settled by the caller, with the rest of the batch's.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from agents.context import StageContext
from agents.publish import (
    Claimed,
    Published,
    Sentence,
    delivery_error,
    mention,
    queue_record,
    send_claimed,
)
from schemas.errors import RejectedArticle, Stage
from schemas.records import Article, Duplicate, Event
from streams.near_duplicates import Screening, StoredEvent, Verdict
from streams.stores import Claim, ClaimResult, Sighting

__all__ = ["ClaimedArticle", "divert", "forget_originals", "remember_originals"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClaimedArticle:
    """An article past its claim: ``TAKEN`` when its id or text was claimed before."""

    article: Article
    claim: ClaimResult
    text_hash: str
    token: str


async def divert(
    context: StageContext, arrivals: Sequence[ClaimedArticle]
) -> list[Published | None]:
    """For each arrival, None when it is an original to extract; for a duplicate, what became
    of its report: the claims of the mentions sent and not, and why it failed (an article not
    screened or not reported is rejected, replayably, and its claim is to be released)."""
    if not arrivals:
        return []
    try:
        verdicts = await context.near_duplicates.screen([_screening(a) for a in arrivals])
    except Exception as error:
        # not screened: claimable again, so that the replayed dead letter is screened then
        return [Published(failure=RejectedArticle.internal("ingest", error)) for _ in arrivals]
    outcomes: list[Published | None] = [None] * len(arrivals)
    duplicates = [
        (position, arrival, verdict)
        for position, (arrival, verdict) in enumerate(zip(arrivals, verdicts, strict=True))
        if verdict.kind != "new"
    ]
    reports = await _report(context, [(arrival, verdict) for _, arrival, verdict in duplicates])
    for (position, _, _), report in zip(duplicates, reports, strict=True):
        outcomes[position] = report
    return outcomes


async def forget_originals(context: StageContext, articles: Sequence[Article]) -> None:
    """Take back originals whose extraction or publication failed (and that stay claimable for
    their replay), so that a copy arriving meanwhile is extracted instead of counted as the
    duplicate of events never published. One round trip; best effort: a failure is logged."""
    if not (articles and context.settings.near_duplicates):
        return
    try:
        await context.near_duplicates.forget([article.id for article in articles])
    except Exception as error:
        logger.warning(
            "originals %s not taken back: %s: %s",
            ", ".join(article.id for article in articles),
            type(error).__name__,
            error,
        )


async def remember_originals(
    context: StageContext, originals: Sequence[Sequence[Event]]
) -> dict[str, Published]:
    """Keep the published originals' events for the mentions of their corroborating copies, in
    one round trip, and send the mentions owed to copies screened while an original was in
    flight (same batch, or another worker's). Per original with such copies, the claims of
    those mentions, to settle with the original's. Best effort, like the events' keeping: a
    failure costs the copies their mentions (logged), never the original."""
    if not (originals and context.settings.near_duplicates):
        return {}
    kept = {
        events[0].article_id: [
            StoredEvent(e.event_id, e.sentence, e.start, e.end, e.confidence) for e in events
        ]
        for events in originals
        if events
    }
    try:
        pending = await context.near_duplicates.remember(kept)
    except Exception as error:
        logger.warning("the events were not kept: %s: %s", type(error).__name__, error)
        return {}
    owners = [original for original, copies in pending.items() for _ in copies]
    copies = [
        _Copy(copy.article_id, copy.token, original, kept[original])
        for original, waiting in pending.items()
        for copy in waiting
    ]
    owed: dict[str, Published] = {}
    for original, report in zip(
        owners, await _corroborate(context, copies, "publish"), strict=True
    ):
        if report.failure is not None:
            logger.warning("mentions owed to a copy of %s: %s", original, report.failure)
        total = owed.setdefault(original, Published())
        total.sent.extend(report.sent)
        total.unsent.extend(report.unsent)
    return owed


@dataclass(frozen=True)
class _Copy:
    """A corroborating duplicate's due: a mention for each of its story's ``events`` (none for
    an update, or while the original is in flight)."""

    article_id: str
    token: str
    story_id: str | None
    events: Sequence[Sentence]


def _screening(arrival: ClaimedArticle) -> Screening:
    article = arrival.article
    return Screening(
        article_id=article.id,
        source=article.source,
        text_hash=arrival.text_hash,
        token=arrival.token,
        text=f"{article.title}\n{article.body}",
        exact=arrival.claim.claim is Claim.TAKEN,
    )


async def _report(
    context: StageContext, duplicates: list[tuple[ClaimedArticle, Verdict]]
) -> list[Published]:
    """The mentions of the corroborating duplicates, then the record of each duplicate whose
    mentions went out."""
    reports = await _corroborate(
        context,
        [
            _Copy(
                arrival.article.id,
                arrival.token,
                verdict.story_id,
                verdict.events if verdict.corroborates else [],
            )
            for arrival, verdict in duplicates
        ],
    )
    records = [
        _record(arrival, verdict, len(report.sent)) if report.failure is None else None
        for (arrival, verdict), report in zip(duplicates, reports, strict=True)
    ]
    deliveries = [
        await queue_record(context.duplicates, record.article_id.encode(), record)
        if record
        else None
        for record in records
    ]
    pending = [d for d in deliveries if isinstance(d, asyncio.Future)]
    if pending:
        await asyncio.wait(pending)
    for (_, verdict), report, delivery in zip(duplicates, reports, deliveries, strict=True):
        if delivery is None:  # its mentions failed: no record, rejected already
            continue
        error = delivery_error(delivery)
        if error is not None:
            report.failure = RejectedArticle(
                "internal_error",
                "ingest",
                f"the duplicate record was not sent: {type(error).__name__}: {error}",
            )
            continue
        if verdict.kind == "near":
            context.stats.near_duplicates += 1
        else:
            context.stats.duplicates_dropped += 1
        context.stats.corroborations += verdict.corroborates
    return reports


def _record(arrival: ClaimedArticle, verdict: Verdict, mentions: int) -> Duplicate:
    article = arrival.article
    return Duplicate(
        article_id=article.id,
        kind=verdict.kind,
        original_id=verdict.original_id,
        similarity=verdict.similarity,
        source=article.source,
        original_source=verdict.original_source,
        corroborates=verdict.corroborates,
        mentions=mentions,
        detected_at=datetime.now(UTC).isoformat(),
    )


async def _corroborate(
    context: StageContext, copies: Sequence[_Copy], stage: Stage = "ingest"
) -> list[Published]:
    """Send a mention for each copy of each event of its story, the claims of all in one round
    trip; per copy, the claims sent and not."""
    if not any(copy.events for copy in copies):
        return [Published() for _ in copies]
    try:
        claims = iter(
            await context.claims.claim_sightings(
                [
                    Sighting(e.event_id, copy.article_id, f"{copy.token}#{e.start}")
                    for copy in copies
                    for e in copy.events
                ]
            )
        )
    except Exception as error:
        failure = RejectedArticle.internal(stage, error)
        return [Published(failure=failure) if copy.events else Published() for copy in copies]
    outputs: list[list[Claimed]] = []
    freed: list[list[ClaimResult]] = []
    for copy in copies:
        mine: list[Claimed] = []
        mine_freed: list[ClaimResult] = []
        for event in copy.events:
            first, seen = next(claims)
            # the event itself was published by the original: a first sighting free again (its
            # send failed, or it expired) is released, left to the next article that extracts it
            if first.emit:
                mine_freed.append(first)
            if seen.emit:
                record = mention(event, copy.article_id, seen.count, copy.story_id)
                mine.append((seen, context.mentions, record))
        outputs.append(mine)
        freed.append(mine_freed)
    reports = await send_claimed(context, outputs, stage=stage)
    for report, released in zip(reports, freed, strict=True):
        report.unsent.extend(released)
    return reports
