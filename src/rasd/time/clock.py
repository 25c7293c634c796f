"""Clock times and parts of the day, alone or joined to a day.

«الساعة العاشرة صباحا», «10:30 مساء», «at 9 am» are clock times; «مساء ذلك اليوم»,
«ليلة 23/24 تموز», «صباح أمس» put a part of the day before a day, and «Saturday
morning», «… 19:14» put one after a date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.time.dates import date
from rasd.time.deixis import anaphor, deictic
from rasd.time.expr import Expr, glue_after, kind_at
from rasd.time.scan import Tok

CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)$")
CLOCK_DOT = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)$")  # «الساعة 18.02»
MERIDIEM = re.compile(r"\s*([ap])\.?\s?m\b\.?")


def clock(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«الساعة العاشرة صباحا», «الساعة 10:30», «10:30 مساء», «at 9 am»."""
    t = toks[i]
    introduced = t.get("hour") is not None
    j = i + 1 if introduced else i
    if j >= len(toks):
        return None
    c = toks[j]
    meridiem = MERIDIEM.match(normal, c.end) if c.form.isascii() else None
    m = CLOCK.match(c.form) or (CLOCK_DOT.match(c.form) if introduced else None)
    if m:
        hour, minute = int(m[1]), int(m[2])
    elif c.number is not None and ((meridiem and c.number <= 12)
                                   or (introduced and not t.form.isascii() and c.number <= 24)):
        hour, minute = c.number, 0
    elif introduced and c.value("ordinal") and not c.form.isascii():
        hour, minute = int(c.value("ordinal") or 0), 0
    else:
        return None
    end, k = c.end, j + 1
    fraction = kind_at(toks, k, "fraction")
    if fraction:
        minute = int(fraction) % 60
        hour = hour - 1 if int(fraction) < 0 else hour
        end, k = toks[k].end, k + 1
    if meridiem:
        part: str | None = "AF" if meridiem[1] == "p" else "MO"
        end = meridiem.end()
        while k < len(toks) and toks[k].start < end:
            k += 1
    else:
        part = kind_at(toks, k, "part")
        if part:
            end, k = toks[k].end, k + 1
    start = t.start if introduced else c.start
    if k < len(toks) and glue_after(toks[k], "clock"):  # «من صباح أمس», «of 5 May»
        found = with_part(toks, k + 1, normal) or deictic(toks, k + 1, normal)
        if found:
            day = found[0]
            return replace(day, start=start, type="TIME", hour=hour, minute=minute,
                           part=day.part or part), found[1]
    return Expr(start, end, type="TIME", hour=hour, minute=minute, part=part), k


def with_part(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """A part of the day before a day: «مساء ذلك اليوم», «ليلة 23/24 تموز», «صباح أمس»."""
    if i >= len(toks):
        return None
    part = toks[i].value("part")
    if not part or toks[i].get("deictic") or toks[i].get("anaphor"):
        return None
    j = i + 1
    while j < len(toks) and glue_after(toks[j], "part"):  # «مساء يوم الأحد», «فجر (الأحد)»
        j += 1
    if j >= len(toks):
        return None
    for rule in (deictic, anaphor):
        found = rule(toks, j, normal)
        if found:
            return replace(found[0], start=toks[i].start, part=part), found[1]
    dates = dated(toks, j, normal)
    if dates and len(dates[0]) == 1:
        return replace(dates[0][0], start=toks[i].start, part=part), dates[1]
    return None


def dated(toks: list[Tok], i: int, normal: str) -> tuple[list[Expr], int] | None:
    """A calendar date (``dates.date``) with the part of the day or clock time after it."""
    found = date(toks, i)
    if found and len(found[0]) == 1:
        return _after_date(toks, found[1], found[0][0], normal)
    return found


def _after_date(toks: list[Tok], j: int, expr: Expr, normal: str
                ) -> tuple[list[Expr], int]:
    """A part of the day or a clock time after a date: «Saturday morning», «… 19:14»."""
    if j < len(toks) and (toks[j].get("hour") or CLOCK.match(toks[j].form)):
        found = clock(toks, j, normal)
        if found:
            c, k = found
            return [replace(expr, end=c.end, type="TIME", hour=c.hour, minute=c.minute,
                            part=c.part or expr.part)], k
    part = kind_at(toks, j, "part")
    if part and expr.part is None and not toks[j].get("unit") and expr.day is None:
        return [replace(expr, end=toks[j].end, part=part)], j + 1
    if part and expr.part is None and toks[j].form.isascii():
        return [replace(expr, end=toks[j].end, part=part)], j + 1
    return [expr], j
