"""Actors named earlier in the article: bodies the KB lacks (:mod:`extraction.bodies`), new
persons and the countries later mentions of them keep. Sentences and names are invented for
the tests."""

from __future__ import annotations

import pytest

from extraction import Extractor
from extraction.entities import find_entities
from extraction.spans import ArticleMemory, Sentence

from .conftest import code, pairs, roles


def article_mentions(extractor: Extractor, sentences: list[str], lang: str = "de"):
    """The mentions of each sentence, found with one memory as in an article."""
    return article_mentions_on(extractor, sentences, "2000-01-01", lang)


def article_mentions_on(extractor: Extractor, sentences: list[str], day: str, lang: str = "de"):
    """The mentions of each sentence of an article of ``day``, found with one memory."""
    nlp, lex, _ = extractor._resources(lang)
    memory = ArticleMemory()
    out = []
    for text in sentences:
        tokens = [t for t in nlp.make_doc(text) if not t.is_space]
        words = [t.text for t in tokens]
        s = Sentence(words, [lex.lemma(w) for w in words], [t.idx for t in tokens])
        found = find_entities(extractor.kb, lex, s, day, memory)
        out.append({" ".join(words[m.start : m.end]): m for m in found})
    return out


def test_party_named_after_its_noun_is_found_again_by_its_name(extractor: Extractor) -> None:
    first, later = article_mentions(
        extractor,
        [
            "In Portugal hat die Linkspartei Zorvalos neue Gespräche verlangt.",
            "Zorvalos lehnte am Abend jede Koalition ab.",
        ],
    )
    body = first["Linkspartei Zorvalos"]
    assert body.country == "PRT" and body.actor.name == "Zorvalos"
    assert later["Zorvalos"].country == "PRT" and later["Zorvalos"].kind == "ORG"


def test_bracketed_abbreviation_of_a_party_names_it_later(extractor: Extractor) -> None:
    _, later = article_mentions(
        extractor,
        [
            "In Chile gewann die Nationale Bauernpartei (PNBX) die meisten Sitze.",
            "Der PNBX-Vorsitzende kündigte einen Streik an, und die PNBX sammelte Stimmen.",
        ],
    )
    assert later["PNBX-Vorsitzende"].country == "CHL"
    assert later["PNBX"].country == "CHL"


def test_name_of_a_known_word_is_no_body(extractor: Extractor) -> None:
    # "die Partei Reformen" are two words of the sentence: "Reformen" names nothing
    (found,) = article_mentions(
        extractor, ["In Polen verlangte die Partei Reformen von der Regierung."]
    )
    assert "Partei Reformen" not in found and "Partei" in found


def test_organisation_lends_no_country_to_its_name(extractor: Extractor) -> None:
    # an organisation may work across borders: the sentence's country is not its name's
    _, later = article_mentions(
        extractor,
        [
            "In Kanada kritisierte die Organisation Velmaro die Pläne.",
            "Velmaro sammelte Unterschriften.",
        ],
    )
    assert "Velmaro" not in later


def test_event_of_a_party_named_earlier_has_its_country(extractor: Extractor) -> None:
    events = code(
        extractor,
        "In Portugal hat die Linkspartei Zorvalos neue Gespräche verlangt. "
        "Zorvalos hat sich geweigert, mit der Regierung Portugals zu verhandeln.",
        "de",
    )
    refused = [e for e in events if e.event_type == "REJECT"]
    assert refused and refused[0].source is not None and refused[0].source.country == "PRT"


def test_new_person_takes_no_country_from_the_country_it_acts_on(extractor: Extractor) -> None:
    (found,) = article_mentions(
        extractor, ["Außenminister Karel Novak kritisierte am Montag Russland."]
    )
    person = next(m for text, m in found.items() if text.startswith("Außenminister"))
    assert person.kind == "PER" and person.country != "RUS"


def test_name_in_its_own_alphabet_is_the_dictionaries_ascii_name(extractor: Extractor) -> None:
    first, later = article_mentions(
        extractor,
        [
            "Ministerpräsident Viktor Orbán kritisierte am Montag die Regierung.",
            "Orbán lobte später den Plan.",
        ],
    )
    assert first["Ministerpräsident Viktor Orbán"].country == "HUN"  # Phoenix: "Viktor Orban"
    assert later["Orbán"].country == "HUN"


def test_surname_keeps_the_country_its_sentence_gave_later(extractor: Extractor) -> None:
    first, second = article_mentions(
        extractor,
        [
            "Innenminister Karel Novak ist am Montag in Prag eingetroffen.",
            "Novak lobte später China.",
        ],
    )
    assert first["Innenminister Karel Novak"].country == "CZE"  # "in Prag" locates him
    assert second["Novak"].country == "CZE"  # the country the fallback found, remembered


def test_non_state_group_takes_no_country_from_its_counterpart(extractor: Extractor) -> None:
    (against,) = article_mentions(
        extractor, ["Mehrere Gewerkschaften protestierten am Montag gegen den US-Konzern Daxtron."]
    )
    (located,) = article_mentions(
        extractor, ["Mehrere Gewerkschaften protestierten am Montag in Chicago."]
    )
    assert against["Gewerkschaften"].country is None
    assert located["Gewerkschaften"].country == "USA"


def test_a_government_body_takes_no_country_from_its_counterpart(extractor: Extractor) -> None:
    # a ministry, troops or police act on foreigners too: the one country the sentence names
    # as another actor is as often the other side; a place of it says where they are
    (summons,) = article_mentions(
        extractor, ["Das Außenministerium bestellte am Montag den russischen Botschafter ein."]
    )
    (located,) = article_mentions(
        extractor, ["Das Außenministerium in Moskau bestellte am Montag den Botschafter ein."]
    )
    assert summons["Außenministerium"].country is None
    assert located["Außenministerium"].country == "RUS"


def test_an_armed_group_keeps_its_sentences_country(extractor: Extractor) -> None:
    # rebels fight in their own country: the government they oppose names it
    (rebels,) = article_mentions(
        extractor, ["Die Rebellen lehnten am Montag den Vorschlag der syrischen Regierung ab."]
    )
    assert rebels["Rebellen"].country == "SYR"


def test_a_town_right_after_a_state_body_is_its_seat(extractor: Extractor) -> None:
    # "die Polizei Minsk": German names an authority by its seat; the town is no other actor
    text = "Die Polizei Minsk nahm einen litauischen Journalisten fest."
    assert pairs(extractor, text, "COERCE") == {("BLR", "LTU")}


def test_a_short_name_keeps_the_office_of_its_titled_first_mention(extractor: Extractor) -> None:
    """The KB's reading of the name alone (a Norwegian politician) is remembered when the name
    is read; the title in front of it then says in which office the article means him."""
    events = code(
        extractor,
        "NATO-Generalsekretär Jens Stoltenberg besuchte am Montag Warschau. "
        "Stoltenberg kritisierte Russland scharf.",
        "de",
    )
    assert [r for r in roles(events) if r[0] == "ACCUSE"] == [("ACCUSE", "IGO", "RUS")]


def test_a_dated_office_holder_is_remembered_as_a_person(extractor: Extractor) -> None:
    """The Phoenix dictionaries list the office ("Secretary-General Ban Ki-Moon") as an
    organisation beside the person's own entry: on a day both hold, the person is read, so a
    later surname finds him."""
    first, later = article_mentions_on(
        extractor,
        [
            "UN-Generalsekretär Ban Ki-moon reiste am Montag nach Genf.",
            "Ban forderte eine Waffenruhe.",
        ],
        "2015-06-01",
    )
    assert first["UN-Generalsekretär Ban Ki-moon"].kind == "PER"
    assert later["Ban"].country == "IGO"


def test_he_is_the_person_named_last_not_the_one_introduced_last(extractor: Extractor) -> None:
    """A person named again by surname becomes the latest person a pronoun may refer to."""
    text = (
        "Kenyan President Joseph Kamau met Ugandan President Peter Okello on Monday. "
        "Later Kamau spoke to reporters in Nairobi. "
        "He criticised Tanzania sharply."
    )
    assert pairs(extractor, text, "ACCUSE", "en") == {("KEN", "TZA")}


@pytest.mark.parametrize(
    "second",
    [
        "Later she promised she would lower taxes.",
        "She rejected claims she had lied.",
    ],
)
def test_a_person_named_twice_in_a_sentence_is_not_her_own_recipient(
    extractor: Extractor, second: str
) -> None:
    text = "Polish Prime Minister Beata Kowalska visited Berlin on Monday. " + second
    events = [e for e in code(extractor, text, "en") if e.sentence.startswith(second[:12])]
    assert all(e.target is None for e in events), roles(events)


def test_an_elite_of_the_dictionaries_is_found_again_by_surname(extractor: Extractor) -> None:
    """The Phoenix dictionaries file Selahattin Demirtas as an elite (TURELI), no person."""
    text = (
        "Die Polizei nahm den Oppositionspolitiker Selahattin Demirtaş fest. "
        "Erdoğan warf Demirtaş Terror vor."
    )
    assert ("TUR", "TUR") in pairs(extractor, text, "ACCUSE")


def test_bracketed_abbreviation_of_a_known_organisation_names_it_later(
    extractor: Extractor,
) -> None:
    # the knowledge base knows the full name only: the bracket teaches the article the short one
    _, later = article_mentions(
        extractor,
        [
            "Am Morgen meldete die Freie Syrische Armee (FSA) neue Gefechte bei Hama.",
            "Ein Sprecher der FSA warf den Truppen Russlands Angriffe vor.",
        ],
    )
    assert later["Sprecher der FSA"].country == "SYR"
