"""Language identification: function words first, py3langid when they do not settle it."""

from __future__ import annotations

import pytest

from extraction.language import detect_language, function_word_vote


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel threatened to close the border crossings into Gaza.", "en"),
        ("The army was deployed.", "en"),
        ("Die Stadt wurde angegriffen.", "de"),
        ("Der Kremlchef lobte die nordkoreanischen Soldaten.", "de"),
    ],
)
def test_short_sentences_get_their_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Le président français a rencontré le chancelier allemand à Paris pour parler de la "
        "guerre.",
        "El presidente del gobierno se reunió con los ministros en Madrid.",
        "Il a dit que la guerre est finie.",
        "De regering heeft de troepen teruggetrokken uit het gebied.",
    ],
)
def test_other_languages_are_still_refused(text: str) -> None:
    assert detect_language(text) is None


def test_news_article_is_decided_by_function_words_alone() -> None:
    text = (
        "Die Regierung hat am Montag erklärt, dass sie die Gespräche mit der Opposition "
        "fortsetzen wird. Es gebe noch keine Einigung über den Haushalt, sagte ein Sprecher."
    )
    best, share, top, second = function_word_vote(text)
    assert best == "de" and share >= 0.25 and top >= 3 * max(second, 1)
