"""Bounds on the work one article can cause, whatever its text.

spaCy's tokenizer is quadratic in the length of a run of characters without white space (40,000
commas took 144 s; upstream spaCy issues 4362 and 1768), and the per-sentence passes grow faster
than linearly with a sentence's length (a 999 KB body without punctuation took 19.5 s). Real
news has neither: its longest tokens are URLs and compounds of a few dozen characters, and its
longest sentences about 100 tokens. Breaking both, keeping every character offset valid, makes
the cost of an article linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

__all__ = [
    "MAX_SENTENCE_TOKENS",
    "MAX_TOKEN_CHARS",
    "break_long_runs",
    "parse_count",
    "sentence_ranges",
]

MAX_TOKEN_CHARS = 100
MAX_SENTENCE_TOKENS = 150
# A casualty figure or crowd size has at most this many digits: longer digit strings are phone
# numbers, identifiers or noise, and a Kafka consumer's JSON library may take no integer over
# 64 bits (orjson refuses them).
MAX_COUNT_DIGITS = 9

_LONG_RUN = re.compile(rf"(\S{{{MAX_TOKEN_CHARS - 1}}})\S")


def break_long_runs(text: str) -> str:
    """``text`` with every run of ``MAX_TOKEN_CHARS`` or more non-space characters broken by a
    space in place of every ``MAX_TOKEN_CHARS``-th character: same length, so offsets into the
    original text stay valid."""
    return _LONG_RUN.sub(r"\1 ", text)


def sentence_ranges(
    starts: Sequence[int], end: int, limit: int = MAX_SENTENCE_TOKENS
) -> Iterator[tuple[int, int]]:
    """Token ranges of the sentences that start at ``starts`` (the last one ends at ``end``),
    with every sentence longer than ``limit`` tokens cut into pieces of ``limit``; none for
    a text without tokens."""
    if not starts:
        return
    for first, stop in zip(starts, [*starts[1:], end], strict=True):
        for piece in range(first, stop, limit):
            yield piece, min(piece + limit, stop)


def parse_count(word: str, max_digits: int = MAX_COUNT_DIGITS) -> int | None:
    """The integer written in ASCII digits in ``word``, or None (also for "²", other scripts'
    digits and numbers of more than ``max_digits`` digits)."""
    if word.isascii() and word.isdigit() and len(word) <= max_digits:
        return int(word)
    return None
