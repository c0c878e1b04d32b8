"""The stages' context on fakes: fakeredis for the claims and the near duplicates, recording
topics, a keyword extractor."""

from __future__ import annotations

import fakeredis
import pytest

from agents.context import StageContext
from streams.near_duplicates import NearDuplicateStore
from streams.settings import load_settings
from streams.stats import Stats
from streams.stores import DedupStore, LatestEvents
from tests.agents.fakes import KeywordExtractor, RecordingTopic


@pytest.fixture
def context() -> StageContext:
    settings = load_settings({}, max_article_bytes=10_000)
    redis = fakeredis.FakeAsyncRedis(decode_responses=True)
    return StageContext(
        settings=settings,
        claims=DedupStore(redis, settings),
        events=RecordingTopic(),
        mentions=RecordingTopic(),
        deadletters=RecordingTopic(),
        duplicates=RecordingTopic(),
        near_duplicates=NearDuplicateStore(redis, settings),
        extractor=KeywordExtractor(),
        latest=LatestEvents(redis, settings),
        stats=Stats(),
    )
