"""CoNLL-U (Universal Dependencies) files as spaCy ``Doc`` objects of running text.

Shared by the training recipe (``training/``) and ``geowire syntax eval``, so that the
pipelines are trained and scored on the same tokens. Two choices make the treebank look like
the text a tokenizer sees:

- A multi-word token whose parts spell it ("I'm" = "I" + "'m", "cannot" = "can" + "not") keeps
  its parts: spaCy's tokenizer splits it the same way. One whose parts do not spell it
  (German "im" = "in" + "dem", "zum" = "zu" + "dem") becomes one token with the surface form,
  the first part's lemma and tag, the features of all parts, and the head and relation of the
  part that attaches outside the word (the first such part): no tokenizer rule can split
  "im" into characters that are not there.
- Sentences are grouped into documents of a few sentences each, so that a parser learns (and
  is scored on) sentence boundaries in running text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = [
    "SENTENCES_PER_DOC",
    "Sentence",
    "Word",
    "group_sentences",
    "read_conllu",
    "sentence_from_rows",
    "to_doc",
]

SENTENCES_PER_DOC = 10  # sentences per document of running text, in training and scoring


@dataclass(frozen=True)
class Word:
    """One token of a sentence; ``head`` is the 0-based index in the sentence, -1 for the root."""

    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(w.text + (" " if w.space_after else "") for w in self.words).strip()


def _merge_features(parts: list[str]) -> str:
    """The union of the parts' features, the first part winning a conflict, sorted as UD sorts."""
    feats: dict[str, str] = {}
    for part in parts:
        for pair in part.split("|") if part not in ("", "_") else ():
            key, _, value = pair.partition("=")
            feats.setdefault(key, value)
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower()))


def sentence_from_rows(sent_id: str, rows: list[list[str]], blank_xpos: bool = False) -> Sentence:
    """Build a sentence from its CoNLL-U rows (ten columns each, range lines of multi-word
    tokens included), merging multi-word tokens whose parts do not spell them."""
    words = [r for r in rows if r[0].isdigit()]
    ranges = {int(r[0].split("-")[0]): r for r in rows if "-" in r[0]}
    # UD id (1-based) -> index of the token that holds it in the output
    position: dict[int, int] = {}
    groups: list[tuple[list[list[str]], list[str] | None]] = []
    i = 0
    while i < len(words):
        uid = int(words[i][0])
        span = ranges.get(uid)
        if span is not None:
            last = int(span[0].split("-")[1])
            parts = [w for w in words if uid <= int(w[0]) <= last]
            if "".join(p[1] for p in parts) != span[1]:
                groups.append((parts, span))
                for p in parts:
                    position[int(p[0])] = len(groups) - 1
                i += len(parts)
                continue
            # parts spell the surface form: keep them, the range line's SpaceAfter goes last
            for j, p in enumerate(parts):
                misc = span[9] if j == len(parts) - 1 else "SpaceAfter=No"
                groups.append(([[*p[:9], misc]], None))
                position[int(p[0])] = len(groups) - 1
            i += len(parts)
            continue
        groups.append(([words[i]], None))
        position[uid] = len(groups) - 1
        i += 1
    sentence = Sentence(sent_id)
    for index, (parts, span) in enumerate(groups):
        # the part attaching outside the group carries the group's head and relation
        outside = [p for p in parts if position.get(int(p[6]), -1) != index] or parts
        anchor = outside[0]
        head = -1 if anchor[6] == "0" else position[int(anchor[6])]
        misc = (span or parts[-1])[9]
        first = parts[0]
        sentence.words.append(
            Word(
                text=span[1] if span else first[1],
                lemma=first[2],
                upos=first[3],
                xpos="" if blank_xpos or first[4] == "_" else first[4],
                feats=_merge_features([p[5] for p in parts]),
                head=head,
                deprel=anchor[7],
                space_after="SpaceAfter=No" not in misc.split("|"),
            )
        )
    return sentence


def read_conllu(path: Path, blank_xpos: bool = False) -> Iterator[Sentence]:
    """The sentences of a CoNLL-U file. ``blank_xpos`` drops the fine tags (German PUD uses
    English-style XPOS where GSD uses STTS: a tagger learns them as missing, not as wrong)."""
    sent_id, rows = "", []
    with Path(path).open(encoding="utf-8") as fh:
        for line in (*fh, "\n"):
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield sentence_from_rows(sent_id, rows, blank_xpos)
                sent_id, rows = "", []
            elif line.startswith("# sent_id"):
                sent_id = line.partition("=")[2].strip()
            elif not line.startswith("#"):
                row = line.split("\t")
                if "." not in row[0]:  # empty nodes of enhanced dependencies are not tokens
                    rows.append(row)


def group_sentences(sentences: Iterable[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Consecutive sentences in groups of ``size``: the documents of running text."""
    group: list[Sentence] = []
    for sentence in sentences:
        group.append(sentence)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def to_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """One annotated ``Doc`` of the sentences, each sentence's last token followed by a space."""
    words, spaces, heads = [], [], []
    for s in sentences:
        offset = len(words)
        words.extend(s.words)
        spaces.extend(w.space_after for w in s.words[:-1])
        spaces.append(True)
        heads.extend(offset + (i if w.head < 0 else w.head) for i, w in enumerate(s.words))
    spaces[-1] = False
    return Doc(
        vocab,
        words=[w.text for w in words],
        spaces=spaces,
        lemmas=[w.lemma for w in words],
        pos=[w.upos for w in words],
        tags=[w.xpos for w in words],
        morphs=[w.feats for w in words],
        heads=heads,
        deps=["ROOT" if w.head < 0 else w.deprel for w in words],
        sent_starts=[i == 0 for s in sentences for i in range(len(s.words))],
    )
