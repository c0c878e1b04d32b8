"""MinHash signatures of word shingles and their LSH bands: plain functions, no Redis.

Two texts share a MinHash value with probability equal to the Jaccard similarity of their
shingle sets, so the share of equal values estimates it. Cutting the signature into ``BANDS``
bands of ``ROWS`` values makes texts that agree on a whole band candidates (locality-sensitive
hashing): at Jaccard ``s`` a pair becomes one with probability ``1 - (1 - s**ROWS)**BANDS``,
about 0.88 at 0.4, 0.985 at 0.5 and 0.99998 at 0.7, so only candidates are compared value by
value.

Every process must compute the same signature of the same text (workers compare what others
stored), so the hashes are seeded constants, never Python's salted ``hash``.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import numpy.typing as npt

__all__ = [
    "BANDS",
    "PERMUTATIONS",
    "ROWS",
    "SHINGLE_WORDS",
    "bands",
    "estimated_similarity",
    "shingle_hashes",
    "signature",
]

SHINGLE_WORDS = 3  # words per shingle
BANDS = 32
ROWS = 3
PERMUTATIONS = BANDS * ROWS  # values per signature, 4 bytes each

_WORD = re.compile(r"\w+")
_SEED = 20261129  # changing it (or the sizes above) makes stored signatures incomparable
_rng = np.random.default_rng(_SEED)
# h_i(x) = high 32 bits of (a_i * x + b_i) mod 2**64, a_i odd: multiply-shift hashing, one
# independent-enough permutation of the shingle hashes per signature value
_MULTIPLIERS = _rng.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_OFFSETS = _rng.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)
_COMBINE = np.uint64(0x9E3779B97F4A7C15)  # odd: mixes one word hash into the next


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def shingle_hashes(text: str, words: int = SHINGLE_WORDS) -> npt.NDArray[np.uint64]:
    """The distinct 64-bit hashes of ``text``'s shingles: runs of ``words`` consecutive words,
    case folded, punctuation and white space ignored. A text shorter than one shingle is one
    shingle of all its words; a text without words has none."""
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    vocabulary = {token: _word_hash(token) for token in set(tokens)}
    hashed = np.fromiter((vocabulary[t] for t in tokens), dtype=np.uint64, count=len(tokens))
    size = min(words, len(tokens))
    shingles = hashed[: len(tokens) - size + 1].copy()
    for offset in range(1, size):
        shingles = shingles * _COMBINE + hashed[offset : len(tokens) - size + 1 + offset]
    return np.unique(shingles)


def signature(shingles: npt.NDArray[np.uint64]) -> bytes:
    """The MinHash signature of a shingle set: ``PERMUTATIONS`` 32-bit values, little endian.
    An empty set gets the all-ones signature, which no real text has."""
    if shingles.size == 0:
        return np.full(PERMUTATIONS, 0xFFFFFFFF, dtype="<u4").tobytes()
    permuted = _MULTIPLIERS[:, None] * shingles[None, :] + _OFFSETS[:, None]
    return bytes((permuted.min(axis=1) >> np.uint64(32)).astype("<u4").tobytes())


def bands(signature: bytes) -> list[bytes]:
    """Each band as its number and its values (13 bytes): texts that share one are candidates."""
    width = ROWS * 4
    return [bytes([band]) + signature[band * width : (band + 1) * width] for band in range(BANDS)]


def estimated_similarity(first: bytes, second: bytes) -> float:
    """The share of equal values of two signatures: the estimated Jaccard similarity."""
    a = np.frombuffer(first, dtype="<u4")
    b = np.frombuffer(second, dtype="<u4")
    return float(np.count_nonzero(a == b)) / PERMUTATIONS
