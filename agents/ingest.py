"""Ingest stage: parse and validate the raw message, then drop exact duplicates via Redis."""

from __future__ import annotations

from dataclasses import dataclass

from agents.context import StageContext
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
    earlier message had the same id or text, or this message was already fully processed."""
    article = parse_article(raw, context.settings.max_article_bytes)
    text_hash = normalised_text_hash(article.title, article.body)
    claim = await context.claims.claim_article(article.id, text_hash, token)
    if claim.claim is Claim.TAKEN:
        context.stats.duplicates_dropped += 1
        return None
    if claim.claim is not Claim.NEW:
        context.stats.redeliveries += 1
    return Accepted(article, claim) if claim.emit else None
