"""Publication dates as pages print them: «الجمعة، 16 ديسمبر 2016», "Friday, December 16, 2016".

Only a line (or header element) that is a date and nothing else is read, so a
date inside a sentence is never taken for the publication date. Month and
weekday names come from ``data/time/{ar,en}/`` (every Arabic convention: Syriac,
Egyptian, Maghrebi), matched on folded text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources

from rasd.arabic.normalise import fold


@cache
def _names(kind: str) -> dict[str, int]:
    """Folded month (1-12) or weekday (0=Monday) names of every language."""
    names: dict[str, int] = {}
    for lang in ("ar", "en"):
        path = resources.files("rasd.data.time").joinpath(lang, f"{kind}.tsv")
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                form, value = line.split("\t")[:2]
                names[fold(form).strip()] = int(value)
    return names


def _alternation(kind: str) -> str:
    forms = sorted(_names(kind), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month, weekday = _alternation("months"), _alternation("weekdays")
    day, year = r"(?P<day>[0-3]?\d)", r"(?P<year>(?:1[89]|20)\d\d)"
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


def parse_header_date(line: str) -> dt.date | None:
    """The date a header line states, or None if the line is not just a valid date."""
    text = fold(line)
    if len(text) > 80:
        return None
    for pattern in _patterns():
        m = pattern.match(text)
        if m:
            found = m.groupdict()
            month = (_names("months")[_key(found["month"])] if found.get("month")
                     else int(found["mnum"]))
            try:
                return dt.date(int(m["year"]), month, int(m["day"]))
            except ValueError:
                return None
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
