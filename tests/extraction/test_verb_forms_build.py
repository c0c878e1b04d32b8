"""The English verb-form table is built from WordNet's verb exceptions, keeping only the forms
simplemma lemmatises to none of their bases."""

from __future__ import annotations

from pathlib import Path

from extraction.verb_forms_build import build, missed_forms


def test_only_forms_the_lemmatiser_misses_are_kept(tmp_path: Path) -> None:
    (tmp_path / "verb.exc").write_text(
        "shot shoot\nsent send\nlaid_off lay_off\ncancelled cancel\n", encoding="utf-8"
    )
    assert sorted(missed_forms(tmp_path / "verb.exc")) == [
        ("cancelled", "cancel"),
        ("shot", "shoot"),
    ]


def test_the_table_names_its_source(tmp_path: Path) -> None:
    (tmp_path / "verb.exc").write_text("shot shoot\n", encoding="utf-8")
    out = tmp_path / "forms.tsv"
    assert build(tmp_path, out) == 1
    assert out.read_text(encoding="utf-8").splitlines()[-1] == "shot\tshoot\tWordNet 3.0 verb.exc"
