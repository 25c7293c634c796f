"""Give each expression its TIMEX3 value, resolving what the text leaves open.

Underspecified and relative expressions are resolved against the document's
publication date (DCT) or the narrative's reference date: the last calendar
date the text has named. Counting expressions («قبل ذلك بستة أيام») read the
reference date but do not move it; a counted expression that restates a date
just named («25 من الشهر (أي بعد عشرة أيام على صدور القرار)») counts from the
date named before that one. Nothing is invented: where the text gives no month,
the value stops at the year; where nothing anchors it, the value is None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, replace

from hijridate import Gregorian, Hijri

from rasd.time.expr import Expr

Anchor = int | str | None  # index of the expression resolved from, "dct", or None


@dataclass(frozen=True, slots=True)
class Ref:
    """The reference date: as much of a date as the text has fixed, and where it came from."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: Anchor = None
    stated: bool = True   # False where rasd worked the day out (a bare weekday, «اليوم التالي»)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


@dataclass(frozen=True, slots=True)
class Reading:
    """An expression with its value, what it was resolved from, and the day it names."""

    expr: Expr
    value: str | None
    anchor: Anchor = None
    day: dt.date | None = None
    impossible: str | None = None   # «31 نيسان»: the date that does not exist
    base: dt.date | None = None     # for a counted expression: the date counted from


def resolve(exprs: list[Expr], dct: dt.date | None, future: list[bool],
            restates: list[bool]) -> list[Reading]:
    """Read every expression in order; ``future[i]`` is true in a future-tense sentence,
    ``restates[i]`` when expression i restates the one before it (apposition)."""
    ref = Ref(dct.year, dct.month, dct.day, "dct") if dct else Ref()
    named = ref              # the last month or day the text stated: what a weekday reads
    before: list[Ref] = []   # the reference date in force before each expression
    out: list[Reading] = []
    for i, e in enumerate(exprs):
        before.append(ref)
        reading, moved = _read(i, e, dct, ref, named, future[i],
                               before[i - 1] if i and restates[i] else None)
        out.append(reading)
        if moved is not None:
            ref = moved
            if moved.stated and moved.month is not None:
                named = moved
    return out


def _read(i: int, e: Expr, dct: dt.date | None, ref: Ref, named: Ref, future: bool,
          restated: Ref | None) -> tuple[Reading, Ref | None]:
    if e.value is not None:
        return Reading(e, e.value), None
    if e.shift is not None:
        return _shifted(e, dct, restated or ref, restated is not None), None
    if e.deictic is not None:
        return _deictic(e, dct)
    if e.anaphor is not None:
        base = ref.date if ref.source != "dct" else None  # «اليوم التالي» of what the text named
        if base is None:
            return Reading(e, None), None
        day = base + dt.timedelta(days=e.anaphor)
        return _day(e, day, ref.source), Ref(day.year, day.month, day.day, i, stated=False)
    if e.season is not None:
        return _season(e, dct), None
    return _calendar(i, e, dct, ref, named, future)


def _day(e: Expr, day: dt.date, anchor: Anchor, base: dt.date | None = None) -> Reading:
    value = day.isoformat()
    if e.type == "TIME" and e.hour is not None:
        value += f"T{_hour(e.hour, e.part):02d}:{e.minute or 0:02d}"
    elif e.part:
        value += f"T{e.part}"
    return Reading(e, value, anchor, day, base=base)


def _hour(hour: int, part: str | None) -> int:
    if part == "MO" and hour == 12:  # «الساعة 12:59 من صباح أمس» is just after midnight
        return 0
    if part in ("AF", "EV") and hour < 12:
        return hour + 12
    if part == "NI" and 6 <= hour < 12:
        return hour + 12
    return hour


def _shifted(e: Expr, dct: dt.date | None, ref: Ref, restated: bool) -> Reading:
    n, unit, base_kind = e.shift or (0, "D", "dct")
    if base_kind == "dct":
        base, anchor = dct, "dct"
    elif base_kind == "event" and not restated:
        return Reading(e, None)  # «بعد أربعة أيام من بدء الهدنة»: the event's date is unknown
    else:
        base, anchor = ref.date, ref.source
    if base is None:
        return Reading(e, None)
    if unit in ("D", "NIGHT", "H", "MIN") or (unit == "W" and base_kind != "dct"):
        days = {"D": n, "NIGHT": n, "W": 7 * n}.get(unit, 0)
        return _day(e, base + dt.timedelta(days=days), anchor, base)
    return Reading(e, _coarse(base, n, unit), anchor, base=base)


def _deictic(e: Expr, dct: dt.date | None) -> tuple[Reading, Ref | None]:
    n, unit = e.deictic or (0, "D")
    if dct is None:
        return Reading(e, None), None
    if unit == "D":
        day = dct + dt.timedelta(days=n)
        return _day(e, day, "dct"), Ref(day.year, day.month, day.day, "dct")
    return Reading(e, _coarse(dct, n, unit), "dct"), None


def _coarse(base: dt.date, n: int, unit: str) -> str:
    """The week (2015-W29), month (2015-06) or year n units of ``unit`` from ``base``."""
    if unit == "W":
        year, week, _ = (base + dt.timedelta(weeks=n)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "M":
        year, month = _add_months(base.year, base.month, n)
        return f"{year}-{month:02d}"
    return f"{base.year + n * (10 if unit == 'DE' else 1):04d}"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # winter takes the year it starts in


def _season(e: Expr, dct: dt.date | None) -> Reading:
    if e.year is not None:
        return Reading(e, f"{e.year:04d}-{e.season}")
    if dct is None:
        return Reading(e, None)
    start = SEASON_START[e.season or "SP"]

    def span(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, start, 1)
        return first, dt.date(*_add_months(year, start, 3), 1) - dt.timedelta(days=1)

    years = range(dct.year - 2, dct.year + 2)
    if e.direction == 1:
        year = min(y for y in years if span(y)[0] > dct)
    elif e.direction == -1:
        year = max(y for y in years if span(y)[1] < dct)
    else:
        year = dct.year if e.season != "WI" or dct.month == 12 else dct.year - 1
    return Reading(e, f"{year:04d}-{e.season}", "dct")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + n
    return total // 12, total % 12 + 1


def _calendar(i: int, e: Expr, dct: dt.date | None, ref: Ref, named: Ref, future: bool
              ) -> tuple[Reading, Ref | None]:
    if e.hijri:
        if e.year is None and e.month and dct:
            e = replace(e, year=_hijri_year(e.month, e.day, dct, e.direction))
            reading = _hijri(e)
            return Reading(e, reading.value, "dct", reading.day), None
        return _hijri(e), None
    year, month, day = e.year, e.month, e.day
    anchor: Anchor = None
    if e.month_from_ref:
        if ref.month is None:
            return Reading(e, None), None
        year, month, anchor = ref.year, ref.month, ref.source
    elif e.month_shift is not None:
        if dct is None:
            return Reading(e, None), None
        (year, month), anchor = _add_months(dct.year, dct.month, e.month_shift), "dct"
    elif e.year_shift is not None:
        if dct is None:
            return Reading(e, None), None
        year, anchor = dct.year + e.year_shift, "dct"
    if month is None and e.weekday is not None:
        return _weekday(i, e, dct, named, future)
    if month is None and year is not None:  # a year alone is background, not the narrative
        return Reading(e, f"{year:04d}"), (Ref(year, None, None, i) if dct is None else None)
    if month is None:  # a clock time alone: on the narrative's day, or the publication day
        day = ref.date
        return (_day(e, day, ref.source) if day else Reading(e, None)), None
    if year is None:
        year, anchor = _year_for(month, day, dct, ref, future, e.direction)
        if year is None:
            return Reading(e, f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")), None
    if day is None:
        value = f"{year:04d}-{month:02d}"
        return Reading(e, value, anchor), Ref(year, month, None, i)
    if day > calendar.monthrange(year, month)[1]:
        return (Reading(e, f"{year:04d}-{month:02d}", anchor,
                        impossible=f"{day} {calendar.month_name[month]} {year}"), None)
    named = dt.date(year, month, day)
    return _day(e, named, anchor), Ref(year, month, day, i)


def _year_for(month: int, day: int | None, dct: dt.date | None, ref: Ref, future: bool,
              direction: int | None) -> tuple[int | None, Anchor]:
    """The year of a month (and day) written without one.

    In a narrative (a date named earlier) it is the narrative's year; against the
    publication date it is the nearest such month or day, or the next or last one
    where the text says so («المقبل», «الماضي») or speaks of the future.
    """
    if ref.source not in ("dct", None) and ref.year is not None and (
            direction is None or dct is None):
        return ref.year, ref.source
    if dct is None:
        return None, None
    years = (dct.year - 1, dct.year, dct.year + 1)
    if direction is None and day is None and month == dct.month:
        return dct.year, "dct"

    def when(year: int) -> dt.date:
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, min(day or 15, last))

    if direction == 1 or (future and direction is None):
        later = [y for y in years if when(y) >= dct]
        return min(later, key=when), "dct"
    if direction == -1:
        earlier = [y for y in years if (month, day or 0) < (dct.month, dct.day if day else 0)
                   or y < dct.year]
        return max(y for y in earlier if y <= dct.year), "dct"
    # the nearest, where a day ahead weighs as three behind: reports mostly look back
    return min(years, key=lambda y: abs((when(y) - dct).days) * (3 if when(y) > dct else 1)
               ), "dct"


def _weekday(i: int, e: Expr, dct: dt.date | None, named: Ref, future: bool
             ) -> tuple[Reading, Ref | None]:
    """A bare weekday: in news, the week the report appeared, looking back from the DCT
    (ahead in a future sentence); without a DCT, the first such day on or after the
    last day the text stated (a narrative goes on from the date it names).

    ``named`` is never a day worked out from another weekday, so weekdays do not
    chain off one another and walk back a week at a time.
    """
    base, anchor = (dct, "dct") if dct else (named.date, named.source)
    if base is None or e.weekday is None:
        return Reading(e, None), None
    back = (base.weekday() - e.weekday) % 7
    ahead = (e.weekday - base.weekday()) % 7
    if e.direction == -1:
        day = base - dt.timedelta(days=back or 7)
    elif e.direction == 1:
        day = base + dt.timedelta(days=ahead or 7)
    elif future or dct is None:
        day = base + dt.timedelta(days=ahead)
    else:
        day = base - dt.timedelta(days=back)
    reading = _day(e, day, anchor)
    return (Reading(e, reading.value, anchor, day),
            Ref(day.year, day.month, day.day, i, stated=False))


def _hijri_year(month: int, day: int | None, dct: dt.date, direction: int | None) -> int:
    """The Hijri year of a Hijri month (and day) written without one: the nearest to the DCT."""
    today = Gregorian(dct.year, dct.month, dct.day).to_hijri()
    here, there = (today.month, today.day), (month, day or 15)
    if direction == 1:
        return today.year if there > here else today.year + 1
    if direction == -1:
        return today.year if there < here else today.year - 1
    if abs(month - today.month) > 6:
        return today.year + (1 if month < today.month else -1)
    return today.year


def _hijri(e: Expr) -> Reading:
    """A full Hijri date is a Gregorian day; a month or year is the smallest span holding it."""
    if e.year is None:
        return Reading(e, None)
    if (e.month and not 1 <= e.month <= 12) or (e.day and not 1 <= e.day <= 30):
        return Reading(e, None, impossible=f"{e.day}/{e.month}/{e.year} AH (Umm al-Qura)")
    try:
        if e.month and e.day:
            return _day(e, _from_hijri(e.year, e.month, e.day), None)
        first_month, last_month = (e.month, e.month) if e.month else (1, 12)
        first = _from_hijri(e.year, first_month, 1)
        last = _from_hijri(e.year + (last_month == 12), last_month % 12 + 1, 1)
    except ValueError:  # «30 صفر»: past the end of a 29-day month (Umm al-Qura)
        return Reading(e, None, impossible=f"{e.day}/{e.month}/{e.year} AH (Umm al-Qura)")
    return Reading(e, _cover(first, last - dt.timedelta(days=1)))


def _from_hijri(year: int, month: int, day: int) -> dt.date:
    """Umm al-Qura (hijridate) where it is defined, the tabular calendar before it."""
    if 1343 <= year <= 1500:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    jdn = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
           + (3 + 11 * year) // 30 + 1948439)
    return dt.date.fromordinal(jdn - 1721425)


def _cover(first: dt.date, last: dt.date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year:
        return f"{first.year:04d}"
    if first.year // 10 == last.year // 10:
        return f"{first.year // 10:03d}"
    return f"{first.year // 100:02d}"

