"""German organisation names from the Ding dictionary: the generator on invented dictionary
lines (matched against the real Phoenix table), the case forms it writes, and the installed
table on invented German sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import Extractor
from extraction.actors_de_build import OUT, GermanName, build, declined, english_key
from extraction.kb import DATA_DIR, load_kb, read_tsv
from extraction.word_list import WordList

from .conftest import code
from .test_actor_rules import mentions

DICTIONARY = """\
# invented entries in the Ding format (German :: English, synonyms "; ", sub-entries " | ")
Weltheilbund {m} /WHB/ [med.] :: World Health Organization /WHO/
Rotes Komitee {n} der Welt /RKW/ :: The International Committee of the Red Cross (ICRC)
Reisekostenwerk {n} /RKW/ :: travel agency
Handelsamt {n} | US-Handelsamt {n} :: Federal Trade Commission [Am.] | Federal Trade Commission
Verband {m} :: association
Verband {m} [pol.] :: Amnesty International
Serbenland {n} [geogr.] :: Serbia
rot {adj} :: red
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], dict]:
    folder = Path(tmp_path_factory.mktemp("ding"))
    (folder / "de-en").write_text(DICTIONARY, encoding="utf-8")
    (folder / "words").write_text("who\nassociation\nUnion\n", encoding="utf-8")
    rows, dropped = build(folder / "de-en", DATA_DIR, WordList.read(folder / "words"), load_kb())
    return {r["alias"]: r for r in rows}, dropped


def test_english_names_compare_without_case_articles_and_glosses() -> None:
    assert english_key("The Islamic State (terrorist group) [pol.]") == "islamic state"
    assert english_key("Kurdistan Workers\u2019 Party /PKK/") == "kurdistan workers' party"


def test_a_german_name_takes_the_phoenix_actor_of_its_english_side(generated) -> None:
    rows, _ = generated
    assert rows["weltheilbund"]["actor_id"] == "phoenix:WORLD_HEALTH_ORGANIZATION"
    assert rows["weltheilbund"]["country"] == "IGO"
    assert rows["weltheilbund"]["source"].startswith("Ding de-en 1.9:2 «Weltheilbund")
    assert rows["whb"]["actor_id"] == "phoenix:WORLD_HEALTH_ORGANIZATION"


def test_adjectives_and_a_genitive_head_are_declined(generated) -> None:
    rows, _ = generated
    for form in ("rotes komitee der welt", "rote komitee der welt", "roten komitees der welt"):
        assert rows[form]["actor_id"] == "phoenix:INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS"


def test_an_abbreviation_two_dictionary_names_share_is_left_out(generated) -> None:
    rows, dropped = generated
    assert "rkw" not in rows and "RKW" in dropped["abbreviation of several Ding names"]


def test_a_state_institution_must_name_its_state(generated) -> None:
    rows, dropped = generated
    assert "handelsamt" not in rows  # the generic noun for a US agency
    assert "handelsamt" in dropped["a state's institution without the state"]
    assert rows["us-handelsamt"]["country"] == "USA"


def test_everyday_words_and_places_are_no_organisations(generated) -> None:
    rows, dropped = generated
    assert "verband" not in rows and "verband" in dropped["an everyday word"]
    assert "serbenland" not in rows  # a [geogr.] entry


def test_declined_leaves_a_noun_before_a_capitalised_word_alone() -> None:
    name = GermanName(("Armee", "Mohammeds"), "f", ())
    assert declined(name, ("e", "en", "er", "es"), {"rot"}) == ["armee mohammeds"]


def test_every_installed_row_cites_its_ding_line() -> None:
    rows = list(read_tsv(DATA_DIR / OUT))
    assert rows and all(r["source"].startswith("Ding de-en 1.9:") for r in rows)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Der Internationale Währungsfonds lobte die Reformen.", "Internationale Währungsfonds"),
        ("Die Kredite des Internationalen Währungsfonds sind teuer.", "Internationalen"),
        ("Der IWF verlangte neue Kürzungen.", "IWF"),
    ],
)
def test_a_german_organisation_name_is_its_actor(
    extractor: Extractor, text: str, span: str
) -> None:
    found = {k: m for k, m in mentions(extractor, text, "de").items() if k.startswith(span)}
    assert [m.actor.actor_id for m in found.values()] == ["phoenix:IMF"]


def test_an_event_gets_the_german_named_organisation(extractor: Extractor) -> None:
    events = code(
        extractor, "Die Weltgesundheitsorganisation kritisierte die Regierung Brasiliens.", "de"
    )
    assert [(e.source.country, e.target.country) for e in events] == [("IGO", "BRA")]


def test_everyday_german_nouns_stay_words(extractor: Extractor) -> None:
    found = mentions(extractor, "Die Partei und die Bank lehnten den Vorschlag der Union ab.", "de")
    # "Partei" stays the agent noun it is (a party, no actor of the KB)
    assert not [m for m in found.values() if m.actor is not None and m.actor.actor_id]
