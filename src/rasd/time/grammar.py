"""Read time expressions off the scanned tokens, before any date arithmetic.

Each rule looks at the token where a scan stands and either returns an ``Expr``
and the index after it, or nothing. Rules are tried in a fixed order at every
token; the first that reads something wins and the scan moves past it. The rules
live in modules named for what they read: ``clock`` (clock times, parts of the
day), ``counted`` (quantities, durations, counted dates), ``deixis`` (words that
count from now or from the narrative, seasons, sets), ``dates`` (calendar dates)
and ``years``. A modifier just before what a rule read («منتصف آب 2014», «أواخر عام
2014», "mid-February") joins its span as a TIMEX3 mod. Nothing here knows the
publication date: ``resolve`` does.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.time.clock import clock, dated, with_part
from rasd.time.counted import duration, relative
from rasd.time.deixis import anaphor, deictic, fixed, period, season
from rasd.time.expr import Expr, glue_after, kind_at
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
            exprs, j = found
            out.extend(_modified(toks, i, exprs, out))
            i = j
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


def _modified(toks: list[Tok], i: int, exprs: list[Expr], before: list[Expr]) -> list[Expr]:
    """The expressions read at token ``i``, the first with the modifier before it, if any.

    A ``mod`` word («مطلع», «منتصف», «أواخر», early, mid, late) right before the
    time, or before a glue word that may follow one («أواخر عام 2014», "mid-1960s"),
    says which part of it is meant: it joins the span and sets ``mod``; the value
    stays that of the unit it modifies (TimeML).
    """
    first = exprs[0]
    if first.start != toks[i].start:
        return exprs
    p = i - 1
    while p >= 0 and i - p <= 2 and glue_after(toks[p], "mod"):
        p -= 1
    mod = kind_at(toks, p, "mod")
    if mod is None or (before and before[-1].end > toks[p].start):
        return exprs
    return [replace(first, start=toks[p].start, mod=mod), *exprs[1:]]
