"""Errors of the extraction area (a subtree of :class:`base.GeoWireError`).

ExtractionError
 ├── UnsupportedLanguage   the article's language has no data yet
 └── KnowledgeBaseError    a knowledge-base data file is missing or malformed
"""

from __future__ import annotations

from base import GeoWireError

__all__ = ["ExtractionError", "KnowledgeBaseError", "UnsupportedLanguage"]


class ExtractionError(GeoWireError):
    """Extraction could not process an article."""


class UnsupportedLanguage(ExtractionError):
    def __init__(self, language: str | None) -> None:
        self.language = language
        super().__init__(f"language {language or 'unknown'!r} is not supported (de, en are)")

    def __reduce__(self) -> tuple[type, tuple[str | None]]:
        """Pickled by its language, not its message: it crosses from the extraction process."""
        return UnsupportedLanguage, (self.language,)


class KnowledgeBaseError(ExtractionError):
    """A knowledge-base file is missing, malformed or lacks its source."""
