"""``python -m training [convert|train|ship|card|all] [LANG ...]``: a thin command line over
the recipe's functions. ``make models`` runs ``all`` for German and English."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extraction.syntax import MODELS_DIR

from .card import write_card
from .convert import TREEBANKS, convert
from .package import ship
from .train import train

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
TREEBANK_DIR = REPO.parent / "shared" / "data" / "ud_treebanks"
CORPUS_DIR = ROOT / "corpus"  # generated, not committed
OUTPUT_DIR = ROOT / "output"  # checkpoints, not committed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("step", choices=["convert", "train", "ship", "card", "all"])
    parser.add_argument("langs", nargs="*", default=sorted(TREEBANKS))
    parser.add_argument("--treebanks", type=Path, default=TREEBANK_DIR)
    parser.add_argument("--models-dir", type=Path, default=MODELS_DIR)
    parser.add_argument("--max-steps", type=int, help="override the config's training.max_steps")
    args = parser.parse_args(argv)
    if args.step == "card":
        print(write_card(args.models_dir))
        return
    overrides = {"training.max_steps": args.max_steps} if args.max_steps else {}
    for lang in args.langs:
        if args.step in ("convert", "all"):
            print(lang, "sentences:", convert(lang, args.treebanks, CORPUS_DIR / lang))
        if args.step in ("train", "all"):
            train(lang, CORPUS_DIR / lang, OUTPUT_DIR / lang, overrides)
        if args.step in ("ship", "all"):
            record = ship(lang, OUTPUT_DIR / lang / "model-best", args.treebanks,
                          args.models_dir)
            print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
