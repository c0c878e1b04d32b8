"""An event's confidence: the share of events with the same evidence that were right on the
development data, so that 0.8 means about four in five such events are correct.

The evidence of an event is its language, whether its source and its target resolved to a
country (or an IGO/NGO code; an event without a recipient by nature has its target), and
whether its trigger is a verb. (Telling an actor found but
not placed from a missing one split the cells without separating right from wrong events:
both are about one in five right on the read halves.) ``data/confidence.tsv`` holds the
measured share per evidence; ``python -m extraction.calibrate`` measures it anew.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .kb import DATA_DIR, read_tsv
from .model import Actor

__all__ = ["CONFIDENCE_FILE", "ConfidenceTable", "Evidence"]

CONFIDENCE_FILE = DATA_DIR / "confidence.tsv"


@dataclass(frozen=True)
class Evidence:
    """What an event's confidence rests on."""

    language: str
    source: bool  # resolved to a country or IGO/NGO code
    target: bool
    verb: bool

    @classmethod
    def of(
        cls,
        language: str,
        source: Actor | None,
        target: Actor | None,
        verb: bool,
        recipient: bool = True,
    ) -> Evidence:
        """The evidence of an event; one whose code takes no ``recipient`` (resigning,
        surrendering) lacks no target: it counts as resolved."""
        return cls(language, _resolved(source), _resolved(target) or not recipient, verb)

    @classmethod
    def from_key(cls, key: str) -> Evidence:
        language, marks = key.split(":")
        return cls(language, marks[0] == "S", marks[1] == "T", marks[-1] == "V")

    @property
    def key(self) -> str:
        """``en:S--V``: the language; the source and the target resolved (``S``, ``T``) or
        not (``-``); a verb or a noun trigger."""
        roles = ("S" if self.source else "-") + ("T" if self.target else "-")
        return f"{self.language}:{roles}-{'V' if self.verb else 'N'}"

    @property
    def resolved(self) -> bool:
        """Whether an actor resolved: an event needs one to be published."""
        return self.source or self.target

    @classmethod
    def every(cls, languages: Iterable[str]) -> list[Evidence]:
        """Each evidence an event may have in ``languages``."""
        return [
            cls(language, source, target, verb)
            for language in languages
            for source in (True, False)
            for target in (True, False)
            for verb in (True, False)
        ]


class ConfidenceTable:
    """The measured confidence per evidence key; evidence never measured gets ``unmeasured``."""

    def __init__(self, confidences: Mapping[str, float], unmeasured: float = 0.5) -> None:
        self._confidences = dict(confidences)
        self._unmeasured = unmeasured

    @classmethod
    def load(cls, path: Path = CONFIDENCE_FILE) -> ConfidenceTable:
        return cls({row["evidence"]: float(row["confidence"]) for row in read_tsv(path)})

    def of(self, evidence: Evidence) -> float:
        return self._confidences.get(evidence.key, self._unmeasured)


def _resolved(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country)
