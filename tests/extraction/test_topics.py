"""Sports news: the vocabulary generator on invented dictionary lines, the article test, and
the extractor leaving sports news uncoded (invented articles)."""

from __future__ import annotations

from pathlib import Path

from extraction import Document, Extractor
from extraction.kb import DATA_DIR, read_tsv
from extraction.policy import ExtractionPolicy
from extraction.sports_build import REVIEW, build
from extraction.topics import sports_article

DICTIONARY = """\
# invented entries in the Ding format (German :: English, synonyms "; ", sub-entries " | ")
Viertelfinale {n} [sport] | im Viertelfinale :: quarter final | in the quarter final
Stürmer {m}; Angreifer {m} [sport] :: striker; forward
Angreifer {m} [mil.] :: attacker
Herausforderer {m} [sport] :: challenger
Tor {n} :: gate; goal
Tor {n} [sport] :: goal
"""


def test_a_noun_ding_lists_only_under_sport_is_a_sports_word(tmp_path: Path) -> None:
    (tmp_path / "de-en").write_text(DICTIONARY, encoding="utf-8")
    german, left_out = build("de", tmp_path / "de-en")
    # "Angreifer" has a military sense, "Tor" a gate; "Herausforderer" is left out by review
    assert {row["word"] for row in german} == {"Viertelfinale", "Stürmer"}
    assert left_out == ["Herausforderer"]
    assert all(row["source"].startswith("Ding de-en 1.9:") for row in german)
    # English: single words of the English side ("quarter final" is two); "goal" is a gate's too
    english, _ = build("en", tmp_path / "de-en")
    assert {row["word"] for row in english} == {"striker", "forward", "challenger"}


def test_the_review_file_names_a_reason_for_every_word() -> None:
    for lang in ("de", "en"):
        assert all(row["reason"] for row in read_tsv(DATA_DIR / REVIEW.format(lang=lang)))


def test_an_article_is_sports_news_with_two_distinct_sports_words() -> None:
    words = {"Viertelfinale", "Stürmer"}
    assert sports_article("Der Stürmer traf im Viertelfinale.", words)
    assert not sports_article("Der Stürmer traf. Der Stürmer traf wieder.", words)
    assert not sports_article("Die stürmer und das viertelfinale", words)  # nouns, as written
    # English words are listed in lower case and found at a sentence's start too
    assert sports_article(
        "Midfielder Ann scored. The quarterfinal ended.", {"midfielder", "quarterfinal"}
    )


def test_sports_news_is_not_coded_unless_the_policy_asks(extractor: Extractor) -> None:
    text = (
        "Titelverteidiger Russland ist im Viertelfinale an Italien gescheitert. "
        "Der Torjäger Russlands griff Italien vergeblich an."
    )
    doc = Document("t", text, language="de", published_at="2025-09-03")
    assert extractor.extract(doc) == []
    coding = Extractor(policy=ExtractionPolicy(min_confidence=0.0, code_sports=True))
    assert coding.extract(doc)
