"""The table of German verbs that are only transitive is read from Ding's {vt}/{vi} marks: a
mark closes a run of synonyms, and reflexive uses and sports senses are not the verb's own."""

from __future__ import annotations

from pathlib import Path

from extraction.ding import lines
from extraction.transitive_build import markers


def test_a_mark_applies_to_the_synonyms_before_it(tmp_path: Path) -> None:
    ding = tmp_path / "de-en"
    ding.write_text(
        "jdn. festnehmen; verhaften [geh.] {vt} | festnehmend :: to arrest sb. | arresting\n"
        "etw. fordern {vt}; zu etw. aufrufen {vi} | fordernd :: to demand sth. | demanding\n"
        "sich fordern {vi} :: to push oneself\n"
        "angreifen {vi} [sport] :: to attack\n"
        "abziehen {vi} :: to withdraw\n",
        encoding="utf-8",
    )
    found = markers(lines(ding))
    assert set(found["festnehmen"]) == set(found["verhaften"]) == {"vt"}
    assert set(found["fordern"]) == {"vt"}  # the {vi} closes "zu etw. aufrufen" only
    assert "angreifen" not in found
    assert set(found["abziehen"]) == {"vi"}
