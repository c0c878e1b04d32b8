"""What an article is about, where that decides whether it is coded at all.

Sports news tell of teams named after their countries that attack, defend, beat and fail
("Titelverteidiger Russland war an Italien gescheitert"): no geopolitical events, though they
read like them. An article that uses several words of the language's sports vocabulary
(``data/sports.<lang>.generated.tsv``, from the Ding dictionary: :mod:`extraction.sports_build`)
is sports news; one such word ("Doping", "Olympia", "stadium") is not enough. German nouns are
listed as written; English words in lower case, which also finds them opening a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["SPORTS_ARTICLE_WORDS", "sports_article"]

SPORTS_ARTICLE_WORDS = 2  # distinct sports words that make an article sports news
WORD = re.compile(r"\w[\w-]*")


def sports_article(text: str, sports_words: Collection[str]) -> bool:
    """Whether ``text`` uses at least :data:`SPORTS_ARTICLE_WORDS` distinct sports words."""
    if not sports_words:
        return False
    found: set[str] = set()
    for word in set(WORD.findall(text)):  # each word form once: news repeat theirs
        if word in sports_words or word.lower() in sports_words:
            found.add(word.lower())
            if len(found) >= SPORTS_ARTICLE_WORDS:
                return True
    return False
