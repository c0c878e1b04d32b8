"""What extraction publishes: caps on an article's events, and the events worth publishing."""

from __future__ import annotations

from dataclasses import dataclass

from .codes import (
    LEGISLATURE_MEMBER_SECTORS,
    PRIVATE_SECTORS,
    PROCEDURE_ROOTS,
    PUBLIC_CLASH_ROOTS,
    VISIT_CODE,
    root,
)
from .model import Actor, Event

__all__ = ["ExtractionPolicy"]


@dataclass(frozen=True)
class ExtractionPolicy:
    """An event is published only with at least one resolved actor (a country code, or an
    organisation's IGO/NGO code) and a confidence of at least ``min_confidence``: an event
    whose actors are all unknown tells a reader nothing about who did what to whom.

    An event in mode ``background`` (told in a relative, attributive or adverbial clause: the
    scene of the sentence's news, often an earlier event) is not published as a current event
    unless ``publish_background`` is set.

    Words and deals between private parties only (a company's offer to investors, traders'
    warnings about a market) are no geopolitical event and are not published unless
    ``publish_private`` is set: one side must be of no private sector (a state, a state's body
    or office holder, an IGO/NGO, a party or armed group, a people, a named person). Protest
    and violence count between anyone (a strike at a firm, an attack on a passer-by). A visit
    (CAMEO 042, in PLOVER's CONSULT: travel to meet or consult) is paid by one who stands for a
    state, organisation, party or group (an actor of a public sector): a refugee, fighter or
    traveller who arrives somewhere, a people or a place visits no one, and is not published.

    The caps keep an event-dense megabyte from amplifying into tens of thousands of events:
    past one, the article's extraction is marked truncated."""

    max_events_per_article: int = 500
    max_events_per_sentence: int = 8
    # An event's confidence is the share of right events with its evidence on the read halves
    # of the dev sets (extraction.confidence): 0.5 publishes what is more often right than
    # wrong, which takes events with both actors resolved (0.52 to 0.83) and holds back those
    # with one (0.23 to 0.39: mostly a right type with a missing or wrong other actor). On the
    # scored halves against the hand-set 0.7 of before: real-news precision 0.46 -> 0.61
    # (real_de_dev), 0.88 -> 0.88 (real_en_dev), recall unchanged; PLOVER false events per
    # true event 0.20 -> 0.18 (en), 0.16 -> 0.13 (de); PLOVER macro-F1, which credits the type
    # without the actors, 0.65 -> 0.63 (en), 0.64 -> 0.57 (de).
    min_confidence: float = 0.5
    publish_background: bool = False
    publish_private: bool = False
    publish_procedure: bool = False
    # sports news (extraction.topics) is not coded: its teams bear countries' names
    code_sports: bool = False

    def publishes(self, event: Event) -> bool:
        actors = (event.source, event.target)
        resolved = any(actor is not None and actor.country for actor in actors)
        background = event.mode == "background" and not self.publish_background
        private = (
            not self.publish_private
            and root(event.cameo) not in PUBLIC_CLASH_ROOTS
            and not any(_public(actor) for actor in actors)
        )
        private = private or (
            not self.publish_private
            and event.cameo == VISIT_CODE
            and not _representative(event.source)
        )
        procedure = not self.publish_procedure and _procedure(event)
        return (
            resolved
            and not background
            and not private
            and not procedure
            and event.confidence >= self.min_confidence
        )


def _public(actor: Actor | None) -> bool:
    """Whether ``actor`` may be a public party: of no private sector ("die Palästinenser", a
    people, has none)."""
    return actor is not None and actor.sector not in PRIVATE_SECTORS


def _representative(actor: Actor | None) -> bool:
    """Whether ``actor`` stands for a body (a public sector: "der Außenminister", the UN, a
    party), as a visitor does; a person known by nationality only, a people or a place has no
    sector."""
    return actor is not None and actor.sector is not None and _public(actor)


def _procedure(event: Event) -> bool:
    """Whether ``event`` is a legislature's own procedure: a cooperative word or meeting
    (``PROCEDURE_ROOTS``) between a legislature and a chamber, member or faction of its
    country, or a place or state actor with no sector of its country (where it sits)."""
    if root(event.cameo) not in PROCEDURE_ROOTS:
        return False
    sides = (event.source, event.target)
    if any(actor is None or not actor.country for actor in sides):
        return False
    source, target = sides
    assert source is not None and target is not None
    if source.country != target.country:
        return False
    sectors = {source.sector, target.sector}
    return "LEG" in sectors and sectors <= LEGISLATURE_MEMBER_SECTORS | {None}
