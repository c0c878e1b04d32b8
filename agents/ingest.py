"""Ingest stage: parse and validate the raw message, then drop duplicates via Redis: exact ones
by their claim, near ones by their MinHash signature (:mod:`agents.duplicates`)."""

from __future__ import annotations

from dataclasses import dataclass

from agents.context import StageContext
from agents.duplicates import Arrival, divert
from schemas.parsing import parse_article
from schemas.records import Article
from streams.stores import Claim, ClaimResult, normalised_text_hash

__all__ = ["Accepted", "accept"]


@dataclass(frozen=True)
class Accepted:
    article: Article
    claim: ClaimResult


async def accept(context: StageContext, raw: bytes | None, token: str) -> Accepted | None:
    """The article in ``raw`` with its claim, or None when there is nothing (more) to do: an
    earlier message had the same id or text, or nearly the same text (reported by
    :mod:`agents.duplicates`), or this message was already fully processed."""
    article = parse_article(raw, context.settings.max_article_bytes)
    text_hash = normalised_text_hash(article.title, article.body)
    claim = await context.claims.claim_article(article.id, text_hash, token)
    if claim.claim in (Claim.REDELIVERY, Claim.DONE):
        context.stats.redeliveries += 1
    if claim.claim is Claim.DONE:
        return None
    if not context.settings.near_duplicates:
        if claim.claim is Claim.TAKEN:
            context.stats.duplicates_dropped += 1
            return None
        return Accepted(article, claim)
    [original] = await divert(context, [Arrival(article, claim, text_hash, token)])
    return Accepted(article, claim) if original else None
