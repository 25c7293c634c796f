"""A document's text with its annotations as a tree of nested pieces for the reader.

Times, mentions, triggers, cues, evidence and the spans of findings overlap in any way;
HTML elements must nest. Annotations are sorted outermost first (earlier start, then longer, then by
kind), and one that crosses the end of the element it starts in is cut there and its
rest placed again, so every annotation becomes one element or a few adjacent ones and
the text between them is kept as it is: joining a tree's text gives the document's
text back, character for character. The template renders the tree (escaping every
piece); nothing here writes HTML.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

# outer kinds first when two annotations cover the same characters
RANK = {"evidence": 0, "finding": 1, "trigger": 2, "cue": 2, "time": 3, "mention": 3}


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation: its span, its kind (a ``RANK`` key) and the record id it shows."""

    start: int
    end: int
    kind: str
    ref: str


@dataclass(slots=True)
class Piece:
    """A node of the tree: plain text (``mark`` None) or an annotation with children;
    ``first`` is True on the first piece of an annotation that was cut."""

    start: int
    end: int
    mark: Mark | None = None
    first: bool = True
    children: list[Piece] = field(default_factory=list)
    text: str = ""


def marks(record: dict[str, Any]) -> list[Mark]:
    """The annotations of a stored record (``browse.record``'s shape)."""
    found = [Mark(t["start"], t["end"], "time", t["id"]) for t in record["times"]]
    found += [Mark(m["start"], m["end"], "mention", m["id"]) for m in record["mentions"]]
    for e in record["events"]:
        found.append(Mark(e["trigger"]["start"], e["trigger"]["end"], "trigger", e["id"]))
        if e.get("cue"):
            found.append(Mark(e["cue"]["start"], e["cue"]["end"], "cue", e["id"]))
        found += [Mark(s["start"], s["end"], "evidence", e["id"]) for s in e["evidence"]]
    for n, f in enumerate(record["findings"], 1):
        found += [Mark(start, end, "finding", f"f{n}") for start, end in f["spans"]]
    return found


def tree(text: str, annotations: list[Mark]) -> list[Piece]:
    """The text as a list of top-level pieces; empty or out-of-range annotations are
    left out, never allowed to cut the text."""
    n = len(text)
    queue = [(m.start, -m.end, RANK[m.kind], i, m, True) for i, m in enumerate(annotations)
             if 0 <= m.start < m.end <= n]
    heapq.heapify(queue)
    root = Piece(0, n)
    stack = [root]
    order = len(queue)
    while queue:
        start, neg_end, rank, _, mark, first = heapq.heappop(queue)
        end = -neg_end
        while stack[-1].end <= start and len(stack) > 1:
            stack.pop()
        parent = stack[-1]
        if end > parent.end:  # crosses its parent's end: cut, place the rest again
            order += 1
            heapq.heappush(queue, (parent.end, -end, rank, order, mark, False))
            end = parent.end
        piece = Piece(start, end, mark, first)
        parent.children.append(piece)
        stack.append(piece)
    _fill(root, text)
    return root.children


def _fill(piece: Piece, text: str) -> None:
    """Put the plain text between children into text pieces, depth first."""
    filled: list[Piece] = []
    at = piece.start
    for child in piece.children:
        if child.start > at:
            filled.append(Piece(at, child.start, text=text[at:child.start]))
        _fill(child, text)
        filled.append(child)
        at = child.end
    if piece.end > at:
        filled.append(Piece(at, piece.end, text=text[at:piece.end]))
    piece.children = filled
    if piece.mark is not None and not piece.children:
        piece.children = [Piece(piece.start, piece.end, text=text[piece.start:piece.end])]


def joined(pieces: list[Piece]) -> str:
    """The text of a tree again (what the tests check against the document)."""
    return "".join(p.text if p.mark is None else joined(p.children) for p in pieces)
