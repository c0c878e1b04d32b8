"""GeoWire extraction: one article in, structured PLOVER/CAMEO events out (pure Python + spaCy)."""

from __future__ import annotations

from .errors import ExtractionError, UnsupportedLanguage
from .extractor import EXTRACTOR_VERSION, SYNTAX_LANGUAGES, Extraction, Extractor
from .model import Actor, Document, Event, Place
from .policy import ExtractionPolicy
from .syntax import load_syntax_pipeline

__all__ = [
    "EXTRACTOR_VERSION",
    "SYNTAX_LANGUAGES",
    "Actor",
    "Document",
    "Event",
    "Extraction",
    "ExtractionError",
    "ExtractionPolicy",
    "Extractor",
    "Place",
    "UnsupportedLanguage",
    "load_syntax_pipeline",
]
