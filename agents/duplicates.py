"""Duplicates stage: an article that repeats an earlier one is not extracted again.

Each duplicate gets a record on ``articles.duplicates`` (exact: the same id or normalised text;
near: MinHash similarity at least the threshold). From a source that had not reported the story
yet it is corroboration: each of the original's events gets a mention for the duplicate, so that
the sightings of an event count the sources that reported it; from a source already counted it
is an update and adds nothing. Mentions are claimed like those of :mod:`agents.publish` (a
redelivered message sends only what was not acknowledged); the record itself is at least once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from agents.context import Outlet, StageContext
from agents.publish import mention, send_claimed
from schemas.errors import RejectedArticle
from schemas.records import Article, Duplicate, Event, Mention
from streams.near_duplicates import Screening, Verdict
from streams.stores import Claim, ClaimResult, Sighting

__all__ = ["Arrival", "divert", "forget_original"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Arrival:
    """An article past its claim: ``TAKEN`` when its id or text was claimed before."""

    article: Article
    claim: ClaimResult
    text_hash: str
    token: str


async def divert(context: StageContext, arrivals: Sequence[Arrival]) -> list[bool]:
    """For each arrival, whether it is an original to extract; the duplicates among them are
    reported (one Redis round trip to screen them all) and their claims marked done."""
    try:
        verdicts = await context.near_duplicates.screen([_screening(a) for a in arrivals])
    except Exception:
        # not screened: claimable again, so that the replayed dead letter is screened then
        await _release(context, [a.claim for a in arrivals])
        raise
    duplicates = [
        (arrival, verdict)
        for arrival, verdict in zip(arrivals, verdicts, strict=True)
        if verdict.kind != "new"
    ]
    if duplicates:
        await _report_all(context, duplicates)
    return [verdict.kind == "new" for verdict in verdicts]


async def _report_all(context: StageContext, duplicates: list[tuple[Arrival, Verdict]]) -> None:
    """Report every duplicate; mark done the claims of those reported, release those of the
    others and reject (the first failure), so that replaying them reports them."""
    results = await asyncio.gather(
        *(_report(context, arrival, verdict) for arrival, verdict in duplicates),
        return_exceptions=True,
    )
    done: list[ClaimResult] = []
    unreported: list[ClaimResult] = []
    for (arrival, _), result in zip(duplicates, results, strict=True):
        if isinstance(result, BaseException):
            unreported.append(arrival.claim)
        else:
            done.extend([arrival.claim, *result])
    try:
        await context.claims.mark_done([claim for claim in done if claim.emit])
    except Exception as error:  # the outputs are out: left open, a redelivery resends them
        logger.error("claims left open after a duplicate's outputs were sent: %s", error)
    failures = [result for result in results if isinstance(result, BaseException)]
    if failures:
        await _release(context, unreported)
        raise failures[0]


async def _release(context: StageContext, claims: list[ClaimResult]) -> None:
    """Release the claims this message holds, on the way to a dead letter (best effort: one
    left open makes the replay a duplicate of it, which is logged here)."""
    try:
        await context.claims.release([claim for claim in claims if claim.emit])
    except Exception as error:
        logger.error("claims left open before a dead letter: %s: %s", type(error).__name__, error)


async def forget_original(context: StageContext, article: Article) -> None:
    """Take back an original whose extraction or publication failed (and that stays claimable
    for its replay), so that a copy arriving meanwhile is extracted instead of counted as the
    duplicate of events never published. Best effort: a failure is logged."""
    if not context.settings.near_duplicates:
        return
    try:
        await context.near_duplicates.forget(article.id)
    except Exception as error:
        logger.warning(
            "original %s not taken back: %s: %s", article.id, type(error).__name__, error
        )


def _screening(arrival: Arrival) -> Screening:
    article = arrival.article
    return Screening(
        article_id=article.id,
        source=article.source,
        text_hash=arrival.text_hash,
        token=arrival.token,
        text=f"{article.title}\n{article.body}",
        exact=arrival.claim.claim is Claim.TAKEN,
    )


async def _report(context: StageContext, arrival: Arrival, verdict: Verdict) -> list[ClaimResult]:
    """The mentions of a corroborating duplicate, then its record; returns the claims of the
    mentions sent."""
    article = arrival.article
    sent = await _corroborate(context, arrival, verdict) if verdict.corroborates else []
    record = Duplicate(
        article_id=article.id,
        kind=verdict.kind,
        original_id=verdict.original_id,
        similarity=verdict.similarity,
        source=article.source,
        original_source=verdict.original_source,
        corroborates=verdict.corroborates,
        mentions=len(sent),
        detected_at=datetime.now(UTC).isoformat(),
    )
    try:
        await (await context.duplicates.send(key=article.id.encode(), value=record))
    except Exception as error:
        raise RejectedArticle(
            "internal_error",
            "ingest",
            f"the duplicate record was not sent: {type(error).__name__}: {error}",
        ) from error
    if verdict.kind == "near":
        context.stats.near_duplicates += 1
    else:
        context.stats.duplicates_dropped += 1
    context.stats.corroborations += verdict.corroborates
    return sent


async def _corroborate(
    context: StageContext, arrival: Arrival, verdict: Verdict
) -> list[ClaimResult]:
    """Send a mention for the duplicate of each of the original's events; returns their
    claims."""
    article_id = arrival.article.id
    claims = await context.claims.claim_sightings(
        [Sighting(e.event_id, article_id, f"{arrival.token}#{e.start}") for e in verdict.events]
    )
    # the event itself was published by the original: a first sighting free again (its send
    # failed, or it expired) is left to the next article that extracts the event
    if freed := [first for first, _ in claims if first.emit]:
        await context.claims.release(freed)
    outputs: list[tuple[ClaimResult, Outlet, Event | Mention]] = [
        (seen, context.mentions, mention(event, article_id, seen.count, verdict.story_id))
        for event, (_, seen) in zip(verdict.events, claims, strict=True)
        if seen.emit
    ]
    sent = await send_claimed(context, outputs, stage="ingest")
    context.stats.mentions_out += len(sent)
    return sent
