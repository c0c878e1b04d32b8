"""Errors of the extraction area (a subtree of :class:`base.GeoWireError`).

ExtractionError
 ├── UnsupportedLanguage   the article's language has no data yet
 ├── KnowledgeBaseError    a knowledge-base data file is missing or malformed
 └── SyntaxModelError      a syntax pipeline to score is missing, or a CoNLL-U file is unusable

SyntaxModelMissing (a UserWarning): a shipped syntax pipeline is missing; blank fallback
"""

from __future__ import annotations

from base import GeoWireError

__all__ = [
    "ExtractionError",
    "KnowledgeBaseError",
    "SyntaxModelError",
    "SyntaxModelMissing",
    "UnsupportedLanguage",
]


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


class SyntaxModelError(ExtractionError):
    """A syntax pipeline cannot be scored: it is missing, or the CoNLL-U file is unusable."""


class SyntaxModelMissing(UserWarning):
    """A shipped syntax pipeline is missing: callers fall back to the blank pipeline."""
