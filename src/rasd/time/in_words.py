"""TIMEX3 values in English words, for people reading a summary rather than a record.

A record says ``2014-07-23TNI``; a journalist reads "night of Wednesday 23 July
2014". Every shape the time stage writes has words: days, months, years, decades
and centuries, seasons and quarters, parts of the day and nights, clock times, ISO
weeks, durations (``P10D``, ``PT24H``, ``PXY``), sets (``P1D`` as a SET is "every
day") and vague references; ``X`` digits say what the text left unstated ("27
August, year not stated"), and no value at all is "not resolved". The words for the
codes are rows of ``data/time/en/timex.tsv``; month and weekday names are those of
``en/months.tsv`` and ``en/weekdays.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from rasd import calendar_names

UNRESOLVED = "not resolved"

_DATE = re.compile(r"(?P<year>[0-9X]{2,4})(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?"
                   r"|-W(?P<week>\d{2})|-(?P<code>SP|SU|FA|WI|Q[1-4]))?"
                   r"(?:T(?P<clock>\d{2}:\d{2}(?::\d{2})?)|T(?P<part>[A-Z]{2}))?")
_PERIOD = re.compile(r"P(?P<date>(?:[0-9X.]+(?:Y|M|W|D|DE|CE))*)"
                     r"(?:T(?P<time>(?:[0-9X.]+[HMS])+))?")
_AMOUNT = re.compile(r"([0-9X.]+)(DE|CE|[YMWDHS])")


@cache
def _codes() -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, code) → (the word for one, for many) from ``timex.tsv``."""
    return {(r[0], r[1]): (r[2], r.get(3) or r[2])
            for r in calendar_names.rows("en/timex.tsv")}


@cache
def _names(table: str) -> dict[int, str]:
    """The first full name of each month (1-12) or weekday (0 Monday) in ``en/<table>``."""
    found: dict[int, str] = {}
    for row in calendar_names.rows(f"en/{table}"):
        tags = set(",".join(row.cells[2:]).split(","))
        if row[0].isalpha() and not {"abbr", "typo"} & tags:
            found.setdefault(int(row[1]), row[0])
    return found


def in_words(value: str | None, type_: str | None = None) -> str | None:
    """The value in English words; "not resolved" for None; None for a shape rasd does
    not write (the caller then shows the code alone). ``type_`` is the time's TIMEX3
    type: a SET's ``P1D`` is "every day", a DURATION's "1 day"."""
    if value is None:
        return UNRESOLVED
    if ("ref", value) in _codes():
        return _codes()["ref", value][0]
    if value.startswith("P"):
        period = _period(value)
        if period is None or type_ != "SET":
            return period
        return "every " + period.removeprefix("1 ")
    m = _DATE.fullmatch(value)
    if m is None:
        return None
    return _date(m, every=type_ == "SET")


def _period(value: str) -> str | None:
    """``P3W`` → "3 weeks", ``PT24H`` → "24 hours", ``PXY`` → "some years"."""
    m = _PERIOD.fullmatch(value)
    if m is None or not (m["date"] or m["time"]):
        return None
    parts = [_amount(n, _codes()["unit", u]) for n, u in _AMOUNT.findall(m["date"] or "")]
    parts += [_amount(n, _codes()["time_unit", u]) for n, u in _AMOUNT.findall(m["time"] or "")]
    return ", ".join(parts)


def _amount(number: str, unit: tuple[str, str]) -> str:
    one, many = unit
    if "X" in number:
        return f"some {many}"
    return f"{number} {one if number == '1' else many}"


def _date(m: re.Match[str], every: bool) -> str | None:
    """A calendar value in words; ``every`` for a set ("every 15 August", "every night")."""
    year, month, day, code = m["year"], m["month"], m["day"], m["code"]
    if len(year) < 4:  # a decade (199: the 1990s) or a century (19: the 20th century)
        if "X" in year:
            return None
        return f"the {year}0s" if len(year) == 3 else f"the {_ordinal(int(year) + 1)} century"
    if (month and "X" not in month and not 1 <= int(month) <= 12) or (
            day and "X" not in day and not 1 <= int(day) <= 31):
        return None
    known = year if "X" not in year else ""
    if m["week"]:
        return _week(int(year), int(m["week"])) if known else None
    if not (known or month or code):
        return "every year" if every else "a year not stated"
    in_year = f" {known}" if known else ""
    if code:
        words = _codes()["season" if code[0] != "Q" else "quarter", code][0] + in_year
    elif month is None:
        words = known
    elif "X" in month:
        words = ("a day" if day else "a month") + (f" in{in_year}" if known else "")
    elif day is None or "X" in day:
        words = ("a day in " if day else "") + _names("months.tsv")[int(month)] + in_year
    else:
        words = _day(known, int(month), int(day))
    if m["part"]:
        name = _codes().get(("part", m["part"]))
        if name is None:
            return None
        words = (f"a {name[0]}{words[5:]}" if words.startswith("a day") else
                 f"{name[0]} of {words}")
    elif m["clock"]:
        words = f"{m['clock']} on {words}"
    if every:
        return "every " + words.removeprefix("a ")
    if not known:
        words += ", date not stated" if month and "X" in month else ", year not stated"
    return words


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _day(year: str, month: int, day: int) -> str:
    """"Wednesday 23 July 2014" (the weekday when the year is known and the day real)."""
    name = f"{day} {_names('months.tsv')[month]}"
    if not year:
        return name
    try:
        weekday = _names("weekdays.tsv")[dt.date(int(year), month, day).weekday()]
    except ValueError:  # 31 April: the text's own impossible date, kept as written
        return f"{name} {year}"
    return f"{weekday} {name} {year}"


def _week(year: int, week: int) -> str | None:
    """ISO week ``week`` of ``year``, named by its Monday."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return f"the week of {_day(str(monday.year), monday.month, monday.day)}"
