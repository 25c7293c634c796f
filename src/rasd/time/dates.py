"""Calendar dates: weekday, day, month and year in any order the press writes them.

«يوم الثلاثاء الواقع في 19 من الشهر August 2014», «السبت 23 2014 Augus»,
«حزيران / يونيو 2014», «19 من الشهر», «10–28 August 2014», «15/8/2014». The
tokens of a date are read one by one, each adding a kind (day, month, year...)
until one cannot belong to it; then the kinds are put together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.time.expr import HIJRI_YEARS, YEARS, Expr, bare, glue_after, kind_at
from rasd.time.scan import Tok

NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})(?:\2(\d{1,4}))?$")

# Kinds a date may end on; glue after them («من», «of») is dropped from its end.
_KEEP_LAST = {"weekday", "month", "month2", "day", "day2", "year", "numeric", "night", "direction",
              "marker", "close", "year_shift", "month_num"}


def _glue_role(tok: Tok | None, label: str, kind: str) -> bool:
    """Whether ``tok`` was read as glue (its label is its form) with a reading of ``kind``."""
    return tok is not None and label == tok.form and bare(tok, kind) is not None


def _date_kind(t: Tok, seen: set[str], last: str, prev: Tok | None) -> str | None:
    """What a token adds to the date being read, or None where the date stops.

    ``last`` is what the previous token added, ``prev`` that token (None at the start).
    """
    after_day_word = last == "start" or _glue_role(prev, last, "day_word")
    n = t.number
    if n is not None:
        if len(t.form) == 4 and "year" not in seen and (
                n in YEARS or n in HIJRI_YEARS or ("month" in seen and 1000 <= n < 2100)):
            return "year"
        if last == "/ " and 1 <= n <= 12 and not seen & {"month", "month_num"}:
            return "month_num"  # «28 / 10 / 2019»
        if 1 <= n <= 31 and len(t.form) <= 2 and "year" not in seen:
            if "day" not in seen and "numeric" not in seen:
                return "day"
            if last == "connector" and "day2" not in seen:
                return "day2"
        return None
    if t.form[:1].isdecimal():
        read = numeric(t.form) if not seen & {"day", "month", "night"} else None
        if read is None:
            return None
        return "night" if "night" in read else "numeric"
    if t.value("ordinal") and after_day_word and not seen & {"day", "numeric"}:
        return "day"  # «الأول من كانون الأول»
    word = t.value("number")
    if word and word.isdecimal() and int(word) <= 31 and after_day_word \
            and not seen & {"day", "numeric"}:
        return "day"  # «يوم عشرين غشت»
    if t.get("weekday") and not seen & {"weekday", "month", "day", "numeric", "night"}:
        return "weekday"
    if t.get("month") or t.get("hmonth"):
        if "month" not in seen and "numeric" not in seen:
            return "month"
        return "month2" if last in ("month", "/", "(", "-") and "month2" not in seen else None
    if t.get("direction") and (last in ("month", "month2", "weekday")
                               or _glue_role(prev, last, "month_ref")):
        return "direction"
    if t.get("direction") and _glue_role(prev, last, "year_word") and "month" in seen:
        return "year_shift"  # «أبريل (نيسان) من العام الماضي»
    if t.get("marker") and last in ("year", "numeric"):
        return "marker"
    if t.form == ")" and last == "month2" and "(" in seen:
        return "close"
    if t.get("connector") and last in ("day", "numeric") and "month" not in seen:
        return "connector"
    if t.form == "/" and last in ("day", "month_num"):
        return "/ "  # a slash between the numbers of a spaced numeric date
    # a doubled month («آب/أغسطس», «اغسطس آب») takes the glue a month takes: «… عام 2014»
    if glue_after(t, "month" if last == "month2" else last) or (t.form == ")" and "(" in seen):
        return t.form
    return None


def date(toks: list[Tok], i: int) -> tuple[list[Expr], int] | None:
    """The date (or the two dates of a range) starting at token ``i``, and the index after."""
    items: list[tuple[str, int]] = []
    seen: set[str] = set()
    last, prev = "start", None
    j = i
    while j < len(toks):
        kind = _date_kind(toks[j], seen, last, prev)
        if kind is None:
            break
        items.append((kind, j))
        seen.add(kind)
        last, prev = "month" if kind == "close" else kind, toks[j]
        j += 1
        if kind in ("direction", "year_shift"):
            break
    while items and not (items[-1][0] in _KEEP_LAST or _role(toks, items[-1], "month_ref")
                         or _closes(items)):
        items.pop()
    while items and _role(toks, items[0], "lead"):
        items.pop(0)  # «on», «the»: they lead into a date but are not part of it
    if not items:
        return None
    return _read_date(toks, i, items)


def _closes(items: list[tuple[str, int]]) -> bool:
    """Whether the last item is a bracket closing one the date opened: «الإثنين (6 أكتوبر)»."""
    return items[-1][0] == ")" and any(label == "(" for label, _ in items[:-1])


def _role(toks: list[Tok], item: tuple[str, int], kind: str) -> bool:
    """Whether a date's item is a glue word with a reading of ``kind`` («الشهر», «on»)."""
    label, j = item
    return _glue_role(toks[j], label, kind)


def _read_date(toks: list[Tok], i: int, items: list[tuple[str, int]]
               ) -> tuple[list[Expr], int] | None:
    got: dict[str, int | None] = {"year": None, "month": None, "day": None, "weekday": None}
    day2 = direction = year_shift = None
    hijri = night = False
    for kind, j in items:
        t = toks[j]
        if kind in ("year", "day"):
            got[kind] = (t.number if t.number is not None
                         else int(t.value("ordinal") or t.value("number") or 0))
        elif kind == "month_num":
            got["month"] = t.number
        elif kind == "day2":
            day2 = t.number
        elif kind == "weekday":
            got["weekday"] = int(t.value("weekday") or 0)
        elif kind == "month":
            hijri = t.get("month") is None
            got["month"] = int(t.value("month") or t.value("hmonth") or 0)
        elif kind == "direction":
            direction = int(t.value("direction") or 0)
        elif kind == "year_shift":
            year_shift = int(t.value("direction") or 0)
        elif kind == "marker" and t.value("marker") == "AH":
            hijri = True
        elif kind in ("numeric", "night"):
            read = numeric(t.form) or {}
            got.update({k: v for k, v in read.items() if k != "night"})
            night = kind == "night"
    year, month, day, weekday = got["year"], got["month"], got["day"], got["weekday"]
    if year in HIJRI_YEARS and not hijri:
        return None
    first, last_j = items[0][1], items[-1][1]
    end = toks[last_j].end
    if month is None:
        if day is not None and any(_role(toks, item, "month_ref") for item in items):
            # «19 من الشهر», «5 من الشهر الجاري»
            expr = Expr(toks[first].start, end, day=day, weekday=weekday, explicit=True,
                        month_from_ref=direction is None, month_shift=direction)
            return [expr], last_j + 1
        if weekday is not None and _weekday_alone_ok(toks, items, direction):
            wj = next(j for k, j in items if k == "weekday")
            stop = last_j if direction is not None else wj
            return [Expr(toks[first].start, toks[stop].end, weekday=weekday,
                         direction=direction, explicit=True)], stop + 1
        return None
    mj = next((j for k, j in items if k == "month"), None)
    if (mj is not None and toks[mj].get("weak") and weekday is not None and day is None
            and year is None and year_shift is None and direction is None):
        wj = next(j for k, j in items if k == "weekday")  # «Wednesday may»: the weekday alone
        return [Expr(toks[first].start, toks[wj].end, weekday=weekday, explicit=True)], wj + 1
    if day is None and year is None and weekday is None and year_shift is None:
        p = i - 2 if i > 1 and toks[i - 1].form == "-" else i - 1  # «mid-February»
        trigger = kind_at(toks, p, "year_trigger") is not None or (
            p >= 0 and bare(toks[p], "month_trigger") is not None)
        if not (direction is not None or trigger):
            return None
    expr = Expr(toks[first].start, end, year=year, month=month, day=day, hijri=hijri,
                weekday=weekday, direction=direction, explicit=True, year_shift=year_shift,
                part="NI" if night else None)
    if day2 is not None:  # «10 – 28 August 2014»: two dates sharing month and year
        dj = next(j for k, j in items if k == "day")
        d2j = next(j for k, j in items if k == "day2")
        head = replace(expr, end=toks[dj].end, weekday=None)
        tail = replace(expr, start=toks[d2j].start, day=day2)
        return [head, tail], last_j + 1
    return [expr], last_j + 1


def _weekday_alone_ok(toks: list[Tok], items: list[tuple[str, int]], direction: int | None
                      ) -> bool:
    """A bare weekday counts with «يوم» before it, a direction after, or a strong form."""
    wj = next(j for k, j in items if k == "weekday")
    return (direction is not None or _role(toks, items[0], "day_word")
            or not toks[wj].get("weak"))


def numeric(form: str) -> dict[str, int] | None:
    """«15/8/2014», «2014-08-15», «15/8/14», «23/24» (a night across two days)."""
    m = NUMERIC.match(form)
    if not m:
        return None
    a, sep, b, c = int(m[1]), m[2], int(m[3]), m[4]
    if c is None:
        if len(m[1]) <= 2 and len(m[3]) <= 2 and sep == "/" and b == a + 1 and b <= 31:
            return {"day": a, "night": 1}
        return None
    year = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 50 else 1900 + int(c)
    if len(m[1]) == 4:  # 2014-08-15
        year, month, day = a, b, int(c)
        if len(c) > 2:
            return None
    elif len(c) not in (2, 4):
        return None
    elif a <= 12 < b:  # 8/15/2014, the American order
        month, day = a, b
    else:
        day, month = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31 and (year in YEARS or year in HIJRI_YEARS)):
        return None
    return {"year": year, "month": month, "day": day}
