"""German spellings of persons' names transcribed from Cyrillic, from the English spellings of
the Phoenix actor tables.

Run ``python -m extraction.names_de_build`` after ``extraction.kb_build``. The Phoenix tables
spell a Russian or Ukrainian name as English does ("Sergey Lavrov", "Yatsenyuk"); German news
transcribe the same Cyrillic by the Duden rules ("Sergej Lawrow", "Jazenjuk"), so German
articles lost the actors most often named in the news of the Ukraine and Syria wars. The rules,
read backwards from the English spelling, and the countries whose names are transcribed are
data (``transliteration.de.curated.json``). A person's alias is transcribed when it is made of
name words only (no title, office or nationality: "russian foreign minister lavrov" is left
out) and its German form is new: a form the KB already knows, for anyone, is not taken over.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .kb import DATA_DIR, read_tsv, write_tsv

__all__ = ["OUT", "RULES_FILE", "Transcription", "build", "main"]

OUT = "actors.names.de.generated.tsv"
RULES_FILE = "transliteration.de.curated.json"


@dataclass(frozen=True)
class Transcription:
    """English spellings of Cyrillic names to German ones: each rule is a regular expression
    (``$`` for the word's end) and its German letters, tried in the file's order at each
    position of a word, so that "kh" is read before its "h" and "shch" before "sh"."""

    pattern: re.Pattern[str]
    replacements: tuple[str, ...]
    countries: frozenset[str]

    @classmethod
    def read(cls, path: Path = DATA_DIR / RULES_FILE) -> Transcription:
        data = json.loads(path.read_text(encoding="utf-8"))
        rules = data["rules"]
        pattern = "|".join(f"(?P<r{k}>{rule[0]})" for k, rule in enumerate(rules))
        return cls(
            re.compile(pattern), tuple(rule[1] for rule in rules), frozenset(data["countries"])
        )

    def german(self, name: str) -> list[str]:
        """``name`` (lower case) as German news transcribe it: "sergey lavrov" -> ["sergej
        lawrow"]; a rule with alternatives ("i|ij") gives one form for each."""
        pieces: list[list[str]] = []  # the options of each stretch, the words' spaces too
        for n, word in enumerate(name.split()):
            pieces += [[" "]] if n else []
            at = 0
            for m in self.pattern.finditer(word):
                pieces += [
                    [word[at : m.start()]],
                    self.replacements[int(m.lastgroup[1:])].split("|"),
                ]
                at = m.end()
            pieces.append([word[at:]])
        return ["".join(form) for form in itertools.product(*pieces)]


def _title_words(data_dir: Path) -> set[str]:
    """English words that make an alias a description rather than a name: the agent nouns
    ("minister", "ambassador") and nationality words ("russian") of the KB's tables."""
    agents = {r["lemma"] for r in read_tsv(data_dir / "agents.generated.tsv") if r["lang"] == "en"}
    demonyms = {
        r["form"] for r in read_tsv(data_dir / "demonyms.generated.tsv") if r["lang"] == "en"
    }
    return {w.lower() for w in agents | demonyms}


def build(data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """The German rows: one per transcribed alias and dated role of a person of a country
    whose names are transcribed from Cyrillic."""
    rules = Transcription.read(data_dir / RULES_FILE)
    titles = _title_words(data_dir)
    phoenix = list(read_tsv(data_dir / "actors.generated.tsv"))
    known = {r["alias"] for r in phoenix}
    for fname in ("actors.curated.tsv", "actors.de.generated.tsv"):
        known |= {r["alias"] for r in read_tsv(data_dir / fname)}
    rows = []
    for row in phoenix:
        if row["kind"] != "PER" or row["country"] not in rules.countries:
            continue
        words = row["alias"].split()
        if any(w in titles for w in words):
            continue
        source = f"{row['source']}; German transcription: {RULES_FILE}"
        rows += [
            {**row, "alias": german, "source": source}
            for german in rules.german(row["alias"])
            if german not in known
        ]
    return rows


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(args[0]) if args else DATA_DIR
    rows = build(data_dir)
    write_tsv(data_dir / OUT, rows)
    print(f"{OUT}: {len(rows)} rows, {len({r['alias'] for r in rows})} aliases")


if __name__ == "__main__":
    main()
