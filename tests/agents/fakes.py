"""Fakes for the stages' ports: recording topics and a keyword extractor, and input messages.

The extractor is plain and predictable so that a test can say which events an invented article
yields; the topics fail on demand, as a broker or a client refusing a record does.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

from faust.types import Message

from agents.articles import process_batch
from agents.context import StageContext
from extraction import Extraction, UnsupportedLanguage
from extraction.model import Actor, Document
from extraction.model import Event as ExtractedEvent

__all__ = ["KeywordExtractor", "RecordingTopic", "article", "message", "process"]


@dataclass
class RecordingTopic:
    """An output topic that records what it was sent. Refused sends fail through their
    acknowledgement, as a broker's refusal does, or with ``at_send`` when handed over, as the
    client's own checks do."""

    sent: list[tuple[bytes | None, object]] = field(default_factory=list)
    refuse: bool = False  # every send fails
    refuse_article: str | None = None  # the sends of this article's records fail
    at_send: bool = False

    async def send(self, key=None, value=None):
        done = asyncio.get_running_loop().create_future()
        if self.refuse or (self.refuse_article and value.article_id == self.refuse_article):
            error = RuntimeError(f"refused by the broker: {value.article_id}")
            if self.at_send:
                raise error
            done.set_exception(error)
        else:
            value.dumps()  # serialised as the real topic does: what cannot be, fails here
            self.sent.append((key, value))
            done.set_result(None)
        return done


class KeywordExtractor:
    """Finds one CONSULT event per sentence containing "met"; fails on "boom"; keeps at most
    ``cap`` events, as the real extractor's limits do."""

    cap = 100

    async def run(self, document: Document) -> Extraction:
        events = self.extract_now(document)
        return Extraction(events[: self.cap], truncated=len(events) > self.cap)

    def extract_now(self, document: Document) -> list[ExtractedEvent]:
        if "boom" in document.body:
            raise RuntimeError("the parser broke")
        if document.language == "fr":
            raise UnsupportedLanguage("fr")
        events, start = [], 0
        for sentence in document.body.split(". "):
            if " met " in sentence:
                who = sentence.split()[0]
                events.append(
                    ExtractedEvent(
                        event_type="CONSULT",
                        cameo="040",
                        quad_class=1,
                        goldstein=1.0,
                        sentence=sentence,
                        start=start,
                        end=start + len(sentence),
                        confidence=0.5,
                        extractor_version="test",
                        statement_id=f"{document.id}:{start}",
                        source=Actor(text=who, country=who[:3].upper()),
                    )
                )
            start += len(sentence) + 2
        return events


def message(value: bytes, offset: int, partition: int = 0) -> Message:
    return Message(
        topic="articles.raw",
        partition=partition,
        offset=offset,
        timestamp=0.0,
        timestamp_type=0,
        headers=[],
        key=b"k",
        value=value,
        checksum=None,
    )


async def process(context: StageContext, one: Message) -> None:
    """One message as a batch of its own."""
    await process_batch(context, [one])


def article(id: str, body: str, **fields) -> bytes:
    return json.dumps({"id": id, "body": body, **fields}).encode()
