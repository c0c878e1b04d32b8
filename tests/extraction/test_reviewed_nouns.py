"""Event nouns of the reviewed German verb lexicon join the trigger table (invented sentences)."""

from __future__ import annotations

from pathlib import Path
from shutil import copytree

import pytest

from extraction import Extractor
from extraction.kb import DATA_DIR, load_kb
from extraction.lexicon import Lexicon

from .conftest import code

REVIEWED = "verbs.de.reviewed.tsv"
HEADER = (
    "lemma\tpos\tparticle\tparticiple\tsubject\tobject\tpreps\tcameo\treverse\tnegated"
    "\treview\tsource\n"
)


def _kb_with(tmp_path: Path, rows: list[str]):
    """A copy of the KB whose reviewed German lexicon holds only ``rows``."""
    data = tmp_path / "data"
    copytree(DATA_DIR, data)
    (data / REVIEWED).write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return load_kb(data)


def test_only_kept_argument_free_nouns_with_a_plover_type_are_taken(tmp_path: Path) -> None:
    kb = _kb_with(
        tmp_path,
        [
            "Umzingelung\tNOUN\t\t\t\t\t\t190\t\t\tkeep\tinvented",
            "Verkündung\tNOUN\t\t\t\t\t\t010\t\t\tkeep\tinvented: a statement, no PLOVER type",
            "Hämmerung\tNOUN\t\t\t\t\t\t190\t\t\tdrop: other sense\tinvented",
            "Ansage\tNOUN\t\t\t\tKrieg\t\t138\t\t\tkeep\tinvented: needs its object",
            "umzingeln\tVERB\t\tumzingelt\t\t\t\t190\t\t\tkeep\tinvented: a verb",
        ],
    )
    assert set(kb.reviewed_nouns["de"]) == {"umzingelung"}
    assert kb.reviewed_nouns["de"]["umzingelung"].cameo == "190"


def test_the_trigger_table_wins_over_a_reviewed_noun(tmp_path: Path) -> None:
    kb = _kb_with(tmp_path, ["Treffen\tNOUN\t\t\t\t\t\t190\t\t\tkeep\tinvented: a wrong code"])
    listed = kb.triggers["de"]["treffen"][0]
    assert Lexicon("de", kb).triggers["treffen"][0] is listed
    assert listed.cameo.startswith("04")


def test_reviewed_nouns_stay_in_their_language() -> None:
    kb = load_kb()
    assert "blockade" in Lexicon("de", kb).triggers
    assert "blockade" not in kb.triggers["de"]  # from the reviewed lexicon, not triggers.tsv
    assert "blockade" not in Lexicon("en", kb).triggers


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "Die polnische Regierung begann eine Blockade der Grenze zu Belarus.",
            "COERCE",
            "POL",
            "BLR",
        ),
        (
            "Die Polizei in Minsk meldete die Inhaftierung von zwei polnischen Journalisten.",
            "COERCE",
            "BLR",
            "POL",
        ),
    ],
)
def test_a_nominalisation_missing_from_the_trigger_table_codes_its_event(
    extractor: Extractor, text: str, etype: str, source: str, target: str
) -> None:
    events = code(extractor, text, "de")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [
        (etype, source, target)
    ]
