"""Bodies the knowledge base does not know, named in the article: a party, state body or
armed group noun with its name right after it ("die Linkspartei Syriza") or its abbreviation
in brackets ("Konservative Volkspartei (KVP)"). Once the noun has a country, later bare
mentions of the name ("Syriza lehnte ab") and compounds on it ("der KVP-Chef") are that body.
"""

from __future__ import annotations

from .codes import NATIONAL_SECTORS
from .lexicon import Lexicon, known_word
from .spans import ArticleMemory, EntitySpan, Sentence

__all__ = ["body_name", "remember_bodies"]

# Only bodies of NATIONAL_SECTORS are remembered by name: an organisation or a company may
# work across borders ("die Organisation Attac" in a story about the US is not American), so
# the country a sentence lends them is no country of their name.


def body_name(lex: Lexicon, word: str, sector: str | None) -> bool:
    """Whether ``word`` can name a body of ``sector`` after its noun: a capitalised word the
    German dictionary lacks ("Syriza", "KVP"); "die Partei Montag" or "die Regierung
    Reformen" are two words of the sentence, not a name. English has the statistical NER for
    names ("the party Syriza" is one ORG there)."""
    return (
        lex.lang == "de"
        and sector in NATIONAL_SECTORS
        and word[:1].isupper()
        and word.isalpha()
        and len(word) >= 3
        and word.lower() not in lex.words["function_words"]
        and not known_word(word, lex.lang)
    )


def remember_bodies(
    lex: Lexicon, s: Sentence, mentions: list[EntitySpan], memory: ArticleMemory
) -> None:
    """Remember the name and the bracketed abbreviation of each body noun that has a country,
    and the abbreviation of a knowledge-base organisation ("Freie Syrische Armee (FSA)"), so
    that the rest of the article finds them."""
    words = s.words
    for m in mentions:
        a = m.actor
        known = m.kind == "ORG" and not m.agent_noun
        if not (m.agent_noun or known) or m.title or a is None or not a.country:
            continue
        names = [a.name] if a.name and not known else []
        if m.end + 2 < len(words) and words[m.end] == "(" and words[m.end + 2] == ")":
            names.append(words[m.end + 1])
        for name in names:
            if body_name(lex, name, a.sector):
                memory.bodies.setdefault(name.lower(), a)
