"""Shingles, MinHash signatures and LSH bands on invented texts."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from streams import minhash

STORY = (
    "The harbour council of Velmora met on Tuesday to vote on the new ferry timetable. "
    "Mayor Ilse Brandt said the night crossings would resume in the spring after two years. "
    "Fishermen from the northern quay protested outside the town hall during the vote. "
    "The council also approved a loan for repairs to the old lighthouse on Kestrel Point. "
    "Opposition members called the loan too small and asked for an independent survey. "
    "A spokesman for the ferry company declined to comment on the ticket prices. "
    "The timetable takes effect in March and will be reviewed again after one season."
)
OTHER = (
    "Snow closed the mountain pass above Dravik for the third time this winter. "
    "Road crews worked through the night while drivers waited in the valley villages. "
    "The regional weather office expects more snow at the weekend and strong winds."
)


def similarity(first: str, second: str) -> float:
    sign = minhash.signature
    return minhash.estimated_similarity(
        sign(minhash.shingle_hashes(first)), sign(minhash.shingle_hashes(second))
    )


def true_jaccard(first: str, second: str) -> float:
    a = set(minhash.shingle_hashes(first).tolist())
    b = set(minhash.shingle_hashes(second).tolist())
    return len(a & b) / len(a | b)


def test_shingles_fold_case_punctuation_and_white_space():
    assert np.array_equal(
        minhash.shingle_hashes("Mayor Brandt, said: the FERRY"),
        minhash.shingle_hashes("mayor   brandt said the ferry!"),
    )
    assert len(minhash.shingle_hashes("one two three four five")) == 3  # three 3-word runs
    assert len(minhash.shingle_hashes("two words")) == 1  # shorter than a shingle: one
    assert len(minhash.shingle_hashes("... !!")) == 0


def test_word_order_matters_within_a_shingle():
    assert not np.array_equal(
        minhash.shingle_hashes("ferry council vote"), minhash.shingle_hashes("vote council ferry")
    )


def test_identical_texts_have_equal_signatures():
    assert similarity(STORY, STORY.upper()) == 1.0
    assert len(minhash.signature(minhash.shingle_hashes(STORY))) == 4 * minhash.PERMUTATIONS


def test_the_estimate_follows_the_jaccard_similarity():
    edited = STORY.replace("Tuesday", "Wednesday").replace("spring", "summer")
    cut = STORY[: len(STORY) // 2]
    for copy in (edited, cut, OTHER):
        # 4 standard deviations of an estimate from this many values at most
        assert abs(similarity(STORY, copy) - true_jaccard(STORY, copy)) < 4 * 0.5 / np.sqrt(
            minhash.PERMUTATIONS
        )
    assert similarity(STORY, edited) > 0.6
    assert similarity(STORY, OTHER) < 0.1


def test_an_empty_text_resembles_no_text():
    assert similarity("", STORY) == 0


def test_similar_texts_share_a_band_and_unrelated_ones_do_not():
    bands = [
        set(minhash.bands(minhash.signature(minhash.shingle_hashes(text))))
        for text in (STORY, STORY.replace("Tuesday", "Monday"), OTHER)
    ]
    assert len(bands[0]) == minhash.BANDS
    assert bands[0] & bands[1]
    assert not bands[0] & bands[2]


def test_signatures_are_the_same_in_another_process():
    """Workers compare signatures other workers stored: no per-process hash salt."""
    code = (
        "import sys; from streams import minhash; "
        "sys.stdout.write(minhash.signature(minhash.shingle_hashes(sys.argv[1])).hex())"
    )
    other = subprocess.run(
        [sys.executable, "-c", code, STORY],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345"},
    ).stdout
    assert other == minhash.signature(minhash.shingle_hashes(STORY)).hex()
