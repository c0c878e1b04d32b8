"""CoNLL-U treebanks to spaCy's binary training corpora (``train/gold.spacy``, ``dev.spacy``).

German trains on UD German GSD dev + PUD and English on UD English EWT dev; GSD test and EWT
test stay held out for scoring and are never read here. Every ``DEV_EVERY``-th document of the
training files is kept aside as the development set that picks the best checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from extraction.conllu import SENTENCES_PER_DOC, Sentence, group_sentences, read_conllu, to_doc

__all__ = ["DEV_EVERY", "TREEBANKS", "Treebank", "convert", "training_docs"]

DEV_EVERY = 10


@dataclass(frozen=True)
class Treebank:
    """The training files of a language (file name -> whether to blank its XPOS) and the
    held-out test file."""

    train: dict[str, bool]
    held_out: str


TREEBANKS = {
    # PUD's XPOS are English-style tags where GSD has STTS: blank, so the tagger learns STTS
    "de": Treebank(
        {"de_gsd-ud-dev.conllu": False, "de_pud-ud-test.conllu": True}, "de_gsd-ud-test.conllu"
    ),
    "en": Treebank({"en_ewt-ud-dev.conllu": False}, "en_ewt-ud-test.conllu"),
}


def training_docs(lang: str, treebank_dir: Path) -> list[list[Sentence]]:
    """The training documents of ``lang``, file by file, in the files' order."""
    docs: list[list[Sentence]] = []
    for name, blank_xpos in TREEBANKS[lang].train.items():
        sentences = read_conllu(treebank_dir / name, blank_xpos=blank_xpos)
        docs.extend(group_sentences(sentences, SENTENCES_PER_DOC))
    return docs


def convert(lang: str, treebank_dir: Path, out_dir: Path) -> dict[str, int]:
    """Write ``train/gold.spacy`` and ``dev.spacy`` for ``lang``; return the sentences in
    each. Training reads every ``.spacy`` file under ``train/`` (silver data goes there too)."""
    vocab = spacy.blank(lang).vocab
    parts: dict[str, DocBin] = {"train": DocBin(), "dev": DocBin()}
    counts = {"train": 0, "dev": 0}
    for i, sentences in enumerate(training_docs(lang, treebank_dir)):
        part = "dev" if i % DEV_EVERY == DEV_EVERY - 1 else "train"
        parts[part].add(to_doc(vocab, sentences))
        counts[part] += len(sentences)
    (out_dir / "train").mkdir(parents=True, exist_ok=True)
    for stale in (out_dir / "train").glob("*.spacy"):
        stale.unlink()  # a fresh start: silver data is made again from the new gold model
    parts["train"].to_disk(out_dir / "train" / "gold.spacy")
    parts["dev"].to_disk(out_dir / "dev.spacy")
    return counts
