"""Code a parsed clause with the verb lexicon: the predicate's sense, checked against its arguments.

English comes from the CAMEO.2.0 verb patterns (``verbs.en.generated.tsv``, see
:mod:`extraction.verbs_build`) plus curated sense rows (``verbs.en.curated.tsv``); German from
reviewed dictionary counterparts (``verbs.de.reviewed.tsv``). A verb alone gives its default code
(possibly none); a pattern whose subject, object, particle and prepositional phrases all match
the clause overrides it, the most specific pattern winning ("meet" + a person is a meeting,
"meet" + expectations is nothing). In a passive clause the agent is the logical subject and the
grammatical subject the logical object, as the patterns are written for the active voice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .clauses import Clause
from .errors import KnowledgeBaseError
from .kb import DATA_DIR, REFLEXIVE, Trigger, read_tsv
from .lexicon import CACHE_SIZE, Lexicon, lemma_of
from .reviewed import ACTOR
from .spans import Sentence

__all__ = [
    "COMMENT",
    "CONTENT",
    "PERSON",
    "QUESTION",
    "Pattern",
    "VerbLexicon",
    "code_clause",
    "verb_lexicon",
]

PERSON = "@person"  # a pattern's placeholder for people: not a place, country or organisation
# a pattern's object placeholder for a finite content clause ("denied that ...", "insisted
# that ..."): what is said, not an act asked for or refused
CONTENT = "@content"
CONTENT_DEPS = frozenset({"ccomp"})
# a pattern's object placeholder for a content clause about someone else: its subject is neither
# the speaker nor the addressee ("warned that the deficit would grow"), no act of theirs
COMMENT = "@comment"
# a pattern's object placeholder for a question: a clause opened by a question word ("asked
# whether ...", "asked why ...") or a question in the sentence ("asked: 'Why ...?'")
QUESTION = "@question"
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})

# statistical NER labels that do not name an actor
NOT_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"}
)
MODIFIER_WINDOW = 4  # a noun phrase's modifiers stand at most this many tokens before its head
PARTICLE_WINDOW = 4  # particles (and German "sich") stand this close to the predicate
COMPOUND_HEAD = 4  # German: a listed noun of at least this length may end a compound
# German: a listed predicate noun this long stands for the compounds it ends ("Drohnenangriff");
# shorter ones would code "Wahlkampf" as Kampf and "Selbstmord" as Mord
PREDICATE_COMPOUND_HEAD = 6


def _files(lang: str) -> tuple[str, ...]:
    """Flat (lemma-specific) files first: they win ties against generated block patterns."""
    return {"en": ("verbs.en.curated.tsv", "verbs.en.generated.tsv")}.get(
        lang, (f"verbs.{lang}.reviewed.tsv",)
    )


NounSpec = tuple[tuple[str, ...], ...]  # words of a phrase, head last; each word's alternatives


@dataclass(frozen=True)
class Pattern:
    """What a clause must contain for ``cameo`` (empty: no event) to apply."""

    cameo: str
    subject: NounSpec = ()
    object: NounSpec = ()
    particle: str = ""
    preps: tuple[tuple[frozenset[str], NounSpec], ...] = ()
    negated: str | None = None
    source: str = ""

    @property
    def specificity(self) -> int:
        return (
            len(self.subject)
            + len(self.object)
            + bool(self.particle)
            + sum(1 + len(np) for _, np in self.preps)
        )


@dataclass
class _Sense:
    """One verb (with its particle) and where its patterns come from."""

    particle: str
    default: Pattern
    blocks: list[str] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    curated_default: bool = False  # the default comes from a lemma row, not a CAMEO.2.0 block


def _spec(text: str, synsets: dict[str, tuple[str, ...]]) -> NounSpec:
    words = []
    for word in text.split():
        alts: list[str] = []
        for alt in word.split("|"):
            alts.extend(synsets.get(alt, (alt,)) if alt.startswith("&") else (alt,))
        words.append(tuple(a.lower() for a in alts))
    return tuple(words)


def _preps(text: str, synsets: dict[str, tuple[str, ...]]) -> tuple:
    out = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        prep, _, rest = part.partition(" ")
        out.append((frozenset(prep.split("|")), _spec(rest, synsets)))
    return tuple(out)


def _pattern(row: dict[str, str], synsets: dict[str, tuple[str, ...]]) -> Pattern:
    return Pattern(
        cameo=row["cameo"],
        subject=_spec(row["subject"], synsets),
        object=_spec(row["object"], synsets),
        particle=row.get("particle", ""),
        preps=_preps(row["preps"], synsets),
        negated=row.get("negated") or None,
        source=row["source"],
    )


class VerbLexicon:
    """The verb senses of one language, with the language's cue words from ``lex``."""

    def __init__(self, lex: Lexicon, data_dir: Path = DATA_DIR) -> None:
        self.lex = lex
        self.lang = lex.lang
        self.senses: dict[tuple[str, str], list[_Sense]] = defaultdict(list)  # (lemma, pos)
        self.blocks: dict[str, list[Pattern]] = defaultdict(list)
        self.participles: dict[str, str] = {}
        self.contractions: dict[str, str] = lex.conf.get("prep_contractions", {})
        self.particles = frozenset(lex.conf.get("verb_particles", ()))
        self.separable = frozenset(lex.conf.get("separable_particles", ()))
        # synonym sets are shared: a curated row may name the generated file's "&investigation"
        tables = [list(read_tsv(data_dir / fname)) for fname in _files(self.lang)]
        synsets = {
            r["block"].lower(): tuple(r["object"].split("|"))
            for rows in tables
            for r in rows
            if r.get("kind") == "synset"
        }
        for rows in tables:
            self._load(rows, synsets)
        # verbs with a coded lemma row with arguments
        self.argued = frozenset(
            lemma
            for (lemma, pos), senses in self.senses.items()
            if pos == "VERB" and any(p.cameo for x in senses for p in x.patterns)
        )
        self.argues = lru_cache(maxsize=CACHE_SIZE)(self._argues)
        self.noun_heads = sorted(
            (
                lemma
                for lemma, pos in self.senses
                if pos == "NOUN" and len(lemma) >= PREDICATE_COMPOUND_HEAD
            ),
            key=len,
            reverse=True,
        )

    def _load(self, rows: Iterable[dict[str, str]], synsets: dict[str, tuple[str, ...]]) -> None:
        for row in rows:
            kind = row.get("kind", "lemma")
            if kind == "synset" or row.get("review", "keep").startswith("drop"):
                continue
            if kind == "pattern":
                self.blocks[row["block"]].append(_pattern(row, synsets))
            elif kind == "verb":
                self._sense(
                    row["verb"], "VERB", row["particle"], block=row["block"]
                ).default = Pattern(row["cameo"], negated=None, source=row["source"])
            elif kind == "lemma":
                self._flat_row(row, synsets)
            else:
                raise KnowledgeBaseError(f"verb lexicon: unknown row kind {kind!r}")

    def _flat_row(self, row: dict[str, str], synsets: dict[str, tuple[str, ...]]) -> None:
        """A lemma-specific row (curated or reviewed): its own pattern, or its default."""
        lemma = row["lemma"].lower()
        pat = _pattern(row, synsets)
        if lemma.startswith(REFLEXIVE + " "):  # "sich treffen": the reflexive acts as a particle
            lemma = lemma.removeprefix(REFLEXIVE + " ")
            pat = replace(pat, particle=REFLEXIVE)
        sense = self._sense(lemma, row["pos"], pat.particle)
        if pat.specificity - bool(pat.particle):
            sense.patterns.append(pat)
        else:
            sense.default, sense.curated_default = pat, True
        if row.get("participle"):
            for form in row["participle"].lower().split("|"):
                self.participles.setdefault(form, lemma)

    def _sense(self, lemma: str, pos: str, particle: str, block: str = "") -> _Sense:
        for sense in self.senses[(lemma, pos)]:
            if sense.particle == particle:
                break
        else:
            sense = _Sense(particle, Pattern("", source="no default"))
            self.senses[(lemma, pos)].append(sense)
        if block and block not in sense.blocks:
            sense.blocks.append(block)
        return sense

    # -- matching ---------------------------------------------------------------------------

    def code(self, s: Sentence, clause: Clause) -> Trigger | None:
        """The trigger of the clause's predicate in this sense, or None (not an event)."""
        pos = "NOUN" if clause.pos == "NOUN" else "VERB"
        lemma, senses = self._lookup(s, clause, pos)
        if not senses:
            return None
        present = self._particles(s, clause)
        usable = [x for x in senses if not x.particle or x.particle in present]
        best: Pattern | None = None
        for sense in sorted(usable, key=lambda x: not x.particle):  # phrasal verbs first
            for pat in self._patterns(sense):
                if (best is None or pat.specificity > best.specificity) and self._matches(
                    s, clause, pat, present
                ):
                    best = pat
            if best is None and (sense.default.cameo or sense.particle):
                best = sense.default
        if best is None or not best.cameo:
            return None
        return Trigger(lemma, pos, best.cameo, None, (), best.negated)

    def sense(self, s: Sentence, clause: Clause) -> Pattern | None:
        """The most specific lemma row (curated or reviewed, not a generated block pattern)
        whose arguments the clause has, else the lemma row without arguments (the verb's
        own default: "cut" alone is no event), or None: how a trigger table's verb is read in
        its sense ("ordered under house arrest" is an arrest, "protest to" a government an
        official complaint). CAMEO.2.0's block patterns are shared by all verbs of a block
        and would recode verbs they were not written for ("call for" is no "telephone for")."""
        pos = "NOUN" if clause.pos == "NOUN" else "VERB"
        _, senses = self._lookup(s, clause, pos)
        return self._best_pattern(s, clause, senses) or self._own_default(senses)

    def may_argue(self, words: Iterable[str]) -> bool:
        """Whether one of ``words`` is a verb with a coded lemma row with arguments (see
        :meth:`argued_sense`): the cheap first pass must parse such a sentence although the
        trigger table finds nothing in it."""
        return any(map(self.argues, words))  # no generator frame per word

    def _argues(self, word: str) -> bool:
        """Whether ``word`` may be a verb with a coded lemma row with arguments (cached:
        :meth:`may_argue` tests every word of most sentences)."""
        return any(self.participles.get(key, key) in self.argued for key in self._keys(word))

    def _keys(self, word: str) -> tuple[str, ...]:
        """The lemma keys ``word`` may be listed under, as the trigger table reads it."""
        return (word.lower(), *self.lex.trigger_candidates(word, lemma_of(word, self.lang)))

    def argued_triggers(self, words: Sequence[str]) -> list[tuple[int, Trigger]]:
        """By word position, every trigger a lemma row with arguments of the word may code
        (each pattern's code), also as a separable verb with a particle the sentence has ("lud
        ... ein": einladen): what the parse of a sentence the trigger table finds nothing in
        can code at most, for the extractor's gate before the parse."""
        particles = self.separable.intersection(w.lower() for w in words)
        found = []
        for i, word in enumerate(words):
            keys = self._keys(word)
            keys += tuple(particle + key for particle in particles for key in keys)
            for lemma in {self.participles.get(key, key) for key in keys} & self.argued:
                found.extend(
                    (i, Trigger(lemma, "VERB", pat.cameo, None, (), pat.negated))
                    for sense in self.senses[(lemma, "VERB")]
                    for pat in sense.patterns
                    if pat.cameo
                )
        return found

    def argued_sense(self, s: Sentence, clause: Clause) -> Trigger | None:
        """The most specific lemma row with arguments (curated or reviewed) that the clause
        has and that codes an event, else None: a verb the trigger table leaves out because
        alone it is no event is one with these arguments ("recalled its ambassador", "sent
        troops"). Block patterns stay out: they are shared by all verbs of a block."""
        lemma, senses = self._lookup(s, clause, "VERB")
        best = self._best_pattern(s, clause, senses)
        if best is None or not best.cameo:
            return None
        return Trigger(lemma, "VERB", best.cameo, None, (), best.negated)

    def _best_pattern(self, s: Sentence, clause: Clause, senses: list[_Sense]) -> Pattern | None:
        """The most specific pattern of ``senses`` whose particle and arguments the clause
        has."""
        present = self._particles(s, clause)
        best: Pattern | None = None
        for sense in senses:
            if sense.particle and sense.particle not in present:
                continue
            for pat in sense.patterns:
                if (best is None or pat.specificity > best.specificity) and self._matches(
                    s, clause, pat, present
                ):
                    best = pat
        return best

    def has_phrasal(self, s: Sentence, clause: Clause, verbs: Iterable[str]) -> bool:
        """Whether the clause's verb, with a particle it has where one is named ("call
        off"), is one of ``verbs``."""
        lemma = clause.lemma.lower()
        present = self._particles(s, clause)
        for verb in verbs:
            head, _, particle = verb.partition(" ")
            if head == lemma and (not particle or particle in present):
                return True
        return False

    def verb_default(self, s: Sentence, clause: Clause) -> Trigger | None:
        """The clause's verb as its own row codes it, without the block's object patterns
        (shared by every verb of a block: DELAY's "prevent attack" 053 is no "delay"); a
        phrasal sense whose particle is present first. None where the row has no code."""
        lemma, senses = self._lookup(s, clause, "VERB")
        present = self._particles(s, clause)
        for sense in sorted(senses, key=lambda x: not x.particle):
            if sense.particle and sense.particle not in present:
                continue
            code = sense.default.cameo
            return Trigger(lemma, "VERB", code, None, (), None) if code else None
        return None

    def own_default(self, lemma: str) -> Pattern | None:
        """The lemma row without arguments of a verb, if any: what the verb is on its own."""
        return self._own_default(self.senses.get((lemma, "VERB"), []))

    @staticmethod
    def _own_default(senses: list[_Sense]) -> Pattern | None:
        return next((x.default for x in senses if x.curated_default and not x.particle), None)

    def _lookup(self, s: Sentence, clause: Clause, pos: str) -> tuple[str, list[_Sense]]:
        """The listed lemma of the predicate and its senses. The clause's lemma comes first (it
        joins a separable particle); when a statistical lemmatiser got it wrong ("drohn",
        "bombardiern"), the word's forms as the trigger table reads them (dictionary lemma,
        participle, "zu"-infinitive) are tried; a German noun may end in a listed noun."""
        first = clause.lemma.lower()
        word = s.words[clause.predicate] if clause.predicate < len(s.words) else first
        keys = [first, *self.lex.trigger_candidates(word, lemma_of(word, self.lang))]
        particle = self._separated(s, clause)
        if particle and not first.startswith(particle):
            keys = [particle + key for key in keys] + keys
        for key in keys:
            key = key if (key, pos) in self.senses else self.participles.get(key, key)
            if (key, pos) in self.senses:
                return key, self.senses[(key, pos)]
        if pos == "NOUN" and self.lang == "de":
            head = self._compound_head(first)
            return head, self.senses.get((head, pos), [])
        return first, []

    def _separated(self, s: Sentence, clause: Clause) -> str:
        """German: the separable particle that closes the sentence after its verb ("lehnte den
        Vorschlag ab"), when the parse did not join it to the clause's lemma."""
        for i in range(len(s.words) - 1, clause.predicate, -1):
            low = s.words[i].lower()
            if low.isalpha():
                return low if clause.pos != "NOUN" and low in self.separable else ""
        return ""

    def _compound_head(self, lemma: str) -> str:
        """The listed noun a German compound ends with, longest first; a compound listed on
        its own ("Herausforderung", no event) is found before this is asked."""
        return next((n for n in self.noun_heads if lemma.endswith(n) and lemma != n), lemma)

    def _patterns(self, sense: _Sense) -> Iterable[Pattern]:
        yield from sense.patterns
        for block in sense.blocks:
            yield from self.blocks.get(block, ())

    def _particles(self, s: Sentence, clause: Clause) -> set[str]:
        """Particles and prepositions of the clause: its prepositional phrases, and particle
        words right after the predicate (the clause has no particle of its own)."""
        found = {self._prep(p) for p, _ in clause.preps}
        end = min(len(s.words), clause.predicate + PARTICLE_WINDOW)
        for i in range(clause.predicate + 1, end):
            low = s.words[i].lower()
            if low in self.particles:
                found.add(low)
        start = max(0, clause.predicate - PARTICLE_WINDOW)
        if any(s.words[i].lower() == REFLEXIVE for i in range(start, end)):
            found.add(REFLEXIVE)
        return found

    def _prep(self, prep: str) -> str:
        return self.contractions.get(prep.lower(), prep.lower())

    def _matches(self, s: Sentence, clause: Clause, pat: Pattern, present: set[str]) -> bool:
        subject, obj = clause.subject, clause.object
        if clause.passive:
            subject, obj = clause.agent, clause.subject
        if pat.particle and pat.particle not in present:
            return False
        if pat.subject and not self._np(s, subject, pat.subject):
            return False
        if pat.object == ((CONTENT,),):
            if not _has_content(s, clause.predicate, self.lex.words["complementizers"]):
                return False
        elif pat.object == ((COMMENT,),):
            if not self._comment(s, clause):
                return False
        elif pat.object == ((QUESTION,),):
            if not _asks(s, clause.predicate, self.lex.words.get("question_words", ())):
                return False
        elif pat.object and not self._np(s, obj, pat.object):
            return False
        for preps, np in pat.preps:
            if not any(
                self._prep(p) in preps and (not np or self._np(s, i, np)) for p, i in clause.preps
            ):
                return False
        return True

    def _comment(self, s: Sentence, clause: Clause) -> bool:
        """Whether the predicate's content clauses all tell what a third party or a state of
        affairs does: their subject is no pronoun that may stand for the speaker or the
        addressee (``party_pronouns``: "warned that it would retaliate") and not the head word
        of the clause's subject or object ("Russia warned that Russia …")."""
        contents = _content_clauses(s, clause.predicate, self.lex.words["complementizers"])
        parties = {
            s.lemmas[k].lower()
            for k in (clause.subject, clause.object, clause.indirect, clause.agent)
            if k is not None
        }
        pronouns = self.lex.words.get("party_pronouns", set())
        for c in contents:
            for k in (x for x, head in enumerate(s.heads) if head == c and x != c):
                if s.deps[k] in SUBJECT_DEPS and (
                    s.words[k].lower() in pronouns or s.lemmas[k].lower() in parties
                ):
                    return False
        return bool(contents)

    def _np(self, s: Sentence, head: int | None, spec: NounSpec) -> bool:
        if head is None:
            return False
        if not self._word(s, head, spec[-1]):
            return False
        start = max(0, head - MODIFIER_WINDOW)
        return all(any(self._word(s, i, alts) for i in range(start, head)) for alts in spec[:-1])

    def _word(self, s: Sentence, i: int, alts: tuple[str, ...]) -> bool:
        low, lemma = s.words[i].lower(), s.lemmas[i].lower()
        for alt in alts:
            if alt == ACTOR:
                if self.is_actor(s, i):
                    return True
                continue
            if alt == PERSON:
                if self.is_person(s, i):
                    return True
                continue
            *mods, last = alt.split(" ")
            if (
                last in (low, lemma)
                or (self.lang == "de" and len(last) >= COMPOUND_HEAD and lemma.endswith(last))
            ) and all(
                i - len(mods) + k >= 0 and s.words[i - len(mods) + k].lower() == m
                for k, m in enumerate(mods)
            ):
                return True
        return False

    def is_actor(self, s: Sentence, i: int) -> bool:
        """Does the token name or stand for an actor: an entity, a known name, agent noun,
        demonym or personal pronoun?"""
        if s.ents and s.ents[i] and s.ents[i] not in NOT_ACTOR_LABELS:
            return True
        word, low, lemma = s.words[i], s.words[i].lower(), s.lemmas[i].lower()
        kb, words = self.lex.kb, self.lex.words
        return bool(
            low in kb.actors
            or low in kb.places
            or low in self.lex.demonyms
            or low in words.get("pronouns_person", ())
            or low in words.get("pronouns_plural", ())
            or self.lex.agent(lemma, word)
        )

    def is_person(self, s: Sentence, i: int) -> bool:
        """Does the token stand for people: an agent noun, a personal pronoun, a listed person,
        or a capitalised name that is no known place, nationality or organisation ("was
        captured" is an arrest of a person, a conquest of a town)?"""
        word, low = s.words[i], s.words[i].lower()
        kb, words = self.lex.kb, self.lex.words
        if low in kb.places or low in self.lex.demonyms:
            return False
        entries = kb.actors.get(low, ())
        if entries:
            return any(e.kind == "PER" for e in entries)
        return bool(
            low in words.get("pronouns_person", ())
            or low in words.get("pronouns_plural", ())
            or self.lex.agent(s.lemmas[i].lower(), word)
            or (word[:1].isupper() and word[1:].islower())
        )


def _asks(s: Sentence, predicate: int, question_words: Collection[str]) -> bool:
    """Whether the predicate puts a question: the sentence is one, or a clause hung on the
    predicate opens with a question word (its mark, or its wh-word before its head)."""
    if "?" in s.words:
        return True
    clauses = {
        k
        for k, (head, dep) in enumerate(zip(s.heads, s.deps, strict=False))
        if head == predicate and k != predicate and dep in QUESTION_CLAUSE_DEPS
    }
    return any(
        s.heads[m] in clauses and m < s.heads[m] and s.lowers[m] in question_words
        for m in range(len(s.words))
    )


def _has_content(s: Sentence, predicate: int, complementizers: Collection[str]) -> bool:
    """Whether the parse hangs a finite content clause on the predicate ("denied that ...")."""
    return bool(_content_clauses(s, predicate, complementizers))


def _content_clauses(s: Sentence, predicate: int, complementizers: Collection[str]) -> list[int]:
    """The heads of the finite content clauses the parse hangs on the predicate, and of the
    adverbial clauses a complementizer opens ("warned that … would knock", parsed advcl)."""
    return [
        k
        for k, (head, dep) in enumerate(zip(s.heads, s.deps, strict=False))
        if head == predicate
        and k != predicate
        and (
            dep in CONTENT_DEPS
            or (
                dep == "advcl"
                and any(
                    s.heads[m] == k and s.deps[m] == "mark" and s.lowers[m] in complementizers
                    for m in range(len(s.words))
                )
            )
        )
    ]


_LOADED: dict[tuple[str, int], VerbLexicon] = {}


def verb_lexicon(lex: Lexicon) -> VerbLexicon:
    """The verb lexicon of ``lex``'s language and knowledge base, loaded once per process."""
    key = (lex.lang, id(lex.kb))
    if key not in _LOADED:
        _LOADED[key] = VerbLexicon(lex)
    return _LOADED[key]


def code_clause(lex: Lexicon, s: Sentence, clause: Clause) -> Trigger | None:
    """The trigger a clause codes (CAMEO code and the negated code), or None."""
    return verb_lexicon(lex).code(s, clause)
