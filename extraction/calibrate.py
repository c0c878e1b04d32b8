"""Measure ``data/confidence.tsv``: per evidence, the share of events that match gold.

Run ``python -m extraction.calibrate [SHARED_DATA_DIR]``. The extractor publishes every event
with a resolved actor (no confidence threshold) over the read halves of the PLOVER dev
sentences and of the real-news dev articles; an event is right when it matches a gold event of
its sentence or article (required or optional: the rule of the article gold's README). Each
evidence's share is smoothed toward the share of all events whose actors resolved alike (both,
only the source, only the target; both languages, noun and verb triggers: ``PRIOR_WEIGHT``
events' worth), so that a rare evidence is not given 0 or 1 from a handful of events, nor the
share of the far more common two-actor events. The scored halves are then used
only to print how well the table predicts them: per evidence, the measured share beside the
table's value, and the expected calibration error (the events' mean gap between the two).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .article_evaluation import article_document, matches
from .confidence import CONFIDENCE_FILE, ConfidenceTable, Evidence
from .dev_split import Part, read_records, select
from .evaluation import sentence_document
from .extractor import Extractor
from .kb import SHARED_DATA_DIR, write_tsv
from .model import Document, Event

__all__ = ["Outcomes", "calibrate", "main", "measure", "outcomes"]

PRIOR_WEIGHT = 4
LANGUAGES = ("de", "en")


@dataclass
class Outcomes:
    """Right and all events per evidence key."""

    right: Counter[str]
    events: Counter[str]

    def share(self, key: str) -> float:
        return self.right[key] / self.events[key]


def _sentence_sets(shared: Path, part: Part) -> Iterator[tuple[Document, list[dict]]]:
    """PLOVER gold sentences, each with its events in the article gold's form."""
    for lang in LANGUAGES:
        for record in select(read_records(shared / "plover_gold" / f"dev.{lang}.jsonl"), part):
            gold = [{**g, "type": [g["type"]]} for g in record["events"]]
            yield sentence_document(record), gold


def _article_sets(shared: Path, part: Part) -> Iterator[tuple[Document, list[dict]]]:
    for lang in LANGUAGES:
        folder = shared / f"real_{lang}_dev"
        bodies = {a["id"]: a for a in read_records(folder / "articles.jsonl")}
        for record in select(read_records(folder / "gold.jsonl"), part):
            yield article_document(bodies[record["article_id"]]), record["events"]


def outcomes(extractor: Extractor, shared: Path, part: Part) -> Outcomes:
    """Right and all events per evidence on ``part`` of every dev set."""
    result = Outcomes(Counter(), Counter())
    for source in (_sentence_sets, _article_sets):
        for document, gold in source(shared, part):
            for event in extractor.extract(document):
                key = event.extra["evidence"]
                result.events[key] += 1
                result.right[key] += _right(event, gold)
    return result


def _right(event: Event, gold: list[dict]) -> bool:
    return any(matches(event, g) for g in gold)


def _roles(key: str) -> tuple[bool, bool]:
    """Whether the source and the target resolved, by an evidence key ("de:ST-V")."""
    evidence = Evidence.from_key(key)
    return evidence.source, evidence.target


def calibrate(read: Outcomes) -> list[dict[str, str]]:
    """The table's rows: per evidence, the smoothed share of right events."""
    rows = []
    for lang in LANGUAGES:
        for evidence in Evidence.every([lang]):
            key = evidence.key
            if not evidence.resolved:
                continue  # never published: an event needs a resolved actor
            alike = [k for k in read.events if _roles(k) == _roles(key)]
            prior = sum(read.right[k] for k in alike) / max(1, sum(read.events[k] for k in alike))
            right, events = read.right[key], read.events[key]
            confidence = (right + PRIOR_WEIGHT * prior) / (events + PRIOR_WEIGHT)
            rows.append(
                {
                    "evidence": key,
                    "right": str(right),
                    "events": str(events),
                    "confidence": f"{confidence:.2f}",
                    "source": "python -m extraction.calibrate: read halves of plover_gold "
                    f"dev.{lang} and real_{lang}_dev (counts of matched events only)",
                }
            )
    return rows


def measure(table: ConfidenceTable, scored: Outcomes) -> tuple[list[str], float]:
    """Lines comparing the table with the shares measured on ``scored``, and the expected
    calibration error over its events."""
    lines, gap, total = [], 0.0, sum(scored.events.values())
    for key in sorted(scored.events):
        evidence = Evidence.from_key(key)
        predicted, measured = table.of(evidence), scored.share(key)
        gap += scored.events[key] * abs(predicted - measured)
        lines.append(
            f"  {key:10} {scored.right[key]:4d}/{scored.events[key]:<4d} "
            f"measured {measured:.2f}  table {predicted:.2f}"
        )
    return lines, gap / max(1, total)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args else SHARED_DATA_DIR
    extractor = Extractor()
    extractor.policy = replace(extractor.policy, min_confidence=0.0)
    read = outcomes(extractor, shared, "read")
    rows = calibrate(read)
    write_tsv(CONFIDENCE_FILE, rows)
    print(f"wrote {CONFIDENCE_FILE} ({len(rows)} evidences, {sum(read.events.values())} events)")
    table = ConfidenceTable({row["evidence"]: float(row["confidence"]) for row in rows})
    scored = outcomes(extractor, shared, "scored")
    lines, error = measure(table, scored)
    print("scored halves (never read): right/events per evidence")
    print("\n".join(lines))
    print(f"expected calibration error on the scored halves: {error:.3f}")


if __name__ == "__main__":
    main()
