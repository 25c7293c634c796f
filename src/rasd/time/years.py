"""Years named alone: «عام 2011», «in 2014», «1436 هـ», «عامي 2013 و2014», «2011-2014».

A bare four-digit number is a year only after a word that introduces one, with an
era marker after it, or joined to a year just read; anything else is a quantity.
"""

from __future__ import annotations

from rasd.time.expr import YEARS, Expr, kind_at
from rasd.time.scan import Tok


def year(toks: list[Tok], i: int, before: list[Expr]) -> tuple[list[Expr], int] | None:
    """The year or two years at token ``i``; ``before``: the expressions read so far."""
    t = toks[i]
    marker = kind_at(toks, i + 1, "marker")
    parts = t.form.split("-")
    digits = (3, 4) if marker else (4,)  # «263 هجرية», «879م»
    if not all(p.isdecimal() and len(p) in digits for p in parts) or len(parts) > 2:
        return None
    years = [int(p) for p in parts]
    if marker == "AH" and all(0 < y < 1500 for y in years):
        return [Expr(t.start, toks[i + 1].end, year=years[0], hijri=True, explicit=True)], i + 2
    if marker == "AD" and len(years) == 1 and 100 <= years[0] < 1900:
        return [Expr(t.start, toks[i + 1].end, year=years[0], explicit=True)], i + 2
    prev = toks[i - 1] if i > 0 else None
    strong = prev is not None and prev.get("strong_year") is not None
    if not all(y in YEARS or (strong and 1000 <= y < 2100) for y in years):
        return None
    if prev is not None and prev.get("blocker"):
        return None
    if len(years) == 1 and i + 1 < len(toks) and toks[i + 1].form == "s":  # «the 1990s»
        return [Expr(t.start, toks[i + 1].end, value=f"{years[0] // 10:03d}")], i + 2
    conj = prev is not None and prev.get("connector") is not None
    joined = conj and i > 1 and bool(before) and before[-1].end >= toks[i - 2].end
    trigger = prev is not None and prev.get("year_trigger") is not None and not conj
    if not (trigger or strong or joined or marker == "AD"):
        return None
    end, j = (toks[i + 1].end, i + 2) if marker == "AD" else (t.end, i + 1)
    if len(years) == 1:
        return [Expr(t.start, end, year=years[0], explicit=True)], j
    cut = t.start + 4
    return [Expr(t.start, cut, year=years[0], explicit=True),
            Expr(cut + 1, end, year=years[1], explicit=True)], j
