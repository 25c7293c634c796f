"""Read time expressions off the scanned tokens, before any date arithmetic.

Each rule looks at the token where a scan stands and either returns an ``Expr``
and the index after it, or nothing. Rules are tried in a fixed order at every
token; the first that reads something wins and the scan moves past it. The rules
live in modules named for what they read: ``clock`` (clock times, parts of the
day), ``counted`` (quantities, durations, counted dates), ``deixis`` (words that
count from now or from the narrative, seasons, sets), ``dates`` (calendar dates)
and ``years``. Nothing here knows the publication date: ``resolve`` does.
"""

from __future__ import annotations

from rasd.time.clock import clock, dated, with_part
from rasd.time.counted import duration, relative
from rasd.time.deixis import anaphor, deictic, fixed, period, season
from rasd.time.expr import Expr
from rasd.time.scan import Tok
from rasd.time.years import year

__all__ = ["Expr", "parse"]

# Rules that read one expression, in the order they are tried at a token.
RULES = (clock, with_part, relative, duration, deictic, anaphor, period, season, fixed)


def parse(toks: list[Tok], normal: str) -> list[Expr]:
    """Every expression in the token list, left to right, none overlapping."""
    out: list[Expr] = []
    i = 0
    while i < len(toks):
        if not toks[i].starts:
            i += 1  # only numbers and some kinds of word can begin an expression
            continue
        found = _at(toks, i, normal, out)
        if found:
            exprs, i = found
            out.extend(exprs)
        else:
            i += 1
    return out


def _at(toks: list[Tok], i: int, normal: str, before: list[Expr]
        ) -> tuple[list[Expr], int] | None:
    """The expressions the first rule that reads anything at token ``i`` reads."""
    for rule in RULES:
        found = rule(toks, i, normal)
        if found:
            expr, j = found
            return [expr], j
    return dated(toks, i, normal) or year(toks, i, before)
