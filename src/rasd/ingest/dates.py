"""Publication dates as pages print them: «الجمعة، 16 ديسمبر 2016», "Friday, December 16, 2016".

Only a line (or header element) that is a date and nothing else is read, so a
date inside a sentence is never taken for the publication date. Month and
weekday names come from ``data/time/{ar,en}/`` through ``rasd.calendar_names``
(every Arabic convention: Syriac, Egyptian, Maghrebi), matched on folded text; a
long month name cut short or one letter off («Monday, 3 Augus 2015») reads as
that month by the rule the time stage uses (``calendar_names.guess_month``).
Saudi and Gulf papers print the Hijri date beside the Gregorian one
(«الأحد 18 شوال 1436 هـ - 2 أغسطس 2015 م»): the Gregorian date wins, and a Hijri
date alone is converted (Umm al-Qura, through hijridate).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from rasd.arabic.normalise import fold
from rasd.calendar_names import guess_month
from rasd.calendar_names import names as _names


def _alternation(kind: str) -> str:
    forms = sorted(_names(kind), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    # a month as the tables write it, or a word that may be one cut short (``_month``)
    month, weekday = rf"{_alternation('months')}|[^\W\d_]+", _alternation("weekdays")
    day, year = r"(?P<day>[0-3]?\d)", r"(?P<year>(?:1[89]|20)\d\d)(?:\s*م\b)?"
    wd = rf"(?:(?P<weekday>{weekday})\s*[,-]?\s*)?"
    tail = r"(?:\s*[,-]?\s*(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|ص|م)?)?"
    sep = r"\s*(?:[,/-]|\s)\s*"
    forms = (
        rf"{wd}{day}{sep}(?:من\s+)?(?P<month>{month}){sep}(?:(?:سنه|عام)\s+)?{year}",
        rf"{wd}(?P<month>{month}){sep}{day}{sep}{year}",
        rf"{wd}{year}-(?P<mnum>[01]?\d)-{day}",
        rf"{wd}{day}[/.-](?P<mnum>[01]?\d)[/.-]{year}",
    )
    return tuple(re.compile(rf"^\s*{f}{tail}\s*[.:]?\s*$") for f in forms)


@cache
def _hijri_pattern() -> re.Pattern[str]:
    weekday = _alternation("weekdays")
    return re.compile(rf"^\s*(?:(?:{weekday})\s*,?\s*)?(?P<day>[0-3]?\d)\s+"
                      rf"(?P<month>{_alternation('hijri_months')})\s*,?\s+"
                      r"(?P<year>1[34]\d\d)\s*(?:ه\b|هجريه)?\s*$")


# between the Hijri and the Gregorian date: a dash, a bar, or «الموافق» ("corresponding to")
_BETWEEN = re.compile(r"\s+[-–|]\s+|\s*\bالموافق\b\s*|\s*-\s*(?=\d)")


def parse_header_date(line: str) -> dt.date | None:
    """The date a header line states, or None if the line is not just a valid date."""
    text = fold(line)
    if len(text) > 100:
        return None
    found = _gregorian(text)
    if found is not False:
        return found
    parts = _BETWEEN.split(text)
    if len(parts) != 2:
        return _hijri(text) or None
    dates = [_gregorian(p) or _hijri(p) for p in parts]
    if not all(dates):
        return None
    gregorian = [d for p, d in zip(parts, dates, strict=True) if _gregorian(p)]
    return gregorian[0] if gregorian else dates[0]


def impossible_header_date(line: str) -> str | None:
    """A warning if ``line`` is shaped like a date line but names no real day (31 شباط)."""
    text = fold(line)
    if len(text) <= 100 and _gregorian(text) is None:
        return (f"the date line {line.strip()!r} names a day that does not exist; "
                "published left empty")
    return None


def _gregorian(text: str) -> dt.date | bool | None:
    """The Gregorian date ``text`` is, None if it has the shape but no such day, else False."""
    for pattern in _patterns():
        m = pattern.match(text)
        if m:
            found = m.groupdict()
            month = _month(found["month"]) if found.get("month") else int(found["mnum"])
            if month is None:
                continue
            try:
                return dt.date(int(m["year"]), month, int(m["day"]))
            except ValueError:
                return None
    return False


def _month(matched: str) -> int | None:
    """The month a matched word names, as written or cut short beside its day and year."""
    key = _key(matched)
    return _names("months").get(key) or guess_month(key)


def _hijri(text: str) -> dt.date | None:
    from hijridate import Hijri

    m = _hijri_pattern().match(text)
    if not m:
        return None
    try:
        return Hijri(int(m["year"]), _names("hijri_months")[_key(m["month"])],
                     int(m["day"])).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _key(matched: str) -> str:
    return re.sub(r"\s+", " ", matched)


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from the start of an ISO timestamp, or None if it is no real date."""
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def weekday_conflict(line: str, date: dt.date) -> str | None:
    """A warning if ``line`` names a weekday that ``date`` was not, else None."""
    m = re.match(rf"\s*({_alternation('weekdays')})\b", fold(line))
    if not m:
        return None
    stated = _names("weekdays")[_key(m.group(1))]
    if stated == date.weekday():
        return None
    return (f"the date line says {calendar.day_name[stated]} but {date.isoformat()} was a "
            f"{calendar.day_name[date.weekday()]}; the date is kept")


def rfc822_day(value: str) -> str | None:
    """``YYYY-MM-DD`` of an RFC 822 date ("Tue, 19 Aug 2014 23:30:00 +0300") as written."""
    from email.utils import parsedate_tz

    fields = parsedate_tz(value)
    if not fields:
        return None
    try:
        return dt.date(*fields[:3]).isoformat()
    except ValueError:
        return None


def read_any(value: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO timestamp, an RFC 822 date or a page-header date, else None."""
    day = iso_day(value) or rfc822_day(value)
    if day:
        return day
    header = parse_header_date(value)
    return header.isoformat() if header else None
