"""German sports words, from the Ding German-English dictionary's subject tag ``[sport]``.

Run ``python -m extraction.sports_build [DING]``. Sports news read like geopolitical events:
teams bear their countries' names and defend, beat and fail ("Titelverteidiger Russland war im
Viertelfinale an Italien gescheitert"). A noun that Ding lists only in entries tagged
``[sport]`` (every entry in which it stands) is a sports word; an article that uses several
is sports news (:mod:`extraction.topics`). Words that news use beyond sport though Ding tags
only their sporting sense are left out by ``sports.de.review.tsv`` ("Herausforderer",
"Rekord"). Every row cites its Ding line; the output is a derivative of the GPL-2.0-or-later
dictionary.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from .ding import DING, DING_LICENCE, DING_VERSION, lines
from .kb import DATA_DIR, SPORTS_WORDS, read_tsv, write_tsv

__all__ = ["OUT", "REVIEW", "build", "main"]

OUT = SPORTS_WORDS.format(lang="de")
REVIEW = "sports.de.review.tsv"
SPORT_TAG = "[sport]"
MIN_LENGTH = 4  # shorter headwords are names or abbreviations more often than sport
# a German noun with its gender or plural mark: "Halbfinale {n}", "Tore {pl}"
NOUN = re.compile(r"\s*([A-ZÄÖÜ][\w\-]+) \{(?:m|f|n|pl)\}")


def build(path: Path = DING) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of sport-only nouns and the nouns the review file left out."""
    tagged: dict[str, set[bool]] = defaultdict(set)
    first_line: dict[str, int] = {}
    for n, de_slots, _ in lines(path):
        sport = SPORT_TAG in de_slots[0]
        for slot in de_slots:
            for synonym in slot.split(";"):
                m = NOUN.match(synonym)
                if m:
                    tagged[m.group(1)].add(sport)
                    if sport:
                        first_line.setdefault(m.group(1), n)
    left_out = {row["word"] for row in read_tsv(DATA_DIR / REVIEW)}
    words = sorted(w for w, tags in tagged.items() if tags == {True} and len(w) >= MIN_LENGTH)
    rows = [
        {
            "word": word,
            "source": f"{DING_VERSION}:{first_line[word]} ({DING_LICENCE})",
        }
        for word in words
        if word not in left_out
    ]
    return rows, sorted(left_out & set(words))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    rows, left_out = build(Path(args[0]) if args else DING)
    write_tsv(DATA_DIR / OUT, rows)
    print(f"{OUT}: {len(rows)} words; left out by {REVIEW}: {len(left_out)}")


if __name__ == "__main__":
    main()
