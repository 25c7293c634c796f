"""The NER's CRF as arrays: per-word label scores and a vectorised Viterbi.

python-crfsuite tags a sentence from a list of feature strings per token, built
afresh for every token of every document; profiling showed that building those
strings and crfsuite's items cost some thirty times more than the Viterbi itself.
A linear-chain CRF's score for a token is the sum of its features' weights, and a
token's features are its own word's, its neighbours' (by offset), the two word
pairs around it and the gazetteer marks: so the label scores of a word's own
features, and of its features as a neighbour at each offset, are computed once per
word form and added as vectors. The best path is then found by Viterbi over those
scores with the model's transition weights, the same sum crfsuite maximises, so the
labels are the same (``tests/entities/test_crf.py`` compares them on real text).

The weights come from the shipped model file itself (``Tagger.info()``), so there is
one model and nothing to keep in step; a ``Weights`` value is plain arrays and can be
handed to a worker process.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pycrfsuite

from rasd.entities.features import (
    Tables,
    analyse,
    context_features,
    gazetteer_marks,
    own_features,
)

FORMS = 100_000  # word forms whose label scores are kept (about 36 MB); then afresh
NEAR = (-2, -1, 1, 2)  # the neighbours a token's features read, by offset


class Weights:
    """A CRF's state weights by attribute and its transition weights, as arrays, with
    the label scores of word forms worked out once and kept (up to ``FORMS`` of them)."""

    def __init__(self, tagger: pycrfsuite.Tagger):
        info = tagger.info()
        self.labels: tuple[str, ...] = tuple(tagger.labels())
        index = {label: n for n, label in enumerate(self.labels)}
        rows: dict[str, int] = {}
        for attribute, _ in info.state_features:
            rows.setdefault(attribute, len(rows))
        state = np.zeros((len(rows) + 1, len(self.labels)))  # the last row: no attribute
        for (attribute, label), weight in info.state_features.items():
            state[rows[attribute], index[label]] += weight
        self.rows = rows
        self.state = state
        self.none = len(rows)
        self.transitions = np.zeros((len(self.labels), len(self.labels)))
        for (a, b), weight in info.transitions.items():
            self.transitions[index[a], index[b]] = weight
        # what every token adds, and what a token near a sentence's edge sees there
        self.bias = self.score(["bias"])
        self.edges = {at: self.score([f"{at}w=<s>"]) for at in NEAR}
        self._forget()

    def _forget(self) -> None:
        """Drop the kept word forms (at the start, in a worker, and when ``FORMS`` fill)."""
        self._ids: dict[str, int] = {}  # a token as written -> its row
        self._stems: list[str] = []  # each row's stem (its word without proclitics)
        # per form: its own features' scores (row 0) and as each neighbour (rows 1-4)
        self._scores = np.zeros((len(NEAR) + 1, 1024, len(self.labels)))

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["_ids"], state["_stems"], state["_scores"]  # a worker starts afresh
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._forget()

    def score(self, features: Sequence[str]) -> np.ndarray:
        """The label scores of a bag of features (attributes the model lacks weigh 0)."""
        rows = self.rows
        return self.state[[rows.get(f, self.none) for f in features]].sum(axis=0)

    def _forms(self, tables: Tables, tokens: list[str]) -> tuple[np.ndarray, list[str]]:
        """The row of each token's form in the kept scores, and its stem, scoring the
        forms not seen yet (a form seen before costs one lookup)."""
        ids = self._ids
        new = [t for t in dict.fromkeys(tokens) if t not in ids]
        if len(ids) + len(new) > FORMS:
            self._forget()
            ids = self._ids
            new = list(dict.fromkeys(tokens))
        if len(ids) + len(new) > self._scores.shape[1]:
            grown = np.zeros((len(NEAR) + 1, 2 * (len(ids) + len(new)), len(self.labels)))
            grown[:, :len(ids)] = self._scores[:, :len(ids)]
            self._scores = grown
        if new:
            seen = [analyse(tables, t) for t in new]
            rows, none = self.rows, self.none
            first = len(ids)
            for which, at in enumerate((None, *NEAR)):  # every new form's features at once
                found: list[int] = []
                starts: list[int] = []
                for w in seen:
                    starts.append(len(found))
                    found.extend(rows.get(f, none) for f in (
                        own_features(tables, w) if at is None else
                        context_features(tables, w, at)))
                self._scores[which, first:first + len(new)] = np.add.reduceat(
                    self.state[found], starts, axis=0)
            ids.update((t, first + k) for k, t in enumerate(new))
            self._stems.extend(w.stem for w in seen)
        forms = [ids[t] for t in tokens]
        stems = self._stems
        return np.array(forms, dtype=np.intp), [stems[k] for k in forms]

    def emissions(self, tables: Tables, sentences: Sequence[Sequence[str]],
                  ) -> tuple[np.ndarray, np.ndarray]:
        """The label scores of every token of the sentences, one row per token in text
        order, and each token's place in its sentence: the sum of its features' weights,
        the features being those of ``features.sentence_features``."""
        tokens = [w for words in sentences for w in words]
        lengths = np.array([len(words) for words in sentences], dtype=np.intp)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        place = np.arange(len(tokens)) - starts
        size = np.repeat(lengths, lengths)
        forms, stems = self._forms(tables, tokens)
        out = self._scores[0, forms] + self.bias
        everywhere = np.arange(len(tokens))
        for n, at in enumerate(NEAR, 1):
            inside = (place + at >= 0) & (place + at < size)
            out[inside] += self._scores[n, forms[everywhere[inside] + at]]
            out[~inside] += self.edges[at]
        rows, none = self.rows, self.none
        follows = place[1:] > 0  # token i+1 follows token i in one sentence
        pairs = [(rows.get(f"-1w|w={a}|{b}", none), rows.get(f"w|1w={a}|{b}", none))
                 for a, b in pairwise(stems)]
        if pairs:
            left, right = np.array(pairs, dtype=np.intp).T
            out[1:][follows] += self.state[left[follows]]
            out[:-1][follows] += self.state[right[follows]]
        first = 0
        for words in sentences:
            marks = gazetteer_marks(tables, stems[first:first + len(words)])
            for j, mark in enumerate(marks):
                for at in (-1, 0, 1) if mark else ():
                    if 0 <= j - at < len(words):
                        out[first + j - at] += self.state[rows.get(f"{at}gz={mark}", none)]
            first += len(words)
        return out, place

    def tag(self, tables: Tables, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best label sequence of each sentence (raw, as crfsuite's), all sentences
        at once: Viterbi over the padded sentences, position by position."""
        sentences = [s for s in sentences]
        lengths = np.array([len(s) for s in sentences], dtype=np.intp)
        if not len(lengths) or not lengths.max():
            return [[] for _ in sentences]
        scores, place = self.emissions(tables, sentences)
        count, longest, labels = len(sentences), int(lengths.max()), len(self.labels)
        padded = np.zeros((count, longest, labels))
        padded[np.repeat(np.arange(count), lengths), place] = scores
        back = np.zeros((count, longest, labels), dtype=np.intp)
        best = padded[:, 0]
        for t in range(1, longest):
            paths = best[:, :, None] + self.transitions  # (sentence, from, to)
            back[:, t] = paths.argmax(axis=1)
            reached = np.take_along_axis(paths, back[:, t, None, :], axis=1)[:, 0]
            best = np.where((lengths > t)[:, None], reached + padded[:, t], best)
        path = np.zeros((count, longest), dtype=np.intp)
        at = best.argmax(axis=1)
        for t in range(longest - 1, 0, -1):
            live = lengths > t
            path[live, t] = at[live]
            at = np.where(live, back[np.arange(count), t, at], at)
        path[:, 0] = at
        names = self.labels
        return [[names[k] for k in path[n, :lengths[n]]] for n in range(count)]
