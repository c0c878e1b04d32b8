"""Which described topics are not usable yet (on the shape aiokafka's describe_topics returns);
the real broker's side runs in tests/integration/test_kafka_security.py."""

from __future__ import annotations

from streams.topics import leaderless


def partition(number: int, leader: int, error: int = 0) -> dict:
    return {"error_code": error, "partition": number, "leader": leader}


def test_a_topic_is_usable_when_every_partition_has_a_leader() -> None:
    described = [
        {"topic": "ready", "error_code": 0, "partitions": [partition(0, 1), partition(1, 1)]},
        {"topic": "electing", "error_code": 0, "partitions": [partition(0, 1), partition(1, -1)]},
        {"topic": "unknown", "error_code": 3, "partitions": []},
        {"topic": "empty", "error_code": 0, "partitions": []},
        {"topic": "failing", "error_code": 0, "partitions": [partition(0, 1, error=5)]},
    ]
    assert leaderless(described) == ["electing", "empty", "failing", "unknown"]
