"""Datelines: the "Moskau -" or "TOKYO (Reuters) -" that opens a wire story says where it was
filed. Found where stories open (the body's start, a line's start in the first lines, right
after a German teaser sentence); its place tells which country the story is about, for the
implied actors of agentless passives (:mod:`extraction.implied`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .kb import PlaceEntry

__all__ = ["Dateline", "find_dateline"]

OPENING_CHARS = 400  # datelines stand within the first lines of a story

_WORD = r"[A-ZÄÖÜ][\w'\u2019.\-]*"
_NAME = rf"{_WORD}(?: (?:(?:am|an der|de|del|la|el) )?{_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"(?P<places>{_NAME}(?:/{_NAME})*)"  # Jerusalem/Ramallah
    rf"(?:, (?P<region>{_NAME}))?"  # BAGHDAD, Iraq
    rf"(?:[,.] {_MONTH} \d{{1,2}}\.?)?"  # NEW DELHI, Aug. 25.
    r"(?: ?\([A-Z][\w .]{0,25}\))?"  # TOKYO (Reuters)
    r" ?[-\u2013\u2014]{1,2} "  # hyphen, en dash, em dash
)
_OPENINGS = re.compile(r"\n\s*|[.!?:\"“”] +")


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # after the dash and its space
    places: tuple[PlaceEntry, ...]  # the places it names that the knowledge base knows

    @property
    def country(self) -> str | None:
        """Where the story was filed: the country of its first known place."""
        return next((p.country for p in self.places if p.country), None)


def find_dateline(text: str, place: Callable[[str], PlaceEntry | None]) -> Dateline | None:
    """The first dateline where the story opens. A candidate counts when ``place`` knows one
    of its names, or when it is written in capitals as English wires write datelines."""
    starts = [0] + [m.end() for m in _OPENINGS.finditer(text, 0, OPENING_CHARS)]
    for start in starts:
        match = _DATELINE.match(text, start)
        if match is None:
            continue
        names = match["places"].split("/") + ([match["region"]] if match["region"] else [])
        known = tuple(entry for entry in map(place, names) if entry is not None)
        capitals = match["places"].replace(" ", "")
        if known or (capitals.isupper() and len(capitals) >= 4):
            return Dateline(match.start(), match.end(), known)
    return None
