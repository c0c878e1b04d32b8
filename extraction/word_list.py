"""Which one-word names are also everyday English words, from SCOWL's word list.

The knowledge-base generators (:mod:`.kb_build`, :mod:`.actors_de_build`) drop a name that is
only an everyday word ("Tigers", "Union" as a common noun) and keep one the list also spells
capitalised ("Paris").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["SCOWL", "WordList"]

# SCOWL's English word list (Debian package ``wamerican``): which one-word names are also
# everyday words ("Union", "Tigers", "Rest"), see :class:`WordList`.
SCOWL = Path("/usr/share/dict/american-english")


@dataclass(frozen=True)
class WordList:
    """An English word list split by how it spells each word, both halves lower-cased.

    ``common`` holds words listed in lower case ("union", "tigers", "male"); ``names`` words
    listed capitalised or in capitals ("Union", "Male", "US", "ETA"). A one-word name that is
    common and not also a name ("tigers") is an everyday word, never a name by itself.
    """

    common: frozenset[str]
    names: frozenset[str]

    @classmethod
    def read(cls, path: Path = SCOWL) -> WordList:
        if not path.is_file():
            raise FileNotFoundError(
                f"{path} is missing: install Debian's wamerican (SCOWL) to rebuild the KB"
            )
        words = path.read_text(encoding="utf-8").split()
        return cls(
            frozenset(w for w in words if w.islower()),
            frozenset(w.lower() for w in words if not w.islower()),
        )

    def everyday_only(self, phrase: str) -> bool:
        """One word listed only in lower case: the name is ambiguous with ordinary text."""
        return " " not in phrase and phrase in self.common and phrase not in self.names

    def everyday(self, phrase: str) -> bool:
        """One word that is (also) an everyday word."""
        return " " not in phrase and phrase.lower() in self.common
