"""Consumer lag from offsets (the probe itself runs against the real broker in
tests/integration/test_fleet.py)."""

from __future__ import annotations

from streams.lag import PartitionLag, partition_lag


def test_lag_is_the_high_watermark_less_the_committed_offset():
    assert partition_lag(2, committed=40, start=0, end=55) == PartitionLag(2, 40, 55, 15)
    assert partition_lag(2, committed=55, start=0, end=55).lag == 0


def test_without_a_commit_the_group_reads_from_the_start():
    assert partition_lag(0, committed=None, start=7, end=10) == PartitionLag(0, None, 10, 3)
    assert partition_lag(0, committed=-1, start=0, end=10) == PartitionLag(0, None, 10, 10)


def test_a_commit_before_deleted_records_counts_from_the_start():
    assert partition_lag(1, committed=3, start=20, end=30).lag == 10
