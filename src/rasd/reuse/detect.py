"""Text reuse found as documents arrive, without recomputing what is stored.

A new document is folded and fingerprinted (``shingles.keys``); its keys are looked
up among the stored documents' keys (one join per group, ``store.reuse``) and among
the other new documents of its group (a key stored for more than ``COMMON`` documents is
boilerplate and finds none). Each candidate sharing enough keys is aligned
(``align.runs``); a pair is reuse when a passage is long (``PASSAGE`` words: a
paragraph planted in a longer article) or the passages cover most of the shorter
text (``NEAR``: a near-copy). The direction is decided (``direction.decide``) and
the new document's keys and relations are written in the caller's transaction, so a
document and its reuse are stored together or not at all.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import duckdb
import numpy as np

from rasd.arabic.normalise import TextView, fold, view
from rasd.model import Document
from rasd.reuse.align import covered, runs
from rasd.reuse.credits import Provenance, provenance
from rasd.reuse.direction import decide
from rasd.reuse.relation import Passage, Relation
from rasd.reuse.shingles import keys, shingles, word_spans
from rasd.store import reuse as stored

PASSAGE = 25  # words: a passage this long is reuse even inside a longer text
NEAR = 0.5  # or passages covering this share of the shorter text
SHARED = 2  # index keys a candidate shares (fewer only when a text has fewer)
MOST = 50  # candidates aligned per new document, those sharing most keys first
COMMON = 50  # a key stored for more documents than this is boilerplate: no candidates
KEPT = 2048  # stored documents whose shingles are kept between groups


@dataclass(slots=True)
class _Text:
    """A document being compared: folded and shingled once; its offset map, word
    offsets and provenance made only when a relation needs them."""

    document: Document
    normal: str
    words: int
    hashes: list[int]
    _view: TextView | None = field(default=None, repr=False)
    _spans: tuple[list[int], list[int]] | None = field(default=None, repr=False)
    _provenance: Provenance | None = field(default=None, repr=False)

    @staticmethod
    def of(document: Document) -> tuple[_Text, np.ndarray]:
        """The text and its shingle hashes (as an array, for the index keys)."""
        normal = fold(document.text)
        count, hashes = shingles(normal)
        return _Text(document, normal, count, hashes.tolist()), hashes

    @property
    def provenance(self) -> Provenance:
        if self._provenance is None:
            self._provenance = provenance(self.document, self.normal)
        return self._provenance

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of words ``first`` to ``last`` (exclusive)."""
        if self._view is None:
            self._view = view(self.document.text)
            self._spans = word_spans(self.normal)
        starts, ends = self._spans
        s = self._view.original_span(starts[first], ends[last - 1])
        return s.start, s.end


_kept: OrderedDict[str, _Text] = OrderedDict()  # by document id: texts never change


def _stored_text(row: dict) -> _Text:
    found = _kept.get(row["id"])
    if found is None:
        found = _kept[row["id"]] = _Text.of(Document(**row))[0]
        if len(_kept) > KEPT:
            _kept.popitem(last=False)
    return found


def index(db: duckdb.DuckDBPyConnection, documents: list[Document]) -> list[Relation]:
    """Index newly stored documents and find their reuse of the stored ones and of each
    other (in the order given); returns the relations written."""
    done = stored.indexed(db, [d.id for d in documents])
    new: dict[str, tuple[_Text, np.ndarray]] = {}
    for d in documents:
        if d.id not in done and d.id not in new:
            text, hashes = _Text.of(d)
            new[d.id] = text, keys(hashes)
    if not new:
        return []
    texts = [t for t, _ in new.values()]
    prints = [k for _, k in new.values()]
    first = stored.next_number(db)
    wanted = _candidates(db, prints, first)
    numbers = sorted({c for found in wanted for c in found if c < first})
    others = {n: _stored_text(row) for n, row in stored.documents(db, numbers).items()}
    relations = []
    for k, found in enumerate(wanted):
        for n in found:
            other = others.get(n) if n < first else texts[n - first]
            if other is not None:
                relation = compare(other, texts[k])
                if relation is not None:
                    relations.append(relation)
    stored.add(db, [(first + k, t.document.id, t.words, ks.tolist())
                    for k, (t, ks) in enumerate(zip(texts, prints, strict=True))])
    stored.write(db, [r.to_dict() for r in relations])
    return relations


def _candidates(db: duckdb.DuckDBPyConnection, keys: list[np.ndarray], first: int,
                ) -> list[list[int]]:
    """For each new document, the numbers of the documents it may reuse or be reused by:
    stored ones (below ``first``) and earlier ones of the group, most shared keys first."""
    flat = np.concatenate(keys).tolist() if keys else []
    owners = [k for k, ks in enumerate(keys) for _ in range(len(ks))]
    shared: list[dict[int, int]] = [{} for _ in keys]
    sizes: dict[int, int] = {first + k: len(ks) for k, ks in enumerate(keys)}
    for owner, n, count, size in stored.candidates(db, flat, owners, COMMON):
        shared[owner][n] = count
        sizes[n] = size
    seen: dict[int, list[int]] = {}
    for k, ks in enumerate(keys):
        for key in ks.tolist():
            for j in seen.get(key, ()):
                shared[k][first + j] = shared[k].get(first + j, 0) + 1
            seen.setdefault(key, []).append(k)
    out = []
    for k, found in enumerate(shared):
        least = {n: min(SHARED, sizes[n], len(keys[k])) for n in found}
        kept = sorted((n for n, c in found.items() if c >= least[n]),
                      key=lambda n: (-found[n], n))
        out.append(kept[:MOST])
    return out


def compare(first: _Text, second: _Text) -> Relation | None:
    """The reuse relation between two documents, ``first`` stored first; None when the
    passages they share are too slight."""
    found = runs(first.hashes, second.hashes, first.words, second.words)
    if not found:
        return None
    a_share = covered([(r.a0, r.a1) for r in found]) / first.words
    b_share = covered([(r.b0, r.b1) for r in found]) / second.words
    longest = max(min(r.a1 - r.a0, r.b1 - r.b0) for r in found)
    if longest < PASSAGE and max(a_share, b_share) < NEAR:
        return None
    source, copy, basis = decide(first.provenance, second.provenance)
    flipped = source is second.provenance
    src, cp = (second, first) if flipped else (first, second)
    passages = []
    for r in found:
        a, b = ((r.b0, r.b1), (r.a0, r.a1)) if flipped else ((r.a0, r.a1), (r.b0, r.b1))
        passages.append(Passage(src.span(*a), cp.span(*b)))
    passages.sort(key=lambda p: p.copy)
    share = a_share if flipped else b_share
    return Relation(source.id, copy.id, basis, round(share, 4), tuple(passages))


def catch_up(db: duckdb.DuckDBPyConnection, load, chunk: int = 200) -> int:
    """Index the stored documents not yet indexed (stored by an earlier rasd), ``chunk``
    at a time, each chunk in a transaction; ``load(ids)`` gives their documents.
    Returns how many were indexed."""
    ids = stored.unindexed(db)
    for start in range(0, len(ids), chunk):
        db.begin()
        try:
            index(db, load(ids[start:start + chunk]))
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return len(ids)
