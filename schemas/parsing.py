"""From raw bytes on ``articles.raw`` to a valid :class:`Article`, or a coded rejection."""

from __future__ import annotations

import json
from datetime import datetime

from schemas.errors import RejectedArticle
from schemas.jsonschema import validator
from schemas.records import Article, record_fields

__all__ = ["parse_article"]


def parse_article(raw: bytes | None, max_bytes: int) -> Article:
    """Decode, parse and validate one input message; raises :class:`RejectedArticle`."""
    if raw is None:
        raise RejectedArticle("invalid_json", "ingest", "the message has no value")
    if len(raw) > max_bytes:
        raise RejectedArticle(
            "too_large", "ingest", f"{len(raw)} bytes is over the limit of {max_bytes} bytes"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RejectedArticle("bad_encoding", "ingest", f"not UTF-8: {error}") from error
    try:
        data = json.loads(text)
    except ValueError as error:  # JSONDecodeError, or an integer of over 4,300 digits
        raise RejectedArticle("invalid_json", "ingest", f"not JSON: {error}") from error
    except RecursionError as error:
        raise RejectedArticle(
            "invalid_json", "ingest", "not JSON GeoWire reads: nested too deeply"
        ) from error
    if not isinstance(data, dict):
        raise RejectedArticle(
            "schema_violation", "ingest", f"an article is a JSON object, not {type(data).__name__}"
        )
    try:
        problems = sorted(validator(Article).iter_errors(data), key=lambda e: list(e.path))
    except RecursionError as error:  # the error message's repr of a deeply nested value
        raise RejectedArticle(
            "schema_violation", "ingest", "a field holds a value nested too deeply"
        ) from error
    if problems:
        detail = "; ".join(
            f"{'/'.join(map(str, p.path)) or '(root)'}: {p.message}" for p in problems[:5]
        )
        raise RejectedArticle("schema_violation", "ingest", detail)
    if data.get("published_at") is not None:
        try:
            datetime.fromisoformat(data["published_at"])
        except ValueError as error:
            raise RejectedArticle(
                "schema_violation", "ingest", f"published_at: not ISO 8601: {error}"
            ) from error
    known = record_fields(Article)
    fields = {key: value for key, value in data.items() if key in known}
    for key, value in fields.items():
        if isinstance(value, str) and not _encodable(value):
            raise RejectedArticle(
                "bad_encoding", "ingest", f"{key}: a lone surrogate escape (\\ud800-\\udfff)"
            )
    if not data["body"].strip():
        raise RejectedArticle("empty_body", "ingest", "the article body is empty")
    return Article(**fields)


def _encodable(text: str) -> bool:
    """Whether ``text`` is valid Unicode: JSON's ``\\ud800`` escapes can decode to lone
    surrogates, which no UTF-8 encoder (Redis keys, hashes, Kafka) accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
