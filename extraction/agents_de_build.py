"""German agent nouns, from the Ding German-English dictionary and the Phoenix agent table.

Run ``python -m extraction.agents_de_build [DING] [WORDNET_DIR]`` after ``extraction.kb_build``.
The Phoenix agents dictionary (``agents.generated.tsv``) names actors by English common nouns
only ("prosecutor", "governor", "junta"), so German news lost "Staatsanwalt", "Gouverneur" or
"Junta" as actors. A German one-word noun becomes an agent noun of a sector when Ding translates
it, in every sense that names Phoenix nouns, by nouns of that one sector: "Staatsanwalt {m} ::
Public Prosecutor" (JUD). Left out and counted: nouns with senses of several sectors, nouns with
a sense that names a thing (an English synonym whose first WordNet sense is no person or group:
"Sender" is also a radio transmitter), sectors other than those of state, armed and opposition
actors (:data:`EVENT_SECTORS`), places, demonyms and actor names of the KB, the curated table's
lemmas (the curated row wins) and compounds ending in one, which the lexicon reads by that
head ("Finanzminister" as "Minister", a title), feminine forms the lexicon reads as a masculine
of either table ("Gouverneurin"; "Staatsanwältin", whose umlaut it cannot undo, stays), and the
nouns of the review file, read by hand, each with its reason. Every row cites its Ding line and
the Phoenix file; the output is a derivative of the GPL-2.0-or-later dictionary.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .aims_build import WORDNET, wordnet_classes
from .ding import DING, DING_LICENCE, DING_VERSION, aligned, lines
from .kb import DATA_DIR, read_tsv, write_tsv
from .lexicon import COMPOUND_HEAD, masculine

__all__ = [
    "EVENT_SECTORS",
    "OUT",
    "AgentSenses",
    "english_keys",
    "german_nouns",
    "main",
    "rows",
    "select",
]

OUT = "agents.de.generated.tsv"
REVIEW = "agents.de.review.tsv"  # nouns read by hand and left out, each with its reason
PHOENIX_SOURCE = "petrarch2/Phoenix.agents.txt (MIT, Open Event Data Alliance)"
# the sectors of state, armed and opposition actors (CAMEO agent codes): measured on unseen
# news (10kGNAD, paired), the nouns of people at large (CVL, REF, LAB), parties' politicians
# (PTY), media (MED) and believers (CHR, MUS, JEW ...) gave more wrong events than right ones,
# as did business, health, education ... nouns, mostly everyday words of news
EVENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "SPY", "OPP"})
# glosses, labels, abbreviations and keywords: (…) […] /…/ <…>
MARKS = re.compile(r"\([^)]*\)|\[[^\]]*\]|/[^/]*/|<[^>]*>")
# a one-word German noun with its gender mark, after an optional article: "das Kabinett {n}"
NOUN = re.compile(r"^(?:(?:der|die|das) )?([A-ZÄÖÜ][\w-]*[a-zäöüß]) \{([mfn])\}")
ENGLISH_ARTICLES = ("the ", "a ", "an ")
# WordNet's noun lexicographer files of actors: noun.group ("junta"), noun.person ("mayor")
ACTOR_FILES = frozenset({"14", "18"})


def german_nouns(sub_entry: str) -> list[tuple[str, str]]:
    """The one-word nouns of a German sub-entry with their gender ("Staatsanwalt {m};
    Staatsanwältin {f} [jur.]" -> [("Staatsanwalt", "m"), ("Staatsanwältin", "f")])."""
    found = []
    for synonym in sub_entry.split("; "):
        match = NOUN.match(synonym.strip())
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def english_keys(sub_entry: str) -> list[str]:
    """Each English synonym as the Phoenix table spells it: lower case, without glosses,
    labels, abbreviations and a leading article ("the public prosecutors" -> "public
    prosecutors"; the plural is tried as a singular by :meth:`AgentSenses.sectors`)."""
    keys = []
    for synonym in sub_entry.split("; "):
        text = " ".join(MARKS.sub(" ", synonym).replace("\u2019", "'").lower().split())
        for article in ENGLISH_ARTICLES:
            text = text.removeprefix(article)
        if text:
            keys.append(text)
    return keys


def _singulars(key: str) -> Iterator[str]:
    """The key and its regular singular ("prosecutors" -> "prosecutor", "authorities" ->
    "authority"): Phoenix lists singulars only."""
    yield key
    if key.endswith("ies"):
        yield key[:-3] + "y"
    elif key.endswith("s") and not key.endswith("ss"):
        yield key[:-1]


@dataclass
class AgentSenses:
    """The Phoenix agent nouns (English lemma -> sectors), WordNet's classes of English nouns
    and, per German noun, each Ding sense it has: the sectors its English side names, whether
    it names a thing, and its source."""

    phoenix: dict[str, set[str]]
    wordnet: dict[str, tuple[str, ...]]
    senses: dict[str, list[tuple[frozenset[str], bool, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    @classmethod
    def read(
        cls, agents: Iterable[dict[str, str]], wordnet: dict[str, tuple[str, ...]]
    ) -> AgentSenses:
        phoenix: dict[str, set[str]] = defaultdict(set)
        for row in agents:
            if row["lang"] == "en":
                phoenix[row["lemma"]].add(row["sector"])
        return cls(phoenix, wordnet)

    def _classes(self, key: str) -> tuple[str, ...]:
        """WordNet's classes of an English noun, of its head word when WordNet lacks the
        phrase ("people smuggler" -> "smuggler"); none if WordNet lacks both."""
        for phrase in (key, key.rsplit(" ", 1)[-1]):
            for k in _singulars(phrase):
                if k.replace(" ", "_") in self.wordnet:
                    return self.wordnet[k.replace(" ", "_")]
        return ()

    def thing(self, key: str) -> bool:
        """Whether WordNet's first sense of an English noun is no person or group: the German
        word is (also) a thing or an abstraction ("radio transmitter", "tug")."""
        classes = self._classes(key)
        return bool(classes) and classes[0] not in ACTOR_FILES

    def sectors(self, english: str) -> tuple[set[str], bool, str]:
        """The sectors of the Phoenix nouns an English sub-entry names (only those WordNet
        does not know first as a thing), whether a synonym of it is a thing, and the first
        Phoenix noun."""
        found: set[str] = set()
        thing = False
        first = ""
        for key in english_keys(english):
            if self.thing(key):
                thing = True
                continue
            hit = next((k for k in _singulars(key) if k in self.phoenix), None)
            if hit:
                found |= self.phoenix[hit]
                first = first or hit
        return found, thing, first

    def add(self, noun: str, sectors: set[str], thing: bool, source: str) -> None:
        self.senses[noun].append((frozenset(sectors), thing, source))

    def sector(self, noun: str) -> tuple[str | None, str]:
        """The one sector all senses of the noun name, or None and why not: a sense of things
        only ("Sender" :: radio transmitter) makes the word mostly no actor."""
        named = [s for s, _, _ in self.senses[noun] if s]
        if not named:
            return None, ""
        sectors = frozenset().union(*named)
        if len(sectors) > 1:
            return None, "senses of several sectors"
        if any(not s and thing for s, thing, _ in self.senses[noun]):
            return None, "a sense that names a thing"
        return next(iter(sectors)), ""

    def source(self, noun: str) -> str:
        return next(src for s, _, src in self.senses[noun] if s)


def senses(ding: Path, agents: AgentSenses) -> AgentSenses:
    """Every Ding sense of every German one-word noun, with the sectors its English names."""
    for n, de_slots, en_slots in lines(ding):
        for de, en in aligned(de_slots, en_slots):
            nouns = german_nouns(MARKS.sub(" ", de).replace("  ", " "))
            if not nouns:
                continue
            sectors, thing, phoenix = agents.sectors(en)
            for noun, _ in nouns:
                source = f"{DING_VERSION}:{n} «{noun}» = «{phoenix}»"
                agents.add(noun.lower(), sectors, thing, source)
    return agents


def select(
    agents: AgentSenses, why_not: Callable[[str, str], str]
) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    """The rows of the nouns of one event sector that ``why_not(noun, sector)`` keeps (it
    says why not, "" to keep), and the nouns left out by reason."""
    dropped: dict[str, list[str]] = defaultdict(list)
    out = []
    for noun in sorted(agents.senses):
        sector, why = agents.sector(noun)
        if sector is not None:
            why = f"sector {sector}" if sector not in EVENT_SECTORS else why_not(noun, sector)
        if why:
            dropped[why].append(noun)
        if why or sector is None:
            continue
        source = f"{agents.source(noun)} ({DING_LICENCE}); agent: {PHOENIX_SOURCE}"
        out.append({"lang": "de", "lemma": noun, "sector": sector, "person": "0", "source": source})
    return out, dropped


def rows(
    ding: Path = DING, data_dir: Path = DATA_DIR, wordnet: Path = WORDNET
) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    """The German agent rows, and the nouns left out by reason: the curated table's lemmas
    (the curated row wins) and compounds ending in one (the lexicon reads them by that head,
    title flag included), a feminine the lexicon reads as a masculine of either table,
    places, demonyms and actor names of the KB ("Bundestag" is Phoenix's Bundesrat,
    "Sicherheitsrat" the UN's), and the review file's nouns."""
    from .kb import load_kb

    kb = load_kb(data_dir)
    curated = {
        r["lemma"]: r["sector"]
        for r in read_tsv(data_dir / "agents.curated.tsv")
        if r["lang"] == "de"
    }
    review = {r["lemma"]: r["reason"] for r in read_tsv(data_dir / REVIEW)}
    phoenix = read_tsv(data_dir / "agents.generated.tsv")
    agents = senses(ding, AgentSenses.read(phoenix, wordnet_classes(wordnet)))
    lemmas = set(curated) | {n for n in agents.senses if agents.sector(n)[0] in EVENT_SECTORS}
    heads = [lemma for lemma in curated if len(lemma) >= COMPOUND_HEAD and " " not in lemma]

    def why_not(noun: str, sector: str) -> str:
        if noun in curated:
            return "a curated lemma"
        if any(noun.endswith(head) and curated[head] == sector for head in heads):
            # "finanzminister": read by its head "minister", with the head's title flag, so
            # that "der Minister" finds a finance minister named before
            return "a compound of a curated agent noun of its sector"
        if masculine(noun) in lemmas:
            return "a feminine the lexicon reads as its masculine"
        if kb.place(noun) is not None or noun in kb.demonyms["de"]:
            return "a place or demonym"
        if noun in kb.actors:
            return "an actor's name in the KB"
        return f"review: {review[noun]}" if noun in review else ""

    return select(agents, why_not)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    table, dropped = rows(
        Path(args[0]) if args else DING, wordnet=Path(args[1]) if len(args) > 1 else WORDNET
    )
    write_tsv(DATA_DIR / OUT, table)
    counts: dict[str, int] = defaultdict(int)
    for row in table:
        counts[row["sector"]] += 1
    print(f"{OUT}: {len(table)} rows; " + ", ".join(f"{s} {c}" for s, c in sorted(counts.items())))
    for why, which in sorted(dropped.items(), key=lambda kv: -len(kv[1])):
        print(f"  left out, {why}: {len(which)}")


if __name__ == "__main__":
    main()
