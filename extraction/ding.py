"""Reading Debian's Ding German-English dictionary (``trans-de-en``, the Ding list 1.9).

A line is ``German :: English``; each side holds sub-entries separated by `` | `` that pair by
position (a noun, its plural, an idiom with it ...), each sub-entry synonyms separated by ``; ``.
The generators that read it (verb candidates, German organisation names) share this reader so
that every row they write cites its line the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

__all__ = ["DING", "DING_LICENCE", "DING_VERSION", "aligned", "lines"]

DING = Path("/usr/share/trans/de-en")
DING_VERSION = "Ding de-en 1.9"
DING_LICENCE = "GPL-2.0-or-later, (c) Frank Richter, TU Chemnitz"


def _slots(side: str) -> list[str]:
    return [s.strip() for s in side.split(" | ")]


def lines(path: Path = DING) -> Iterator[tuple[int, list[str], list[str]]]:
    """(line number, German sub-entries, English sub-entries) of every entry line."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or " :: " not in line:
            continue
        de_side, en_side = line.split(" :: ", 1)
        yield n, _slots(de_side), _slots(en_side)


def aligned(de_slots: list[str], en_slots: list[str]) -> list[tuple[str, str]]:
    """The sub-entries that translate each other: all pairs when both sides have as many, else
    only the head pair (an entry whose sides disagree in number is misaligned after it)."""
    pairs = list(zip(de_slots, en_slots, strict=False))
    return pairs if len(de_slots) == len(en_slots) else pairs[:1]
