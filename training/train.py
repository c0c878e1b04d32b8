"""Training one language's pipeline with spaCy's own loop, from ``configs/<lang>.cfg``."""

from __future__ import annotations

from pathlib import Path

from spacy.cli.train import train as spacy_train

from . import tokenizer  # noqa: F401  (registers the config's tokenizer callback)

__all__ = ["CONFIGS", "train"]

CONFIGS = Path(__file__).resolve().parent / "configs"


def train(
    lang: str, corpus_dir: Path, output_dir: Path, overrides: dict[str, object] | None = None
) -> Path:
    """Train ``lang`` on every ``.spacy`` file under ``corpus_dir/train`` (gold, and silver when
    made), pick checkpoints on ``corpus_dir/dev.spacy``; return the best checkpoint's path."""
    paths = {"paths.train": str(corpus_dir / "train"), "paths.dev": str(corpus_dir / "dev.spacy")}
    spacy_train(CONFIGS / f"{lang}.cfg", output_dir, overrides={**paths, **(overrides or {})})
    return output_dir / "model-best"
