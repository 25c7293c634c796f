"""Whether a span overlaps, or lies inside, spans already taken: answers and cost."""

from __future__ import annotations

from rasd.entities.taken import Taken
from tests.entities.comparisons import Tally, per_item

SPANS = [(0, 5), (3, 8), (20, 30), (22, 24), (40, 41)]


QUERIES = [(s, e) for s in range(45) for e in range(s, 46)]


def test_taken_overlaps_as_asking_each_span():
    taken = Taken(SPANS)
    for start, end in QUERIES:
        assert taken.overlaps(start, end) == any(start < b and a < end for a, b in SPANS), (
            start, end)


def test_taken_holds_as_asking_each_span():
    taken = Taken(SPANS)
    for start, end in QUERIES:
        assert taken.holds(start, end) == any(
            a <= start and end <= b and b - a > end - start for a, b in SPANS), (start, end)


def test_taken_of_nothing_overlaps_nothing():
    assert not Taken([]).overlaps(0, 10) and not Taken([]).holds(0, 10)


def test_taken_compares_a_few_times_per_span_issue_14_item_5():
    """Asking each taken span in turn grew with the square of the names: a 5 MB
    document spent minutes in the entities stage. A question is a bisection now."""
    count = {}
    for n in (500, 2000):
        tally = Tally()
        taken = Taken((tally(10 * k), tally(10 * k + 4)) for k in range(n))
        for k in range(n):
            taken.overlaps(tally(10 * k + 5), tally(10 * k + 9))
            taken.holds(tally(10 * k + 1), tally(10 * k + 3))
        count[n] = tally.count
    small, large = per_item(count)
    assert large < 1.5 * small, count
