"""Build ``data/abstract_nouns.de.generated.tsv``: German nouns that name no thing violence can hit.

A German noun of the Ding dictionary (Debian ``trans-de-en``) is abstract when every English
translation of every one of its entries has, as its first (most frequent) WordNet sense, a sense
of an abstract lexicographer file (acts, attributes, cognition, communication, events, feelings,
motives, phenomena, possessions, processes, quantities, relations, states, time: Debian
``wordnet-base``). One translation naming a person, group, place, artifact, object or body keeps
the noun out ("Stellung" is also a military "position", a place). Used by
:mod:`extraction.figurative`: a violent word aimed at such a noun is figurative.

Run: ``python -m extraction.aims_build [DING] [WORDNET_DIR]``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

__all__ = ["ABSTRACT_FILES", "build", "main", "wordnet_classes"]

DING = Path("/usr/share/trans/de-en")
WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).parent / "data" / "abstract_nouns.de.generated.tsv"
# WordNet's noun lexicographer files (lexnames) that name no hittable thing
ABSTRACT_FILES = frozenset(
    {
        "04",  # noun.act
        "07",  # noun.attribute
        "09",  # noun.cognition
        "10",  # noun.communication
        "11",  # noun.event
        "12",  # noun.feeling
        "16",  # noun.motive
        "19",  # noun.phenomenon
        "21",  # noun.possession
        "22",  # noun.process
        "23",  # noun.quantity
        "24",  # noun.relation
        "26",  # noun.state
        "28",  # noun.time
    }
)
NOUN = re.compile(r"^([A-ZÄÖÜ][\wäöüß-]+) \{[mfn]\}")
BRACKETS = re.compile(r"\([^)]*\)|\[[^]]*\]|\{[^}]*\}|<[^>]*>|/[^/]*/")
MIN_LENGTH = 4  # shorter nouns are left out (abbreviations, ambiguous stems)


def wordnet_classes(wordnet: Path) -> dict[str, tuple[str, ...]]:
    """Every WordNet noun (spaces as "_") -> the lexicographer files of its senses, the most
    frequent first (``index.noun`` lists a lemma's synsets, ``data.noun`` their files)."""
    files: dict[str, str] = {}
    with open(wordnet / "data.noun", encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                offset, lexfile = line.split(" ", 2)[:2]
                files[offset] = lexfile
    classes: dict[str, tuple[str, ...]] = {}
    with open(wordnet / "index.noun", encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                fields = line.split()
                classes[fields[0]] = tuple(files[o] for o in fields[-int(fields[2]) :])
    return classes


def _english(side: str) -> list[str]:
    """The English nouns of an entry's first sub-entry, without glosses and labels."""
    heads = []
    for item in side.split(" | ")[0].split(";"):
        word = BRACKETS.sub("", item).strip().lower()
        if word and not word.startswith("to "):
            heads.append(word.replace(" ", "_"))
    return heads


def build(ding: Path, wordnet: Path) -> list[tuple[str, str]]:
    """(German noun, Ding line) of the abstract nouns, each by its first entry's line."""
    first = {noun: classes[0] for noun, classes in wordnet_classes(wordnet).items()}
    votes: dict[str, list[bool]] = defaultdict(list)
    lines: dict[str, int] = {}
    with open(ding, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            nouns = [
                m.group(1)
                for item in german.split(" | ")[0].split(";")
                if (m := NOUN.match(item.strip()))
            ]
            files = [first.get(w) or first.get(w.rsplit("_", 1)[-1]) for w in _english(english)]
            known = [f for f in files if f is not None]
            if not nouns or not known:
                continue
            for noun in nouns:
                votes[noun].extend(f in ABSTRACT_FILES for f in known)
                lines.setdefault(noun, number)
    return sorted(
        (noun, f"Ding de-en 1.9:{lines[noun]}")
        for noun, vote in votes.items()
        if len(noun) >= MIN_LENGTH and all(vote)
    )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    ding = Path(args[0]) if args else DING
    wordnet = Path(args[1]) if len(args) > 1 else WORDNET
    rows = build(ding, wordnet)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(
            "# German nouns naming no thing violence can hit: every English translation's\n"
            "# first WordNet 3.0 sense is abstract (python -m extraction.aims_build; Ding:\n"
            "# GPL-2.0-or-later; WordNet 3.0 licence, Princeton University).\n"
            "# source: the noun's first Ding line.\n"
            "lemma\tsource\n"
        )
        for noun, source in rows:
            out.write(f"{noun}\t{source}\n")
    print(f"{len(rows)} abstract nouns written to {OUT}")


if __name__ == "__main__":
    main()
