"""Ingest stage, a batch at a time: parse and validate each raw message, then drop duplicates
via Redis: exact ones by their claim, the claims of the whole batch in one round trip, and near
ones by their MinHash signature (:mod:`agents.duplicates`), the batch screened in one more.

Parsing is per message (a bad one is rejected alone); each check after it takes the parsed
articles of the batch at once, so that a check that asks Redis asks once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agents.context import StageContext
from agents.duplicates import ClaimedArticle, divert
from agents.publish import Published
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
    """An article with its claim. ``diverted`` is set for a duplicate, not to extract: what
    became of its report (:func:`agents.duplicates.divert`), whose claims are settled with the
    batch's; a failed report, or an article not screened, is rejected (replayable)."""

    article: Article
    claim: ClaimResult
    diverted: Published | None = None


Ingested = Accepted | RejectedArticle | None
"""What ingest makes of one message: the article with its claim; why it is rejected; or None
when there is nothing (more) to do."""


async def accept(context: StageContext, batch: Sequence[Incoming]) -> list[Ingested]:
    """Per message of ``batch``, in order: the article and its claim (with its report when it
    repeats an earlier article), its rejection, or None when there is nothing (more) to do: this
    message was already fully processed, or, without near-duplicate detection, an earlier
    message had the same id or text."""
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
    """The outcome of each article's claim, in one Redis round trip for the batch, and of its
    screening for near duplicates; when Redis stays away, each article is rejected
    (``internal_error``: replayable)."""
    hashes = [normalised_text_hash(p.article.title, p.article.body) for p in articles]
    try:
        claims = await context.claims.claim_articles(
            [Arrival(p.article.id, h, p.token) for p, h in zip(articles, hashes, strict=True)]
        )
    except Exception as error:
        return [RejectedArticle.internal("ingest", error)] * len(articles)
    if not context.settings.near_duplicates:
        return [_outcome(context, p.article, c) for p, c in zip(articles, claims, strict=True)]
    outcomes: list[Ingested] = [None] * len(articles)
    screened: list[tuple[int, ClaimedArticle]] = []
    for position, (parsed, claim, text_hash) in enumerate(
        zip(articles, claims, hashes, strict=True)
    ):
        if claim.claim in (Claim.REDELIVERY, Claim.DONE):
            context.stats.redeliveries += 1
        if claim.claim is not Claim.DONE:
            screened.append(
                (position, ClaimedArticle(parsed.article, claim, text_hash, parsed.token))
            )
    diverted = await divert(context, [arrival for _, arrival in screened])
    for (position, arrival), report in zip(screened, diverted, strict=True):
        outcomes[position] = Accepted(arrival.article, arrival.claim, report)
    return outcomes


def _outcome(context: StageContext, article: Article, claim: ClaimResult) -> Accepted | None:
    """Without near-duplicate detection: an exact duplicate is dropped unreported."""
    if claim.claim is Claim.TAKEN:
        context.stats.duplicates_dropped += 1
        return None
    if claim.claim is not Claim.NEW:
        context.stats.redeliveries += 1
    return Accepted(article, claim) if claim.emit else None
