"""GeoWire's own syntax pipelines (tagger, morphologizer, lemmatizer, parser), shipped in
``extraction/syntax_models/`` and trained by ``make models`` (see ``training/``).

The event extractor does not use them yet; they are exposed here for the rebuilt extractor and
for ``geowire syntax eval``. A missing pipeline is a warning, not an error: callers keep the
blank pipeline (``extraction.pipeline.load_pipeline``) as their fallback.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import SyntaxModelMissing

__all__ = ["MODELS_DIR", "SYNTAX_VERSION", "load_syntax_pipeline", "syntax_model_path"]

SYNTAX_VERSION = "0.1.0"
MODELS_DIR = Path(__file__).resolve().parent / "syntax_models"


def syntax_model_path(lang: str, models_dir: Path = MODELS_DIR) -> Path:
    """The versioned directory of ``lang``'s pipeline, e.g. ``syntax_models/de-0.1.0``."""
    return models_dir / f"{lang}-{SYNTAX_VERSION}"


@lru_cache(maxsize=8)
def load_syntax_pipeline(lang: str, models_dir: Path = MODELS_DIR) -> Language | None:
    """The shipped syntax pipeline of ``lang`` (loaded once per process), or None with a
    :class:`SyntaxModelMissing` warning naming the missing directory."""
    path = syntax_model_path(lang, models_dir)
    if not (path / "meta.json").is_file():
        warnings.warn(
            f"no GeoWire syntax pipeline for {lang!r}: {path} is missing "
            "(`make models` trains it); using the blank pipeline",
            SyntaxModelMissing,
            stacklevel=2,
        )
        return None
    return spacy.load(path)
