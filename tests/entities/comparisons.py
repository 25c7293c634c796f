"""Offsets that count how often they are compared, to test that a step is not quadratic.

A step that asks every span about every other one makes a number of comparisons
that grows with the square of the spans; one that sorts and bisects makes a few
per span. Counting them is exact and does not depend on the machine's speed, so a
test can say "no more per span with four times as many spans" instead of timing.
"""

from __future__ import annotations


class Tally:
    """How many comparisons the offsets it made took part in."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, n: int) -> int:
        """``n`` as an offset that adds to this tally when compared."""
        return _Offset(n, self)


class _Offset(int):
    tally: Tally

    def __new__(cls, n: int, tally: Tally) -> _Offset:
        offset = super().__new__(cls, n)
        offset.tally = tally
        return offset

    def _compared(self) -> None:
        self.tally.count += 1

    def __lt__(self, other: object) -> bool:
        self._compared()
        return int(self) < other

    def __le__(self, other: object) -> bool:
        self._compared()
        return int(self) <= other

    def __gt__(self, other: object) -> bool:
        self._compared()
        return int(self) > other

    def __ge__(self, other: object) -> bool:
        self._compared()
        return int(self) >= other

    def __eq__(self, other: object) -> bool:
        self._compared()
        return int(self) == other

    __hash__ = int.__hash__


def per_item(count: dict[int, int]) -> list[float]:
    """Comparisons per item, for each number of items measured."""
    return [count[n] / n for n in sorted(count)]
