"""Split every dev file into a part engineers may read and a part that is only scored.

Why: rules tuned on the sentences one reads score well on them and poorly on unseen text
(issue 7). Scoring the unread part on every change shows whether a change generalises.

The split needs no stored list: each record's key is hashed (SHA-256 of
``"geowire-dev-split-v1:" + key``), the keys are ordered by their hash, and the first half
(rounded up) is ``read``, the rest ``scored``. Halves are exact, which matters for 48 articles,
and the same keys always give the same parts. The key keeps related records together:

- article gold (``real_de_dev``, ``real_en_dev``): the ``article_id``;
- PLOVER sentence gold: the English record id, so a German twin (``<id>-de``) falls with its
  English original; records that share their sentence (``note``: "same sentence as <id>") take
  the smallest id of the group, so a read sentence never hides in the scored part.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

__all__ = ["PARTS", "Part", "parts", "read_records", "select", "split_key"]

Part = Literal["read", "scored", "all"]
PARTS: tuple[Part, ...] = ("read", "scored", "all")

SALT = "geowire-dev-split-v1:"
SAME_SENTENCE = re.compile(r"same sentence as ([A-Za-z0-9-]+)")
TWIN_SUFFIX = "-de"


def split_key(record: dict) -> str:
    """The key that decides a gold record's part (see the module docstring)."""
    if "article_id" in record:
        return str(record["article_id"])
    ids = [str(record["id"]), *SAME_SENTENCE.findall(record.get("note") or "")]
    return min(i.removesuffix(TWIN_SUFFIX) for i in ids)


def _rank(key: str) -> bytes:
    return hashlib.sha256((SALT + key).encode("utf-8")).digest()


def parts(records: Iterable[dict]) -> dict[str, Literal["read", "scored"]]:
    """Each split key of ``records`` with its part."""
    keys = sorted({split_key(r) for r in records}, key=_rank)
    half = (len(keys) + 1) // 2
    return {key: "read" if i < half else "scored" for i, key in enumerate(keys)}


def select(records: Iterable[dict], part: Part) -> list[dict]:
    """The records of ``part`` in file order (``all``: every record)."""
    records = list(records)
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: one of {', '.join(PARTS)}")
    if part == "all":
        return records
    assigned = parts(records)
    return [r for r in records if assigned[split_key(r)] == part]


def read_records(path: str | Path) -> list[dict]:
    """The records of a dev file, one JSON object per non-blank line."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
