"""From raw bytes on ``articles.raw`` to a valid :class:`Article`, or a coded rejection."""

from __future__ import annotations

import json
from datetime import datetime

from schemas.errors import RejectedArticle
from schemas.jsonschema import validator
from schemas.records import Article

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
    except json.JSONDecodeError as error:
        raise RejectedArticle("invalid_json", "ingest", f"not JSON: {error}") from error
    if not isinstance(data, dict):
        raise RejectedArticle(
            "schema_violation", "ingest", f"an article is a JSON object, not {type(data).__name__}"
        )
    problems = sorted(validator(Article).iter_errors(data), key=lambda e: list(e.path))
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
    if not data["body"].strip():
        raise RejectedArticle("empty_body", "ingest", "the article body is empty")
    known = Article._options.fields
    return Article(**{key: value for key, value in data.items() if key in known})
