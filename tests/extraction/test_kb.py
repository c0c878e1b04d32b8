"""The KB files load and every entry names its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.errors import KnowledgeBaseError
from extraction.kb import DATA_DIR, country_codes, folded, load_kb, read_tsv

TSV_FILES = sorted(DATA_DIR.glob("*.tsv"))


@pytest.mark.parametrize("path", TSV_FILES, ids=lambda p: p.name)
def test_every_row_has_a_source(path: Path) -> None:
    rows = list(read_tsv(path))
    assert rows and all(row["source"] for row in rows)


def test_a_row_without_source_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("alias\tsource\nputin\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        list(read_tsv(bad))


def test_every_trigger_code_is_in_the_cameo_table() -> None:
    kb = load_kb()
    for lang in ("de", "en"):
        for triggers in kb.triggers[lang].values():
            for trig in triggers:
                assert kb.cameo_row(trig.cameo)["plover"], trig


def test_cameo_table_pins_quad_and_goldstein() -> None:
    kb = load_kb()
    assert kb.cameo_row("043")["plover"] == "CONSULT"
    assert (kb.cameo_row("190")["quad"], kb.cameo_row("190")["goldstein"]) == ("4", "-10.0")
    assert kb.cameo_row("051")["quad"] == "1"


def _iso_alpha3() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries}


def test_every_country_code_of_the_kb_is_iso_or_a_documented_non_state_code() -> None:
    codes = country_codes()
    documented = {v for v in codes.values() if v is not None}  # XKX and the IGO/NGO classes
    allowed = _iso_alpha3() | documented
    kb = load_kb()
    actor_codes = {e.country for entries in kb.actors.values() for e in entries if e.country}
    place_codes = {e.country for entries in kb.places.values() for e in entries if e.country}
    demonym_codes = {c for forms in kb.demonyms.values() for c in forms.values() if c}
    agent_codes = {c for nouns in kb.agents.values() for _, _, c in nouns.values() if c}
    assert not (actor_codes | place_codes | demonym_codes | agent_codes) - allowed
    assert not _iso_alpha3() & {code for code, iso in codes.items() if iso != code}, (
        "an ISO code is mapped away"
    )


def test_old_cameo_and_region_codes_are_mapped() -> None:
    kb = load_kb()
    assert {e.country for e in kb.actors["unita"]} == {"AGO"}  # CAMEO ANG
    assert {e.country for e in kb.actors["east germany"]} == {"DEU"}
    assert {e.country for e in kb.actors["kach"]} == {None}  # [MEAREB]: a region, no country


def test_dated_roles() -> None:
    kb = load_kb()
    assert kb.actor("putin", "2010-01-01").sector == "GOV"
    assert kb.actor("putin", "1995-01-01").sector == "ELI"


def test_places_and_demonyms() -> None:
    kb = load_kb()
    assert kb.place("Peking").country == "CHN"
    assert kb.place("Nordkorea").country == "PRK"
    assert kb.demonyms["de"]["nordkoreanischen"] == "PRK"
    assert kb.demonyms["en"]["ukrainian"] == "UKR"


def test_foreign_accents_fold_to_ascii_and_german_letters_stay() -> None:
    assert folded("jarosław kaczyński") == "jaroslaw kaczynski"
    assert folded("y\u0131ld\u0131r\u0131m") == "yildirim"  # Turkish dotless i
    assert folded("länder") == "länder"  # no "lander" (Lander, Wyoming)
    assert load_kb().actor("Lech Wałęsa", None).country == "POL"
    assert load_kb().actor("Ivica Dacic", None).country == "SRB"  # the KB spells "Dačić"


def test_capitals_are_told_from_other_towns() -> None:
    kb = load_kb()
    assert [kb.place(name).kind for name in ("Moskau", "Washington", "Bogotá", "Paris")] == [
        "capital"
    ] * 4
    assert [kb.place(name).kind for name in ("Lyon", "Greenville", "Genf")] == ["city"] * 3


def test_kb_build_parses_dated_phoenix_roles(tmp_path: Path) -> None:
    from extraction.kb_build import parse_phoenix_actors

    src = tmp_path / "actors.txt"
    src.write_text(
        "# comment\nDMITRY_MEDVEDEV_  # CountryInfo.txt\n+MEDVEDEV\n"
        "\t[RUSELI 830101-051201]\n\t[RUSGOV >080507]\n",
        encoding="utf-8",
    )
    rows = list(parse_phoenix_actors(src, "test"))
    gov = [r for r in rows if r["sector"] == "GOV"]
    assert {r["alias"] for r in gov} == {"dmitry medvedev", "medvedev"}
    assert gov[0]["start"] == "2008-05-07" and gov[0]["kind"] == "PER"
    assert all(r["source"] == "test" for r in rows)


def test_word_list_tells_everyday_words_from_names(tmp_path: Path) -> None:
    from extraction.word_list import WordList

    path = tmp_path / "words"
    path.write_text("tigers\nunion\nUnion\nUS\nus\nParis\n", encoding="utf-8")
    words = WordList.read(path)
    assert words.everyday_only("tigers") and not words.everyday_only("union")
    assert not words.everyday_only("us") and not words.everyday_only("paris")
    assert words.everyday("Union") and not words.everyday("Paris")
    assert not words.everyday("union city")  # only one-word names are judged


def test_everyday_words_are_no_names_in_the_generated_kb() -> None:
    kb = load_kb()
    assert kb.place("Union") is None  # Union, New Jersey: German news mean the CDU/CSU
    assert kb.place("Rest") is None  # an alternate GeoNames name of Rasht, Iran
    assert "tigers" not in kb.actors  # Phoenix's Swazi "TIGERS_ [SWZREB]"
    assert kb.place("Shanghai").country == "CHN"  # a major city keeps its name
    assert kb.place("Arish").country == "EGY"  # GeoNames' "Arīsh", as news write it
    assert kb.place("Al-Arish").country == "EGY"  # with the Arabic article
    assert {e.country for e in kb.actors["eta"]} == {"ESP"}  # the list knows "ETA" as a name


def test_dated_office_holders_are_persons_in_the_generated_kb() -> None:
    # the dictionary marks only its CountryInfo and rulers sections as persons; other dated
    # entries named like a person (given name, or a title before the surname) are persons too
    kb = load_kb()
    for alias in ("john kerry", "barack obama", "alexis tsipras"):
        assert {e.kind for e in kb.actors[alias]} == {"PER"}, alias
    assert {e.kind for e in kb.actors["palestinian authority"]} == {"ORG"}
    assert {e.kind for e in kb.actors["the islamic state"]} == {"ORG"}


def test_an_elite_named_like_a_person_is_a_person(tmp_path: Path) -> None:
    """CAMEO's elites (ELI) are individuals: an undated one named by two to four words that
    are no everyday words is a person, so that a later bare surname finds it."""
    from extraction.kb_build import _named_persons
    from extraction.word_list import WordList

    path = tmp_path / "words"
    path.write_text("think\ntank\nbased\n", encoding="utf-8")
    rows = [
        {
            "alias": "nadia kovacs",
            "name": "Nadia Kovacs",
            "actor_id": "a",
            "kind": "ORG",
            "sector": "ELI",
            "start": "",
            "end": "",
        },
        {
            "alias": "harbour think tank",
            "name": "Harbour Think Tank",
            "actor_id": "b",
            "kind": "ORG",
            "sector": "ELI",
            "start": "",
            "end": "",
        },
        {
            "alias": "nadia kovacs group",
            "name": "Nadia Kovacs Group",
            "actor_id": "c",
            "kind": "ORG",
            "sector": "BUS",
            "start": "",
            "end": "",
        },
    ]
    kinds = {r["actor_id"]: r["kind"] for r in _named_persons(rows, set(), WordList.read(path))}
    assert kinds == {"a": "PER", "b": "ORG", "c": "ORG"}
    assert {e.kind for e in load_kb().actors["selahattin demirtas"]} == {"PER"}


def test_appeals_are_coded_as_requests(shared_data: Path) -> None:
    from extraction.kb_build import build_cameo

    rows = {r["code"]: r for r in build_cameo(shared_data)}
    appeals = [code for code in rows if code.startswith("02")]
    assert len(appeals) == 28  # the root and its 27 codes
    assert all(rows[code]["plover"] == "REQUEST" for code in appeals)
    assert (
        (rows["0253"]["mode"], rows["0253"]["context"])
        == (rows["1053"]["mode"], rows["1053"]["context"])
        == ("yield", "legal")
    )
    assert all(not rows[code]["plover"] for code in rows if code.startswith("01"))
    assert load_kb().cameo_row("026")["plover"] == "REQUEST"  # the generated file agrees


def test_kb_build_reads_four_digit_years(tmp_path: Path) -> None:
    from extraction.kb_build import parse_phoenix_actors

    src = tmp_path / "actors.txt"
    src.write_text(
        "INVENTED_REPUBLIC_ [XYZ]\n\t[XYZ 19491007-19901003]\n"
        "JANE_INVENTED_  # CountryInfo.txt\n\t[XYZGOV 20041207-20091119]\n",
        encoding="utf-8",
    )
    rows = list(parse_phoenix_actors(src, "test"))
    dated = {(r["alias"], r["start"], r["end"]) for r in rows if r["start"]}
    assert dated == {
        ("invented republic", "1949-10-07", "1990-10-03"),
        ("jane invented", "2004-12-07", "2009-11-19"),
    }


def test_kb_build_keeps_loosely_written_codes(tmp_path: Path) -> None:
    from extraction.kb_build import parse_phoenix_actors

    src = tmp_path / "actors.txt"
    src.write_text(
        "JOHN_INVENTED_  # CountryInfo.txt\n\t[XYZGOV > 140608]\n"
        "MARY_INVENTED_  # CountryInfo.txt\n\t[XYZGOV >201005011]\n"
        "OLD_INVENTED_STATE_\n\t[XYZUNR 9008223-911221]\n",
        encoding="utf-8",
    )
    rows = {
        r["alias"]: (r["country"], r["sector"], r["start"], r["end"])
        for r in parse_phoenix_actors(src, "test")
    }
    assert rows == {
        "john invented": ("XYZ", "GOV", "2014-06-08", ""),
        "mary invented": ("XYZ", "GOV", "", ""),  # a malformed date leaves that end open
    }  # the state's range with a malformed start is dropped: it would stretch over all years


def test_kb_build_joins_root_phrases_in_a_row(tmp_path: Path) -> None:
    from extraction.kb_build import parse_phoenix_actors

    src = tmp_path / "actors.txt"
    src.write_text(
        "JOHN_INVENTED_  # CountryInfo.txt\n+INVENTED\nPRESIDENT_JOHN_INVENTED\n"
        "\t[XYZGOV 850311-910824]\n"
        "LONE_PHRASE_\n\n# a comment\nOTHER_INVENTED_  [XYZGOV]\n"
        "NOT_AN_ACTOR_  [---]\nFOURTH_INVENTED_\n\t[XYZMIL]\n",
        encoding="utf-8",
    )
    rows = {r["alias"]: (r["sector"], r["kind"]) for r in parse_phoenix_actors(src, "test")}
    assert rows == {
        "john invented": ("GOV", "PER"),  # the dictionary lacks the second phrase's "+"
        "invented": ("GOV", "PER"),
        "president john invented": ("GOV", "PER"),
        "other invented": ("GOV", "ORG"),  # a blank line ends the phrase before it
        "fourth invented": ("MIL", "ORG"),  # "[---]" is a code: not to be coded
    }


def test_declined_demonyms_name_the_country_of_their_base_form() -> None:
    """'Armeniern' is the dative of 'Armenier': both name Armenia (one row said Azerbaijan)."""
    rows = [r for r in read_tsv(DATA_DIR / "demonyms.curated.tsv") if r["lang"] == "de"]
    country = {r["form"]: r["country"] for r in rows}
    wrong = [
        form
        for form in country
        if form.endswith("n") and form[:-1] in country and country[form] != country[form[:-1]]
    ]
    assert wrong == []


def test_one_person_spelled_twice_is_no_family_of_namesakes() -> None:
    """Phoenix lists Malaysia's Abdullah Badawi under two names: still one Badawi, so a
    'Raif Badawi' is not Malaysian by his surname."""
    kb = load_kb()
    assert kb.surname_country("Badawi") == "MYS"
    assert kb.surname_country("Badawi", given="Raif") is None


def test_an_ization_name_is_found_in_its_british_spelling_too() -> None:
    """The Phoenix dictionaries spell "Organization"; British news writes "Organisation"."""
    kb = load_kb()
    for alias in ("world health organisation", "organisation of petroleum exporting countries"):
        assert {e.country for e in kb.actors[alias]} == {"IGO"}, alias
    assert {e.country for e in kb.actors["world trade organisation"]} == {"IGO"}


def test_tirol_is_the_austrian_state_not_italy() -> None:
    # the Phoenix dictionaries code "Tirol"/"Tyrol" as Italy; actors.rejected.curated.tsv
    # leaves those aliases out, so the name is the Austrian state's (ISO 3166-2 AT-7)
    kb = load_kb()
    for name in ("Tirol", "Tyrol"):
        assert kb.actor(name, None) is None
        place = kb.place(name)
        assert place is not None and (place.country, place.admin1) == ("AUT", "AT-7")


def test_rejected_aliases_are_left_out_of_the_generated_actors() -> None:
    rejected = {
        (r["alias"], r["country"]) for r in read_tsv(DATA_DIR / "actors.rejected.curated.tsv")
    }
    generated = {(r["alias"], r["country"]) for r in read_tsv(DATA_DIR / "actors.generated.tsv")}
    assert rejected and not rejected & generated


def test_kb_build_expands_phoenix_agent_templates(tmp_path: Path) -> None:
    # "FIRE!PERSON!" is fireman, firemen ...; cut at the template it made "fire" an agent noun
    from extraction.kb_build import PHOENIX, build_agents

    folder = tmp_path / PHOENIX
    folder.mkdir(parents=True)
    (folder / "Phoenix.agents.txt").write_text(
        "!PERSON! = MAN, WOMAN\n!MINIST! = MINISTER, MINISTRY\n"
        "FIRE!PERSON! {} [~GOV]\nFOREIGN_!MINIST! [~GOV]\n!MINIST! FOR_DEFENCE [~GOVMIL]\n"
        "SOLDIER [~MIL]\n",
        encoding="utf-8",
    )
    agents = {(r["lemma"], r["sector"]) for r in build_agents(tmp_path)}
    assert agents == {
        ("fireman", "GOV"),
        ("firewoman", "GOV"),
        ("foreign minister", "GOV"),
        ("foreign ministry", "GOV"),
        ("minister for defence", "GOV"),
        ("ministry for defence", "GOV"),
        ("soldier", "MIL"),
    }


def test_no_everyday_word_is_an_agent_noun_of_the_generated_kb() -> None:
    lemmas = {r["lemma"] for r in read_tsv(DATA_DIR / "agents.generated.tsv")}
    assert not {"fire", "foreign", "law", "state", "water", "husband"} & lemmas
