"""Token features for the Arabic NER tagger (a linear-chain CRF, see ``ner.py``).

Arabic glues conjunctions, prepositions and the article onto names (ولبنان, بالرقة,
للأمم), so a word-identity feature alone never sees that these are لبنان, رقة and
أمم again. Each word is therefore also described by its stem with the proclitics
removed (``rasd.arabic.tokenise.split``), and by what the shipped tables say about
that stem: its distributional cluster (``clusters.tsv``), whether a place
gazetteer names it (``gazetteer.tsv``), and whether it is a title or place word
that announces a name next to it (``triggers.tsv``). Everything is a pure
function of the token list and the tables, so training and tagging see the same
features.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rasd.arabic import clitics
from rasd.arabic.normalise import fold, view
from rasd.arabic.tokenise import ARTICLE, TOKEN
from rasd.tables import parse as parse_table

PACKAGE = "rasd.data.entities"
# A non-article proclitic is split off only when the stem is this many log2 steps
# (4x) more frequent than the whole word and seen at least 2**MIN_STEM_BITS times.
SPLIT_MARGIN = 2
MIN_STEM_BITS = 4
LONGEST_NAME = 6
CACHED_WORDS = 200_000


@dataclass(frozen=True, slots=True)
class Word:
    """One token as the features see it: folded form, kind, proclitics and stem."""

    norm: str
    kind: str  # arabic, latin, number, mark, or kinds joined by + for glued tokens
    clitic: str  # the proclitics cut off, folded (و, بال, لل …), or ""
    stem: str  # the word without proclitics and article (the norm when there are none)


@dataclass(frozen=True)
class Tables:
    """The knowledge the features read: clusters, place names and trigger words."""

    clusters: dict[str, tuple[str, int, int]]  # folded word -> (path a.b.c, log2 count,
    #                                              how often its base takes the article, 0-4)
    gazetteer: dict[tuple[str, ...], str]  # stems of a name -> entity type
    triggers: dict[str, str]  # stem of a trigger word -> the type it announces
    _words: dict[str, Word] = field(default_factory=dict, compare=False, repr=False)
    _feats: dict[tuple[str, int | None], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False)  # own (None) and neighbour features
    _firsts: set[str] = field(default_factory=set, compare=False, repr=False)


def _rows(text: str) -> list[tuple[str, ...]]:
    return [row.cells for row in parse_table(text, "an NER feature table")]


def parse_clusters(text: str) -> dict[str, tuple[str, int, int]]:
    """``clusters.tsv`` rows (word, path, log2 count, article share) keyed by folded word."""
    return {fold(w): (path, int(bits), int(share)) for w, path, bits, share in _rows(text)}


def read_tables(clusters: str, gazetteer: str, triggers: str) -> Tables:
    """Tables from the text of the three TSV files; names are keyed by their stems."""
    tables = Tables(parse_clusters(clusters), {}, {})
    for name, kind, *_ in _rows(gazetteer):
        key = tuple(analyse(tables, w).stem for w in name.split())
        if 0 < len(key) <= LONGEST_NAME:
            tables.gazetteer.setdefault(key, kind)
    for form, kind, *_ in _rows(triggers):
        tables.triggers.setdefault(analyse(tables, form).stem, kind)
    return tables


@cache
def load_tables() -> Tables:
    """The tables shipped in ``rasd/data/entities``, read once."""
    files = resources.files(PACKAGE)
    texts = [files.joinpath(f"{n}.tsv").read_text("utf-8")
             for n in ("clusters", "gazetteer", "triggers")]
    return read_tables(*texts)


def _bits(tables: Tables, norm: str) -> int:
    found = tables.clusters.get(norm)
    return found[1] if found else 0


def analyse(tables: Tables, word: str) -> Word:
    """Fold ``word`` and cut its proclitics (cached per word).

    The article and anything before it is always cut (بالرقة -> رقه). A bare و ف ب
    ل ك is cut only when the unlabelled counts say the rest is a word of its own
    and far more common (ولبنان -> لبنان), not for وزير or بغداد; and not when the
    rest is itself a glued word (كوفي is not ك + وفي).
    """
    found = tables._words.get(word)
    if found is not None:
        return found
    norm = fold(word).lower()
    pieces = [(m.lastgroup or "mark", m.group()) for m in TOKEN.finditer(view(norm).normal)]
    kind = "+".join(dict.fromkeys(k for k, _ in pieces)) or "space"
    arabic = [text for k, text in pieces if k == "arabic"]
    clitic, stem = "", arabic[0] if arabic else norm
    if arabic:
        whole = _bits(tables, stem)
        for reading in clitics.readings(stem):
            rest = reading.rest
            if reading.clitic.parts[-1] == ARTICLE or (
                    _bits(tables, rest) >= max(MIN_STEM_BITS, whole + SPLIT_MARGIN)
                    and not analyse(tables, rest).clitic):
                clitic, stem = stem[:len(stem) - len(rest)], rest
                break
    found = Word(norm, kind, clitic, stem)
    if len(tables._words) >= CACHED_WORDS:  # a long corpus: start the cache afresh
        tables._words.clear()
    tables._words[word] = found
    return found


def _affixes(name: str, text: str, sizes: Sequence[int]) -> list[str]:
    out = []
    for n in sizes:
        if len(text) > n:
            out += [f"{name}p{n}={text[:n]}", f"{name}s{n}={text[-n:]}"]
    return out


def own_features(tables: Tables, w: Word) -> list[str]:
    """Features of a word at its own position."""
    feats = [f"w={w.norm}", f"k={w.kind}", f"len={min(len(w.norm), 12)}",
             *_affixes("", w.norm, (1, 2, 3, 4))]
    if w.clitic:
        feats += [f"cl={w.clitic}", f"st={w.stem}", *_affixes("st", w.stem, (2, 3))]
    for name, key in (("c", w.norm), ("sc", w.stem)):
        if key in tables.clusters:
            path, bits, _ = tables.clusters[key]
            feats += [f"{name}{i}={'.'.join(path.split('.')[:i + 1])}"
                      for i in range(path.count(".") + 1)]
            if name == "c":
                feats.append(f"freq={min(bits // 3, 5)}")
        elif name == "c":
            feats.append("oov")
    known = (tables.clusters.get(w.stem) or tables.clusters.get(ARTICLE + w.stem)
             or tables.clusters.get(w.norm))
    if known and w.kind == "arabic":
        feats.append(f"art={known[2]}")
    if w.kind == "arabic":
        feats.append(f"vow={4 * sum(c in 'اوي' for c in w.stem) // len(w.stem)}")
    if w.stem in tables.triggers:
        feats.append(f"trig={tables.triggers[w.stem]}")
    return feats


def context_features(tables: Tables, w: Word, at: int) -> list[str]:
    """Features of a neighbour, named by its offset ``at`` (-2 … 2)."""
    feats = [f"{at}w={w.norm}", f"{at}k={w.kind}"]
    if abs(at) == 1:
        feats.append(f"{at}st={w.stem}")
        found = tables.clusters.get(w.stem) or tables.clusters.get(w.norm)
        if found:
            feats.append(f"{at}c={found[0].rsplit('.', 1)[0]}")
            feats.append(f"{at}cf={found[0]}")
    if w.stem in tables.triggers:
        feats.append(f"{at}trig={tables.triggers[w.stem]}")
    return feats


def _memo(tables: Tables, w: Word, at: int | None) -> tuple[str, ...]:
    """A word's own (``at`` None) or neighbour features, computed once per word and place:
    words repeat, so most tokens of a long text cost a dictionary lookup."""
    key = (w.norm, at)  # a Word is a function of its folded form
    found = tables._feats.get(key)
    if found is None:
        found = tuple(own_features(tables, w) if at is None
                      else context_features(tables, w, at))
        if len(tables._feats) >= 5 * CACHED_WORDS:
            tables._feats.clear()
        tables._feats[key] = found
    return found


def _first_words(tables: Tables) -> set[str]:
    """The stems a gazetteer name can begin with (worked out once per table)."""
    if not tables._firsts and tables.gazetteer:
        tables._firsts.update(key[0] for key in tables.gazetteer)
    return tables._firsts


def gazetteer_marks(tables: Tables, stems: Sequence[str]) -> list[str | None]:
    """BIO marks of the longest gazetteer names found left to right over the stems."""
    marks: list[str | None] = [None] * len(stems)
    firsts = _first_words(tables)
    i = 0
    while i < len(stems):
        if stems[i] not in firsts:
            i += 1
            continue
        for n in range(min(LONGEST_NAME, len(stems) - i), 0, -1):
            kind = tables.gazetteer.get(tuple(stems[i:i + n]))
            if kind:
                marks[i:i + n] = [f"B-{kind}"] + [f"I-{kind}"] * (n - 1)
                i += n
                break
        else:
            i += 1
    return marks


def sentence_features(words: Sequence[str], tables: Tables | None = None) -> list[list[str]]:
    """The CRF features of every token of one sentence."""
    tables = tables or load_tables()
    seen = [analyse(tables, w) for w in words]
    marks = gazetteer_marks(tables, [w.stem for w in seen])
    out = []
    for i, w in enumerate(seen):
        feats = ["bias", *_memo(tables, w, None)]
        for at in (-2, -1, 1, 2):
            j = i + at
            feats += _memo(tables, seen[j], at) if 0 <= j < len(seen) else [f"{at}w=<s>"]
        if i > 0:
            feats.append(f"-1w|w={seen[i - 1].stem}|{w.stem}")
        if i + 1 < len(seen):
            feats.append(f"w|1w={w.stem}|{seen[i + 1].stem}")
        for at in (-1, 0, 1):
            j = i + at
            if 0 <= j < len(seen) and marks[j]:
                feats.append(f"{at}gz={marks[j]}")
        out.append(feats)
    return out


def baseline_features(words: Sequence[str]) -> list[list[str]]:
    """Word, affix and shape features of a token and its two neighbours, nothing Arabic.

    The reference CRF that the anchors quote (the usual CRF tutorial feature set).
    """
    out = []
    for i, word in enumerate(words):
        feats = ["bias", f"w={word}", f"shape={_shape(word)}", *_affixes("", word, (2, 3))]
        for at in (-1, 1):
            j = i + at
            feats += ([f"{at}w={words[j]}", f"{at}shape={_shape(words[j])}"]
                      if 0 <= j < len(words) else [f"{at}w=<s>"])
        out.append(feats)
    return out


def _shape(word: str) -> str:
    kinds = {"d" if c.isdigit() else "a" if c.isalpha() else "p" for c in word}
    return "".join(sorted(kinds)) + str(min(int(math.log2(len(word) + 1)), 4))
