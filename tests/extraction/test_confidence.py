"""Calibrated confidence: the evidence of an event, the shipped table, and how the table is
measured (on invented counts)."""

from __future__ import annotations

from collections import Counter

import pytest

from extraction.calibrate import PRIOR_WEIGHT, Outcomes, calibrate, measure
from extraction.confidence import ConfidenceTable, Evidence
from extraction.language import SUPPORTED
from extraction.model import Actor

RUSSIA, UNPLACED = Actor("Moskau", country="RUS"), Actor("die Gruppe")


def test_the_evidence_of_an_event() -> None:
    evidence = Evidence.of("de", RUSSIA, UNPLACED, verb=True)
    assert (evidence.source, evidence.target, evidence.key) == (True, False, "de:S--V")
    assert Evidence.from_key(evidence.key) == evidence
    assert not Evidence.of("en", None, UNPLACED, verb=False).resolved


@pytest.mark.parametrize("language", sorted(SUPPORTED))
def test_the_shipped_table_measures_every_publishable_evidence(language: str) -> None:
    table = ConfidenceTable.load()
    publishable = [e for e in Evidence.every([language]) if e.resolved]
    assert len(publishable) == 6
    for evidence in publishable:
        assert 0 < table.of(evidence) < 1
    assert table.of(Evidence(language, True, True, True)) > table.of(
        Evidence(language, True, False, True)
    )


def test_a_share_is_smoothed_toward_events_whose_actors_resolved_alike() -> None:
    read = Outcomes(
        right=Counter({"de:ST-V": 9, "en:ST-N": 5, "de:S--V": 1, "en:-T-V": 1}),
        events=Counter({"de:ST-V": 10, "en:ST-N": 10, "de:S--V": 10, "en:-T-V": 4}),
    )
    rows = {row["evidence"]: row for row in calibrate(read)}
    both, source_only, target_only = 14 / 20, 1 / 10, 1 / 4  # both languages, either trigger
    assert float(rows["de:ST-V"]["confidence"]) == pytest.approx(
        (9 + PRIOR_WEIGHT * both) / (10 + PRIOR_WEIGHT), abs=0.005
    )
    assert float(rows["de:S--V"]["confidence"]) == pytest.approx(source_only, abs=0.005)
    # never seen: the share of its kind, not of the far more common two-actor events
    assert rows["de:-T-N"]["confidence"] == f"{target_only:.2f}"
    assert all(Evidence.from_key(key).resolved for key in rows)  # else never published
    assert all(row["source"] for row in rows.values())


def test_calibration_error_is_the_events_mean_gap() -> None:
    table = ConfidenceTable({"en:ST-V": 0.8, "en:S--V": 0.4})
    scored = Outcomes(
        right=Counter({"en:ST-V": 6, "en:S--V": 1}),
        events=Counter({"en:ST-V": 10, "en:S--V": 10}),
    )
    lines, error = measure(table, scored)
    assert error == pytest.approx((10 * 0.2 + 10 * 0.3) / 20)
    assert len(lines) == 2
