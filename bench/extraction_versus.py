"""Extraction speed of this checkout against another commit's, on the same articles.

    python bench/extraction_versus.py REF [--lang en] [--articles 300] [--rounds 3]

A rate measured on one machine says little on another (a shared host, another CPU), so a
target met by an earlier commit is checked against that commit here, in the same run: REF
is checked out into a temporary worktree, and each round runs it and this checkout, in
turn (which first alternating), each in a fresh process extracting the same three slices of
ARTICLES articles (the first 3 x ARTICLES BBC articles, or 10kGNAD's for ``--lang de``) as
that checkout's worker does (``run_many`` in groups of ``BATCH`` where it has one, else one
article at a time). Prints sentences per CPU second of each slice (the sentences counted
once, by this checkout's pipeline), the medians and the ratio this / REF per round.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: before numpy loads
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from bench.corpus import document_fields  # noqa: E402  (no project imports)

PASSES = 3


def measure(code: Path, lang: str, articles: int, count: bool) -> dict:
    """CPU seconds and events of each pass of ``code``'s extractor (imported from there),
    and with ``count`` the sentences of each pass."""
    sys.path.insert(0, str(code))
    from extraction import Document, Extractor

    batch: int | None = None  # a commit before batched extraction: one article at a time
    with contextlib.suppress(ImportError):
        from streams.extractor_pool import BATCH as batch
    docs = [Document(**fields) for fields in document_fields(lang, PASSES * articles)]
    extractor = Extractor()
    if hasattr(extractor, "preload"):
        extractor.preload()
    extractor.extract(Document("warm", "The chancellor met the president.", language=lang))
    seconds: list[float] = []
    events: list[int] = []
    sentences: list[int] = []
    for r in range(PASSES):
        part = docs[r * articles : (r + 1) * articles]
        cpu = time.process_time()
        if batch is None:
            found = sum(len(extractor.extract(d)) for d in part)
        else:
            found = 0
            for k in range(0, len(part), batch):
                for result in extractor.run_many(part[k : k + batch]):
                    if isinstance(result, Exception):
                        raise result
                    found += len(result.events)
        seconds.append(time.process_time() - cpu)
        events.append(found)
        if count:  # after the clock: it warms the tokenizer cache
            nlp = extractor._resources(lang)[0]
            sentences.append(sum(len(list(nlp(d.body).sents)) for d in part))
    return {"seconds": seconds, "events": events, "sentences": sentences}


def run_measure(code: Path, lang: str, articles: int, count: bool) -> dict:
    """:func:`measure` in a fresh process, so that neither checkout warms the other's caches."""
    command = [sys.executable, __file__, "--measure", str(code), "--lang", lang]
    command += ["--articles", str(articles)] + (["--count"] if count else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=code)
    return json.loads(out.stdout.splitlines()[-1])


def compare(ref: str, lang: str, articles: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "ref"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(other), ref],
            check=True,
        )
        try:
            rates: dict[str, list[float]] = {"this": [], ref: []}
            ratios = []
            sentences: list[int] = []
            for r in range(rounds):
                order = [("this", REPO), (ref, other)]
                medians = {}
                for label, code in order if r % 2 == 0 else reversed(order):
                    result = run_measure(code, lang, articles, count=not sentences)
                    sentences = sentences or result["sentences"]
                    per_pass = [n / s for n, s in zip(sentences, result["seconds"], strict=True)]
                    rates[label] += per_pass
                    medians[label] = statistics.median(per_pass)
                    print(
                        f"round {r + 1} {label:<12} "
                        + ", ".join(f"{x:.0f}" for x in per_pass)
                        + f" sentences per CPU second; {sum(result['events'])} events"
                    )
                ratios.append(medians["this"] / medians[ref])
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(other)], check=True
            )
    print(
        f"{lang}, {PASSES} x {articles} articles, {sum(sentences)} sentences: this "
        f"{statistics.median(rates['this']):.0f}, {ref} {statistics.median(rates[ref]):.0f} "
        f"sentences per CPU second (medians); this / {ref} by round "
        + ", ".join(f"{x:.2f}" for x in ratios)
        + f", median {statistics.median(ratios):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ref", nargs="?", help="the commit to compare with")
    parser.add_argument("--lang", choices=["en", "de"], default="en")
    parser.add_argument("--articles", type=int, default=300, help="articles per pass")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.lang, args.articles, args.count)))
    elif args.ref:
        compare(args.ref, args.lang, args.articles, args.rounds)
    else:
        parser.error("a commit to compare with is needed")


if __name__ == "__main__":
    main()
