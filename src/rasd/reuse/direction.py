"""Which of two documents sharing passages is the source, and what says so.

In order: the earlier publication date (basis ``published``); else the earlier
date where one of them is dated only by its dateline (``dateline``); else a credit,
one document naming the other's outlet — in its dateline («الرياض - واس» against a
story of the Saudi Press Agency: ``dateline``) or in a credit line or after «نقلا
عن» (``credit``). When nothing decides, the one stored first is called the source
and the basis is ``unknown``: the record never claims a direction it cannot show.
"""

from __future__ import annotations

from rasd.reuse.credits import Provenance


def decide(first: Provenance, second: Provenance) -> tuple[Provenance, Provenance, str]:
    """(source, copy, basis) of two documents; ``first`` is the one stored first."""
    a, b = first.date, second.date
    if a and b and a != b:
        basis = "published" if (first.dated_by, second.dated_by) == (
            "published", "published") else "dateline"
        return (first, second, basis) if a < b else (second, first, basis)
    credited = _credit(second, first)
    if credited and not _credit(first, second):
        return first, second, credited
    credited = _credit(first, second)
    if credited and not _credit(second, first):
        return second, first, credited
    return first, second, "unknown"


def _credit(copy: Provenance, source: Provenance) -> str | None:
    """How ``copy`` credits the outlet of ``source`` ("dateline" or "credit"), if it does."""
    if source.outlet is None or source.outlet == copy.outlet:
        return None
    return copy.credits.get(source.outlet)
