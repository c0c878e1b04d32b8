"""Sports words, from the Ding German-English dictionary's subject tag ``[sport]``.

Run ``python -m extraction.sports_build [DING]``. Sports news read like geopolitical events:
teams bear their countries' names and defend, beat and fail ("Titelverteidiger Russland war im
Viertelfinale an Italien gescheitert", "France fought back to beat England"). A word that
Ding lists only in entries tagged ``[sport]`` (every entry in which it stands, on its
language's side) is a sports word: German nouns ("Halbfinale {n}"), English single words
("midfielder"); an article that uses several is sports news (:mod:`extraction.topics`). Words
that news use beyond sport though Ding tags only their sporting sense are left out by the
language's review file ("Herausforderer", "contender"). Every row cites its Ding line; the
output is a derivative of the GPL-2.0-or-later dictionary.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from .ding import DING, DING_LICENCE, DING_VERSION, lines
from .kb import DATA_DIR, SPORTS_WORDS, read_tsv, write_tsv

__all__ = ["REVIEW", "build", "main"]

REVIEW = "sports.{lang}.review.tsv"
SPORT_TAG = "[sport]"
MIN_LENGTH = 4  # shorter words are names or abbreviations more often than sport
# a German noun with its gender or plural mark: "Halbfinale {n}", "Tore {pl}"
GERMAN_NOUN = re.compile(r"\s*([A-ZÄÖÜ][\w\-]+) \{(?:m|f|n|pl)\}")
# an English synonym of one word once glosses, marks and abbreviations are gone
ENGLISH_WORD = re.compile(r"[a-z][a-z\-]+")
ENGLISH_NOISE = re.compile(r"\[[^\]]*\]|\{[^}]*\}|\([^)]*\)|/[^/]*/")


def _german(de_slots: list[str], en_slots: list[str]) -> list[str]:
    return [
        m.group(1)
        for slot in de_slots
        for synonym in slot.split(";")
        if (m := GERMAN_NOUN.match(synonym))
    ]


def _english(de_slots: list[str], en_slots: list[str]) -> list[str]:
    synonyms = (s.strip() for slot in en_slots for s in ENGLISH_NOISE.sub(" ", slot).split(";"))
    return [s for s in synonyms if ENGLISH_WORD.fullmatch(s)]


WORDS_OF = {"de": _german, "en": _english}


def build(lang: str, path: Path = DING) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of ``lang``'s sport-only words and the words its review file left out."""
    tagged: dict[str, set[bool]] = defaultdict(set)
    first_line: dict[str, int] = {}
    for n, de_slots, en_slots in lines(path):
        sport = SPORT_TAG in de_slots[0]
        for word in WORDS_OF[lang](de_slots, en_slots):
            tagged[word].add(sport)
            if sport:
                first_line.setdefault(word, n)
    left_out = {row["word"] for row in read_tsv(DATA_DIR / REVIEW.format(lang=lang))}
    words = sorted(w for w, tags in tagged.items() if tags == {True} and len(w) >= MIN_LENGTH)
    rows = [
        {"word": word, "source": f"{DING_VERSION}:{first_line[word]} ({DING_LICENCE})"}
        for word in words
        if word not in left_out
    ]
    return rows, sorted(left_out & set(words))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for lang in WORDS_OF:
        rows, left_out = build(lang, Path(args[0]) if args else DING)
        out = SPORTS_WORDS.format(lang=lang)
        write_tsv(DATA_DIR / out, rows)
        review = REVIEW.format(lang=lang)
        print(f"{out}: {len(rows)} words; left out by {review}: {len(left_out)}")


if __name__ == "__main__":
    main()
