"""Ruling out talks, a coalition, cooperation, a withdrawal or a concession rejects it, as the
CAMEO.2.0 RULE_OUT patterns code it (sense rows of "ausschließen" in verbs.de.reviewed.tsv);
excluding someone, and not ruling out, are no rejection. Sentences are invented for the
tests."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Der französische Präsident schloss Gespräche mit der russischen Regierung aus.", "125"),
        ("Die polnische Regierung schließt eine Koalition mit der Regierung Ungarns aus.", "121"),
    ],
)
def test_ruling_out_rejects(extractor: Extractor, text: str, cameo: str) -> None:
    assert [e for e in coded(extractor, text, kind="cameo") if e[0] == cameo]
    assert [e for e in coded(extractor, text) if e[0] == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Die polnische Regierung schließt eine Zusammenarbeit mit Russland nicht aus.",
        "Der russische Abgeordnete wurde vom Parlament ausgeschlossen.",
    ],
)
def test_not_ruling_out_or_excluding_is_no_rejection(extractor: Extractor, text: str) -> None:
    assert not [e for e in coded(extractor, text) if e[0] == "REJECT"]
