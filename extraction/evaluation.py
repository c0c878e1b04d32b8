"""Score the extractor against PLOVER gold files (one JSON record per sentence).

Article-level gold (``real_de_dev``) is scored by :mod:`extraction.article_evaluation`;
:func:`gold_kind` tells the two formats apart. Both score a part of a dev file (see
:mod:`extraction.dev_split`).

Matching is per record: a gold event type is found when the extractor codes that type in the
record's text. Actor-country accuracy is measured on found events: the predicted source and
target countries against the gold ones (non-state codes such as IGO count as "no country"); see
:func:`_score_actors` for missing actors, empty gold roles and reciprocal events.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .codes import NON_STATE_CODES
from .dev_split import Part, read_records, select
from .extractor import Extractor
from .model import Document, Event

__all__ = [
    "EvaluationReport",
    "GoldKind",
    "TypeScore",
    "evaluate",
    "format_report",
    "gold_kind",
    "sentence_document",
]

GoldKind = Literal["sentences", "articles"]


@dataclass(frozen=True)
class TypeScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    """Scores of one gold file; ``per_type`` covers every type seen in gold or predictions."""

    records: int
    gold_events: int
    per_type: dict[str, TypeScore]
    actor_country_correct: int
    actor_country_total: int
    false_events: int
    errors: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        gold_types = [t for t, s in self.per_type.items() if s.tp + s.fn]
        return sum(self.per_type[t].f1 for t in gold_types) / len(gold_types) if gold_types else 0.0

    @property
    def actor_country_accuracy(self) -> float:
        total = self.actor_country_total
        return self.actor_country_correct / total if total else 0.0

    @property
    def false_events_per_true_event(self) -> float:
        return self.false_events / self.gold_events if self.gold_events else 0.0


def _country(value: str | None) -> str | None:
    return None if value in NON_STATE_CODES else value


def sentence_document(record: dict) -> Document:
    """The document of a PLOVER gold sentence, dated so that relative dates resolve alike."""
    return Document(
        id=record["id"], body=record["text"], language=record.get("lang"), published_at="2000-01-01"
    )


def gold_kind(path: str | Path) -> GoldKind:
    """``sentences`` (PLOVER gold: ``id``, ``text``) or ``articles`` (``article_id``), read
    from the first record of the file."""
    first = next(iter(read_records(path)), None)
    if first is not None and "article_id" in first:
        return "articles"
    if first is not None and "text" in first:
        return "sentences"
    raise ValueError(f"{path}: not a gold file (no record with 'text' or 'article_id')")


def evaluate(
    gold_path: str | Path, extractor: Extractor | None = None, part: Part = "all"
) -> EvaluationReport:
    """Run ``extractor`` (a default one if None) over every record of ``part`` of
    ``gold_path``."""
    extractor = extractor or Extractor()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    correct = total = false_events = records = gold_events = 0
    for rec in select(read_records(gold_path), part):
        records += 1
        predicted = extractor.extract(sentence_document(rec))
        gold = rec["events"]
        gold_events += len(gold)
        gold_types = {g["type"] for g in gold}
        by_type: dict[str, list[Event]] = {}
        for event in predicted:
            by_type.setdefault(event.event_type, []).append(event)
        for g in gold:
            events = by_type.get(g["type"])
            if events:
                tp[g["type"]] += 1
                c, t = _score_actors(g, events)
                correct += c
                total += t
            else:
                fn[g["type"]] += 1
        for etype in by_type:
            if etype not in gold_types:
                fp[etype] += 1
                false_events += 1
    types = set(tp) | set(fp) | set(fn)
    per_type = {t: TypeScore(tp[t], fp[t], fn[t]) for t in sorted(types)}
    return EvaluationReport(records, gold_events, per_type, correct, total, false_events)


def _score_actors(gold: dict, events: list[Event]) -> tuple[int, int]:
    """Correct and scored actor slots of the best-matching predicted event of that type.

    A role the gold names actors for is one slot, right when the predicted actor's country
    (none for a non-state actor: IGO, NGO ...) is one of theirs. Two cases are scored more
    strictly than in the first version, so that the number means what its name says:

    - a predicted actor must exist: guessing nothing for a gold IGO/NGO actor ("no country")
      used to count as right, which rewarded empty roles;
    - a role the gold leaves empty (PLOVER recipients are optional) is a wrong slot when a
      state actor is predicted there: an invented recipient is a wrong actor country. No or a
      non-state actor there is not scored (there is no gold actor to be right about).

    Reciprocal (SRC/TAR) events list both parties in both roles, so either order is right.
    The best event maximises right slots, then minimises wrong ones.
    """
    best: tuple[int, int] | None = None
    for event in events:
        correct = total = 0
        for role, actor in (("source", event.source), ("target", event.target)):
            wanted = {_country(a.get("country")) for a in gold.get(role) or []}
            got = _country(actor.country) if actor else None
            if not wanted:
                total += got is not None
                continue
            total += 1
            correct += actor is not None and got in wanted
        if best is None or (correct, correct - total) > (best[0], best[0] - best[1]):
            best = (correct, total)
    return best or (0, 0)


def format_report(report: EvaluationReport) -> str:
    """A plain-text table for the CLI."""
    lines = [f"{'type':<11} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in report.per_type.items():
        lines.append(
            f"{name:<11} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} "
            f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    lines += [
        f"records: {report.records}, gold events: {report.gold_events}",
        f"macro F1: {report.macro_f1:.3f}",
        f"actor-country accuracy: {report.actor_country_accuracy:.3f} "
        f"({report.actor_country_correct}/{report.actor_country_total})",
        f"false events per true event: {report.false_events_per_true_event:.3f}",
    ]
    return "\n".join(lines)
