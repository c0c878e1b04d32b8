"""GeoWire extraction: one article in, structured PLOVER/CAMEO events out (pure Python + spaCy)."""

from __future__ import annotations

from .bounds import ExtractionLimits
from .errors import ExtractionError, UnsupportedLanguage
from .extractor import EXTRACTOR_VERSION, Extraction, Extractor
from .model import Actor, Document, Event, Place

__all__ = [
    "EXTRACTOR_VERSION",
    "Actor",
    "Document",
    "Event",
    "Extraction",
    "ExtractionError",
    "ExtractionLimits",
    "Extractor",
    "Place",
    "UnsupportedLanguage",
]
