"""One readable line per message of an output topic, for ``geowire tail`` and the demo."""

from __future__ import annotations

import json
from typing import Any

import click

from cli.clients import read_topic
from streams.settings import Settings

__all__ = ["echo_topic", "pretty"]


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
    if topic == "duplicates":
        corroborates = "corroborates" if value["corroborates"] else "update"
        return (
            f"{value['kind']:<5} {value['article_id']} ({value.get('source') or '?'}) of "
            f"{value.get('original_id') or '?'} ({value.get('original_source') or '?'}) "
            f"similarity {value['similarity']:.2f}, {corroborates}, {value['mentions']} mentions"
        )
    source = f"{value.get('topic')}:{value.get('partition')}:{value.get('offset')}"
    return f"{value['reason']:<20} {value['stage']:<8} {source} {value['error'][:160]}"


async def echo_topic(
    settings: Settings, topic: str, from_beginning: bool, follow: bool, raw: bool = False
) -> None:
    """Print an output topic, one line per message, as it is read; when following, say on
    standard error once every new message will be printed."""

    def following() -> None:
        if follow:
            name = settings.topic(topic).name
            click.echo(f"following {name} (Ctrl-C to stop)", err=True)

    async for value in read_topic(settings, topic, from_beginning, follow, following):
        click.echo(value.decode("utf-8") if raw else pretty(topic, json.loads(value)))
