"""The silver-data tool's plain steps on invented sentences: CoreNLP itself is not run here."""

from __future__ import annotations

import spacy

from training.silver import (
    contractions,
    expand,
    germeval_texts,
    news_sentences,
    silver_sentence,
)

TREEBANK = """# sent_id = 1
1-2\tZum\t_\t_\t_\t_\t_\t_\t_\t_
1\tZu\tzu\tADP\tAPPR\t_\t3\tcase\t_\t_
2\tdem\tder\tDET\tART\t_\t3\tdet\t_\t_
3\tSchluss\tSchluss\tNOUN\tNN\t_\t0\troot\t_\t_
4-5\tdrum\t_\t_\t_\t_\t_\t_\t_\t_
4\tdr\tdr\tADV\tADV\t_\t3\tadvmod\t_\t_
5\tum\tum\tADV\tADV\t_\t4\tfixed\t_\t_
"""


def test_contractions_are_the_treebank_tokens_whose_parts_do_not_spell_them(tmp_path):
    path = tmp_path / "tb.conllu"
    path.write_text(TREEBANK, encoding="utf-8")
    assert contractions([path]) == {"Zum": ["Zu", "dem"]}


def test_news_tokens_expand_like_the_treebank_and_merge_back_after_parsing():
    nlp = spacy.blank("de")
    sent = nlp("Im Haus.")
    parts = expand(sent, {"im": ["in", "dem"]})
    assert parts == [["In", "dem"], ["Haus"], ["."]]
    # CoreNLP's rows for "In dem Haus .": the UD tag in the fifth column
    rows = [
        ["1", "In", "_", "_", "ADP", "_", "3", "case"],
        ["2", "dem", "_", "_", "DET", "_", "3", "det"],
        ["3", "Haus", "_", "_", "NOUN", "_", "0", "root"],
        ["4", ".", "_", "_", "PUNCT", "_", "3", "punct"],
    ]
    sentence = silver_sentence(sent, parts, rows)
    assert [(w.text, w.upos, w.head, w.deprel) for w in sentence.words] == [
        ("Im", "ADP", 1, "case"),
        ("Haus", "NOUN", -1, "root"),
        (".", "PUNCT", 1, "punct"),
    ]
    assert sentence.text == "Im Haus."


def test_output_that_does_not_fit_the_tokens_is_dropped():
    sent = spacy.blank("de")("Haus .")
    rows = [["1", "Haus", "_", "_", "NOUN", "_", "0", "root"]]
    assert silver_sentence(sent, [["Haus"], ["."]], rows) is None
    bad_tag = [
        ["1", "Haus", "_", "_", "NOUN", "_", "0", "root"],
        ["2", ".", "_", "_", "_", "_", "1", "punct"],
    ]
    assert silver_sentence(sent, [["Haus"], ["."]], bad_tag) is None


def test_germeval_sentences_are_read_as_space_joined_tokens(tmp_path):
    path = tmp_path / "ner.tsv"
    path.write_text(
        "#\thttp://example.org\t[2010-07-04]\n1\tDer\tO\tO\n2\tRat\tB-ORG\tO\n"
        "3\ttagte\tO\tO\n4\t.\tO\tO\n\n#\tx\n1\tJa\tO\tO\n",
        encoding="utf-8",
    )
    assert list(germeval_texts(path)) == ["Der Rat tagte .", "Ja"]


def test_only_well_formed_sentences_become_silver():
    nlp = spacy.blank("de")
    texts = [
        "Der Rat tagte am Montag in Wien. kurz notiert ohne Punkt",
        "Die Minister trafen sich gestern zu Gesprächen.",
    ]
    assert [s.text.strip() for s in news_sentences(texts, nlp, limit=5)] == [
        "Der Rat tagte am Montag in Wien.",
        "Die Minister trafen sich gestern zu Gesprächen.",
    ]
    assert len(list(news_sentences(texts, nlp, limit=1))) == 1
