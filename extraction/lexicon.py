"""Per-language word knowledge: lemmas (simplemma, cached) and the language's cue words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from .kb import KnowledgeBase, Trigger

__all__ = ["Lexicon", "lemma_of"]

ADJ_ENDINGS = ("en", "em", "er", "es", "e")


@lru_cache(maxsize=200_000)
def lemma_of(word: str, lang: str) -> str:
    """Lower-cased lemma; simplemma runs at ~2M tokens/s and the cache makes repeats free."""
    if not word.strip():
        return word
    return simplemma.lemmatize(word, lang=lang).lower()


@dataclass
class Lexicon:
    """The cues of one language, read from ``data/lang/<lang>.json`` and the KB tables."""

    lang: str
    kb: KnowledgeBase
    conf: dict = field(init=False)
    triggers: dict[str, list[Trigger]] = field(init=False)
    separable: dict[str, list[tuple[str, str]]] = field(init=False)
    noun_heads: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.conf = self.kb.lang[self.lang]
        self.triggers = self.kb.triggers[self.lang]
        self.separable = {}
        for lemma in self.triggers:
            for particle in self.conf["separable_particles"]:
                if lemma.startswith(particle) and len(lemma) > len(particle) + 3:
                    self.separable.setdefault(lemma[len(particle):], []).append(
                        (particle, lemma))
        self.noun_heads = sorted(
            (lemma for lemma, ts in self.triggers.items()
             if len(lemma) >= 5 and any(t.pos == "NOUN" for t in ts)),
            key=len, reverse=True)
        self.words = {key: set(value) for key, value in self.conf.items()
                      if isinstance(value, list)}
        self.agents = self.kb.agents[self.lang]
        self.agent_heads = sorted((a for a in self.agents if len(a) >= 5 and " " not in a),
                                  key=len, reverse=True)
        self.demonyms = self.kb.demonyms[self.lang]
        self._cand_cache: dict[tuple[str, str], list[str]] = {}
        self._agent_cache: dict[tuple[str, str], tuple[str, bool, str | None] | None] = {}
        self._head_cache: dict[str, str | None] = {}

    def lemma(self, word: str) -> str:
        return lemma_of(word, self.lang)

    def trigger_candidates(self, word: str, lemma: str) -> list[str]:
        """Lemma keys under which ``word`` may be listed in the trigger lexicon (cached)."""
        key = (word, lemma)
        hit = self._cand_cache.get(key)
        if hit is None:
            hit = self._cand_cache[key] = self._trigger_candidates(word, lemma)
        return hit

    def _trigger_candidates(self, word: str, lemma: str) -> list[str]:
        low = word.lower()
        keys = [lemma, low]
        if self.lang == "de" and low.startswith("ge") and len(low) > 5:
            stem = low[2:]
            for ending in ADJ_ENDINGS:
                if stem.endswith(ending) and len(stem) - len(ending) > 3:
                    stem = stem[: -len(ending)]
                    break
            for suffix in ("et", "t"):
                if stem.endswith(suffix):
                    keys.append(stem[: -len(suffix)] + "en")
                    break
        if self.lang == "de":
            for particle in self.conf["separable_particles"]:
                if low.startswith(particle + "ge") or low.startswith(particle + "zu"):
                    rest = low[len(particle) + 2:]
                    if len(rest) < 3:
                        continue
                    keys.append(particle + lemma_of(rest, "de"))
                    keys.append(particle + rest)
        return keys

    def agent(self, lemma: str, word: str) -> tuple[str, bool, str | None] | None:
        """Sector, is-a-title and implied country of an agent noun, also as a compound head."""
        key = (lemma, word)
        if key not in self._agent_cache:
            self._agent_cache[key] = self._agent(lemma, word)
        return self._agent_cache[key]

    def _agent(self, lemma: str, word: str) -> tuple[str, bool, str | None] | None:
        hit = self.agents.get(lemma) or self.agents.get(word.lower())
        if hit or self.lang != "de" or len(word) < 8 or not word[:1].isupper():
            return hit
        low = lemma
        for head in self.agent_heads:
            if low.endswith(head):
                return self.agents[head]
        return None

    def noun_trigger_head(self, lemma: str) -> str | None:
        """German compounds: 'Selbstmordanschlag' ends in a listed noun trigger (cached)."""
        if self.lang != "de" or len(lemma) < 8:
            return None
        if lemma not in self._head_cache:
            self._head_cache[lemma] = self._noun_trigger_head(lemma)
        return self._head_cache[lemma]

    def _noun_trigger_head(self, lemma: str) -> str | None:
        for head in self.noun_heads:
            if lemma.endswith(head) and lemma != head:
                return head
        return None
