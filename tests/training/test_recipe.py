"""The training recipe's plain functions on invented data: no training runs here."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import DocBin

from training.card import render_card
from training.convert import convert
from training.tokenizer import add_news_exceptions, news_abbreviations

SENTENCE = """# sent_id = {n}
1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_news_abbreviations_become_single_tokens():
    nlp = add_news_exceptions()(spacy.blank("en"))
    assert "Sgt." in news_abbreviations("en")
    assert [t.text for t in nlp("Sgt. Smith met Gov. Jones.")][:2] == ["Sgt.", "Smith"]
    german = add_news_exceptions()(spacy.blank("de"))
    assert [t.text for t in german("Der Abg. Müller sprach.")][1] == "Abg."


def test_convert_writes_train_and_dev_from_the_training_files_only(tmp_path):
    # 100 sentences: ten documents, the tenth goes to dev; the held-out file is never needed
    (tmp_path / "en_ewt-ud-dev.conllu").write_text(
        "".join(SENTENCE.format(n=n) for n in range(100)), encoding="utf-8"
    )
    counts = convert("en", tmp_path, tmp_path / "out")
    assert counts == {"train": 90, "dev": 10}
    vocab = spacy.blank("en").vocab
    docs = list(DocBin().from_disk(tmp_path / "out" / "dev.spacy").get_docs(vocab))
    assert (tmp_path / "out" / "train" / "gold.spacy").is_file()
    assert len(docs) == 1 and len(list(docs[0].sents)) == 10
    assert [t.lemma_ for t in docs[0]][:3] == ["troop", "leave", "."]


def test_card_reports_the_recorded_scores_and_the_licence(tmp_path):
    model = tmp_path / "en-0.1.0"
    model.mkdir()
    scores = {
        "sentences": 300,
        "upos": 0.912,
        "lemma": 0.95,
        "uas": 0.8,
        "las": 0.75,
        "sent_f": 0.7,
    }
    (model / "meta.json").write_text(
        json.dumps(
            {
                "name": "geowire_syntax_en",
                "version": "0.1.0",
                "sources": [{"name": "UD English EWT"}],
            }
        )
    )
    (model / "held_out.json").write_text(
        json.dumps(
            {
                "held_out_file": "en_ewt-ud-test.conllu",
                "full": {**scores, "sentences": 2077},
                "slice": scores,
                "tokens_per_second_one_core": 12000,
                "size_mb": 6.5,
            }
        )
    )
    card = render_card(tmp_path)
    assert (
        "| geowire_syntax_en 0.1.0 on en_ewt-ud-test.conllu | 2077 | 0.912 | 0.950 | 0.800 "
        "| 0.750 | 0.700 | 12000 | 6.5 |"
    ) in card
    assert "CC BY-SA 4.0" in card and "trained on UD English EWT" in card
