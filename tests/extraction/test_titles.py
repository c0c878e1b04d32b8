"""A wire item's title without a full stop, run into the story's first sentence, on invented
articles: the title's verb takes the sentence, so the story is read again on its own where that
reading published nothing."""

from __future__ import annotations

from extraction import Extractor
from extraction.extractor import title_end

from .conftest import code

STORY = (
    "Ex-mayor Rojas is ordered to appear in court\n\n"
    "Juan Rojas, a former Bolivian mayor, was placed under house arrest on Tuesday, "
    "charged with bribery."
)


def test_the_story_under_a_title_is_read_on_its_own(default_extractor: Extractor) -> None:
    events = code(default_extractor, STORY, "en")
    assert [(e.event_type, e.source and e.source.country) for e in events] == [("COERCE", "BOL")]
    assert events[0].target is not None and events[0].target.country == "BOL"
    assert events[0].sentence.startswith("Juan Rojas")


def test_a_title_is_the_bodys_first_line_before_a_blank_line() -> None:
    tokens = ["Title", "words", "\n\n", "Story", ".", "\n\n", "More"]
    spaces = [t.isspace() for t in tokens]
    assert title_end(tokens, spaces) == 3
    assert title_end(["One", "line", "."], [False, False, False]) is None
