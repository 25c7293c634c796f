"""The gazetteer's longest-match step: which overlapping matches win, and its cost."""

from __future__ import annotations

from rasd.entities import gazetteer
from rasd.entities.gazetteer import Match
from tests.entities.comparisons import Tally, per_item


def _spans(matches: list[Match]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in matches]


def test_longest_keeps_the_longest_of_overlapping_matches_in_text_order():
    found = [Match(0, 4, ("a",)), Match(2, 10, ("b",)), Match(10, 12, ("c",)),
             Match(11, 13, ("d",)), Match(20, 25, ("e",)), Match(20, 25, ("f",))]
    kept = gazetteer.longest(found)
    assert _spans(kept) == [(2, 10), (10, 12), (20, 25)]
    assert kept[-1].candidates == ("e",)  # of two as long, the first given


def test_longest_of_nothing_is_nothing():
    assert gazetteer.longest([]) == []


def test_longest_compares_a_few_times_per_match_issue_14_item_5():
    """Asking every kept match about each new one grew with the square of the matches:
    a 1.1 MB file took 38 s. The count of comparisons per match must not grow."""
    count = {}
    for n in (500, 2000):
        tally = Tally()
        matches = [Match(tally(6 * k + (k % 3)), tally(6 * k + 4), ("x",)) for k in range(n)]
        matches += [Match(tally(6 * k + 3), tally(6 * k + 8), ("y",)) for k in range(0, n, 7)]
        gazetteer.longest(matches)
        count[n] = tally.count
    small, large = per_item(count)
    assert large < 1.5 * small, count
