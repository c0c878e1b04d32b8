"""Real news from ``../shared/data`` as Article dicts, for benchmarks and fault tests.

The corpora are research-only or non-commercial: they are read in place and never copied
into this repository.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SHARED_DATA", "bbc_rows", "document_fields", "gnad_rows", "news_articles"]

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
# Sections with the most political news first.
BBC_SECTIONS = ("politics", "business", "tech", "entertainment", "sport")
GNAD_SECTIONS = (
    "International",
    "Inland",
    "Wirtschaft",
    "Etat",
    "Panorama",
    "Web",
    "Wissenschaft",
    "Kultur",
    "Sport",
)


def _bbc(data: Path) -> Iterator[dict]:
    rows = bbc_rows(None, data)
    rows.sort(key=lambda row: (BBC_SECTIONS.index(row["category"]), row["id"]))
    for row in rows:
        yield {
            "id": "bbc-" + row["id"].replace("/", "-"),
            "title": row["title"],
            "body": row["body"],
            "source": "bbc",
            "language": "en",
        }


def _gnad(data: Path) -> Iterator[dict]:
    rows = list(enumerate(gnad_rows(None, data)))
    rows.sort(key=lambda item: (GNAD_SECTIONS.index(item[1][0]), item[0]))
    for number, (_, text) in rows:
        yield {
            "id": f"10kgnad-{number}",
            "title": "",
            "body": text,
            "source": "derstandard",
            "language": "de",
        }


def news_articles(count: int, data: Path = SHARED_DATA) -> list[dict]:
    """``count`` articles alternating English and German, each text distinct."""
    seen: set[str] = set()
    articles: list[dict] = []
    for article in itertools.chain.from_iterable(zip(_bbc(data), _gnad(data), strict=False)):
        text = " ".join(article["body"].split()).casefold()
        if text in seen:
            continue
        seen.add(text)
        articles.append(article)
        if len(articles) == count:
            break
    return articles


def bbc_rows(count: int | None, data: Path = SHARED_DATA) -> list[dict]:
    """The first ``count`` BBC rows (all with None) in the file's order: id, title, body,
    category."""
    with gzip.open(
        data / "bbc_news_english" / "bbc_news_2225.jsonl.gz", "rt", encoding="utf-8"
    ) as f:
        return [json.loads(line) for line in itertools.islice(f, count)]


def gnad_rows(count: int | None, data: Path = SHARED_DATA) -> list[list[str]]:
    """The first ``count`` rows (all with None) of the 10kGNAD test split in the file's
    order: section, text."""
    with (data / "10kgnad_german_news" / "test.csv").open(encoding="utf-8", newline="") as f:
        return list(itertools.islice(csv.reader(f, delimiter=";", quotechar="'"), count))


def document_fields(lang: str, count: int) -> list[dict]:
    """The first ``count`` articles of the language's corpus (BBC for "en", the 10kGNAD test
    split for "de") as an extractor ``Document``'s keyword arguments, dated in the corpus's
    year: the extraction benchmarks' input, built by whichever checkout they measure."""
    if lang == "en":
        return [
            {
                "id": r["id"],
                "body": r["body"],
                "title": r["title"],
                "language": "en",
                "published_at": "2005-01-01",
            }
            for r in bbc_rows(count)
        ]
    return [
        {"id": f"de{i}", "body": body, "language": "de", "published_at": "2016-01-01"}
        for i, (_, body) in enumerate(gnad_rows(count))
    ]
