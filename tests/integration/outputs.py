"""What a stream of real articles must publish, from the same extractor run offline, and the
check that every expected event and mention is on its topic (shared by the fault tests)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from extraction import Extractor
from schemas.convert import document, event_record
from schemas.parsing import parse_article
from streams.settings import Settings
from tests.integration.conftest import read_all

__all__ = ["Expected", "Published", "expected_outputs", "published_outputs"]


@dataclass(frozen=True)
class Expected:
    event_ids: set[str]
    sightings: set[tuple[str, str]]  # (event id, article id)


@dataclass(frozen=True)
class Published:
    events: Counter[tuple[str, str]]  # (event id, article id) -> times on `events`
    sightings: Counter[tuple[str, str]]  # (event id, article id) -> times on `mentions`

    @property
    def duplicate_events(self) -> int:
        """Messages on `events` past the first of their event."""
        per_event = Counter(event_id for event_id, _ in self.events.elements())
        return sum(n - 1 for n in per_event.values())

    @property
    def articles_with_duplicates(self) -> set[str]:
        return {article for (_, article), n in self.events.items() if n > 1}


def expected_outputs(corpus: list[dict], settings: Settings) -> Expected:
    """Event ids and (event id, article id) sightings that the stream must publish."""
    extractor = Extractor()
    event_ids, sightings = set(), set()
    for raw in corpus:
        article = parse_article(json.dumps(raw).encode(), settings.max_article_bytes)
        for event in extractor.extract(document(article)):
            record = event_record(event, article.id)
            event_ids.add(record.event_id)
            sightings.add((record.event_id, article.id))
    assert len(sightings) > len(corpus) / 5, "the corpus should yield many events"
    return Expected(event_ids, sightings)


def published_outputs(settings: Settings, expected: Expected, timeout: float = 300) -> Published:
    """Read `mentions` and `events` until every expected output is there (and a few seconds
    more, to catch extras); assert that none is missing and none unexpected."""
    mentions = read_all(
        settings,
        "mentions",
        until=lambda v: len(v) >= len(expected.sightings),
        timeout=timeout,
        settle=5,
    )
    events = read_all(
        settings,
        "events",
        until=lambda v: len(v) >= len(expected.event_ids),
        timeout=60,
        settle=2,
    )
    got_sightings = Counter((m["event_id"], m["article_id"]) for m in mentions)
    got_events = Counter((e["event_id"], e["article_id"]) for e in events)
    missing = expected.sightings - set(got_sightings)
    extra = set(got_sightings) - expected.sightings
    assert not missing and not extra, (len(missing), sorted(missing)[:5], sorted(extra)[:5])
    assert {event_id for event_id, _ in got_events} == expected.event_ids
    return Published(got_events, got_sightings)
