"""Generate the English verb lexicon from the CAMEO.2.0 verb patterns of PETRARCH2.

Run ``python -m extraction.verbs_build [SHARED_DATA]``: it writes ``data/verbs.en.generated.tsv``
from ``petrarch2_phoenix_dictionaries/dictionaries/CAMEO.2.0.txt``. The dictionary groups verbs
into blocks (``--- MEET_PEOPLE [040] ---``); each verb takes its own code or the block's, and each
pattern of the block (``- * (WITH LEADERS) [036:036]``) codes any verb of the block whose clause
has that subject, object, particle and prepositional phrases. Three kinds of rows keep that shape:

- ``verb``: a verb lemma (with its particle: ``call off``) in a block, and its code;
- ``pattern``: a block's constraints and the code they give.

- ``synset``: a noun set (``&weapon``) that constraints name, its words (with the regular
  plurals PETRARCH adds) in ``object``.

Constraints are written as noun phrases, head last, alternatives joined by ``|``, synsets by
name; ``@actor`` stands for an actor slot (``$``, ``+``, ``%``); ``preps`` lists
``preposition [noun phrase]`` joined by ``;``.
Codes: ``cameo`` is the event from subject to object; ``reverse`` (the second half of a paired
code ``[042:043]``) the event the other way (the object visits, the subject hosts), empty when the
source has none. A null code ``---`` becomes an empty ``cameo``: the verb or pattern codes nothing
(it still blocks the block's default). The German lexicon is reviewed by hand
(``verbs.de.reviewed.tsv``); :mod:`extraction.verbs_candidates` proposes its candidates.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .kb import DATA_DIR, SHARED_DATA_DIR, read_tsv, write_tsv

__all__ = ["CameoVerbs", "PatternRow", "build_english", "main", "parse_cameo_verbs"]

CAMEO_VERBS = "petrarch2_phoenix_dictionaries/dictionaries/CAMEO.2.0.txt"
SOURCE = "CAMEO.2.0.txt:{line}"  # licence and commit: data/README.md
ACTOR = "@actor"
# TABARI/PETRARCH actor tokens in patterns: source, target, compound actor; '^' skips a phrase.
ACTOR_TOKENS = {"$", "+", "%"}
SKIP_TOKEN = "^"
CODE = re.compile(r"\[([0-9-]*)(?::([0-9-]*))?\]")
VERB_LINE = re.compile(
    r"^(?P<verb>[^\s{\[]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?"
)


@dataclass
class PatternRow:
    """One pattern of a block: who does it (subject), to what, how; and its codes."""

    block: str
    subject: str
    particle: str
    object: str
    preps: str
    cameo: str
    reverse: str
    note: str
    line: int = 0


@dataclass
class CameoVerbs:
    """What the CAMEO verb dictionary says, plus what was left out and why (counted)."""

    verbs: list[dict[str, str]] = field(default_factory=list)
    patterns: list[PatternRow] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    synsets: dict[str, list[str]] = field(default_factory=dict)
    synset_lines: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _plural(phrase: str) -> str | None:
    """The regular plural PETRARCH adds to a synset noun (of the last word of a phrase); none
    for phrases marked ``_`` and for words already ending in S."""
    if phrase.endswith("_") or phrase.endswith("S"):
        return None
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    return phrase + "S"


def _codes(raw: str) -> tuple[str, str] | None:
    """``[042:043]`` -> ("042", "043"); ``[---]`` -> ("", ""); ``[:173]`` -> ("", "173")."""
    m = CODE.search(raw)
    if not m:
        return None
    first, second = m.group(1), m.group(2) or ""
    return (first if first.strip("-") else "", second if second.strip("-") else "")


def _word(token: str, synsets: dict[str, list[str]]) -> str | None:
    """A pattern word as lower-case alternatives; None when it names an unknown synset."""
    if token in ACTOR_TOKENS:
        return ACTOR
    if token.startswith("&"):
        return token.lower() if token in synsets else None
    return "|".join(w.lower() for w in token.split("/"))


def _phrases(tokens: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Split pattern tokens into ("np", words) and ("pp", [prep, words...]) groups."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("("):
            group = []
            while True:
                group.append(tokens[i].strip("()"))
                if tokens[i].endswith(")") or i + 1 == len(tokens):
                    break
                i += 1
            yield "pp", [t for t in group if t]
        elif tok.startswith("{"):
            group = []
            while True:
                group.append(tokens[i].strip("{}"))
                if tokens[i].endswith("}") or i + 1 == len(tokens):
                    break
                i += 1
            yield "np", [t for t in group if t]
        else:
            yield "np", [tok]
        i += 1


def _np(words: list[str], synsets: dict[str, list[str]]) -> str | None:
    out = []
    for w in words:
        if w == SKIP_TOKEN:
            continue
        # a braced phrase may hold a multi-word synset member: "prime minister" -> two words
        alt = _word(w.strip("{}"), synsets)
        if alt is None:
            return None
        out.append(alt)
    return " ".join(out)


def _pattern(
    body: str, block: str, synsets: dict[str, list[str]], particles: set[str], out: CameoVerbs
) -> PatternRow | None:
    codes = _codes(body)
    if codes is None or "*" not in body:
        out.skip("pattern without a code or '*'")
        return None
    pre, _, post = body[: body.index("[")].partition("*")
    subjects = list(_phrases(pre.split()))
    posts = list(_phrases(post.split()))
    if any(kind == "pp" for kind, _ in subjects) or len(subjects) > 1:
        out.skip("pattern with words before the verb other than one subject")
        return None
    particle = ""
    if posts and posts[0][0] == "np" and posts[0][1][0].lower() in particles:
        particle = posts.pop(0)[1][0].lower()
    nps = [words for kind, words in posts if kind == "np"]
    pps = [words for kind, words in posts if kind == "pp"]
    nps = [w for w in nps if w != [SKIP_TOKEN]]
    if len(nps) > 1:
        out.skip("pattern with two noun phrases after the verb")
        return None
    subject = _np(subjects[0][1], synsets) if subjects else ""
    obj = _np(nps[0], synsets) if nps else ""
    preps = []
    for pp in pps:
        rest = _np(pp[1:], synsets)
        if rest is None:
            break
        preps.append(" ".join(filter(None, (pp[0].lower(), rest))))
    if subject is None or obj is None or len(preps) < len(pps):
        out.skip("pattern naming an undefined synset")
        return None
    return PatternRow(block, subject, particle, obj, "; ".join(preps), *codes, note="")


def _verb(
    line: str, block: str, block_codes: tuple[str, str], out: CameoVerbs, lineno: int
) -> None:
    m = VERB_LINE.match(line)
    if not m:
        out.skip("unreadable verb line")
        return
    raw = m.group("verb")
    words = raw.strip("_").split("_")
    if len(words) > 1 and not any(w.startswith("+") for w in words):
        out.skip("multi-word verb without '+'")
        return
    k = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    verb = "-".join(w.lstrip("+") for w in words[: k + 1]).lower()
    particle = " ".join(words[k + 1 :]).lower()
    codes = _codes(line) if m.group("code") is not None else block_codes
    cameo, reverse = codes or block_codes
    out.verbs.append(
        {
            "block": block,
            "verb": verb,
            "particle": particle,
            "cameo": cameo,
            "reverse": reverse,
            "source": SOURCE.format(line=lineno),
        }
    )


def parse_cameo_verbs(path: Path, particles: set[str]) -> CameoVerbs:
    """Read a PETRARCH2 verb dictionary: synsets, verb blocks, patterns.

    A later pattern with the same block and constraints replaces an earlier one, as in
    PETRARCH2's pattern trie. Transformations (``~``) and patterns this lexicon cannot state
    (auxiliaries before the verb, two bare noun phrases after it) are counted in ``skipped``.
    """
    out = CameoVerbs()
    synsets: dict[str, list[str]] = {}
    label: str | None = None
    block, block_codes = "", ("", "")
    patterns: dict[tuple[str, ...], PatternRow] = {}
    in_patterns = False
    for lineno, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        line, _, comment = raw.partition("#")
        line = line.strip()
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
        if not line:
            continue
        if not in_patterns:
            if line.startswith("&"):
                label = line.split()[0]
                synsets[label] = []
                out.synset_lines[label.lower()] = lineno
            elif line.startswith("+") and label:
                phrase = line[1:].split()[0]
                plural = None if label.endswith("_") else _plural(phrase)
                synsets[label].extend(
                    p.rstrip("_").replace("_", " ").lower() for p in (phrase, plural) if p
                )
            continue
        if line.startswith("---"):
            parts = line.strip("-").split()
            block = parts[0]
            block_codes = _codes(line) or ("", "")
        elif line.startswith("~"):
            out.skip("transformation (verb of a verb)")
        elif line.startswith("-"):
            row = _pattern(line[1:], block, synsets, particles, out)
            if row:
                row.note = comment.strip().split()[0].lower() if comment.strip() else ""
                row.line = lineno
                key = (row.block, row.subject, row.particle, row.object, row.preps)
                if key in patterns:
                    out.skip("duplicate pattern (the later one kept)")
                patterns[key] = row
        else:
            _verb(line, block, block_codes, out, lineno)
    out.patterns = list(patterns.values())
    out.synsets = {k.lower(): list(dict.fromkeys(v)) for k, v in synsets.items()}
    return out


def _known_codes(
    rows: list[dict[str, str]], known: set[str], out: CameoVerbs
) -> list[dict[str, str]]:
    """Rows whose codes are CAMEO codes of ``cameo.generated.tsv``; CAMEO.2.0 additions the
    codebook lacks (176, cyber attack) are counted and left out."""
    kept = []
    for row in rows:
        unknown = [c for c in (row["cameo"], row["reverse"]) if c and c not in known]
        if unknown:
            out.skip(f"{row['kind']} with a code not in cameo.generated.tsv ({unknown[0]})")
        else:
            kept.append(row)
    return kept


def _first_per_verb(verbs: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per (block, verb, particle): the dictionary lists a few verbs twice."""
    seen: dict[tuple[str, str, str], dict[str, str]] = {}
    for v in verbs:
        seen.setdefault((v["block"], v["verb"], v["particle"]), v)
    return list(seen.values())


def build_english(
    shared: Path, data_dir: Path = DATA_DIR
) -> tuple[list[dict[str, str]], CameoVerbs]:
    """Rows of ``verbs.en.generated.tsv`` and the parse (for its skip counts)."""
    import json

    conf = json.loads((data_dir / "lang" / "en.json").read_text(encoding="utf-8"))
    parsed = parse_cameo_verbs(shared / CAMEO_VERBS, set(conf["verb_particles"]))
    known = {row["code"] for row in read_tsv(data_dir / "cameo.generated.tsv")}
    empty = {"subject": "", "object": "", "preps": "", "note": ""}
    rows = [
        {
            "kind": "verb",
            **{k: v for k, v in verb.items() if k != "source"},
            **empty,
            "source": verb["source"],
        }
        for verb in _first_per_verb(parsed.verbs)
    ]
    rows += [
        {
            "kind": "pattern",
            "block": p.block,
            "verb": "",
            "particle": p.particle,
            "cameo": p.cameo,
            "reverse": p.reverse,
            "subject": p.subject,
            "object": p.object,
            "preps": p.preps,
            "note": p.note,
            "source": SOURCE.format(line=p.line),
        }
        for p in parsed.patterns
    ]
    used = {
        w
        for r in rows
        for col in ("subject", "object", "preps")
        for w in re.findall(r"&[\w-]+", r[col])
    }
    rows += [
        {
            "kind": "synset",
            "block": name,
            "verb": "",
            "particle": "",
            "cameo": "",
            "reverse": "",
            **empty,
            "object": "|".join(words),
            "source": SOURCE.format(line=parsed.synset_lines[name]),
        }
        for name, words in parsed.synsets.items()
        if name in used
    ]
    return _known_codes(rows, known, parsed), parsed


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args else SHARED_DATA_DIR
    rows, parsed = build_english(shared)
    write_tsv(DATA_DIR / "verbs.en.generated.tsv", rows)
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("verb", "pattern")}
    print(f"verbs.en.generated.tsv: {kinds['verb']} verbs, {kinds['pattern']} patterns")
    for reason, n in sorted(parsed.skipped.items()):
        print(f"  left out: {n} {reason}")


if __name__ == "__main__":
    main()
