"""Propose German verb-lexicon rows from a German-English dictionary, for review by hand.

Run ``python -m extraction.verbs_candidates OUT.tsv [DING_FILE [NEWS_CSV]]``. Every aligned pair
of a Ding entry (``gegen jdn. Sanktionen verhängen :: to impose sanctions on sb.``) whose English
side the English verb lexicon codes becomes a candidate with that code: the German verb, its past
participle (from the entry's forms), the German object noun of an idiom and its preposition.
Nouns (``Festnahme {f} :: arrest``) become candidates when their English word is a coded verb
(or its ``-ion``/``-ment`` noun), and so do light-verb idioms inside noun entries whose English
object is such a noun (``Kritik üben :: to level criticism``). Candidates are ranked for review by
how often the German words occur in a news corpus (counts only, the text is not kept) within
event-bearing CAMEO roots first. Automatic translation picks the right type for few rows, so the
output is never loaded: the reviewed rows go to ``data/verbs.de.reviewed.tsv`` with their source.
Function words of the dictionary phrases come from ``data/lang/{de,en}.json``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .clauses import Clause
from .ding import DING, DING_VERSION, aligned, lines
from .kb import SHARED_DATA_DIR, load_kb, write_tsv
from .lexicon import Lexicon, lemma_of
from .spans import Sentence
from .verb_lexicon import VerbLexicon

__all__ = [
    "Candidate",
    "GermanPhrases",
    "NewsCounts",
    "candidates",
    "english_clause",
    "is_participle",
    "main",
    "news_counts",
    "ranked",
]

NEWS = SHARED_DATA_DIR / "10kgnad_german_news" / "test.csv"
LATE_ROOTS = ("01",)  # public statements: the weakest event evidence, reviewed after the rest
BRACKETS = re.compile(r"\s*(\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<>)")
WORD = re.compile(r"\w+")
SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Candidate:
    lemma: str
    pos: str
    participle: str
    object: str
    preps: str
    cameo: str
    english: str
    source: str


class GermanPhrases:
    """Reads German dictionary phrases with the function words of ``de.json``."""

    def __init__(self, conf: dict) -> None:
        self.slots = frozenset(conf["dictionary_placeholders"])
        self.articles = frozenset(conf["articles"])
        self.preps = frozenset(conf["prepositions"])
        self.contractions: dict[str, str] = conf["prep_contractions"]
        self.particles = tuple(sorted(conf["separable_particles"], key=len, reverse=True))

    def _slot(self, word: str) -> bool:
        return all(part in self.slots or part + "." in self.slots for part in word.split("/"))

    def _prep(self, word: str) -> bool:
        return all(part in self.preps for part in word.split("/"))

    def parse(self, phrase: str) -> tuple[str, str, str, bool, str] | None:
        """German verb phrase -> (infinitive, object noun, preposition + noun, reflexive, the
        particle written apart and joined to the verb). A preposition whose object is a
        placeholder ("auf etw. aufpassen") governs an argument and is not part of the verb;
        phrases with adverbs or several nouns are left to the reviewer (None)."""
        words = [w for w in BRACKETS.sub("", phrase).split() if w.lower() not in self.articles]
        reflexive = "sich" in words
        words = [w for w in words if w != "sich"]
        while words and self._prep(words[-1]):  # "Einspruch erheben gegen": a governed argument
            words.pop()
        if not words or not _infinitive(words[-1]):
            return None
        verb, rest = words[-1], words[:-1]
        joined = ""
        if rest and rest[-1] in self.particles:  # "fest nehmen" written apart
            joined = rest.pop()
        obj = prep = ""
        i = 0
        while i < len(rest):
            w = rest[i]
            nxt = rest[i + 1] if i + 1 < len(rest) else ""
            if self._slot(w):
                i += 1
            elif self._prep(w) and self._slot(nxt):
                i += 2
            elif self._prep(w) and nxt[:1].isupper() and not prep:
                preps = "|".join(self.contractions.get(p, p) for p in w.split("/"))
                prep = f"{preps} {_noun(nxt)}"
                i += 2
            elif w[:1].isupper() and not obj and "/" not in w:
                obj = _noun(w)
                i += 1
            else:
                return None
        return joined + verb, obj.lower(), prep.lower(), reflexive, joined

    def participle(self, form: str, verb: str, joined: str) -> str:
        """The past participle of ``verb`` in the entry's form column, or "" when the column
        does not line up with the verb (a Ding entry lists forms of its synonyms in order)."""
        words = [w for w in BRACKETS.sub("", form).split() if w != "sich"]
        if not words:
            return ""
        part = words[-1]
        if joined and not part.startswith(joined):
            part = joined + part
        return part if is_participle(part, verb, self.particles) else ""


def _noun(word: str) -> str:
    """Singular of a dictionary noun; the lemmatiser's old spelling ("Abschluß") is undone
    when the dictionary writes the new one, so the row matches today's text."""
    lemma = lemma_of(word, "de")
    return lemma.replace("ß", "ss") if "ß" not in word else lemma


def _infinitive(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith("n") and len(word) > 2


def is_participle(form: str, verb: str, particles: Iterable[str]) -> bool:
    """Does ``form`` look like the past participle of ``verb``: same separable particle, then
    "ge" (unless the verb has an inseparable prefix), then the verb's first letter, and a
    participle ending? Vowel changes of strong verbs pass ("getroffen"), a neighbour's form
    ("geworden" for "verrücktwerden") does not."""
    if not form.endswith(("t", "en")) or not form.isalpha():
        return False
    prefix = next((p for p in particles if verb.startswith(p) and form.startswith(p)), "")
    stem, rest = verb[len(prefix) :], form[len(prefix) :]
    if rest.startswith("ge") and not stem.startswith("ge"):
        rest = rest[2:]
    return rest[:1] == stem[:1] and len(rest) >= len(stem) - 3


class EnglishPhrases:
    """Reads English dictionary phrases as clauses with the function words of ``en.json``."""

    def __init__(self, en: VerbLexicon) -> None:
        conf = en.lex.conf
        self.en = en
        self.slots: dict[str, str] = conf["dictionary_placeholders"]
        self.preps = frozenset(conf["prepositions"])
        self.skip = frozenset(conf["dictionary_skip"])
        self.suffixes: dict[str, list[str]] = conf["nominalisation_suffixes"]

    def clause(self, phrase: str) -> tuple[Sentence, Clause] | None:
        """ "to impose sanctions on sb." as a clause: verb, object head, prepositional phrases."""
        words = [self.slots.get(w, w) for w in BRACKETS.sub("", phrase).split()]
        if len(words) < 2 or words[0] != "to":
            return None
        words = ["they", *words[1:]]
        lemmas = [lemma_of(w, "en") for w in words]
        obj: int | None = None
        preps: list[tuple[str, int]] = []
        i = 2
        while i < len(words):
            w = words[i].lower()
            if w in self.preps and i + 1 < len(words):
                j = i + 1
                while j + 1 < len(words) and words[j] in self.skip:
                    j += 1
                preps.append((w, j))
                i = j + 1
                continue
            if w not in self.skip and obj is None and not preps:
                k = i
                while k + 1 < len(words) and words[k + 1].lower() not in self.preps:
                    k += 1  # the last word before a preposition heads the phrase
                obj = k
                i = k
            i += 1
        clause = Clause(1, lemmas[1].lower(), "VERB", subject=0, object=obj, preps=tuple(preps))
        return Sentence(words, lemmas, [0] * len(words)), clause

    def code(self, phrase: str) -> str:
        """CAMEO code of a verb phrase; a light verb with a coded noun ("to level criticism",
        "to make an allegation") takes the noun's code."""
        parsed = self.clause(phrase)
        if parsed is None:
            return ""
        trig = self.en.code(*parsed)
        if trig:
            return trig.cameo
        sentence, clause = parsed
        if clause.object is None:
            return ""
        return self.noun_code(sentence.words[clause.object])

    def noun_code(self, word: str) -> str:
        """The code of the verb a noun names: "arrest", "criticism" -> criticize."""
        word = word.lower()
        if not word.isalpha():
            return ""
        forms = [word] + [
            word[: -len(suf)] + rep
            for suf, reps in self.suffixes.items()
            if word.endswith(suf)
            for rep in reps
        ]
        return next((c for f in forms if (c := self._verb_code(f"to {f}"))), "")

    def _verb_code(self, phrase: str) -> str:
        parsed = self.clause(phrase)
        trig = self.en.code(*parsed) if parsed else None
        return trig.cameo if trig else ""


def english_clause(phrase: str) -> tuple[Sentence, Clause] | None:
    """ "to impose sanctions on sb." as a clause (with the installed English lexicon)."""
    return EnglishPhrases(VerbLexicon(Lexicon("en", load_kb()))).clause(phrase)


def candidates(ding: Path, en: EnglishPhrases, de: GermanPhrases) -> Iterator[Candidate]:
    """Every pair of the dictionary, in file order; ``cameo`` empty when English codes nothing."""
    for n, de_slots, en_slots in lines(ding):
        pairs = aligned(de_slots, en_slots)
        source = f"{DING_VERSION}:{n}"
        head_de = de_slots[0]
        if "{v" in head_de:
            forms = de_slots[2].split("; ") if len(de_slots) > 2 else []
            yield from _verb_pair(head_de, en_slots[0], forms, en, de, source)
            pairs = pairs[1:]
        elif re.search(r"\{[mfn]\}", head_de):
            yield from _noun_pair(head_de, en_slots[0], en, source)
            pairs = pairs[1:]
        for de_phrase, eng in pairs:
            if eng.startswith("to ") and "{" not in de_phrase:
                yield from _verb_pair(de_phrase, eng, [], en, de, source)


def _verb_pair(
    de_phrase: str,
    eng: str,
    forms: list[str],
    en: EnglishPhrases,
    de: GermanPhrases,
    source: str,
) -> Iterator[Candidate]:
    en_syns = [e for e in eng.split("; ") if e.startswith("to ")]
    de_syns = de_phrase.split("; ")
    aligned = len(forms) == len(de_syns)
    for e in en_syns:
        code = en.code(e)
        for k, d in enumerate(de_syns):
            parsed = de.parse(d)
            if parsed is None:
                continue
            verb, obj, prep, reflexive, joined = parsed
            part = de.participle(forms[k], verb, joined) if aligned else ""
            yield Candidate(
                ("sich " if reflexive else "") + verb,
                "VERB",
                part,
                obj,
                prep,
                code,
                e,
                f"{source} «{d.strip()}» :: «{e.strip()}»",
            )


def _noun_pair(de_phrase: str, eng: str, en: EnglishPhrases, source: str) -> Iterator[Candidate]:
    for e in eng.split("; "):
        code = en.noun_code(BRACKETS.sub("", e).strip())
        for d in de_phrase.split("; "):
            noun = BRACKETS.sub("", d).strip()
            if noun[:1].isupper() and " " not in noun:
                yield Candidate(noun, "NOUN", "", "", "", code, e, f"{source} «{d}» :: «{e}»")


@dataclass
class NewsCounts:
    """How often words occur in a news corpus, and in which sentences (numbers only: the text
    of the corpus is not kept)."""

    words: Counter[str] = field(default_factory=Counter)
    sentences: dict[str, set[int]] = field(default_factory=dict)

    def frequency(self, row: dict[str, str]) -> int:
        """Sentences with the candidate's lemma or participle; for an idiom, sentences that
        also hold its noun ("Kritik" with "üben")."""
        verb = {row["lemma"].lower().removeprefix("sich "), row["participle"].lower()} - {""}
        found: set[int] = set().union(*(self.sentences.get(w, set()) for w in verb))
        for noun in filter(None, (row["object"], row["preps"].partition(" ")[2])):
            found &= self.sentences.get(noun, set())
        return len(found)


def news_counts(path: Path) -> NewsCounts:
    """Words and lemmas of a news corpus (10kGNAD's ``label;text`` CSV) by sentence number."""
    counts = NewsCounts()
    n = 0
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            for sentence in SENTENCE.split(row[-1]):
                n += 1
                for word in WORD.findall(sentence):
                    low = word.lower()
                    for form in {low, lemma_of(word, "de")}:
                        counts.words[form] += 1
                        counts.sentences.setdefault(form, set()).add(n)
    return counts


def ranked(pairs: Iterable[Candidate], counts: NewsCounts | None = None) -> list[dict[str, str]]:
    """Coded candidates, one per (German phrase, code), ranked for review: event-bearing roots
    first, then by ``news`` (corpus frequency, when ``counts`` is given) times ``share``, the
    expected number of news words the row codes right, then by agreement:
    ``votes`` is how many dictionary pairs give the code, ``share`` their part of all the
    phrase's translations (a German verb most of whose English translations say "attack" is
    likely an attack)."""
    total: Counter[tuple[str, ...]] = Counter()
    votes: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], Candidate] = {}
    for c in pairs:
        phrase = (c.lemma, c.pos, c.object, c.preps)
        total[phrase] += 1
        if c.cameo:
            votes[(*phrase, c.cameo)] += 1
            first.setdefault((*phrase, c.cameo), c)
    rows = []
    for key, n in votes.items():
        c = first[key]
        row = {
            "lemma": c.lemma,
            "pos": c.pos,
            "participle": c.participle,
            "object": c.object,
            "preps": c.preps,
            "cameo": c.cameo,
            "english": c.english,
            "votes": str(n),
            "share": f"{n / total[key[:4]]:.2f}",
            "news": "",
            "source": c.source,
        }
        if counts is not None:
            row["news"] = str(counts.frequency(row))
        rows.append(row)
    rows.sort(
        key=lambda r: (
            r["cameo"][:2] in LATE_ROOTS,
            -int(r["news"] or 0) * float(r["share"]),
            -float(r["share"]) * int(r["votes"]),
            r["lemma"],
        )
    )
    return rows


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit("usage: python -m extraction.verbs_candidates OUT.tsv [DING [NEWS_CSV]]")
    ding = Path(args[1]) if len(args) > 1 else DING
    news = Path(args[2]) if len(args) > 2 else NEWS
    kb = load_kb()
    en = EnglishPhrases(VerbLexicon(Lexicon("en", kb)))
    de = GermanPhrases(kb.lang["de"])
    counts = news_counts(news) if news.exists() else None
    write_tsv(Path(args[0]), ranked(candidates(ding, en, de), counts))


if __name__ == "__main__":
    main()
