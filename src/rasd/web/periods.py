"""What period a TIMEX3 value names, and how precisely, so the timeline draws a year as
a year and a night as a night.

``2014`` is a year, ``2014-SU`` a season, ``2014-Q3`` a quarter, ``2014-W33`` a week,
``2014-08`` a month, ``2014-08-19`` a day, ``2014-08-23TNI`` a night (``TMO``,
``TAF``, ``TEV`` the other parts of a day, ``T14:30`` a time of day), ``201X`` a decade,
and ``A/B`` a range between two of these. Anything else (a duration, an unknown year)
has no period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14: February next
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
          "DT": "daytime"}
_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<part>[A-Z]{2}|\d{2}:\d{2}))?)?"
    r"|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|W(?P<week>\d{2})))?|(?P<decade>\d{3})X")


@dataclass(frozen=True, slots=True)
class Period:
    """The first and last day a value covers and its precision: ``year``, ``season``,
    ``quarter``, ``month``, ``week``, ``day``, a part of a day (``night``…), ``time``,
    ``decade`` or ``range``."""

    first: dt.date
    last: dt.date
    precision: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period(value: str | None) -> Period | None:
    """The period of a TIMEX3 value, or None when it names none (or no real day)."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        pa, pb = period(a), period(b)
        if pa is None or pb is None or pb.last < pa.first:
            return None
        return Period(pa.first, pb.last, "range")
    m = _VALUE.fullmatch(value)
    if not m:
        return None
    try:
        return _read(m)
    except ValueError:  # 2014-02-30 and the like
        return None


def _read(m: re.Match[str]) -> Period:
    if m["decade"]:
        start = int(m["decade"]) * 10
        return Period(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")
    year = int(m["year"])
    if m["day"]:
        day = dt.date(year, int(m["month"]), int(m["day"]))
        part = m["part"]
        precision = "day" if not part else ("time" if ":" in part else _PARTS.get(part, "day"))
        return Period(day, day, precision)
    if m["month"]:
        month = int(m["month"])
        return Period(dt.date(year, month, 1),
                      dt.date(year, month, calendar.monthrange(year, month)[1]), "month")
    if m["season"]:
        first, last = _SEASONS[m["season"]]
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        return Period(dt.date(year, first, 1),
                      dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]),
                      "season")
    if m["quarter"]:
        q = int(m["quarter"])
        last = 3 * q
        return Period(dt.date(year, last - 2, 1),
                      dt.date(year, last, calendar.monthrange(year, last)[1]), "quarter")
    if m["week"]:
        monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
        return Period(monday, monday + dt.timedelta(days=6), "week")
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
