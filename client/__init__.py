"""GeoWire for Python programs that read its output: ``subscribe("events")`` yields typed records.

It sits above the runtime (it reads the settings and the wire records) and the runtime never
imports it.
"""

from __future__ import annotations

from client.subscribe import Role, SubscribeError, subscribe

__all__ = ["Role", "SubscribeError", "subscribe"]
