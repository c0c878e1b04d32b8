"""CoNLL-U to running-text Docs: multi-word tokens, spaces, fine tags, documents."""

from __future__ import annotations

import spacy

from extraction.conllu import group_sentences, read_conllu, to_doc

# invented sentences, in UD's layout
GERMAN = """# sent_id = s1
# text = Er war im Haus.
1\tEr\ter\tPRON\tPPER\tCase=Nom\t2\tnsubj\t_\t_
2\twar\tsein\tAUX\tVAFIN\tTense=Past\t0\troot\t_\t_
3-4\tim\t_\t_\t_\t_\t_\t_\t_\t_
3\tin\tin\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat|Gender=Neut\t5\tdet\t_\t_
5\tHaus\tHaus\tNOUN\tNN\tCase=Dat\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

# sent_id = s2
# text = Sie kam.
1\tSie\tsie\tPRON\tPPER\t_\t2\tnsubj\t_\t_
2\tkam\tkommen\tVERB\tVVFIN\t_\t0\troot\t_\tSpaceAfter=No
2.1\tkam\tkommen\tVERB\t_\t_\t_\t_\t0:root\t_
3\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_
"""

ENGLISH = """# sent_id = e1
# text = I'm here.
1-2\tI'm\t_\t_\t_\t_\t_\t_\t_\t_
1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
2\t'm\tbe\tAUX\tVBP\t_\t3\tcop\t_\t_
3\there\there\tADV\tRB\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


def write(tmp_path, text, name="x.conllu"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_contraction_that_does_not_spell_its_parts_becomes_one_token(tmp_path):
    first, _ = read_conllu(write(tmp_path, GERMAN))
    assert [w.text for w in first.words] == ["Er", "war", "im", "Haus", "."]
    im = first.words[2]
    assert (im.lemma, im.upos, im.xpos, im.deprel, im.head) == ("in", "ADP", "APPR", "case", 3)
    assert im.feats == "Case=Dat|Gender=Neut"
    assert first.text == "Er war im Haus."


def test_contraction_whose_parts_spell_it_keeps_them_without_a_space(tmp_path):
    (sentence,) = read_conllu(write(tmp_path, ENGLISH))
    assert [w.text for w in sentence.words] == ["I", "'m", "here", "."]
    assert sentence.text == "I'm here."
    assert [w.head for w in sentence.words] == [2, 2, -1, 2]


def test_empty_nodes_are_skipped_and_fine_tags_can_be_blanked(tmp_path):
    _, second = read_conllu(write(tmp_path, GERMAN), blank_xpos=True)
    assert [w.text for w in second.words] == ["Sie", "kam", "."]
    assert {w.xpos for w in second.words} == {""}


def test_sentences_make_one_doc_of_running_text_with_their_trees(tmp_path):
    sentences = list(read_conllu(write(tmp_path, GERMAN)))
    (group,) = group_sentences(sentences, 10)
    doc = to_doc(spacy.blank("de").vocab, group)
    assert doc.text == "Er war im Haus. Sie kam."
    assert [s.text for s in doc.sents] == ["Er war im Haus.", "Sie kam."]
    assert [t.dep_ for t in doc if t.head == t] == ["ROOT", "ROOT"]
    assert doc[6].head.text == "kam" and doc[3].head.text == "war"


def test_groups_hold_at_most_the_given_number_of_sentences(tmp_path):
    sentences = list(read_conllu(write(tmp_path, GERMAN + "\n" + ENGLISH)))
    assert [len(g) for g in group_sentences(sentences, 2)] == [2, 1]
