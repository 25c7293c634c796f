"""Which column or front-matter key holds a document's text, title, date, link and author.

The names live in ``data/ingest/fields.tsv``, so a user's export format is a row
of data. Dates in such fields come in many shapes; ``read_date`` tries ISO,
RFC 822, the page-header forms of ``dates.py`` and, for ``a/b/yyyy``, the day
and month order the caller settled for the whole file.
"""

from __future__ import annotations

import re
from functools import cache

from rasd import tables
from rasd.ingest.dates import iso_day, read_any

FIELDS = ("text", "title", "published", "source", "author")
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_YEAR_FIRST = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in tables.shipped("ingest", "fields.tsv", 2):
        names.setdefault(row[0], row[1])
    return names


def key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def match(names: list[str]) -> dict[str, str]:
    """field -> the first of ``names`` that holds it (in the table's order of preference)."""
    order = list(_names())
    found: dict[str, str] = {}
    for name in sorted(names, key=lambda n: order.index(key(n)) if key(n) in order else 1e9):
        field = _names().get(key(name))
        if field and field not in found:
            found[field] = name
    return found


def slash_order(values: list[str]) -> str | None:
    """"dmy" or "mdy" for the a/b/yyyy dates of one file, None if no value tells."""
    for value in values:
        m = _SLASHED.match(value or "")
        if m and int(m[1]) > 12 >= int(m[2]):
            return "dmy"
        if m and int(m[2]) > 12 >= int(m[1]):
            return "mdy"
    return None


def read_date(value: str, order: str | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, a warning or None) for one field value."""
    value = (value or "").strip()
    if not value:
        return None, None
    m = _SLASHED.match(value)
    if m:  # a/b/yyyy: the order the file's other dates settled, or none at all
        a, b, year = int(m[1]), int(m[2]), m[3]
        if not order and a <= 12 and b <= 12 and a != b:
            return None, (f"the date {value!r} could be day/month or month/day; "
                          "published left empty")
        order = order or ("dmy" if a > 12 else "mdy")
        month, dom = (b, a) if order == "dmy" else (a, b)
        day = iso_day(f"{year}-{month:02d}-{dom:02d}")
    elif _YEAR_FIRST.match(value):
        y = _YEAR_FIRST.match(value)
        day = iso_day(f"{y[1]}-{int(y[2]):02d}-{int(y[3]):02d}")
    else:
        day = read_any(value)
    if not day:
        return None, f"cannot read the date {value!r}; published left empty"
    return day, None
