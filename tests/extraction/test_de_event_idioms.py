"""German verbs and light-verb idioms of accusations, rejections, concessions, consultations and
cooperation that the lexicon missed or coded as another event (verbs.de.reviewed.tsv rows after
CAMEO.2.0 patterns and Ding entries): "beschimpfen", "abschmettern", "die Forderungen
ignorieren", "das Feuer / die Angriffe einstellen", "die Blockade aufheben", "mit dem
Präsidenten sprechen", "diplomatische Beziehungen aufnehmen", "ein Bündnis eingehen", "aus dem
Abkommen aussteigen" ... Sentences are invented for the tests (not taken from the gold files or
the unseen corpora)."""

from __future__ import annotations

import pytest

from extraction import Extractor

from .conftest import coded


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # ACCUSE
        ("Die Regierung Kenias hat Uganda beschimpft.", "111"),
        ("Das Vorgehen Ugandas wurde von Kenia missbilligt.", "110"),
        ("Die Regierung Kenias diffamierte Uganda.", "111"),
        ("Kenia äußerte sich kritisch über die Politik Ugandas.", "111"),
        ("Die Regierung Kenias zeigte sich empört über das Vorgehen Ugandas.", "111"),
        ("Kenia reagierte mit Empörung auf die Ankündigung Ugandas.", "111"),
        # REJECT
        ("Kenia schmetterte den Antrag Ugandas ab.", "120"),
        ("Die Forderungen Ugandas wurden von Kenia ignoriert.", "122"),
        ("Kenia ließ Uganda abblitzen.", "120"),
        ("Die Regierung Kenias stellte sich gegen Uganda.", "120"),
        ("Kenia ging auf die Forderungen Ugandas nicht ein.", "120"),
        # CONCEDE and RETREAT
        ("Kenia stellte die Angriffe auf Uganda ein.", "0871"),
        ("Kenia hat den Beschuss der Stellungen Ugandas eingestellt.", "0871"),
        ("Kenia beendete die Luftangriffe auf Uganda.", "0871"),
        ("Kenia hob die Blockade Ugandas auf.", "0872"),
        ("Kenia hat seine Truppen an der Grenze zu Uganda reduziert.", "0873"),
        ("Kenia machte im Streit mit Uganda einen Rückzieher.", "080"),
        ("Kenia gab im Streit mit Uganda klein bei.", "080"),
        ("Kenia ist auf die Forderungen Ugandas eingegangen.", "083"),
        ("Kenia gewährte den Inspekteuren Ugandas Zugang zu den Anlagen.", "0862"),
        ("Kenia hat die Klage gegen Uganda zurückgezogen.", "081"),
        ("Kenia hat mit Uganda Gefangene ausgetauscht.", "0841"),
        # CONSULT
        ("Der Präsident Kenias sprach mit dem Präsidenten Ugandas über die Krise.", "040"),
        ("Der Präsident Kenias hatte eine Unterredung mit dem Präsidenten Ugandas.", "040"),
        # AGREE, SUPPORT, COOPERATE
        ("Kenia hat mit Uganda diplomatische Beziehungen aufgenommen.", "054"),
        ("Kenia ist mit Uganda ein Bündnis eingegangen.", "050"),
        ("Kenia hat mit Uganda Frieden geschlossen.", "050"),
        ("Kenia baute die Zusammenarbeit mit Uganda aus.", "050"),
        ("Kenia hat die Zusammenarbeit mit Uganda verstärkt.", "050"),
        ("Kenia hat sich mit Uganda solidarisiert.", "051"),
        ("Die Regierung Kenias stellte sich hinter Uganda.", "050"),
        ("Kenia sprach sich gegen Sanktionen gegen Uganda aus.", "052"),
        ("Kenia zeigte sich gegenüber Uganda kompromissbereit.", "030"),
        ("Kenia erklärte seine Solidarität mit Uganda.", "051"),
        ("Der Präsident Kenias pflichtete dem Präsidenten Ugandas bei.", "051"),
        ("Kenia gab dem Plan Ugandas seine Zustimmung.", "051"),
        ("Kenia hat das Angebot Ugandas angenommen.", "030"),
        ("Kenia hat mit Uganda einen Kompromiss erzielt.", "037"),
        ("Kenia eröffnete eine Botschaft in Uganda.", "054"),
        ("Kenia stieg aus dem Abkommen mit Uganda aus.", "161"),
        ("Kenia zog seinen Botschafter aus Uganda zurück.", "161"),
    ],
)
def test_an_idiom_codes_its_event(extractor: Extractor, text: str, cameo: str) -> None:
    assert coded(extractor, text, kind="cameo") == [(cameo, "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        # "mit" that names no official is no consultation ("sprechen mit" needs one)
        "Der Präsident Kenias sprach im Zusammenhang mit Uganda von einem Angriff.",
        # withdrawing from politics is no break of relations (that needs a treaty or alliance)
        "Der Präsident Kenias zog sich aus der Politik zurück.",
    ],
)
def test_a_verb_without_its_idiom_noun_codes_no_such_event(extractor: Extractor, text: str) -> None:
    assert all(c not in {"040", "161"} for c, _, _ in coded(extractor, text, kind="cameo"))
