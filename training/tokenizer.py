"""Tokenizer exceptions for news, added while a pipeline is initialised for training.

The exceptions are saved with the tokenizer, so a shipped pipeline needs neither this module nor
the data file at run time. The list lives in ``data/news_abbreviations.tsv`` with its source.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import registry

__all__ = ["ABBREVIATIONS", "add_news_exceptions", "news_abbreviations"]

ABBREVIATIONS = Path(__file__).resolve().parent / "data" / "news_abbreviations.tsv"


def news_abbreviations(lang: str, path: Path = ABBREVIATIONS) -> list[str]:
    """The abbreviations listed for ``lang`` (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return [row["abbreviation"] for row in rows if row["lang"] == lang]


@registry.callbacks("geowire.news_exceptions.v1")
def add_news_exceptions() -> Callable[[Language], Language]:
    """Config callback (``[initialize.before_init]``): one special case per abbreviation."""

    def add(nlp: Language) -> Language:
        for abbreviation in news_abbreviations(nlp.lang):
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        return nlp

    return add
