"""``python -m training [convert|train|silver|ship|card|all] [LANG ...]``: a thin command line
over the recipe's functions. ``make models`` runs ``all`` for German and English; with
``--silver N``, German is trained twice: on gold, then on gold plus N CoreNLP-parsed news
sentences (see ``training/silver.py``; needs Java 17 and Maven)."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from extraction.syntax import MODELS_DIR

from .card import write_card
from .convert import TREEBANKS, convert
from .package import SOURCES, ship
from .silver import TEXTS, build_silver
from .train import train

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
SHARED = REPO.parent / "shared" / "data"
TREEBANK_DIR = SHARED / "ud_treebanks"
SILVER_TEXTS = {  # text for silver data: GermEval (CC BY 4.0) can ship, 10kGNAD (NC) cannot
    "germeval": SHARED / "germeval2014_ner" / "NER-de-test.tsv",
    "gnad": SHARED / "10kgnad_german_news" / "test.csv",
}
CORPUS_DIR = ROOT / "corpus"  # generated, not committed
OUTPUT_DIR = ROOT / "output"  # checkpoints, not committed
SILVER_DIR = ROOT / "silver_data"  # CoreNLP's work files, never committed (news licence)
SILVER_LANGS = ("de",)
GOLD_REPEATS = 3  # with silver data, the gold data is read this many times per epoch
SILVER_MAX_STEPS = 5000  # gold + silver is three times the data: dev LAS still rose at 3,000


def silver(lang: str, treebanks: Path, sentences: int, source: str) -> int:
    """Silver data for ``lang`` from the gold-trained pipeline and CoreNLP, beside
    ``GOLD_REPEATS`` copies of the gold data (so that silver does not outweigh it)."""
    train_dir = CORPUS_DIR / lang / "train"
    for i in range(2, GOLD_REPEATS + 1):
        shutil.copyfile(train_dir / "gold.spacy", train_dir / f"gold-{i}.spacy")
    return build_silver(
        OUTPUT_DIR / f"{lang}-gold" / "model-best",
        [treebanks / name for name in TREEBANKS[lang].train],
        TEXTS[source](SILVER_TEXTS[source]),
        SILVER_DIR / lang,
        train_dir / "silver.spacy",
        sentences,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("step", choices=["convert", "train", "silver", "ship", "card", "all"])
    parser.add_argument("langs", nargs="*", default=sorted(TREEBANKS))
    parser.add_argument("--treebanks", type=Path, default=TREEBANK_DIR)
    parser.add_argument("--models-dir", type=Path, default=MODELS_DIR)
    parser.add_argument("--max-steps", type=int, help="override the config's training.max_steps")
    parser.add_argument(
        "--silver",
        type=int,
        default=0,
        metavar="N",
        help="news sentences of silver data for German (0: gold only)",
    )
    parser.add_argument("--silver-source", choices=sorted(SILVER_TEXTS), default="germeval")
    args = parser.parse_args(argv)
    if args.step == "card":
        print(write_card(args.models_dir))
        return
    overrides = {"training.max_steps": args.max_steps} if args.max_steps else {}
    for lang in args.langs:
        with_silver = args.silver > 0 and lang in SILVER_LANGS
        final = OUTPUT_DIR / (f"{lang}-silver" if with_silver else f"{lang}-gold")
        if args.step in ("convert", "all"):
            print(lang, "sentences:", convert(lang, args.treebanks, CORPUS_DIR / lang))
        if args.step in ("train", "all"):
            train(lang, CORPUS_DIR / lang, OUTPUT_DIR / f"{lang}-gold", overrides)
        if with_silver and args.step in ("silver", "all"):
            print(
                lang,
                "silver sentences:",
                silver(lang, args.treebanks, args.silver, args.silver_source),
            )
            train(
                lang,
                CORPUS_DIR / lang,
                final,
                overrides or {"training.max_steps": SILVER_MAX_STEPS},
            )
        if args.step in ("ship", "all"):
            extra = (SOURCES["silver"][args.silver_source],) if with_silver else ()
            record = ship(lang, final / "model-best", args.treebanks, args.models_dir, extra)
            print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
