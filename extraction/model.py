"""The plain data that extraction reads and returns: no Kafka, no Faust, no Redis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Actor", "Document", "Event", "Place", "actor_key"]


@dataclass(frozen=True)
class Document:
    """One article to extract from. ``published_at`` is ISO 8601; it anchors relative dates."""

    id: str
    body: str
    title: str = ""
    language: str | None = None
    published_at: str | None = None


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, resolved against the knowledge base."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, or an IGO/NGO code such as "IGO"
    sector: str | None = None  # GOV, MIL, SPY, REB, OPP, CVL, BUS, MED, IGO, ...
    actor_id: str | None = None
    # not named in the text: inferred from the event and the article (the authorities behind
    # an agentless "was arrested"); ``text`` is then a parenthesised description
    implied: bool = False


def actor_key(actor: Actor | None) -> str:
    """What an actor counts as in an event's identity: its country and sector codes."""
    return f"{actor.country or '-'}/{actor.sector or '-'}" if actor else "-"


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Event:
    """One coded event, traceable to its sentence by character offsets into the body."""

    event_type: str  # PLOVER type, e.g. "CONSULT"
    cameo: str  # CAMEO code, root ("04") or three digits ("043")
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    sentence: str
    start: int
    end: int
    confidence: float
    extractor_version: str
    # shared by the events of one statement: "Germany and France sanctioned Iran" is two
    # events (one per source, target pair) of one statement
    statement_id: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    source: Actor | None = None
    target: Actor | None = None
    reported_by: Actor | None = None
    location: Place | None = None
    event_date: str | None = None  # ISO 8601, as precise as ``date_precision`` says
    date_precision: str | None = None  # "day", "month" or "year"
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def canonical_key(self) -> str:
        """What makes two sightings the same event: type, who to whom, where and when."""
        where = "-"
        if self.location is not None:
            where = f"{self.location.country or '-'}/{self.location.name.casefold()}"
        return "|".join(
            [
                self.event_type,
                actor_key(self.source),
                actor_key(self.target),
                where,
                self.event_date or "-",
            ]
        )

    @property
    def event_id(self) -> str:
        """A stable id: the first 20 hex digits of the SHA-256 of :attr:`canonical_key`."""
        return hashlib.sha256(self.canonical_key.encode("utf-8")).hexdigest()[:20]
