"""Statistical Arabic NER: a CRF tags PERS, LOC, ORG and MISC names in BIO form.

The model (``data/entities/ner.crfsuite``, built by ``scripts/train_ner.py`` from
ANERcorp) reads the features of ``features.py``; it tags through ``crf.Weights``,
its weights as arrays (crfsuite itself only trains it and checks that the two agree).
``spans`` runs it over real text with the rasd tokeniser and returns character spans
of the original text; a name glued to a conjunction or preposition (بالرقة, ولبنان)
starts after it, since the mention is the name and not the preposition.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.arabic import TextLayer, TextView, layer
from rasd.arabic.tokenise import ARTICLE, Token, Word, split
from rasd.entities.crf import Weights
from rasd.entities.features import PACKAGE, analyse, load_tables

MODEL = "ner.crfsuite"
TYPES = ("PERS", "LOC", "ORG", "MISC")


@cache
def _model_bytes() -> bytes:
    # crfsuite tags straight from this buffer, so it must live as long as the tagger
    return resources.files(PACKAGE).joinpath(MODEL).read_bytes()


@cache
def load_model() -> pycrfsuite.Tagger:
    """The shipped CRF, read from the package once (no network, no temporary file)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(_model_bytes())
    return tagger


@cache
def load_weights() -> Weights:
    """The shipped CRF's weights as arrays, for tagging (made from the model once)."""
    return Weights(load_model())


def tag(tokens: Sequence[str], model: Weights | None = None) -> list[str]:
    """BIO labels for one sentence's tokens (by ``model``, else the shipped one); an I-
    that opens a name becomes B-."""
    if not tokens:
        return []
    return repair((model or load_weights()).tag(load_tables(), [tokens])[0])


def repair(labels: Iterable[str]) -> list[str]:
    """Make a label sequence valid BIO: I-X not after B-X or I-X becomes B-X."""
    out: list[str] = []
    for label in labels:
        if label.startswith("I-") and (not out or out[-1][2:] != label[2:]):
            label = "B-" + label[2:]
        out.append(label)
    return out


def chunks(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """Names as (type, first token, end token) in CoNLL fashion (I-X after O opens one)."""
    found: list[tuple[str, int, int]] = []
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        inside = label.startswith("I-") and label[2:] == kind
        if start >= 0 and not inside:
            found.append((kind, start, i))
            start, kind = -1, ""
        if label != "O" and not inside:
            start, kind = i, label[2:]
    return found


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]],
          ) -> dict[str, tuple[float, float, float, int]]:
    """Entity-level precision, recall, F1 and gold count per type and ``micro``.

    A predicted name counts only when its type and both its ends match a gold one
    (the CoNLL / seqeval rule).
    """
    hits, found, wanted = Counter(), Counter(), Counter()
    for g_seq, p_seq in zip(gold, predicted, strict=True):
        g, p = set(chunks(g_seq)), set(chunks(p_seq))
        for bag, names in ((wanted, g), (found, p), (hits, g & p)):
            bag.update(kind for kind, _, _ in names)
    result = {}
    for kind in (*sorted(wanted | found), "micro"):
        h, f, w = ((hits[kind], found[kind], wanted[kind]) if kind != "micro" else
                   (hits.total(), found.total(), wanted.total()))
        p, r = h / f if f else 0.0, h / w if w else 0.0
        result[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, w)
    return result


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) of each sentence of a ``token TAG`` file (ANERcorp), blank lines
    between sentences; for training and scoring the model."""
    found: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text("utf-8").splitlines(), ""]:
        if line.strip():
            word, label = line.rsplit(" ", 1)
            words.append(word)
            labels.append(label)
        elif words:
            found.append((words, labels))
            words, labels = [], []
    return found


def spans(text: str, folded: TextLayer | None = None, model: Weights | None = None,
          ) -> list[tuple[int, int, str]]:
    """(start, end, type) of every name found in ``text``; ``text[start:end]`` is the name.

    ``folded`` is the text's layer when the caller has one (the pipeline's): the model
    reads its tokens and sentences; ``model`` is the CRF (the shipped one by default).
    The model knows Arabic only: sentences with fewer Arabic words than others (an
    English paragraph, a table of figures) are not tagged, and a name must hold an
    Arabic word. A name found once is found wherever else the document repeats it
    (``propagate``).
    """
    folded = folded or layer(text)
    every = list(folded.tokens)  # a Word per token, made once
    starts = folded.tokens.starts
    tagged: list[list[Word]] = []
    k = 0
    for end in folded.sentence_ends:
        j = bisect_left(starts, end, k)  # the sentence's tokens start before its end
        words, k = every[k:j], j
        if _mostly_arabic(words):
            tagged.append(words)
    sentences = [[t.norm for t in words] for words in tagged]
    labels = (model or load_weights()).tag(load_tables(), sentences)
    labelled = propagate(sentences, [repair(seq) for seq in labels])
    found = []
    for words, labels in zip(tagged, labelled, strict=True):
        for kind, i, j in chunks(labels):
            while i < j and words[i].kind == "mark":
                i += 1
            while j > i and words[j - 1].kind == "mark":
                j -= 1
            if any(t.kind == "arabic" for t in words[i:j]):
                first, last = folded.located(words[i]), folded.located(words[j - 1])
                found.append((_start(first, folded), last.end, kind))
    return found


def propagate(sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
              window: int | None = None) -> list[list[str]]:
    """The labels, with every name the model found also given to the other places the
    document writes the same words (by stem: «الرقة» and «بالرقة») untagged.

    The CRF sees one sentence at a time and misses a name in one sentence that it
    found in another; a document uses a name in one sense. A name takes the type
    the model gave it most often; longer names first; words of under three letters
    are never names alone. ``window`` limits the reach to that many sentences either
    side (for corpora of sentences without document bounds, such as ANERcorp).
    """
    tables = load_tables()
    stems = [[analyse(tables, w).stem for w in words] for words in sentences]
    names = [[(tuple(stems[n][i:j]), kind) for kind, i, j in chunks(seq)]
             for n, seq in enumerate(labels)]
    whole = _by_first_word(names) if window is None else None
    out = []
    for n, seq in enumerate(labels):
        known = whole if window is None else _by_first_word(
            names[max(0, n - window):n + window + 1])
        new = list(seq)
        own = stems[n]
        for i in range(len(own)):
            for key, kind in known.get(own[i], ()):
                end = i + len(key)
                if tuple(own[i:end]) == key and all(x == "O" for x in new[i:end]):
                    new[i:end] = [f"B-{kind}"] + [f"I-{kind}"] * (len(key) - 1)
                    break
        out.append(new)
    return out


def _by_first_word(names: Iterable[Iterable[tuple[tuple[str, ...], str]]],
                   ) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Names (stems, commonest type) by their first stem, longest first; only names
    whose every word has three letters or more."""
    counts = Counter(name for found in names for name in found)
    best: dict[tuple[str, ...], tuple[str, int]] = {}
    for (key, kind), c in counts.items():
        if all(len(w) >= 3 for w in key) and c > best.get(key, ("", 0))[1]:
            best[key] = (kind, c)
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, (kind, _) in sorted(best.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(key[0], []).append((key, kind))
    return index


def _mostly_arabic(words: Sequence[Word]) -> bool:
    arabic = sum(t.kind == "arabic" for t in words)
    return arabic > 0 and 2 * arabic >= sum(t.kind in ("arabic", "latin") for t in words)


def _start(token: Token, folded: TextView) -> int:
    """Where a name starting in ``token`` starts: after و ف ب ل ك, at a written article."""
    stem = analyse(load_tables(), token.text).stem
    pieces = split(token, folded, lambda rest: rest == stem)
    for k, piece in enumerate(pieces):
        written = piece.role == ARTICLE and not (k and pieces[k - 1].role == "ل")  # not لل
        if piece.role == "stem" or written:
            return piece.start
    return token.start
