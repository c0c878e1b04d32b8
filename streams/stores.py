"""Redis stores that decide what is new: articles, events and mentions.

Each decision is a *claim* on one or more keys with a token naming the Kafka message (and the
sentence) that made it. Once the output is acknowledged by Kafka the claim is marked *done*.
A second claim with the same token is a redelivery of that message after a crash, not a
duplicate: if the claim is not done its output is sent again instead of being dropped (so a
kill -9 between the claim and the send loses nothing), and if it is done nothing is re-sent
(so a crash after the send but before the offset commit duplicates nothing).
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import redis.asyncio as aioredis
from redis import exceptions as redis_errors

from streams.errors import StoreLoginRefused, StoreUnavailable
from streams.security import redis_options
from streams.settings import Settings

__all__ = [
    "Arrival",
    "Backoff",
    "Claim",
    "ClaimResult",
    "DedupStore",
    "LatestEvents",
    "Sighting",
    "check_login",
    "normalised_text_hash",
    "redis_client",
    "with_retry",
]

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Several claims in one call. ARGV: ttl, then per claim: token, number of keys, has_counter;
# KEYS: per claim its keys, then its sightings counter if it has one. Returns per claim its
# outcome and count. A key's value is "<token>|<count>|<done>"; count is the sightings of the
# event so far when it was claimed.
_CLAIM_SCRIPT = """
local ttl = tonumber(ARGV[1])
local function claim(first, nkeys, token, counter)
  local held, done = nil, true
  for i = first, first + nkeys - 1 do
    local value = redis.call('GET', KEYS[i])
    if value then
      local owner, count, state = string.match(value, '^(.*)|(%d+)|(%d)$')
      if owner ~= token then return 'taken', count end
      held = count
      done = done and state == '1'
    end
  end
  if held then return (done and 'done' or 'redelivery'), held end
  local count = 0
  if counter then
    count = redis.call('INCR', counter)
    redis.call('EXPIRE', counter, ttl)
  end
  for i = first, first + nkeys - 1 do
    redis.call('SET', KEYS[i], token .. '|' .. count .. '|0', 'EX', ttl)
  end
  return 'new', tostring(count)
end
local replies, key, arg = {}, 1, 2
while arg <= #ARGV do
  local token, nkeys, has_counter = ARGV[arg], tonumber(ARGV[arg + 1]), ARGV[arg + 2] == '1'
  local counter = has_counter and KEYS[key + nkeys] or nil
  local outcome, count = claim(key, nkeys, token, counter)
  replies[#replies + 1] = outcome
  replies[#replies + 1] = count
  key = key + nkeys + (has_counter and 1 or 0)
  arg = arg + 3
end
return replies
"""

# In one call, the claims whose outputs Kafka acknowledged are marked done and the others are
# released. KEYS: the done claims' keys, then the released claims' keys and counters as in
# _CLAIM_SCRIPT. ARGV: the number of done keys and the token of each; then per released claim
# its token, number of keys, has_counter and the count it took. A claim is marked done, or
# released, only if its token still holds it (a claim since taken over is left alone); a claim
# already marked done is never released. Releasing a claim lowers the sightings counter it
# raised if no claim came since, so that the output it stood for can be claimed again.
_SETTLE_SCRIPT = """
local ndone = tonumber(ARGV[1])
for i = 1, ndone do
  local value = redis.call('GET', KEYS[i])
  if value then
    local owner, count = string.match(value, '^(.*)|(%d+)|%d$')
    if owner == ARGV[i + 1] then
      redis.call('SET', KEYS[i], owner .. '|' .. count .. '|1', 'KEEPTTL')
    end
  end
end
local key, arg = ndone + 1, ndone + 2
while arg <= #ARGV do
  local token, nkeys, has_counter = ARGV[arg], tonumber(ARGV[arg + 1]), ARGV[arg + 2] == '1'
  local count = ARGV[arg + 3]
  local released = false
  for i = key, key + nkeys - 1 do
    local value = redis.call('GET', KEYS[i])
    if value then
      local owner, _, state = string.match(value, '^(.*)|(%d+)|(%d)$')
      if owner == token and state == '0' then
        redis.call('DEL', KEYS[i])
        released = true
      end
    end
  end
  if has_counter and released and redis.call('GET', KEYS[key + nkeys]) == count then
    redis.call('DECR', KEYS[key + nkeys])
  end
  key = key + nkeys + (has_counter and 1 or 0)
  arg = arg + 4
end
return 1
"""

_RETRYABLE = (
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    redis_errors.BusyLoadingError,
)


class Claim(enum.Enum):
    NEW = "new"  # first claim: emit
    REDELIVERY = "redelivery"  # the same message again after a crash, output unsent: emit again
    DONE = "done"  # the same message again, output already acknowledged: skip
    TAKEN = "taken"  # another message claimed it first: a duplicate


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    count: int
    keys: tuple[str, ...] = ()
    token: str = ""
    counter: str | None = None  # the sightings counter the claim raised, if any

    @property
    def emit(self) -> bool:
        return self.claim in (Claim.NEW, Claim.REDELIVERY)


@dataclass(frozen=True)
class Arrival:
    """An article as it arrived: its id, the hash of its normalised text, and the token naming
    its input message."""

    article_id: str
    text_hash: str
    token: str


@dataclass(frozen=True)
class Sighting:
    """An event seen in an article; the token names the input message and the sentence."""

    event_id: str
    article_id: str
    token: str


@dataclass(frozen=True)
class _ClaimSpec:
    keys: tuple[str, ...]
    token: str
    counter: str | None = None


def redis_client(settings: Settings) -> aioredis.Redis:
    """The worker's Redis connection pool (commands time out instead of hanging)."""
    return aioredis.Redis(
        **redis_options(settings),
        socket_connect_timeout=settings.redis_connect_timeout_seconds,
        socket_timeout=settings.redis_command_timeout_seconds,
        decode_responses=True,
    )


async def check_login(settings: Settings) -> None:
    """Raise StoreLoginRefused now if Redis refuses the settings' user or password, before a
    worker starts; an unreachable Redis is left to the worker's retries."""
    client = redis_client(settings)
    try:
        await client.ping()
    except redis_errors.AuthenticationError as error:
        raise _login_refused(error, settings.redis_url) from error
    except _RETRYABLE:
        pass
    finally:
        await client.aclose()


def _login_refused(error: Exception, where: str = "Redis") -> StoreLoginRefused:
    return StoreLoginRefused(
        f"{where} refused GeoWire's login: {error}. Check GEOWIRE_REDIS_USERNAME and "
        "GEOWIRE_REDIS_PASSWORD (when unset, the password `geowire services up` wrote in "
        "<state_dir>/redis/password is used)"
    )


@dataclass(frozen=True)
class Backoff:
    """How long to wait for Redis in all, and between tries (doubling from ``first``)."""

    total: float
    first: float = 0.2
    maximum: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Backoff:
        return cls(
            settings.redis_retry_seconds,
            settings.redis_retry_first_seconds,
            settings.redis_retry_max_seconds,
        )


async def with_retry(backoff: Backoff, call: Callable[[], Awaitable[T]]) -> T:
    """Run ``call`` until Redis answers, waiting up to ``backoff.total`` seconds in all; a
    refused login is raised at once (StoreLoginRefused), since waiting would not change it."""
    retry_seconds = backoff.total
    deadline = time.monotonic() + retry_seconds
    delay = backoff.first
    while True:
        try:
            return await call()
        except redis_errors.AuthenticationError as error:
            raise _login_refused(error) from error
        except _RETRYABLE as error:
            if time.monotonic() + delay > deadline:
                raise StoreUnavailable(
                    f"Redis unreachable for {retry_seconds:.0f} s: {error}"
                ) from error
            logger.warning("Redis unavailable (%s); retrying in %.1f s", error, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, backoff.maximum)


def normalised_text_hash(title: str, body: str) -> str:
    """Hash of the article text with case and white space folded, for exact-duplicate checks."""
    # split() breaks at exactly the characters that re's \s matches: the same hash as
    # re.sub(r"\s+", " ", text).strip(), which keys written before used, at a third of the cost
    text = " ".join(f"{title}\n{body}".split()).casefold()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DedupStore:
    """Claims on articles, events and mentions in Redis, retried while Redis is away."""

    def __init__(self, client: aioredis.Redis, settings: Settings) -> None:
        self._client = client
        self._prefix = settings.redis_key_prefix
        self._ttl = settings.dedup_ttl_seconds
        self._backoff = Backoff.from_settings(settings)
        self._claim_script = client.register_script(_CLAIM_SCRIPT)
        self._settle_script = client.register_script(_SETTLE_SCRIPT)

    async def ping(self) -> bool:
        try:
            return bool(await self._client.ping())
        except (*_RETRYABLE, OSError):
            return False

    async def claim_articles(self, arrivals: Sequence[Arrival]) -> list[ClaimResult]:
        """Claim each article by its id and by its normalised text, all in one round trip."""
        return await self._claim(
            [
                _ClaimSpec(
                    (self._key("article", a.article_id), self._key("text", a.text_hash)), a.token
                )
                for a in arrivals
            ]
        )

    async def claim_sightings(
        self, sightings: Sequence[Sighting]
    ) -> list[tuple[ClaimResult, ClaimResult]]:
        """For each sighting, in one round trip: the claim on the event's first sighting (its
        holder publishes on ``events``) and on the event's mention in the article (its count is
        the sightings of the event so far)."""
        specs = []
        for sighting in sightings:
            specs.append(_ClaimSpec((self._key("event", sighting.event_id),), sighting.token))
            specs.append(
                _ClaimSpec(
                    (self._key("mention", sighting.event_id, sighting.article_id),),
                    sighting.token,
                    counter=self._key("sightings", sighting.event_id),
                )
            )
        claims = await self._claim(specs)
        return list(zip(claims[::2], claims[1::2], strict=True))

    async def settle(
        self, done: Sequence[ClaimResult] = (), release: Sequence[ClaimResult] = ()
    ) -> None:
        """In one round trip: record that the outputs of ``done`` were acknowledged, and give up
        ``release``, claims whose outputs were not sent, so that the next message with the same
        article or event claims them anew instead of being taken for a duplicate. Claims
        already marked done, or since taken over, are not released."""
        keys = [key for claim in done for key in claim.keys]
        args: list[str | int] = [len(keys), *(claim.token for claim in done for _ in claim.keys)]
        for claim in release:
            keys.extend(claim.keys)
            if claim.counter:
                keys.append(claim.counter)
            args.extend([claim.token, len(claim.keys), "1" if claim.counter else "0", claim.count])
        if keys:
            await with_retry(self._backoff, lambda: self._settle_script(keys=keys, args=args))

    def _key(self, *parts: str) -> str:
        return self._prefix + ":".join(parts)

    async def _claim(self, specs: list[_ClaimSpec]) -> list[ClaimResult]:
        """Run every claim in one script call: one round trip, one command."""
        if not specs:
            return []
        keys: list[str] = []
        args: list[str | int] = [self._ttl]
        for spec in specs:
            keys.extend(spec.keys)
            if spec.counter:
                keys.append(spec.counter)
            args.extend([spec.token, len(spec.keys), "1" if spec.counter else "0"])
        replies = await with_retry(self._backoff, lambda: self._claim_script(keys=keys, args=args))
        return [
            ClaimResult(
                Claim(replies[2 * i]), int(replies[2 * i + 1]), spec.keys, spec.token, spec.counter
            )
            for i, spec in enumerate(specs)
        ]


class LatestEvents:
    """The newest events in a capped Redis list: the web view shows them across restarts and
    across workers."""

    def __init__(self, client: aioredis.Redis, settings: Settings) -> None:
        self._client = client
        self._key = settings.redis_key_prefix + "latest-events"
        self._kept = settings.latest_events_kept
        self._backoff = Backoff.from_settings(settings)

    async def push(self, events: list[bytes]) -> None:
        """Keep ``events``, each already serialised as its wire JSON."""
        if not events:
            return

        async def push_and_trim() -> None:
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.lpush(self._key, *events)
                pipe.ltrim(self._key, 0, self._kept - 1)
                await pipe.execute()

        await with_retry(self._backoff, push_and_trim)

    async def newest(self) -> list[dict[str, Any]]:
        """The kept events, newest first (one quick try: the web view must not hang)."""
        return [json.loads(item) for item in await self._client.lrange(self._key, 0, -1)]
