"""spaCy pipelines per language: a blank tokenizer with a sentencizer, or an installed model.

Only tokenisation, sentences and (when a model is installed) its NER, lemmas and POS come from
spaCy; everything GeoWire knows is applied afterwards from the knowledge base, so that the
gazetteer runs AFTER the statistical NER (see ../shared/notes/nlp-offline.md).
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["KEPT_LEX_ATTRS", "continues_sentence", "load_pipeline", "split_on_lowercase_start"]

KEPT_LEX_ATTRS = frozenset({IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE})


def continues_sentence(word: str, prev: str) -> bool:
    """Whether ``word``, after a sentence-final mark, still belongs to the sentence: news
    sentences start with a capital, so a lower-case word follows an ordinal or abbreviation
    ("König Felipe VI. mit", "dem 80. Jahrestag"), and so does a number after an ordinal."""
    return word[:1].islower() or (word.isdigit() and prev.endswith(".") and prev[:-1].isdigit())


@Language.component("geowire_sentence_fixes")
def split_on_lowercase_start(doc: Doc) -> Doc:
    """Undo the sentencizer's starts that :func:`continues_sentence` rejects."""
    for sent in list(doc.sents)[1:]:
        if continues_sentence(sent[0].text, doc[sent.start - 1].text):
            sent[0].is_sent_start = False
    return doc


def load_pipeline(lang: str, model: str | None = None) -> Language:
    """The installed model ``model`` when given and importable, else ``spacy.blank(lang)``.

    Never downloads: a named model that is not installed falls back to the blank pipeline.
    """
    if model and importlib.util.find_spec(model) is not None:
        nlp = spacy.load(model)
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            nlp.add_pipe("sentencizer", first=True)
        return nlp
    nlp = spacy.blank(lang)
    # Only the tokenizer's output and these flags are read from a blank pipeline: skip the
    # other lexeme attributes (shape, norm, like_url ...), whose Python getters ran for every
    # new word form and whose strings grew the StringStore.
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in KEPT_LEX_ATTRS}
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("geowire_sentence_fixes")
    return nlp
