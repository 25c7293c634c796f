"""Findings about a document's dates: what it states that does not add up, and what does.

Each finding names the spans it is about (offsets into the original text) and
says in a sentence what was checked. Kinds: weekday_ok / weekday_mismatch (a
date stated with its weekday), relative_date_ok / relative_date_conflict (a
counted date that restates a date just named), impossible_date (31 April),
after_publication (a date in the past tense later than the document's date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rasd.model import Finding
from rasd.time.resolve import Reading

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
Quote = Callable[[Reading], tuple[tuple[int, int], str]]


def findings(readings: list[Reading], restates: list[bool], future: list[bool],
             dct: dt.date | None, quote: Quote) -> list[Finding]:
    """Every check the readings allow, in text order."""
    out: list[Finding] = []
    for i, r in enumerate(readings):
        span, text = quote(r)
        if r.impossible:
            out.append(Finding("impossible_date", (span,),
                               f"«{text}» names {r.impossible}, a date that does not exist"))
        if r.expr.weekday is not None and r.day is not None and _states_day(r):
            out.append(_weekday(r, span, text))
        if i and restates[i]:
            earlier = readings[i - 1]
            pair = (_relative(earlier, r, quote) if r.expr.shift
                    else _relative(r, earlier, quote))
            if pair:
                out.append(pair)
        late = _after_publication(r, dct, future[i], text)
        if late:
            out.append(Finding("after_publication", (span,), late))
    return out


def _states_day(r: Reading) -> bool:
    """The weekday is checked against a day the text gives, not one rasd worked out."""
    e = r.expr
    if e.deictic is not None:  # «أمس الخميس»
        return e.deictic[1] == "D"
    return e.day is not None and e.month_shift is None and (e.month is not None
                                                            or e.month_from_ref)


def _weekday(r: Reading, span: tuple[int, int], text: str) -> Finding:
    stated = WEEKDAYS[r.expr.weekday or 0]
    actual = WEEKDAYS[r.day.weekday()] if r.day else stated
    if stated == actual:
        return Finding("weekday_ok", (span,),
                       f"«{text}» says {stated}; {r.day} is a {actual}")
    return Finding("weekday_mismatch", (span,),
                   f"«{text}» says {stated}, but {r.day} is a {actual}")


def _relative(named: Reading, counted: Reading, quote: Quote) -> Finding | None:
    """A counted date («بعد عشرة أيام») beside the date it restates («25 من الشهر»)."""
    if counted.expr.shift is None or named.expr.shift is not None:
        return None
    if counted.day is None or named.day is None or counted.base is None:
        return None
    (a, named_text), (b, counted_text) = quote(named), quote(counted)
    n, unit, _ = counted.expr.shift
    count = f"{abs(n)} {'night' if unit == 'NIGHT' else 'day'}{'s' if abs(n) != 1 else ''}"
    way = "after" if n > 0 else "before"
    spans = tuple(sorted((a, b)))
    if counted.day == named.day:
        return Finding("relative_date_ok", spans,
                       f"«{counted_text}» ({count} {way} {counted.base}) gives {counted.day}, "
                       f"the date «{named_text}» names")
    return Finding("relative_date_conflict", spans,
                   f"«{counted_text}» ({count} {way} {counted.base}) gives {counted.day}, "
                   f"but «{named_text}» names {named.day}")


def _after_publication(r: Reading, dct: dt.date | None, future: bool, text: str) -> str | None:
    """A date with its year stated, later than the document, in a sentence not about plans."""
    e = r.expr
    if dct is None or future or not e.explicit or e.year is None or e.hijri or not r.value:
        return None
    late = (r.day is not None and r.day > dct) or (
        e.day is None and e.month is not None and (e.year, e.month) > (dct.year, dct.month)) or (
        e.month is None and e.season is None and e.year > dct.year)
    if not late:
        return None
    return (f"«{text}» ({r.value}) is later than the document's date {dct} "
            "and the sentence does not speak of the future")
