"""Which article an incoming one repeats, decided in Redis: MinHash with LSH bands for near
duplicates, the normalised-text hash for exact ones, and the sources that reported each story.

A batch of articles is screened in one script call (one round trip, atomic, so that two copies
in flight at once cannot both pass as originals). Every key expires with the window
(``near_duplicate_window_seconds``); keys under ``<prefix>nd:``:

- ``a:<article>``: hash of its source and, for an original, its signature; for a near
  duplicate, its original, similarity and whether it corroborated (so that a redelivered
  message gets the same verdict);
- ``b:<band>:<digest>``: the originals with that band of their signature (the LSH buckets);
- ``t:<text hash>``: the last article screened with that normalised text (names an exact
  duplicate's original: the article claim of :mod:`streams.stores` knows only that one exists);
- ``r:<original>``: the sources that reported the story (an original and its duplicates);
- ``e:<original>``: its published events, compactly, for the mentions of corroborating copies;
- ``x:<message token>``: the verdict on an exact duplicate, for its redelivery.

Only originals go into the buckets: a copy of a copy is found through their original. An
article without a source counts as one source of its own, "unknown".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import redis.asyncio as aioredis

from streams import minhash
from streams.settings import Settings
from streams.stores import Backoff, with_retry

__all__ = ["NearDuplicateStore", "Screening", "StoredEvent", "Verdict"]

Kind = Literal["new", "near", "exact"]

# ARGV: prefix, ttl (s), threshold, permutations, bands, then per article: mode ("n" screen,
# "x" exact duplicate already known), article id, source, text hash, message token, signature
# ("" for x).
# KEYS: the band keys of each "n" article, BANDS each, in order. Returns per article: verdict,
# original, similarity, original's source, corroborates (0/1), the story's first article (the
# original's original for a copy of a near duplicate) and its events ("" unless corroborating).
_SCREEN_SCRIPT = """
local prefix, ttl = ARGV[1], tonumber(ARGV[2])
local threshold, permutations = tonumber(ARGV[3]), tonumber(ARGV[4])
local bands = tonumber(ARGV[5])
local function key(kind, name) return prefix .. kind .. ':' .. name end

local function add_source(root, source)
  local root_key, sources = key('a', root), key('r', root)
  local left = redis.call('PTTL', root_key)
  if left <= 0 then return 0 end
  local added = redis.call('SADD', sources, source)
  redis.call('PEXPIRE', sources, left)
  return added
end

local function events_if(corroborates, root)
  if corroborates == 1 then return redis.call('GET', key('e', root)) or '' end
  return ''
end

local function similarity(sig, other)
  local same = 0
  for i = 1, #sig, 4 do
    if string.sub(sig, i, i + 3) == string.sub(other, i, i + 3) then same = same + 1 end
  end
  return same / permutations
end

local function exact(id, source, text, token)
  local decided = key('x', token)
  local known = redis.call('HMGET', decided, 'original', 'root', 'corroborates')
  if known[1] then
    local corroborates = tonumber(known[3])
    local original_source = redis.call('HGET', key('a', known[1]), 'src') or ''
    return {'exact', known[1], '1', original_source, corroborates, known[2],
            events_if(corroborates, known[2])}
  end
  local original = redis.call('GET', key('t', text))
  if not original and redis.call('EXISTS', key('a', id)) == 1 then original = id end
  if not original then return {'exact', '', '1', '', 0, '', ''} end
  local found = redis.call('HMGET', key('a', original), 'src', 'root')
  local root = found[2] or original
  local corroborates = add_source(root, source)
  redis.call('HSET', decided, 'original', original, 'root', root, 'corroborates', corroborates)
  redis.call('EXPIRE', decided, ttl)
  return {'exact', original, '1', found[1] or '', corroborates, root,
          events_if(corroborates, root)}
end

local function screen(id, source, text, sig, first_band)
  local own = key('a', id)
  local known = redis.call('HMGET', own, 'src', 'root', 'sim', 'corroborates')
  if known[1] then  -- screened before: a redelivered message gets the same verdict
    if not known[2] then return {'new', '', '0', '', 0, '', ''} end
    local corroborates = tonumber(known[4])
    local root_source = redis.call('HGET', key('a', known[2]), 'src') or ''
    return {'near', known[2], known[3], root_source, corroborates, known[2],
            events_if(corroborates, known[2])}
  end
  local best, best_similarity, best_source, seen = nil, -1, '', {}
  for b = first_band, first_band + bands - 1 do
    for _, candidate in ipairs(redis.call('SMEMBERS', KEYS[b])) do
      if candidate ~= id and not seen[candidate] then
        seen[candidate] = true
        local stored = redis.call('HMGET', key('a', candidate), 'sig', 'src')
        if stored[1] then
          local s = similarity(sig, stored[1])
          if s > best_similarity then
            best, best_similarity, best_source = candidate, s, stored[2]
          end
        end
      end
    end
  end
  redis.call('SET', key('t', text), id, 'EX', ttl)
  if best and best_similarity >= threshold then
    local corroborates = add_source(best, source)
    local sim = string.format('%.4f', best_similarity)
    redis.call('HSET', own, 'src', source, 'root', best, 'sim', sim, 'corroborates', corroborates)
    redis.call('EXPIRE', own, ttl)
    return {'near', best, sim, best_source, corroborates, best, events_if(corroborates, best)}
  end
  redis.call('HSET', own, 'src', source, 'sig', sig)
  redis.call('EXPIRE', own, ttl)
  for b = first_band, first_band + bands - 1 do
    redis.call('SADD', KEYS[b], id)
    redis.call('EXPIRE', KEYS[b], ttl)
  end
  redis.call('SADD', key('r', id), source)
  redis.call('EXPIRE', key('r', id), ttl)
  return {'new', '', '0', '', 0, '', ''}
end

local replies, band, arg = {}, 1, 6
while arg <= #ARGV do
  local mode, id, source, text, token = ARGV[arg], ARGV[arg + 1], ARGV[arg + 2], ARGV[arg + 3],
    ARGV[arg + 4]
  local verdict
  if mode == 'x' then
    verdict = exact(id, source, text, token)
  else
    verdict = screen(id, source, text, ARGV[arg + 5], band)
    band = band + bands
  end
  for _, value in ipairs(verdict) do replies[#replies + 1] = value end
  arg = arg + 6
end
return replies
"""


@dataclass(frozen=True)
class StoredEvent:
    """What a mention needs of one of the original's events."""

    event_id: str
    sentence: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Screening:
    """One article to screen; ``exact`` when its id or normalised text was claimed before."""

    article_id: str
    source: str | None
    text_hash: str
    token: str
    text: str = ""  # title and body, for the signature (unused when exact)
    exact: bool = False


@dataclass(frozen=True)
class Verdict:
    """``new``: an original, to extract. Otherwise a duplicate of ``original_id`` (None when
    the original is older than the window), corroborating when its source is new to the story;
    then with the events of the story's first article ``story_id``, whose sentences they are."""

    kind: Kind
    original_id: str | None = None
    similarity: float = 0.0
    original_source: str | None = None
    corroborates: bool = False
    story_id: str | None = None
    events: list[StoredEvent] = field(default_factory=list)


class NearDuplicateStore:
    """Screens articles against those of the window, and keeps the originals' events."""

    def __init__(self, client: aioredis.Redis, settings: Settings) -> None:
        self._client = client
        self._prefix = settings.redis_key_prefix + "nd:"
        self._ttl = settings.near_duplicate_window_seconds
        self._threshold = settings.near_duplicate_threshold
        self._backoff = Backoff.from_settings(settings)
        self._script = client.register_script(_SCREEN_SCRIPT)

    async def screen(self, articles: Sequence[Screening]) -> list[Verdict]:
        """The verdict on each article, in one round trip; originals are stored as they pass,
        so a copy later in the same batch finds one earlier in it."""
        keys: list[str] = []
        args: list[str | bytes | int | float] = [
            self._prefix,
            self._ttl,
            self._threshold,
            minhash.PERMUTATIONS,
            minhash.BANDS,
        ]
        for article in articles:
            sig = b""
            if not article.exact:
                sig = minhash.signature(minhash.shingle_hashes(article.text))
                keys.extend(
                    f"{self._prefix}b:{band}:{digest}"
                    for band, digest in enumerate(minhash.band_hashes(sig))
                )
            args.extend(
                [
                    "x" if article.exact else "n",
                    article.article_id,
                    article.source or "",
                    article.text_hash,
                    article.token,
                    sig,
                ]
            )
        if not articles:
            return []
        replies = await with_retry(self._backoff, lambda: self._script(keys=keys, args=args))
        return [_verdict(replies[i : i + 7]) for i in range(0, len(replies), 7)]

    async def remember(self, article_id: str, events: Sequence[StoredEvent]) -> None:
        """Keep an original's published events for the window, for its corroborating copies."""
        if not events:
            return
        compact = json.dumps(
            [[e.event_id, e.sentence, e.start, e.end, e.confidence] for e in events],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        key = f"{self._prefix}e:{article_id}"
        await with_retry(self._backoff, lambda: self._client.set(key, compact, ex=self._ttl))

    async def forget(self, article_id: str) -> None:
        """Take an original back: copies of it are no longer its duplicates. Its band entries
        stay until they expire, pointing at nothing."""
        keys = [f"{self._prefix}{kind}:{article_id}" for kind in ("a", "r", "e")]
        await with_retry(self._backoff, lambda: self._client.delete(*keys))


def _verdict(reply: list[str | int]) -> Verdict:
    kind, original, similarity, source, corroborates, root, events = reply
    if kind == "new":
        return Verdict("new")
    stored = [StoredEvent(*item) for item in json.loads(str(events))] if events else []
    return Verdict(
        "near" if kind == "near" else "exact",
        str(original) or None,
        float(similarity),
        str(source) or None,
        bool(int(corroborates)),
        str(root) or None,
        stored,
    )
