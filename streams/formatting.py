"""One readable line per message of an output topic, for ``geowire tail``."""

from __future__ import annotations

from typing import Any

__all__ = ["pretty"]


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    where = " ".join(part for part in (actor.get("country"), actor.get("sector")) if part)
    return f"{actor.get('name') or actor.get('text')} ({where or '?'})"


def pretty(topic: str, value: dict[str, Any]) -> str:
    if topic == "events":
        place = (value.get("location") or {}).get("name")
        parts = [
            f"{value['event_type']:<9} {value['cameo']:<4}",
            f"{_actor(value.get('source'))} -> {_actor(value.get('target'))}",
            f"at {place}" if place else "",
            f"on {value['event_date']}" if value.get("event_date") else "",
            f"| {' '.join(value['sentence'].split())[:120]}",
        ]
        return " ".join(part for part in parts if part)
    if topic == "mentions":
        return (
            f"{value['event_id']} in {value['article_id']} "
            f"[{value['start']}:{value['end']}] sighting #{value['sightings']}"
        )
    source = f"{value.get('topic')}:{value.get('partition')}:{value.get('offset')}"
    return f"{value['reason']:<20} {value['stage']:<8} {source} {value['error'][:160]}"
