"""The time stage: a document's time expressions, valued, and what they state.

``tag(document, text)`` scans the text layer's
tokens (``rasd.arabic``) with the lexicon in ``data/time``, reads expressions with the
rules in ``grammar``, resolves them against the publication date and the
narrative's reference date (``resolve``) and checks weekdays, counted dates and
impossible dates (``checks``). It returns the record's ``times`` and the
findings about them.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rasd.arabic import TextLayer, TextView
from rasd.model import Document, Finding, Time
from rasd.time.checks import WEEKDAYS, findings
from rasd.time.grammar import Expr, parse
from rasd.time.lexicon import Lexicon, load, tokens
from rasd.time.resolve import Reading, resolve
from rasd.time.scan import Tok, scan


class TimeLayer(NamedTuple):
    """The time stage's output, the two record layers it assigns: the times and the
    findings about them."""

    times: tuple[Time, ...]
    findings: tuple[Finding, ...]


def tag(document: Document, text: TextLayer, lexicon: Lexicon | None = None) -> TimeLayer:
    """Every time expression of the document, valued, with the findings it supports.

    ``lexicon`` is the time words the stage knows (``load()``, the shipped tables, when
    it is not given).
    """
    lexicon = lexicon or load()
    toks = scan(text, lexicon)
    exprs = parse(toks, text.normal)
    if not exprs:
        return TimeLayer((), ())
    dct = _day(document.published)
    future = _future(toks, exprs, text)
    restates = [bool(i) and _apposed(text.normal[exprs[i - 1].end:e.start], lexicon)
                for i, e in enumerate(exprs)]
    readings = resolve(exprs, dct, future, restates)

    def quote(r: Reading) -> tuple[tuple[int, int], str]:
        span = text.original_span(r.expr.start, r.expr.end)
        return (span.start, span.end), span.text

    times = tuple(_time(f"t{n}", r, text) for n, r in enumerate(readings, 1))
    return TimeLayer(times, tuple(findings(readings, restates, future, dct, quote)))


def _time(ident: str, r: Reading, text: TextView) -> Time:
    span = text.original_span(r.expr.start, r.expr.end)
    anchor = r.anchor if isinstance(r.anchor, str) or r.anchor is None else f"t{r.anchor + 1}"
    weekday = WEEKDAYS[r.expr.weekday] if r.expr.weekday is not None else None
    return Time(ident, span.start, span.end, span.text, r.expr.type, r.value, anchor, weekday)


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _future(toks: list[Tok], exprs: list[Expr], text: TextLayer) -> list[bool]:
    """Whether each expression stands in a sentence (the text layer's) with a marker of
    the future tense."""
    marked = {text.sentence_of(t.start) for t in toks
              if t.entries and t.get("future") is not None}
    return [text.sentence_of(e.start) in marked for e in exprs]


def _apposed(between: str, lexicon: Lexicon) -> bool:
    """Only punctuation and an apposition marker («أي», «وتحديدا», i.e.) between two times."""
    if len(between) > 40:
        return False
    words = [w for w in tokens(between) if w.isalnum() and not _is_glue(lexicon.kinds(w))]
    if not words or len(words) > 3:
        return False
    n, entries = lexicon.longest(words, 0)
    return n == len(words) and any(e.kind == "apposition" for e in entries)


def _is_glue(entries: tuple) -> bool:
    return any(e.kind == "glue" for e in entries)
