"""Score the extractor against article-level gold (``real_de_dev``, ``real_en_dev``).

The matching is the one the gold README defines: a predicted event matches a gold event when
its PLOVER type is in the gold ``type`` list and its actors agree: each role for which the gold
names an actor with a country (or ``country_alt``) or an IGO/NGO ``code`` must have a predicted
actor of one of them; source and target may be swapped when the gold is ``reciprocal``.
Recall counts the required events some prediction matches; precision counts predictions that
match any gold event, required or optional; a prediction matching none is a false event.

Every event the extractor returns counts as a prediction (each is published as a mention).
The extractor's actors name only the class of a non-state actor (``IGO``, ``NGO``, ``IMG``),
not which organisation, so a gold ``code`` is matched by its first three letters: the EU for
the UN would count as right. This flatters actor matching a little for IGOs, never for states.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .dev_split import Part, read_records, select
from .extractor import Extractor
from .model import Actor, Document, Event

__all__ = [
    "ArticleReport",
    "Finding",
    "article_document",
    "evaluate_articles",
    "format_article_report",
    "format_findings",
    "matches",
]


@dataclass(frozen=True)
class Finding:
    """One false or missed event, for reading the ``read`` part: what, who, where in the text."""

    article_id: str
    kind: str  # "false" or "missed"
    types: str
    actors: str
    sentence: str


@dataclass(frozen=True)
class ArticleReport:
    """Article-level scores of one gold file (or one part of it)."""

    articles: int
    required: int
    required_found: int
    optional: int
    predictions: int
    predictions_matched: int
    false_by_type: dict[str, int]  # predicted PLOVER type -> predictions matching no gold event
    missed_by_type: dict[str, int]  # first gold type -> required events no prediction matched
    findings: tuple[Finding, ...] = ()

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.predictions_matched / self.predictions if self.predictions else 0.0

    @property
    def false_events(self) -> int:
        return self.predictions - self.predictions_matched


def article_document(article: dict) -> Document:
    """The document of an article JSON line of a dev set."""
    return Document(
        id=article["id"],
        body=article["body"],
        title=article.get("title") or "",
        language=article.get("language"),
        published_at=article.get("published_at"),
    )


def _gold_codes(actors: Iterable[dict]) -> set[str]:
    """What a predicted actor may be for a gold role: countries, or IGO/NGO classes."""
    codes: set[str] = set()
    for actor in actors:
        if actor.get("country"):
            codes.add(actor["country"])
        codes.update(actor.get("country_alt") or ())
        if actor.get("code"):
            codes.add(actor["code"][:3])
    return codes


def _who(actor: Actor | None) -> str:
    return f"{actor.text} ({actor.country or '-'})" if actor else "?"


def _gold_who(actors: Iterable[dict]) -> str:
    return (
        " / ".join(f"{a.get('text')} ({a.get('country') or a.get('code') or '-'})" for a in actors)
        or "?"
    )


def _role_agrees(wanted: set[str], actor: Actor | None) -> bool:
    return not wanted or (actor is not None and actor.country in wanted)


def matches(event: Event, gold: dict) -> bool:
    """Whether one predicted event matches one gold event (the README's rule)."""
    if event.event_type not in gold["type"]:
        return False
    source, target = _gold_codes(gold.get("source") or ()), _gold_codes(gold.get("target") or ())
    if _role_agrees(source, event.source) and _role_agrees(target, event.target):
        return True
    return bool(gold.get("reciprocal")) and (
        _role_agrees(source, event.target) and _role_agrees(target, event.source)
    )


def evaluate_articles(
    gold_path: str | Path,
    articles_path: str | Path | None = None,
    extractor: Extractor | None = None,
    part: Part = "all",
) -> ArticleReport:
    """Extract every article of ``part`` and score it against its gold events.

    ``articles_path`` defaults to ``articles.jsonl`` beside the gold file.
    """
    gold_path = Path(gold_path)
    articles_path = Path(articles_path or gold_path.with_name("articles.jsonl"))
    bodies = {a["id"]: a for a in read_records(articles_path)}
    extractor = extractor or Extractor()
    found = optional = predictions = matched = 0
    required: list[dict] = []
    false_by_type: Counter[str] = Counter()
    missed_by_type: Counter[str] = Counter()
    findings: list[Finding] = []
    records = select(read_records(gold_path), part)
    for record in records:
        article = bodies.get(record["article_id"])
        if article is None:
            raise ValueError(f"{articles_path} has no article {record['article_id']!r}")
        predicted = extractor.extract(article_document(article))
        gold = record["events"]
        optional += sum(not g["required"] for g in gold)
        for g in gold:
            if not g["required"]:
                continue
            required.append(g)
            if any(matches(e, g) for e in predicted):
                found += 1
            else:
                missed_by_type[g["type"][0]] += 1
                findings.append(
                    Finding(
                        record["article_id"],
                        "missed",
                        "|".join(g["type"]),
                        f"{_gold_who(g.get('source') or ())} -> {_gold_who(g.get('target') or ())}",
                        g.get("evidence", ""),
                    )
                )
        predictions += len(predicted)
        for event in predicted:
            if any(matches(event, g) for g in gold):
                matched += 1
            else:
                false_by_type[event.event_type] += 1
                findings.append(
                    Finding(
                        record["article_id"],
                        "false",
                        event.event_type,
                        f"{_who(event.source)} -> {_who(event.target)}",
                        event.sentence,
                    )
                )
    return ArticleReport(
        articles=len(records),
        required=len(required),
        required_found=found,
        optional=optional,
        predictions=predictions,
        predictions_matched=matched,
        false_by_type=dict(false_by_type.most_common()),
        missed_by_type=dict(missed_by_type.most_common()),
        findings=tuple(findings),
    )


def _by_type(counts: dict[str, int]) -> str:
    return ", ".join(f"{t} {n}" for t, n in counts.items()) or "none"


def format_article_report(report: ArticleReport) -> str:
    """Plain text for the CLI: recall, precision and where the errors are, by type."""
    return "\n".join(
        [
            f"articles: {report.articles}, required events: {report.required}, "
            f"optional events: {report.optional}",
            f"required-event recall: {report.recall:.3f} "
            f"({report.required_found}/{report.required})",
            f"precision: {report.precision:.3f} "
            f"({report.predictions_matched}/{report.predictions} predicted events match gold)",
            f"false events ({report.false_events}) by predicted type: "
            f"{_by_type(report.false_by_type)}",
            f"missed required events ({report.required - report.required_found}) by gold type: "
            f"{_by_type(report.missed_by_type)}",
        ]
    )


def format_findings(report: ArticleReport) -> str:
    """Every false and missed event, one per line: only ever printed for the ``read`` part."""
    return "\n".join(
        f"{f.article_id}  {f.kind:<6} {f.types:<20} {f.actors}  | " + " ".join(f.sentence.split())
        for f in report.findings
    )
