"""The English verb-form table is built from WordNet's verb exceptions, keeping only the forms
simplemma lemmatises to none of their bases."""

from __future__ import annotations

from pathlib import Path

from extraction.ding import lines
from extraction.verb_forms_build import build, build_de, missed_forms, preterites


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


def test_german_preterites_the_lemmatiser_keeps_get_their_base(tmp_path: Path) -> None:
    ding = tmp_path / "de-en"
    ding.write_text(
        "etw. abbrechen {vt} | abbrechend | abgebrochen | ich/er/sie brach ab :: to break off sth."
        " | breaking off | broken off | I/he/she broke off\n"
        "etw. ablehnen {vt} | ablehnend | ich/er/sie lehnte ab :: to reject sth. | rejecting"
        " | I/he/she rejected\n",
        encoding="utf-8",
    )
    assert list(preterites(lines(ding))) == [("brach", "brechen", 1)]  # "lehnte" has a lemma
    out = tmp_path / "forms.tsv"
    assert build_de(ding, out) == 1
    assert out.read_text(encoding="utf-8").splitlines()[-1] == "brach\tbrechen\tDing de-en 1.9:1"


def test_a_strong_preterite_read_as_another_verb_gets_its_base(tmp_path: Path) -> None:
    # simplemma reads "schwor" as "schwären"; a weak preterite it reads right keeps its lemma
    # even where a Ding entry gives another verb
    ding = tmp_path / "de-en"
    ding.write_text(
        "schwören {vi} | schwörend | geschworen | ich/er/sie schwor :: to swear | swearing"
        " | sworn | I/he/she swore\n"
        "etw. beantworten {vt} | ich/er/sie antwortete :: to answer sth. | I/he/she answered\n",
        encoding="utf-8",
    )
    assert list(preterites(lines(ding))) == [("schwor", "schwören", 1)]
