"""Ingest stage, a batch at a time: parse and validate each raw message, then drop exact
duplicates via Redis, with the claims of the whole batch in one round trip.

Parsing is per message (a bad one is rejected alone); each check after it takes the parsed
articles of the batch at once, so that a check that asks Redis asks once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agents.context import StageContext
from schemas.errors import RejectedArticle
from schemas.parsing import parse_article
from schemas.records import Article
from streams.stores import Arrival, Claim, ClaimResult, normalised_text_hash

__all__ = ["Accepted", "Incoming", "Ingested", "accept"]


@dataclass(frozen=True)
class Incoming:
    """A raw input message and the token that names it (topic, partition, offset)."""

    raw: bytes | None
    token: str


@dataclass(frozen=True)
class Accepted:
    article: Article
    claim: ClaimResult


Ingested = Accepted | RejectedArticle | None
"""What ingest makes of one message: the article with its claim; why it is rejected; or None
when there is nothing (more) to do."""


async def accept(context: StageContext, batch: Sequence[Incoming]) -> list[Ingested]:
    """Per message of ``batch``, in order: the article and its claim, its rejection, or None when
    an earlier message had the same id or text or this message was already fully processed."""
    outcomes: list[Ingested] = []
    articles: list[_Parsed] = []
    for position, incoming in enumerate(batch):
        parsed = _parse(context, incoming.raw)
        if isinstance(parsed, Article):
            articles.append(_Parsed(position, incoming.token, parsed))
        outcomes.append(parsed if isinstance(parsed, RejectedArticle) else None)
    for claimed, outcome in zip(articles, await _claim(context, articles), strict=True):
        outcomes[claimed.position] = outcome
    return outcomes


@dataclass(frozen=True)
class _Parsed:
    """A message of the batch that parsed: where it is in the batch, its token, its article."""

    position: int
    token: str
    article: Article


def _parse(context: StageContext, raw: bytes | None) -> Article | RejectedArticle:
    try:
        return parse_article(raw, context.settings.max_article_bytes)
    except RejectedArticle as rejection:
        return rejection
    except Exception as error:
        return RejectedArticle.internal("ingest", error)


async def _claim(context: StageContext, articles: list[_Parsed]) -> list[Ingested]:
    """The outcome of each article's claim, in one Redis round trip for the batch; when Redis
    stays away, each article is rejected (``internal_error``: replayable)."""
    try:
        claims = await context.claims.claim_articles(
            [Arrival(p.article.id, _text_hash(p.article), p.token) for p in articles]
        )
    except Exception as error:
        return [RejectedArticle.internal("ingest", error)] * len(articles)
    return [_outcome(context, p.article, claim) for p, claim in zip(articles, claims, strict=True)]


def _text_hash(article: Article) -> str:
    return normalised_text_hash(article.title, article.body)


def _outcome(context: StageContext, article: Article, claim: ClaimResult) -> Accepted | None:
    if claim.claim is Claim.TAKEN:
        context.stats.duplicates_dropped += 1
        return None
    if claim.claim is not Claim.NEW:
        context.stats.redeliveries += 1
    return Accepted(article, claim) if claim.emit else None
