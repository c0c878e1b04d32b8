"""subscribe() without a broker: what it refuses before connecting."""

from __future__ import annotations

import pytest

from client import SubscribeError, subscribe
from client.subscribe import RECORDS
from schemas.records import DeadLetter, Duplicate, Event, Mention


def test_an_unknown_topic_role_is_a_clear_error():
    with pytest.raises(SubscribeError, match="no topic role 'articles': one of events, mentions"):
        subscribe("articles")  # type: ignore[call-overload]


def test_each_output_topic_has_its_record():
    assert {
        "events": Event,
        "mentions": Mention,
        "deadletter": DeadLetter,
        "duplicates": Duplicate,
    } == RECORDS
