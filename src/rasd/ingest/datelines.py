"""Where a pasted text states its own date: a date line among its first lines, or a
labelled one («تاريخ النشر: ٢٢ آب ٢٠١٤», "Publication date: August 25, 2014").

News pasted as text often opens with a title, a byline or a place, then the date
on a line of its own; or it says "Published: …" in so many words. Both are read
with the page-header reader (``dates.parse_header_date``) and, for a labelled
value, the field reader tables use (``fields.read_date``); the labels are the
names ``data/ingest/fields.tsv`` gives the publication date. A date inside a
sentence is never taken: only a line that is a date, or a label and a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rasd.ingest import fields
from rasd.ingest.dates import impossible_header_date, parse_header_date

HEAD_LINES = 4  # a date line further down belongs to the story, not to its header
MAX_LABEL_WORDS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line that states the document's date: the date (None if it names no real day or
    cannot be settled), the text that states it, and the problem if any."""

    date: dt.date | None
    shown: str
    problem: str | None = None


def read(line: str) -> Dateline | None:
    """The date ``line`` states, whole, after a label, or after a place («دمشق - الجمعة،
    22 آب 2014», "Damascus, August 22, 2014"); None if it is not a date line."""
    date = parse_header_date(line)
    if date is not None:
        return Dateline(date, line)
    impossible = impossible_header_date(line)
    if impossible:
        return Dateline(None, line, impossible)
    return _labelled(line) or _placed(line)


_PLACE = re.compile(r"^\s*([^\W\d_][^\d\-–—,،:]{0,40}?)\s*[-–—,،]\s*(.+)$")
MAX_PLACE_WORDS = 3


def _placed(line: str) -> Dateline | None:
    """A dateline led by a place: a few words, a dash or comma, then a whole date."""
    m = _PLACE.match(line)
    if not m or len(m.group(1).split()) > MAX_PLACE_WORDS:
        return None
    date = parse_header_date(m.group(2))
    return Dateline(date, m.group(2).strip()) if date is not None else None


def _labelled(line: str) -> Dateline | None:
    text = line.strip()
    label, colon, value = text.partition(":")
    splits = [(label, value)] if colon else []
    words = text.split()
    splits += [(" ".join(words[:n]), " ".join(words[n:]))
               for n in range(1, min(MAX_LABEL_WORDS, len(words) - 1) + 1)]
    for label, value in splits:
        if not _is_date_label(label) or not value.strip():
            continue
        day, warning = fields.read_date(value, None)
        if day:
            return Dateline(dt.date.fromisoformat(day), value.strip())
        if colon:  # "Date: next week": plainly meant as the date, so say it was not read
            return Dateline(None, value.strip(), warning)
    return None


def _is_date_label(label: str) -> bool:
    label = re.sub(r"\s+", " ", label).strip()
    return 0 < len(label) <= 40 and fields.match([label]).get("published") == label
