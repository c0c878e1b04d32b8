"""Headlines in title case ("Kenya Condemns Uganda Over Border Raid"): every word capitalised
reads as one long name, so neither the verb nor the prepositions are found. The words that are
triggers, agent nouns or function words are read in lower case, as in running text."""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["MIN_TITLE_WORDS", "TITLE_SHARE", "plain_case"]

MIN_TITLE_WORDS = 3  # capitalised words of three letters or more, the first one not counted
TITLE_SHARE = 0.75  # of those words that are capitalised in a title-case line


def plain_case(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` with the capitalised everyday words of a title-case line in lower case;
    other sentences as they are."""
    long_words = [w for w in words[1:] if len(w) >= 3 and w.isalpha()]
    capitals = [w for w in long_words if w[0].isupper() and not w.isupper()]
    if len(capitals) < MIN_TITLE_WORDS or len(capitals) < TITLE_SHARE * len(long_words):
        return words
    function_words = lex.words["function_words"]
    out = list(words)
    for i, word in enumerate(words[1:], 1):
        if not (word[:1].isupper() and word[1:].islower()):
            continue
        low = word.lower()
        lemma = lex.lemma(low)
        if low in function_words or lex.word_trigger(low, lemma) or lex.agent(lemma, low):
            out[i] = low
    return out
