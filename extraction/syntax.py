"""GeoWire's own syntax pipelines (tagger, morphologizer, lemmatizer, parser), shipped in
``extraction/syntax_models/`` and trained by ``make models`` (see ``training/``).

The extractor parses with them only the sentences it codes (:func:`parse_sentences`); a missing
pipeline is a warning, not an error: the extractor then codes from the blank pipeline's tokens.
"""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

import spacy
from spacy.attrs import DEP, HEAD, IDS, IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from .errors import SyntaxModelMissing
from .spans import Sentence

__all__ = [
    "MODELS_DIR",
    "NUMPY_PRODUCTS",
    "PARSE_PIPES",
    "SYNTAX_VERSION",
    "lean_lexemes",
    "load_syntax_pipeline",
    "parse_sentences",
    "syntax_model_path",
]

SYNTAX_VERSION = "0.1.0"
# what clause building reads: UPOS (morphologizer), fine tags and the parse; the lemmatizer is
# skipped, the extractor's lemmas come from its lexicon
PARSE_PIPES = ("tok2vec", "tagger", "morphologizer", "parser")
MODELS_DIR = Path(__file__).resolve().parent / "syntax_models"
# thinc multiplies matrices with blis by default; numpy's OpenBLAS does the pipelines' products
# three times as fast on this machine's CPUs (a batch of 110 tokens by tok2vec's 288 x 288
# weights: 188 against 564 us) and gives the same parses (1,826 BBC sentences compared)
NUMPY_PRODUCTS = NumpyOps(use_blis=False)


def syntax_model_path(lang: str, models_dir: Path = MODELS_DIR) -> Path:
    """The versioned directory of ``lang``'s pipeline, e.g. ``syntax_models/de-0.1.0``."""
    return models_dir / f"{lang}-{SYNTAX_VERSION}"


def load_syntax_pipeline(
    lang: str, models_dir: Path = MODELS_DIR, exclude: tuple[str, ...] = ()
) -> Language | None:
    """The shipped syntax pipeline of ``lang`` without the components in ``exclude``, or None
    with a :class:`SyntaxModelMissing` warning naming the missing directory. Each call loads it
    anew: the extractor holds one per language for its process's life."""
    path = syntax_model_path(lang, models_dir)
    if not (path / "meta.json").is_file():
        warnings.warn(
            f"no GeoWire syntax pipeline for {lang!r}: {path} is missing "
            "(`make models` trains it); using the blank pipeline",
            SyntaxModelMissing,
            stacklevel=2,
        )
        return None
    nlp = spacy.load(path, exclude=list(exclude))
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = NUMPY_PRODUCTS
    return nlp


def lean_lexemes(nlp: Language) -> None:
    """Make ``nlp`` compute, for each new word form, only the lexeme attributes its network
    reads (the tok2vec embedding's, e.g. NORM, PREFIX, SUFFIX, SHAPE) and IS_SPACE (the
    parser's transitions), not spaCy's two dozen others (like_url, is_stop ...), which were
    a twelfth of the parse time of the news benchmark's new words; the parses stay the same
    (1,826 BBC sentences compared). For parsing only: ``token.is_punct`` and the like read
    False afterwards."""
    embedded = nlp.config["components"]["tok2vec"]["model"]["embed"]["attrs"]
    kept = {IDS[name] for name in embedded} | {IS_SPACE}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in kept}


@cache
def _blas() -> ThreadpoolController:
    """numpy's BLAS library, found once (a search of the loaded libraries: about 1.5 ms)."""
    return ThreadpoolController()


def parse_sentences(nlp: Language, sentences: list[Sentence]) -> None:
    """Parse ``sentences`` as given (their words, no new tokenisation) in one batch and store
    heads, relations, UPOS and tags on each; a sentence the parser splits keeps both roots."""
    if not sentences:
        return
    docs = []
    for s in sentences:
        ends = [o + len(w) for o, w in zip(s.offsets, s.words, strict=True)]
        spaces = [end < nxt for end, nxt in zip(ends, s.offsets[1:], strict=False)] + [False]
        docs.append(Doc(nlp.vocab, words=s.words, spaces=spaces))
    # one BLAS thread: an extraction process has one core, and for products this small a
    # second OpenBLAS thread only spins (four times the CPU time for the same parse, measured)
    with _blas().limit(limits=1, user_api="blas"):
        for name, proc in nlp.pipeline:
            if name in PARSE_PIPES:
                docs = list(proc.pipe(docs))
    strings = nlp.vocab.strings
    for s, doc in zip(sentences, docs, strict=True):
        # the Doc's arrays, not its Token objects (a Python object per attribute and token)
        array = doc.to_array([HEAD, DEP, POS, TAG])
        offsets = array[:, 0].astype("int64").tolist()  # the head, relative to the token
        s.heads = [k + offset for k, offset in enumerate(offsets)]
        s.deps = [
            strings[d] if o else "root" for d, o in zip(array[:, 1].tolist(), offsets, strict=True)
        ]
        s.pos = [strings[p] for p in array[:, 2].tolist()]
        s.tags = [strings[t] for t in array[:, 3].tolist()]
