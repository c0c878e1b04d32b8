"""Faust's aiohttp web server serving GeoWire's views only.

Faust mounts its own pages beside an app's: a ``{"status": "OK"}`` index (or, in debug, sensor
statistics) at ``/``, the cluster ``/router`` and the ``/table`` data endpoints, each switchable by
settings that Faust also reads from ``APP_*`` environment variables. Two views on ``/`` are served
in whichever order they reached aiohttp's router; without Faust's blueprints there is one.
"""

from __future__ import annotations

from faust.web.drivers.aiohttp import Web

__all__ = ["GeoWireWeb"]


class GeoWireWeb(Web):
    """The aiohttp driver with none of Faust's built-in pages, whatever the settings say."""

    default_blueprints = ()
    production_blueprints = ()
    debug_blueprints = ()
    optional_blueprints = ()
