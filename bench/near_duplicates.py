"""Near-duplicate detection: precision and recall on edited copies of real news, its cost, and
the stream's throughput with detection on and off, in one run.

1. Labelled set from ../shared/data (read here, never copied): ``--originals`` articles (BBC and
   10kGNAD, half each), per original one copy per edit kind (headline changed, a sentence
   dropped, a sentence added, two paragraphs swapped, 5% and 15% of the words replaced, cut to
   its first half), and as negatives as many other articles of the same category (the same
   section: shared names and phrases). Articles whose title or body occurs twice in a corpus
   are left out of the set (they are duplicates, measured in step 3).
2. Per edit kind, in a fresh key prefix of the real Redis: the originals, then the negatives,
   then the copies through ``NearDuplicateStore.screen`` in batches. A copy found as the near
   duplicate of its own original is a true positive; of another article, or a negative found
   as a duplicate of anything, a false positive. Then a sweep over thresholds, with the same
   signatures and bands computed here (plain functions, no Redis).
3. The BBC corpus through the claims and the screening, as the worker does: exact duplicates
   (same normalised title and body) and near ones found.
4. Cost per article: ms of a screening (signature and round trip) in batches of 1 and of 50,
   Redis bytes per original kept, and per stored events of the stream run.
5. Stream throughput of a fresh worker on ``--stream-articles`` distinct articles with
   detection on and off, alternating, ``--repeat`` times: medians and the ratio (target >= 0.95).

Needs ``geowire services up``.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import gzip
import json
import random
import re
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import SHARED_DATA, news_articles
from bench.stream_throughput import run_worker
from streams import minhash
from streams.near_duplicates import NearDuplicateStore, Screening
from streams.settings import Settings, load_settings
from streams.stores import Arrival, Claim, DedupStore, normalised_text_hash, redis_client

EDITS = ("headline", "sentence_dropped", "sentence_added", "paragraphs_swapped",
         "words_5pct", "words_15pct", "first_half")  # fmt: skip
SMALL_EDITS = EDITS[:5]  # up to 5% of the words changed: precision >= 0.99, recall >= 0.95
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    body: str
    category: str
    language: str

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.body}"


def _distinct(items: list[Item]) -> list[Item]:
    """Items whose normalised title and body each occur once in the corpus."""
    fold = lambda text: " ".join(text.split()).casefold()  # noqa: E731
    bodies = Counter(fold(i.body) for i in items)
    titles = Counter(fold(i.title) for i in items if i.title)
    once = lambda i: bodies[fold(i.body)] == 1 and (not i.title or titles[fold(i.title)] == 1)  # noqa: E731
    return [i for i in items if once(i)]


def bbc(data: Path = SHARED_DATA) -> list[Item]:
    path = data / "bbc_news_english" / "bbc_news_2225.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [Item("bbc-" + r["id"], r["title"], r["body"], r["category"], "en") for r in rows]


def gnad(data: Path = SHARED_DATA) -> list[Item]:
    with (data / "10kgnad_german_news" / "test.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    return [Item(f"gnad-{n}", "", text, label, "de") for n, (label, text) in enumerate(rows)]


def sentences(body: str) -> list[str]:
    return [s for s in SENTENCE.split(body) if s.strip()]


def edit(kind: str, item: Item, donor: Item, vocabulary: list[str], rng: random.Random) -> Item:
    """An edited copy of ``item``; ``donor``, another article, lends a headline or a sentence."""
    title, body = item.title, item.body
    parts = sentences(body)
    if kind == "headline":
        title = " ".join((donor.title or donor.body).split()[:10])
    elif kind == "sentence_dropped" and len(parts) > 1:
        del parts[rng.randrange(1, len(parts))]
        body = " ".join(parts)
    elif kind == "sentence_added":
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(sentences(donor.body)))
        body = " ".join(parts)
    elif kind == "paragraphs_swapped":
        paragraphs = body.split("\n\n")
        if len(paragraphs) < 3:  # one block (10kGNAD): paragraphs of three sentences
            paragraphs = [" ".join(parts[i : i + 3]) for i in range(0, len(parts), 3)]
        if len(paragraphs) >= 2:
            a, b = rng.sample(range(len(paragraphs)), 2)
            paragraphs[a], paragraphs[b] = paragraphs[b], paragraphs[a]
        body = "\n\n".join(paragraphs)
    elif kind in ("words_5pct", "words_15pct"):
        words = body.split()
        share = 0.05 if kind == "words_5pct" else 0.15
        for i in rng.sample(range(len(words)), round(share * len(words))):
            words[i] = rng.choice(vocabulary)
        body = " ".join(words)
    elif kind == "first_half":
        words = body.split()
        body = " ".join(words[: len(words) // 2])
    return Item(f"{item.id}~{kind}", title, body, item.category, item.language)


def labelled_set(count: int, seed: int = 7) -> tuple[list[Item], list[Item], dict[str, list[Item]]]:
    """Originals, negatives of the same categories, and the copies per edit kind."""
    rng = random.Random(seed)
    originals: list[Item] = []
    negatives: list[Item] = []
    for corpus in (bbc(), gnad()):
        pool = _distinct(corpus)
        rng.shuffle(pool)
        by_category: dict[str, list[Item]] = defaultdict(list)
        for item in pool[count // 2 :]:
            by_category[item.category].append(item)
        for item in pool[: count // 2]:
            if by_category[item.category]:
                originals.append(item)
                negatives.append(by_category[item.category].pop())
    vocabulary = {lang: [w for i in originals if i.language == lang for w in i.body.split()]
                  for lang in ("en", "de")}  # fmt: skip
    copies = {
        kind: [
            edit(kind, item, negative, vocabulary[item.language], rng)
            for item, negative in zip(originals, negatives, strict=True)
        ]
        for kind in EDITS
    }
    return originals, negatives, copies


def screening(item: Item, token: str, exact: bool = False) -> Screening:
    return Screening(
        item.id, None, normalised_text_hash(item.title, item.body), token, item.text, exact
    )


def fresh(settings: Settings) -> Settings:
    return settings.replace(redis_key_prefix=f"geowire-bench:{uuid.uuid4().hex[:8]}:")


async def screen_all(
    store: NearDuplicateStore, items: list[Item], batch: int
) -> tuple[list[tuple[str, str | None, float]], list[float]]:
    """(verdict kind, original, similarity) per item, and the seconds per batch."""
    verdicts: list[tuple[str, str | None, float]] = []
    seconds = []
    for start in range(0, len(items), batch):
        chunk = items[start : start + batch]
        began = time.perf_counter()
        found = await store.screen([screening(item, f"bench:{item.id}") for item in chunk])
        seconds.append(time.perf_counter() - began)
        verdicts.extend((v.kind, v.original_id, v.similarity) for v in found)
    return verdicts, seconds


async def used_memory(client) -> int:
    return int((await client.info("memory"))["used_memory"])


async def detection(settings: Settings, originals, negatives, copies) -> dict[str, dict]:
    """Per edit kind: true positives, wrong originals, misses; false positives on negatives;
    and the cost of screening the originals."""
    results: dict[str, dict] = {}
    client = redis_client(settings)
    try:
        for kind in EDITS:
            run = fresh(settings)
            store = NearDuplicateStore(client, run)
            before = await used_memory(client)
            kept, seconds = await screen_all(store, originals, batch=50)
            grown = await used_memory(client) - before
            flagged_originals = sum(v != "new" for v, _, _ in kept)
            negative_verdicts, _ = await screen_all(store, negatives, batch=50)
            copy_verdicts, _ = await screen_all(store, copies[kind], batch=50)
            origin = {copy.id: item.id for copy, item in zip(copies[kind], originals, strict=True)}
            true = sum(
                v == "near" and o == origin[c.id]
                for c, (v, o, _) in zip(copies[kind], copy_verdicts, strict=True)
            )
            wrong = sum(
                v == "near" and o != origin[c.id]
                for c, (v, o, _) in zip(copies[kind], copy_verdicts, strict=True)
            )
            results[kind] = {
                "true": true,
                "wrong": wrong,
                "missed": len(copies[kind]) - true - wrong,
                "negatives_flagged": [
                    (n.id, o, s)
                    for n, (v, o, s) in zip(negatives, negative_verdicts, strict=True)
                    if v != "new"
                ],
                "originals_flagged": flagged_originals,
                "bytes_per_original": grown / len(originals),
                "ms_per_article_batch50": 1000 * sum(seconds) / len(originals),
            }
            await _drop(client, run.redis_key_prefix)
    finally:
        await client.aclose()
    return results


async def _drop(client, prefix: str) -> None:
    """The bench cleans up after itself."""
    async for key in client.scan_iter(prefix + "*", count=1000):
        await client.delete(key)


def sweep(originals, negatives, copies) -> list[tuple[float, int, float, float, float]]:
    """(threshold, negatives flagged, precision and recall on the small edits, recall on all)
    per threshold, from the best candidate by shared band and estimated similarity, as the
    store decides."""
    signature = {}
    for item in [*originals, *negatives, *(c for kind in EDITS for c in copies[kind])]:
        signature[item.id] = minhash.signature(minhash.shingle_hashes(item.text))
    buckets: dict[bytes, list[str]] = defaultdict(list)

    def best(item_id: str) -> tuple[str | None, float]:
        found: tuple[str | None, float] = (None, -1.0)
        seen = {item_id}
        for band in minhash.bands(signature[item_id]):
            for other in buckets[band]:
                if other not in seen:
                    seen.add(other)
                    s = minhash.estimated_similarity(signature[item_id], signature[other])
                    if s > found[1]:
                        found = (other, s)
        return found

    for item in [*originals, *negatives]:
        for band in minhash.bands(signature[item.id]):
            buckets[band].append(item.id)
    negative_best = [best(n.id)[1] for n in negatives]
    copy_best = {
        kind: [(best(c.id), o.id) for c, o in zip(copies[kind], originals, strict=True)]
        for kind in EDITS
    }
    rows = []
    for threshold in THRESHOLDS:
        negatives_flagged = sum(s >= threshold for s in negative_best)

        def scores(kinds: tuple[str, ...], threshold: float = threshold) -> tuple[int, int, int]:
            true = wrong = total = 0
            for kind in kinds:
                for (found, s), origin in copy_best[kind]:
                    total += 1
                    if s >= threshold:
                        true += found == origin
                        wrong += found != origin
            return true, wrong, total

        true, wrong, total = scores(SMALL_EDITS)
        flagged = true + wrong + negatives_flagged
        true_all, _, total_all = scores(EDITS)
        precision = true / flagged if flagged else 1.0
        rows.append((threshold, negatives_flagged, precision, true / total, true_all / total_all))
    return rows


async def bbc_duplicates(settings: Settings) -> tuple[int, int, int]:
    """The BBC corpus through the exact claim and the screening: (articles, exact, near)."""
    settings = fresh(settings)
    client = redis_client(settings)
    claims, store = DedupStore(client, settings), NearDuplicateStore(client, settings)
    exact = near = 0
    items = bbc()
    try:
        for item in items:
            token = f"bench:{item.id}"
            text_hash = normalised_text_hash(item.title, item.body)
            [claim] = await claims.claim_articles([Arrival(item.id, text_hash, token)])
            taken = claim.claim is Claim.TAKEN
            [verdict] = await store.screen([screening(item, token, exact=taken)])
            exact += verdict.kind == "exact"
            near += verdict.kind == "near"
        await _drop(client, settings.redis_key_prefix)
    finally:
        await client.aclose()
    return len(items), exact, near


async def single_cost(settings: Settings, items: list[Item]) -> tuple[float, float]:
    """Median ms of one article's screening alone (batch of 1), and of its signature only."""
    client = redis_client(settings)
    run = fresh(settings)
    store = NearDuplicateStore(client, run)
    try:
        _, seconds = await screen_all(store, items, batch=1)
        await _drop(client, run.redis_key_prefix)
    finally:
        await client.aclose()
    signing = []
    for item in items:
        began = time.perf_counter()
        minhash.signature(minhash.shingle_hashes(item.text))
        signing.append(time.perf_counter() - began)
    return 1000 * statistics.median(seconds), 1000 * statistics.median(signing)


async def _cleanup(settings: Settings) -> None:
    client = redis_client(settings)
    try:
        await _drop(client, settings.redis_key_prefix)
    finally:
        await client.aclose()


async def kept_bytes(settings: Settings) -> tuple[dict[str, tuple[int, float]], int]:
    """Per kind of near-duplicate key of a finished stream run: (keys, mean bytes); and how
    many of its articles were near duplicates (not extracted)."""
    client = redis_client(settings)
    sizes: dict[str, list[int]] = defaultdict(list)
    near = 0
    try:
        prefix = settings.redis_key_prefix + "nd:"
        async for key in client.scan_iter(prefix + "*", count=1000):
            sizes[key[len(prefix)]].append(int(await client.memory_usage(key, samples=0) or 0))
            if key.startswith(prefix + "a:"):
                near += bool(await client.hexists(key, "root"))
    finally:
        await client.aclose()
    return {kind: (len(v), statistics.mean(v)) for kind, v in sorted(sizes.items())}, near


def throughput(
    settings: Settings, count: int, repeat: int, report: Callable[[str], None]
) -> tuple[dict[bool, list[float]], dict[bool, list[float]], Settings]:
    """End-to-end rates and the worker's main-process CPU ms per article with detection on and
    off, alternating which goes first, on the same articles; and the settings of the last run
    with detection on (its keys are left)."""
    articles = news_articles(count)
    rates: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    last_on = settings
    for round_number in range(1, repeat + 1):
        for on in (False, True) if round_number % 2 else (True, False):
            run = uuid.uuid4().hex[:8]
            # run_worker picks a free web port: other workers may hold the default one
            worker_settings = settings.replace(near_duplicates=on)
            result = run_worker(worker_settings, articles, pace=0.0, run=run)
            rates[on].append(result.rate)
            cpu[on].append(result.cpu_ms["event loop"])
            if on:
                last_on = worker_settings.replace(redis_key_prefix=f"geowire-bench:{run}:")
            report(
                f"  round {round_number}, detection {'on ' if on else 'off'}: "
                f"{result.rate:.1f} art/s, main process {cpu[on][-1]:.2f} CPU ms per article"
            )
    return rates, cpu, last_on


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=500)
    parser.add_argument("--stream-articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stream-only", action="store_true", help="only step 5")
    args = parser.parse_args()
    settings = load_settings()
    say = lambda line: print(line, flush=True)  # noqa: E731
    if not args.stream_only:
        detection_report(settings, args.originals, say)
    stream_report(settings, args.stream_articles, args.repeat, say)


def detection_report(settings: Settings, count: int, say: Callable[[str], None]) -> None:
    """Steps 1 to 4."""

    originals, negatives, copies = labelled_set(count)
    say(
        f"{len(originals)} originals ({sum(i.language == 'en' for i in originals)} BBC), "
        f"{len(negatives)} negatives of the same categories, {len(EDITS)} edited copies each; "
        f"threshold {settings.near_duplicate_threshold}, {minhash.SHINGLE_WORDS}-word shingles, "
        f"{minhash.BANDS} bands x {minhash.ROWS} rows"
    )
    results = asyncio.run(detection(settings, originals, negatives, copies))
    flagged_negatives = results[EDITS[0]]["negatives_flagged"]
    negatives_flagged = len(flagged_negatives)
    say(f"negatives found as duplicates: {negatives_flagged} of {len(negatives)}")
    for negative, original, similarity in flagged_negatives:
        say(f"  {negative} as a copy of {original}, similarity {similarity:.2f}")
    say(f"{'edit':<20} {'recall':>7} {'precision':>9} {'wrong':>6}")
    for kind in EDITS:
        r = results[kind]
        flagged = r["true"] + r["wrong"] + negatives_flagged
        say(
            f"{kind:<20} {r['true'] / len(originals):>7.3f} "
            f"{r['true'] / flagged if flagged else 1:>9.3f} {r['wrong']:>6}"
        )
    small = [results[k] for k in SMALL_EDITS]
    true = sum(r["true"] for r in small)
    flagged = true + sum(r["wrong"] for r in small) + negatives_flagged
    say(
        f"{'edits up to 5%':<20} {true / (len(originals) * len(small)):>7.3f} "
        f"{true / flagged:>9.4f}   (targets: recall >= 0.95, precision >= 0.99)"
    )
    say("sweep (same signatures and bands): threshold, negatives flagged, precision and recall "
        "on edits up to 5%, recall on all edits")  # fmt: skip
    for threshold, flagged_count, precision, recall, recall_all in sweep(
        originals, negatives, copies
    ):
        say(
            f"  {threshold:.2f}  {flagged_count:>3}  {precision:.4f}  {recall:.3f}  "
            f"{recall_all:.3f}"
        )

    total, exact, near = asyncio.run(bbc_duplicates(settings))
    say(
        f"BBC corpus: {total} articles, {exact} exact duplicates (same normalised title and "
        f"body; the corpus has 98 byte-identical files), {near} near duplicates"
    )
    single_ms, sign_ms = asyncio.run(single_cost(settings, originals[:200]))
    batch_ms = statistics.median(r["ms_per_article_batch50"] for r in results.values())
    per_original = statistics.median(r["bytes_per_original"] for r in results.values())
    say(
        f"cost per article: {single_ms:.2f} ms screened alone, {batch_ms:.2f} ms in batches of "
        f"50 (signature alone {sign_ms:.2f} ms); Redis {per_original:.0f} bytes per original "
        f"kept (used_memory, medians)"
    )


def stream_report(settings: Settings, count: int, repeat: int, say: Callable[[str], None]) -> None:
    """Step 5."""
    say(f"stream: {count} articles, detection off and on, {repeat} rounds")
    rates, cpu, last_on = throughput(settings, count, repeat, say)
    on, off = statistics.median(rates[True]), statistics.median(rates[False])
    paired = [a / b for a, b in zip(rates[True], rates[False], strict=True)]
    say(
        f"throughput: on {on:.1f}, off {off:.1f} articles/s (medians), ratio of medians "
        f"{on / off:.3f}, median of the rounds' ratios {statistics.median(paired):.3f} "
        f"({', '.join(f'{r:.2f}' for r in paired)}; target >= 0.95)"
    )
    say(
        f"worker main process: {statistics.median(cpu[True]):.2f} CPU ms per article with "
        f"detection on, {statistics.median(cpu[False]):.2f} off (medians; the extraction "
        "processes apart)"
    )
    kinds, near_in_stream = asyncio.run(kept_bytes(last_on))
    say(f"near duplicates among the stream's articles (not extracted): {near_in_stream}")
    say("keys of the last run with detection on (MEMORY USAGE): " + ", ".join(
        f"{kind}: {n} x {mean:.0f} B" for kind, (n, mean) in kinds.items()))  # fmt: skip
    asyncio.run(_cleanup(last_on))


if __name__ == "__main__":
    main()
