from __future__ import annotations

import json

import pytest

from schemas.errors import REASONS, RejectedArticle
from schemas.parsing import parse_article

LIMIT = 20_000


def article(**fields) -> bytes:
    return json.dumps({"id": "a1", "body": "Putin met Kim in Beijing.", **fields}).encode()


def reason_of(raw: bytes | None) -> str:
    with pytest.raises(RejectedArticle) as caught:
        parse_article(raw, LIMIT)
    assert caught.value.reason in REASONS
    assert caught.value.stage == "ingest"
    assert str(caught.value)
    return caught.value.reason


def test_valid_article_keeps_known_fields_and_drops_extra_ones():
    parsed = parse_article(article(title="T", language="en", publisher="X"), LIMIT)
    assert (parsed.id, parsed.title, parsed.language) == ("a1", "T", "en")
    assert not hasattr(parsed, "publisher")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "invalid_json"),
        (None, "invalid_json"),
        (b"[1, 2]", "schema_violation"),
        (json.dumps({"body": "x"}).encode(), "schema_violation"),
        (json.dumps({"id": 5, "body": "x"}).encode(), "schema_violation"),
        (json.dumps({"id": "", "body": "x"}).encode(), "schema_violation"),
        (article(published_at="last tuesday"), "schema_violation"),
        (article(body="  \n "), "empty_body"),
        (b"\xff\xfe" + article(), "bad_encoding"),
        (article(body="x" * LIMIT), "too_large"),
        (b"[" * 5_000 + b"]" * 5_000, "invalid_json"),  # RecursionError before
        (b'{"id": "a", "body": "x", "n": ' + b"1" * 4_400 + b"}", "invalid_json"),  # ValueError
        (b'{"id": "a", "body": "x\\ud800"}', "bad_encoding"),  # a lone surrogate escape
        (b'{"id": "\\udfff", "body": "x"}', "bad_encoding"),
    ],
)
def test_rejections_carry_their_reason(raw, reason):
    assert reason_of(raw) == reason


def test_published_at_accepts_iso_8601_with_zone():
    assert parse_article(article(published_at="2025-09-03T18:00:00Z"), LIMIT).published_at


def test_a_deeply_nested_field_is_a_schema_violation():
    raw = b'{"id": "a", "body": ' + b"[" * 990 + b"]" * 990 + b"}"
    assert reason_of(raw) in ("schema_violation", "invalid_json")
