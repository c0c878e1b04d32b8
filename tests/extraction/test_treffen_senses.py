"""German "treffen" in senses that are no meeting: "traf ... ein" is eintreffen (to arrive)
also when a coordinator opens the next clause right after the particle; a guest "wurde ...
empfangen" is hosted by the "von" phrase. Invented sentences."""

from __future__ import annotations

from extraction import Extractor

from .conftest import code


def _codes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo, e.source and e.source.country, e.target and e.target.country)
        for e in code(extractor, text, "de")
    ]


def test_a_particle_before_a_coordinator_closes_the_clause_of_its_verb(
    extractor: Extractor,
) -> None:
    # "traf ... ein und sprach": an arrival (a visit), not a meeting
    text = (
        "Die Außenministerin Kanadas traf am Dienstag in Nairobi ein"
        " und sprach mit dem Präsidenten Kenias."
    )
    assert _codes(extractor, text) == [("042", "CAN", "KEN")]


def test_a_particle_word_in_a_fixed_pair_closes_nothing(extractor: Extractor) -> None:
    # "ab und zu" (now and then) is no particle of "treffen"
    text = "Der Premierminister Indiens traf ab und zu den Präsidenten Nepals."
    assert _codes(extractor, text) == [("040", "IND", "NPL")]


def test_a_participle_spelt_like_its_infinitive_is_a_passive_after_wurde(
    extractor: Extractor,
) -> None:
    # "wurde ... empfangen": the host is the "von" phrase, the guest the subject
    passive = "Die Außenministerin Kanadas wurde in Nairobi vom Präsidenten Kenias empfangen."
    assert _codes(extractor, passive) == [("043", "KEN", "CAN")]
    arrived = (
        "Die Außenministerin Kanadas traf am Dienstag in Nairobi ein"
        " und wurde vom Präsidenten Kenias empfangen."
    )
    assert _codes(extractor, arrived) == [("043", "KEN", "CAN")]
