"""What every GeoWire package shares and may import: the root of the error tree."""

from __future__ import annotations

from .errors import GeoWireError

__all__ = ["GeoWireError"]
