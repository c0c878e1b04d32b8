"""Duplicates through the agent's stages, with recording topics and fakeredis: a copy is not
extracted, gets a record, and corroborates only from a source new to the story.

The same flow runs on the real broker and Redis in tests/integration/test_near_duplicates.py.
"""

from __future__ import annotations

import json

import pytest

from agents.articles import process_batch
from schemas import jsonschema, records
from streams.errors import StoreUnavailable
from tests.agents.fakes import message, process

STORY = (
    "Ilse Brandt met Omar Haddad in Velmora on Tuesday. "
    "The two ministers discussed the ferry treaty and the fishing quotas of the northern coast. "
    "Later Haddad met the harbour council to present the new timetable for the crossings. "
    "Fishermen protested outside the town hall during the meeting and asked for compensation. "
    "The council approved a loan for the repair of the old lighthouse on Kestrel Point."
)
EDITED = STORY.replace("Tuesday", "Wednesday").replace("new timetable", "revised timetable")


class CountingExtractor:
    """The test extractor, counting its runs."""

    def __init__(self, inner) -> None:
        self.inner, self.runs = inner, 0

    async def run(self, document):
        self.runs += 1
        return await self.inner.run(document)


def article(id: str, body: str, source: str | None, title: str = "") -> bytes:
    return json.dumps({"id": id, "body": body, "source": source, "title": title}).encode()


@pytest.fixture
def counted(context):
    context.extractor = CountingExtractor(context.extractor)
    return context


async def test_a_copy_from_another_source_corroborates_without_extraction(counted):
    await process(counted, message(article("a1", STORY, "wire"), 0))
    await process(counted, message(article("a2", EDITED, "paper", "Ferry treaty"), 1))
    await process(counted, message(article("a3", EDITED + " Updated.", "wire"), 2))
    assert counted.extractor.runs == 1
    [(key2, near2), (_, near3)] = counted.duplicates.sent
    assert (key2, near2.article_id, near2.original_id, near2.kind) == (b"a2", "a2", "a1", "near")
    assert (near2.source, near2.original_source, near2.corroborates) == ("paper", "wire", True)
    assert (near3.corroborates, near3.mentions, near3.original_id) == (False, 0, "a1")
    for _, record in counted.duplicates.sent:
        errors = jsonschema.validator(records.Duplicate).iter_errors(json.loads(record.dumps()))
        assert list(errors) == []
    mentions = [m for _, m in counted.mentions.sent]
    original = [m for m in mentions if m.article_id == "a1"]
    copies = [m for m in mentions if m.article_id == "a2"]
    assert len(original) == 2 and near2.mentions == 2
    assert {m.event_id for m in copies} == {m.event_id for m in original}
    assert all(m.sightings == 2 and m.original_article_id == "a1" for m in copies)
    assert [(m.sentence, m.start) for m in copies] == [(m.sentence, m.start) for m in original]
    stats = counted.stats.snapshot()
    assert (stats["near_duplicates"], stats["corroborations"]) == (2, 1)
    assert stats["mentions_out"] == 4 and stats["events_out"] == 2


async def test_an_exact_copy_is_reported_and_counts_its_source_once(counted):
    await process(counted, message(article("a1", STORY, "wire"), 0))
    await process(counted, message(article("a9", STORY, "paper"), 1))
    await process(counted, message(article("a9", STORY, "paper"), 2))  # sent twice
    assert counted.extractor.runs == 1
    records_sent = [d for _, d in counted.duplicates.sent]
    assert [(d.kind, d.original_id, d.similarity) for d in records_sent] == [
        ("exact", "a1", 1.0),
        ("exact", "a1", 1.0),
    ]
    assert [d.corroborates for d in records_sent] == [True, False]
    assert counted.stats.duplicates_dropped == 2
    assert sum(m.article_id == "a9" for _, m in counted.mentions.sent) == 2


async def test_a_redelivered_duplicate_sends_no_mention_twice(counted):
    await process(counted, message(article("a1", STORY, "wire"), 0))
    raw = article("a2", EDITED, "paper")
    await process(counted, message(raw, 1))
    await process(counted, message(raw, 1))  # committed late: delivered again
    assert sum(m.article_id == "a2" for _, m in counted.mentions.sent) == 2
    assert counted.stats.redeliveries == 1 and counted.extractor.runs == 1


async def test_a_failed_record_leaves_the_copy_to_its_replay(counted):
    await process(counted, message(article("a1", STORY, "wire"), 0))
    counted.duplicates.refuse = True
    await process(counted, message(article("a2", EDITED, "paper"), 1))
    [(_, letter)] = counted.deadletters.sent
    assert (letter.reason, letter.stage) == ("internal_error", "ingest")
    counted.duplicates.refuse = False
    await process(counted, message(article("a2", EDITED, "paper"), 2))  # the replay
    [(_, record)] = counted.duplicates.sent
    assert (record.article_id, record.corroborates) == ("a2", True)
    # the mentions went out before the record failed, once: the replay adds none
    assert sum(m.article_id == "a2" for _, m in counted.mentions.sent) == 2
    assert counted.extractor.runs == 1


async def test_with_detection_off_a_copy_is_extracted_and_exact_ones_dropped(counted):
    counted.settings = counted.settings.replace(near_duplicates=False)
    await process(counted, message(article("a1", STORY, "wire"), 0))
    await process(counted, message(article("a2", EDITED, "paper"), 1))
    await process(counted, message(article("a3", STORY, "paper"), 2))
    assert counted.extractor.runs == 2
    assert counted.duplicates.sent == [] and counted.stats.duplicates_dropped == 1


async def test_an_article_not_screened_is_left_to_its_replay(counted):
    screen = counted.near_duplicates.screen

    async def unavailable(articles):
        raise StoreUnavailable("Redis unreachable for 300 s")

    counted.near_duplicates.screen = unavailable
    await process(counted, message(article("a1", STORY, "wire"), 0))
    [(_, letter)] = counted.deadletters.sent
    assert (letter.reason, letter.stage) == ("internal_error", "ingest")
    counted.near_duplicates.screen = screen
    await process(counted, message(article("a1", STORY, "wire"), 1))  # the replay
    assert counted.extractor.runs == 1 and counted.duplicates.sent == []


async def test_a_batch_is_screened_once_and_its_claims_settled_once(counted):
    await process(counted, message(article("a1", STORY, "wire"), 0))
    calls: list[str] = []
    for store, name in ((counted.near_duplicates, "screen"), (counted.claims, "settle")):
        original = getattr(store, name)

        async def recorded(*args, _name=name, _original=original, **kwargs):
            calls.append(_name)
            return await _original(*args, **kwargs)

        setattr(store, name, recorded)
    await process_batch(
        counted,
        [
            message(article("a2", EDITED, "paper"), 1),
            message(article("b1", "Anna Lind met Paul Roe in Oslo", "wire"), 2),
            message(article("a3", STORY, "radio"), 3),
        ],
    )
    assert calls == ["screen", "settle"]
    assert counted.extractor.runs == 2  # a1, then b1: the copies are not extracted
    assert [(d.article_id, d.kind) for _, d in counted.duplicates.sent] == [
        ("a2", "near"),
        ("a3", "exact"),
    ]
    copies = [m for _, m in counted.mentions.sent if m.article_id in ("a2", "a3")]
    assert len(copies) == 4 and all(m.original_article_id == "a1" for m in copies)
    assert len(counted.mentions.sent) == 2 + 4 + 1  # a1's, the copies', b1's
    await process_batch(counted, [message(article("a2", EDITED, "paper"), 1)])  # redelivered
    assert counted.extractor.runs == 2 and len(counted.mentions.sent) == 7


async def test_a_copy_in_the_batch_of_its_original_gets_its_mentions_after_it(counted):
    await process_batch(
        counted,
        [
            message(article("a1", STORY, "wire"), 0),
            message(article("a2", EDITED, "paper"), 1),
            message(article("a3", EDITED + " Corrected.", "wire"), 2),  # an update: none
        ],
    )
    assert counted.extractor.runs == 1
    [(_, copy), (_, update)] = counted.duplicates.sent
    assert (copy.corroborates, copy.mentions, update.corroborates) == (True, 0, False)
    original = [m for _, m in counted.mentions.sent if m.article_id == "a1"]
    copies = [m for _, m in counted.mentions.sent if m.article_id == "a2"]
    assert len(original) == 2 and all(m.sightings == 1 for m in original)
    assert {m.event_id for m in copies} == {m.event_id for m in original}
    assert all(m.sightings == 2 and m.original_article_id == "a1" for m in copies)
    assert not any(m.article_id == "a3" for _, m in counted.mentions.sent)
    assert counted.stats.snapshot()["mentions_out"] == 4
    await process_batch(counted, [message(article("a2", EDITED, "paper"), 1)])  # redelivered
    assert len(counted.mentions.sent) == 4, "its mentions are settled: not sent again"
