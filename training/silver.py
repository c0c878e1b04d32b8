"""Silver German training data: German news and Wikipedia sentences (GermEval 2014, CC BY 4.0,
or 10kGNAD) tagged and parsed by Stanford CoreNLP's German UD models, to add to the gold
treebank (``python -m training silver de --silver N``).

CoreNLP is GPL v3+: it runs here as a separate Java process from the jars Maven Central serves
and is never shipped or imported. The files made here stay in ``training/silver_data/`` and
``training/corpus/`` (ignored by git) and are never committed (10kGNAD is non-commercial /
research-only, so a model trained on it should not ship; GermEval's CC BY 4.0 allows it with
attribution); what a shipped model learned from is stated in its model card.

What the silver sentences teach, token by token:
- the tree and its labels: CoreNLP's parse;
- contractions: CoreNLP parses "zu dem" where the news has "zum" (the expansions come from the
  gold treebank's multi-word tokens), and the parts merge back as in the gold data;
- UPOS: CoreNLP's tag, with the morphological features the gold-trained pipeline scores best
  among its labels of that UPOS (the morphologizer predicts UPOS and features as one label);
- fine tags and lemmas: nothing (missing, so they do not count in the loss).
"""

from __future__ import annotations

import csv
import subprocess
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, DocBin

from extraction.conllu import (
    SENTENCES_PER_DOC,
    Sentence,
    group_sentences,
    sentence_from_rows,
    to_doc,
)

__all__ = [
    "CORENLP",
    "TEXTS",
    "build_silver",
    "constrained_morphs",
    "contractions",
    "corenlp_classpath",
    "expand",
    "germeval_texts",
    "gnad_texts",
    "news_sentences",
    "parse_with_corenlp",
    "silver_docs",
    "silver_sentence",
]

CORENLP = "edu.stanford.nlp:stanford-corenlp:4.5.7"
UPOS = frozenset(tag for tag in IDS if tag.isupper() and tag not in {"EOL", "SPACE"})
MIN_TOKENS, MAX_TOKENS = 5, 50


def corenlp_classpath(work_dir: Path) -> str:
    """Fetch CoreNLP, its German models and dependencies from Maven Central (``mvn``) and return
    the Java class path."""
    group, artifact, version = CORENLP.split(":")
    for coordinates in (CORENLP, f"{CORENLP}:jar:models-german"):
        subprocess.run(["mvn", "-q", "dependency:get", f"-Dartifact={coordinates}"], check=True)
    repo = Path.home() / ".m2" / "repository" / Path(*group.split(".")) / artifact / version
    deps = work_dir / "corenlp.classpath"
    subprocess.run(
        [
            "mvn",
            "-q",
            "-f",
            str(repo / f"{artifact}-{version}.pom"),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={deps}",
        ],
        check=True,
    )
    jars = [repo / f"{artifact}-{version}.jar", repo / f"{artifact}-{version}-models-german.jar"]
    return ":".join([*map(str, jars), deps.read_text().strip()])


def gnad_texts(corpus_csv: Path) -> Iterator[str]:
    """The article bodies of a 10kGNAD CSV file (``label;'text'``)."""
    with corpus_csv.open(encoding="utf-8", newline="") as fh:
        yield from (row[1] for row in csv.reader(fh, delimiter=";", quotechar="'"))


def germeval_texts(tsv: Path) -> Iterator[str]:
    """The sentences of a GermEval 2014 NER file, their tokens joined by spaces."""
    tokens: list[str] = []
    with tsv.open(encoding="utf-8") as fh:
        for line in (*fh, "\n"):
            if line.startswith("#"):
                continue
            if line.strip():
                tokens.append(line.split("\t")[1])
            elif tokens:
                yield " ".join(tokens)
                tokens = []


TEXTS = {"gnad": gnad_texts, "germeval": germeval_texts}


def news_sentences(texts: Iterable[str], nlp: Language, limit: int) -> Iterator[Doc]:
    """Up to ``limit`` well-formed sentences (capitalised, ending in . ! ?, 5-50 tokens) of the
    texts, as tokenised by ``nlp``'s tokenizer and split by a sentencizer."""
    sentencizer = nlp.create_pipe("sentencizer")
    count = 0
    for text in texts:
        for sent in sentencizer(nlp.make_doc(" ".join(text.split()))).sents:
            if (
                MIN_TOKENS <= len(sent) <= MAX_TOKENS
                and sent[0].text[:1].isupper()
                and sent[-1].text in {".", "!", "?"}
            ):
                yield sent.as_doc()
                count += 1
                if count == limit:
                    return


def contractions(treebank_files: list[Path]) -> dict[str, list[str]]:
    """Multi-word tokens whose parts do not spell them ("zum" -> "zu dem"), with their most
    frequent expansion, from the range lines of the gold treebank files."""
    counts: dict[str, Counter] = {}
    for path in treebank_files:
        with path.open(encoding="utf-8") as fh:
            lines = [line.rstrip("\n").split("\t") for line in fh if line[:1].isdigit()]
        for i, row in enumerate(lines):
            if "-" not in row[0]:
                continue
            first, last = map(int, row[0].split("-"))
            parts = [r[1] for r in lines[i + 1 : i + 2 + last - first]]
            if "".join(parts) != row[1]:
                counts.setdefault(row[1], Counter())[" ".join(parts)] += 1
    return {form: c.most_common(1)[0][0].split() for form, c in counts.items()}


def parse_with_corenlp(lines: list[str], classpath: str, work_dir: Path) -> list[list[list[str]]]:
    """CoreNLP's CoNLL-U rows (its UD tag is in the fifth column) for pre-tokenised lines."""
    source = work_dir / "sentences.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(
        [
            "java",
            "-Xmx3g",
            "-cp",
            classpath,
            "edu.stanford.nlp.pipeline.StanfordCoreNLP",
            "-props",
            "StanfordCoreNLP-german.properties",
            "-annotators",
            "tokenize,ssplit,pos,depparse",
            "-tokenize.whitespace",
            "true",
            "-ssplit.eolonly",
            "true",
            "-outputFormat",
            "conllu",
            "-file",
            str(source),
            "-outputDirectory",
            str(work_dir),
        ],
        check=True,
    )
    parsed: list[list[list[str]]] = [[]]
    with (work_dir / "sentences.txt.conllu").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                parsed[-1].append(line.rstrip("\n").split("\t"))
            elif parsed[-1]:
                parsed.append([])
    return [rows for rows in parsed if rows]


def expand(sent: Doc, table: dict[str, list[str]]) -> list[list[str]]:
    """Each token's parts as the treebank writes them: "Im" -> ["In", "dem"]."""
    expanded = []
    for token in sent:
        parts = table.get(token.text) or table.get(token.text.lower())
        if parts and token.text[:1].isupper():
            parts = [parts[0][:1].upper() + parts[0][1:], *parts[1:]]
        expanded.append(parts or [token.text])
    return expanded


def silver_sentence(sent: Doc, parts: list[list[str]], rows: list[list[str]]) -> Sentence | None:
    """The sentence in the gold treebank's shape (contractions merged back as
    ``extraction.conllu`` merges them), or None when CoreNLP's output does not fit."""
    if len(rows) != sum(map(len, parts)) or any(r[4] not in UPOS for r in rows):
        return None
    conllu, uid = [], 1
    for token, token_parts in zip(sent, parts, strict=True):
        misc = "_" if token.whitespace_ else "SpaceAfter=No"
        if len(token_parts) > 1:
            conllu.append([f"{uid}-{uid + len(token_parts) - 1}", token.text, *"_" * 7, misc])
        for j in range(len(token_parts)):
            row = rows[uid - 1 + j]
            own_misc = misc if len(token_parts) == 1 else "_"
            conllu.append(
                [str(uid + j), row[1], "", row[4], "", "_", row[6], row[7], "_", own_misc]
            )
        uid += len(token_parts)
    return sentence_from_rows("silver", conllu, blank_xpos=True)


def constrained_morphs(gold_nlp: Language, doc: Doc, upos: list[str]) -> list[str]:
    """Per token, the features of the gold-trained morphologizer's best label whose POS is
    ``upos`` (empty when it has no label of that POS)."""
    morphologizer = gold_nlp.get_pipe("morphologizer")
    labels = [
        dict(f.split("=", 1) for f in label.split("|") if f) for label in morphologizer.labels
    ]
    pos_of = numpy.array([label.get("POS", "") for label in labels])
    scores = morphologizer.model.predict([gold_nlp.get_pipe("tok2vec")(doc)])[0]
    morphs = []
    for i, pos in enumerate(upos):
        allowed = numpy.flatnonzero(pos_of == pos)
        if not len(allowed):
            morphs.append("")
            continue
        best = labels[allowed[numpy.argmax(scores[i][allowed])]]
        morphs.append("|".join(f"{k}={v}" for k, v in best.items() if k != "POS"))
    return morphs


def silver_docs(gold_nlp: Language, sentences: list[Sentence]) -> Iterator[Doc]:
    """Annotated training docs of ``SENTENCES_PER_DOC`` silver sentences each, with the
    morphologizer's features for CoreNLP's UPOS; no lemmas or fine tags."""
    for group in group_sentences(sentences, SENTENCES_PER_DOC):
        doc = to_doc(gold_nlp.vocab, group)
        plain = Doc(
            gold_nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]
        )
        morphs = constrained_morphs(gold_nlp, plain, [t.pos_ for t in doc])
        for token, morph in zip(doc, morphs, strict=True):
            token.set_morph(morph or None)
            token.lemma_ = ""
        yield doc


def build_silver(
    gold_model: Path,
    treebank_files: list[Path],
    texts: Iterable[str],
    work_dir: Path,
    out_file: Path,
    limit: int,
) -> int:
    """Parse up to ``limit`` sentences of ``texts`` with CoreNLP and write them, annotated, to
    ``out_file`` (a DocBin); return the number of sentences kept."""
    work_dir.mkdir(parents=True, exist_ok=True)
    gold_nlp = spacy.load(gold_model)
    table = contractions(treebank_files)
    news = list(news_sentences(texts, gold_nlp, limit))
    parts = [expand(sent, table) for sent in news]
    parsed = parse_with_corenlp(
        [" ".join(w for p in sp for w in p) for sp in parts], corenlp_classpath(work_dir), work_dir
    )
    kept = [s for s in map(silver_sentence, news, parts, parsed) if s is not None]
    out_file.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=list(silver_docs(gold_nlp, kept))).to_disk(out_file)
    return len(kept)
