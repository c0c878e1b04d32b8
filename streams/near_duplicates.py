"""Which article an incoming one repeats, decided in Redis: MinHash with LSH bands for near
duplicates, the normalised-text hash for exact ones, and the sources that reported each story.

A batch of articles is screened in one script call (one round trip, atomic, so that two copies
in flight at once cannot both pass as originals). Every key expires with the window
(``near_duplicate_window_seconds``); keys under ``<prefix>nd:``:

- ``a:<article>``: hash of its source and, for an original, its signature and the sources that
  reported the story (``s:<source>`` fields); for a near duplicate, its original, similarity
  and whether it corroborated (so that a redelivered message gets the same verdict);
- ``b:<generation>``: the LSH buckets, a hash of band (its number and values) to the latest
  original with that band;
- ``t:<generation>``: a hash of normalised-text hash to the latest article screened with that
  text (names an exact duplicate's original: the claims of :mod:`streams.stores` only know
  that there is one);
- ``e:<original>``: its published events, compactly, for the mentions of corroborating copies;
- ``p:<original>``: corroborating copies screened while the original was still in flight (its
  events not kept yet: in the same batch, or in another worker's), each as its article id and
  message token; :meth:`NearDuplicateStore.remember` hands them over with the events, so that
  their mentions go out then;
- ``x:<message token>``: the verdict on an exact duplicate, for its redelivery.

Only originals go into the buckets: a copy of a copy is found through their original. An
article without a source counts as one source of its own, "unknown". The script finds most of
its keys as it goes (candidates, originals), so it needs one Redis server, not a cluster.
(``datasketch`` keeps MinHash LSH in Redis too, but through the synchronous client, which
would block the event loop, and with keys that never expire.)
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import redis.asyncio as aioredis

from streams import minhash
from streams.settings import Settings
from streams.stores import Backoff, with_retry

__all__ = ["NearDuplicateStore", "PendingCopy", "Screening", "StoredEvent", "Verdict"]

Kind = Literal["new", "near", "exact"]
# The buckets and text hashes live in one Redis hash per generation, a quarter of the window
# (Redis 7.0 expires keys, not hash fields): one key per generation instead of one per band and
# article, and an entry is gone between one and one and a quarter windows after it was made.
GENERATIONS = 4
_TEXT_HASH_CHARS = 16  # 64 bits of the SHA-256: enough to name the article with the same text

# ARGV: prefix, window (s), threshold, permutations, bands, the current generation, the
# generations kept, then per article: mode ("n" screen, "x" exact duplicate already known),
# article id, source, text hash, message token, signature ("" for x) and, for "n", its bands
# (streams.minhash.bands). Returns per article:
# verdict, original, similarity, original's source, corroborates (0/1), the story's first article
# (the original's original for a copy of a near duplicate) and its events ("" unless
# corroborating).
_SCREEN_SCRIPT = """
local prefix, window = ARGV[1], tonumber(ARGV[2])
local threshold, permutations = tonumber(ARGV[3]), tonumber(ARGV[4])
local bands = tonumber(ARGV[5])
local generation, kept = tonumber(ARGV[6]), tonumber(ARGV[7])
local generation_ttl = window + math.ceil(window / kept)
local function key(kind, name) return prefix .. kind .. ':' .. name end

local function add_source(root, source)
  local root_key = key('a', root)
  if redis.call('EXISTS', root_key) == 0 then return 0 end
  return redis.call('HSETNX', root_key, 's:' .. source, '1')
end

-- the story's events for a corroborating copy; while the original is in flight, none yet: the
-- copy waits for them in the original's pending list
local function events_if(corroborates, root, id, token)
  if corroborates ~= 1 then return '' end
  local events = redis.call('GET', key('e', root))
  if events then return events end
  local pending = key('p', root)
  redis.call('RPUSH', pending, cjson.encode({id, token}))
  redis.call('EXPIRE', pending, window)
  return ''
end

local function similarity(sig, other)
  local same = 0
  for i = 1, #sig, 4 do
    if string.sub(sig, i, i + 3) == string.sub(other, i, i + 3) then same = same + 1 end
  end
  return same / permutations
end

-- newest generation first: the latest article with that text or band
local function lookup(kind, fields)
  local found = {}
  for g = generation, generation - kept, -1 do
    local values = redis.call('HMGET', key(kind, g), unpack(fields))
    for i = 1, #fields do
      if values[i] and not found[i] then found[i] = values[i] end
    end
  end
  return found
end

local function remember(kind, fields, id)
  local current, pairs_ = key(kind, generation), {}
  for _, field in ipairs(fields) do
    pairs_[#pairs_ + 1] = field
    pairs_[#pairs_ + 1] = id
  end
  redis.call('HSET', current, unpack(pairs_))
  redis.call('EXPIRE', current, generation_ttl)
end

local function exact(id, source, text, token)
  local decided = key('x', token)
  local known = redis.call('HMGET', decided, 'original', 'root', 'corroborates')
  if known[1] then
    local corroborates = tonumber(known[3])
    local original_source = redis.call('HGET', key('a', known[1]), 'src') or ''
    return {'exact', known[1], '1', original_source, corroborates, known[2],
            events_if(corroborates, known[2], id, token)}
  end
  local original = lookup('t', {text})[1]
  if not original and redis.call('EXISTS', key('a', id)) == 1 then original = id end
  if not original then return {'exact', '', '1', '', 0, '', ''} end
  local found = redis.call('HMGET', key('a', original), 'src', 'root')
  local root = found[2] or original
  local corroborates = add_source(root, source)
  redis.call('HSET', decided, 'original', original, 'root', root, 'corroborates', corroborates)
  redis.call('EXPIRE', decided, window)
  return {'exact', original, '1', found[1] or '', corroborates, root,
          events_if(corroborates, root, id, token)}
end

local function screen(id, source, text, token, sig, fields)
  local own = key('a', id)
  local known = redis.call('HMGET', own, 'src', 'root', 'sim', 'corroborates')
  if known[1] then  -- screened before: a redelivered message gets the same verdict
    if not known[2] then return {'new', '', '0', '', 0, '', ''} end
    local corroborates = tonumber(known[4])
    local root_source = redis.call('HGET', key('a', known[2]), 'src') or ''
    return {'near', known[2], known[3], root_source, corroborates, known[2],
            events_if(corroborates, known[2], id, token)}
  end
  local best, best_similarity, best_source, seen = nil, -1, '', {}
  for _, candidate in pairs(lookup('b', fields)) do
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
  remember('t', {text}, id)
  if best and best_similarity >= threshold then
    local corroborates = add_source(best, source)
    local sim = string.format('%.4f', best_similarity)
    redis.call('HSET', own, 'src', source, 'root', best, 'sim', sim, 'corroborates', corroborates)
    redis.call('EXPIRE', own, window)
    return {'near', best, sim, best_source, corroborates, best,
            events_if(corroborates, best, id, token)}
  end
  redis.call('HSET', own, 'src', source, 'sig', sig, 's:' .. source, '1')
  redis.call('EXPIRE', own, window)
  remember('b', fields, id)
  return {'new', '', '0', '', 0, '', ''}
end

local replies, arg = {}, 8
while arg <= #ARGV do
  local mode, id, source, text, token = ARGV[arg], ARGV[arg + 1], ARGV[arg + 2], ARGV[arg + 3],
    ARGV[arg + 4]
  local verdict
  if mode == 'x' then
    verdict = exact(id, source, text, token)
    arg = arg + 6
  else
    local fields = {unpack(ARGV, arg + 6, arg + 5 + bands)}
    verdict = screen(id, source, text, token, ARGV[arg + 5], fields)
    arg = arg + 6 + bands
  end
  for _, value in ipairs(verdict) do replies[#replies + 1] = value end
end
return replies
"""

# ARGV: prefix, window (s), then per original: article id and its events (compact JSON). Keeps
# the events and hands over the pending copies: per original, their count, then each copy.
_REMEMBER_SCRIPT = """
local prefix, window = ARGV[1], tonumber(ARGV[2])
local replies = {}
for arg = 3, #ARGV, 2 do
  local id = ARGV[arg]
  redis.call('SET', prefix .. 'e:' .. id, ARGV[arg + 1], 'EX', window)
  local pending_key = prefix .. 'p:' .. id
  local pending = redis.call('LRANGE', pending_key, 0, -1)
  redis.call('DEL', pending_key)
  replies[#replies + 1] = #pending
  for _, copy in ipairs(pending) do replies[#replies + 1] = copy end
end
return replies
"""


@dataclass(frozen=True)
class PendingCopy:
    """A corroborating copy screened before its original's events were kept: the mentions of
    those events are owed to it (``token``: its input message, for the claims)."""

    article_id: str
    token: str


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

    def __init__(
        self, client: aioredis.Redis, settings: Settings, clock: Callable[[], float] = time.time
    ) -> None:
        self._client = client
        self._clock = clock
        self._prefix = settings.redis_key_prefix + "nd:"
        self._ttl = settings.near_duplicate_window_seconds
        self._threshold = settings.near_duplicate_threshold
        self._backoff = Backoff.from_settings(settings)
        self._script = client.register_script(_SCREEN_SCRIPT)
        self._remember_script = client.register_script(_REMEMBER_SCRIPT)

    async def screen(self, articles: Sequence[Screening]) -> list[Verdict]:
        """The verdict on each article, in one round trip; originals are stored as they pass,
        so a copy later in the same batch finds one earlier in it."""
        if not articles:
            return []
        args: list[str | bytes | int | float] = [
            self._prefix,
            self._ttl,
            self._threshold,
            minhash.PERMUTATIONS,
            minhash.BANDS,
            int(self._clock() // math.ceil(self._ttl / GENERATIONS)),
            GENERATIONS,
        ]
        for article in articles:
            sig = b"" if article.exact else minhash.signature(minhash.shingle_hashes(article.text))
            args.extend(
                [
                    "x" if article.exact else "n",
                    article.article_id,
                    article.source or "",
                    article.text_hash[:_TEXT_HASH_CHARS],
                    article.token,
                    sig,
                    *(minhash.bands(sig) if sig else []),
                ]
            )
        replies = await with_retry(self._backoff, lambda: self._script(keys=[], args=args))
        return [_verdict(replies[i : i + 7]) for i in range(0, len(replies), 7)]

    async def remember(
        self, originals: Mapping[str, Sequence[StoredEvent]]
    ) -> dict[str, list[PendingCopy]]:
        """Keep the originals' published events (by article id) for the window, for their
        corroborating copies, in one round trip; the copies that came while an original was in
        flight, whose mentions are now to send (atomic with screening: a copy gets the events
        or waits for them, never neither)."""
        kept = [article_id for article_id, events in originals.items() if events]
        if not kept:
            return {}
        args: list[str | int] = [self._prefix, self._ttl]
        for article_id in kept:
            compact = [
                [e.event_id, e.sentence, e.start, e.end, e.confidence]
                for e in originals[article_id]
            ]
            args.extend(
                [article_id, json.dumps(compact, ensure_ascii=False, separators=(",", ":"))]
            )
        replies = iter(
            await with_retry(self._backoff, lambda: self._remember_script(keys=[], args=args))
        )
        pending: dict[str, list[PendingCopy]] = {}
        for article_id in kept:
            copies = [PendingCopy(*json.loads(next(replies))) for _ in range(int(next(replies)))]
            if copies:
                pending[article_id] = copies
        return pending

    async def forget(self, article_ids: Sequence[str]) -> None:
        """Take originals back, in one round trip: copies of them are no longer their
        duplicates. Their band entries stay until they expire, pointing at nothing; copies
        pending on them stay too, for the events of the original's replay."""
        keys = [f"{self._prefix}{kind}:{a}" for a in article_ids for kind in ("a", "e")]
        if keys:
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
