"""Passages two texts share, aligned word for word.

Shingles the two texts have in common are anchors (i in the source, j in the copy).
Walking the copy's anchors in order, an anchor continues the current passage when it
lies a little further along both texts (at most ``GAP`` shingles on each side: a word
changed, added or dropped breaks a few shingles, not the passage); otherwise it
starts a new one. A passage covers the words of its first to its last shingle. A
shingle the source repeats more than ``REPEATS`` times (a refrain, a list) anchors
nothing. One pass over each text and a dict of the source's shingles: linear.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.reuse.shingles import SIZE

GAP = 8  # shingles skipped on either side before a passage breaks
REPEATS = 8  # a shingle found more often in the source is no anchor
LEAST = 8  # words in the shortest passage kept (unless a whole text is shorter)


@dataclass(frozen=True, slots=True)
class Run:
    """A passage in word indices: source words [a0, a1), copy words [b0, b1)."""

    a0: int
    a1: int
    b0: int
    b1: int


def runs(source: list[int], copy: list[int], source_words: int, copy_words: int,
         ) -> list[Run]:
    """The passages a copy shares with a source, given their shingle hashes and word
    counts, in the copy's order."""
    if not source or not copy:
        return []
    common = set(source).intersection(copy)  # only shared shingles can anchor
    where: dict[int, list[int]] = {}
    for i, h in enumerate(source):
        if h in common:
            where.setdefault(h, []).append(i)
    found: list[list[int]] = []  # [i0, j0, i1, j1]: first and last anchors
    cur: list[int] | None = None
    for j, h in enumerate(copy):
        if h not in common:
            continue
        places = where[h]
        if len(places) > REPEATS:
            continue
        i = _next(places, cur, j)
        if i is not None and cur is not None:
            cur[2], cur[3] = i, j
            continue
        cur = [places[0], j, places[0], j]
        found.append(cur)
    width_a, width_b = min(SIZE, source_words), min(SIZE, copy_words)
    least = min(LEAST, source_words, copy_words)
    out = [Run(i0, i1 + width_a, j0, j1 + width_b) for i0, j0, i1, j1 in found]
    return [r for r in out if min(r.a1 - r.a0, r.b1 - r.b0) >= least]


def _next(places: list[int], cur: list[int] | None, j: int) -> int | None:
    """The place in the source that carries the current passage on to anchor ``j``."""
    if cur is None or j - cur[3] > GAP:
        return None
    last = cur[2]
    for i in places:
        if last < i <= last + GAP:
            return i
    return None


def covered(spans: list[tuple[int, int]]) -> int:
    """How many words a list of word ranges covers (overlaps counted once)."""
    total, reach = 0, 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total
