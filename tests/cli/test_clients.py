from __future__ import annotations

import json

from cli.clients import messages_from_lines, messages_from_path


def test_json_lines_are_sent_as_they_are_keyed_by_id(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_bytes(b'{"id": "x1", "body": "b"}\n\n{broken\n')
    messages = list(messages_from_path(source))
    assert [(m.key, m.value) for m in messages] == [
        (b"x1", b'{"id": "x1", "body": "b"}'),
        (None, b"{broken"),  # the worker dead-letters it: nothing is dropped on the way
    ]


def test_text_files_become_articles_with_content_ids(tmp_path):
    (tmp_path / "one.txt").write_text("Title line\nRussia and Ukraine agreed.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.jsonl").write_text('{"id": "j", "body": "x"}\n')
    (tmp_path / ".hidden").write_text("ignored")
    messages = list(messages_from_path(tmp_path))
    assert len(messages) == 2
    article = json.loads(messages[0].value)
    assert article["id"].startswith("one-") and article["title"] == "Title line"
    assert article["body"].endswith("agreed.") and messages[0].key == article["id"].encode()
    again = list(messages_from_path(tmp_path / "one.txt"))
    assert again[0].value == messages[0].value  # the same file gives the same id


def test_stdin_lines_strip_line_ends():
    messages = list(messages_from_lines([b'{"id": "a", "body": "b"}\r\n', b"  \n"]))
    assert [m.value for m in messages] == [b'{"id": "a", "body": "b"}']
