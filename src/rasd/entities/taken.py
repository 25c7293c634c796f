"""Spans already taken by mentions, and whether a new span overlaps any of them.

The stage's rules keep a name only where no earlier name stands («قوات النظام» is
not also «النظام»). Asking each span of the other spans in turn grows with the
square of the names, which a long document (a whole archive in one file) cannot
afford; here the taken spans are sorted once and each question is a bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Taken:
    """A fixed set of ``[start, end)`` spans (overlapping or not, any order)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the furthest end of the spans up to each one, in start order
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken span ``[a, b)`` has ``a < end`` and ``start < b``: the spans
        that start before ``end`` are a prefix of the sorted ones, and one of them
        reaches past ``start`` when the furthest of their ends does."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether a taken span longer than ``[start, end)`` holds it: one that starts
        before it and reaches its end, or starts with it and reaches past its end."""
        earlier = bisect_left(self._starts, start)
        with_it = bisect_right(self._starts, start)
        return (earlier > 0 and self._reach[earlier - 1] >= end) or (
            with_it > 0 and self._reach[with_it - 1] > end)
