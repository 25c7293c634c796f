"""Plain text, including web pages copied as text (a Blogger post pasted into a file).

A copied page keeps its chrome: «الصفحات» above, the post's date line and
title, «ليست هناك تعليقات:» / «إرسال تعليق» below. The chrome lines
(``data/ingest/chrome.tsv``) are kept out of the body: the leading header lines,
everything from the first footer line on (the comment box), and a trailing run of
links such as «رسالة أقدم»; a date line with a short
line next to it gives the publication date and the title. Pasted news does the
same a line or two further down (title, byline, then the date), or labels its
date ("Publication date: …", «تاريخ النشر: …»): ``datelines`` reads both. Text
without that shape is taken whole, with no title or date guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.arabic.normalise import fold
from rasd.errors import NoText
from rasd.ingest import datelines
from rasd.ingest.dates import weekday_conflict
from rasd.ingest.item import Item
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "text"
MAX_TITLE = 200


def score(text: str, where: str) -> float:
    """Anything decoded is text; the other readers score higher when they fit."""
    return 0.1


def read(text: str, where: str) -> Iterator[Item]:
    page = parse_page(text)
    body = text[page.start:page.end]
    if not body.strip():
        raise NoText(where, "no text left once the page chrome is taken out")
    yield Item(where, document=Document.make(
        body, where, title=page.title, language=detect(body), reader=NAME,
        published=page.published, warnings=page.warnings))


@dataclass(frozen=True, slots=True)
class Page:
    """Where the body of a text lies, and the title and date found around it."""

    start: int
    end: int
    title: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def parse_page(text: str) -> Page:
    """Find the body, title and date of a (possibly copied) page."""
    lines = [_Line(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text)
             if m.group().strip()]
    header, footer = _chrome("header"), _chrome("footer")
    first = 0
    while first < len(lines) and _is_chrome(lines[first].text, header):
        first += 1
    # the post ends at the first footer line («ليست هناك تعليقات:»); what follows is page chrome
    last = next((n for n in range(first, len(lines)) if _is_chrome(lines[n].text, footer)),
                len(lines))
    while last > first and _is_chrome(lines[last - 1].text, _chrome("any")):
        last -= 1
    if first == last:
        return Page(0, 0)
    copied = first > 0 or last < len(lines)  # chrome seen: this is a copied page
    body, title = first, None
    head = lines[first:last]
    n, line = _date_line(head, copied)
    if line is not None:  # an impossible date line is still the date line, not the body
        body = first + n + 1
        if n == 0 and len(head) > 1 and _titlelike(head[1].text, copied):
            body, title = first + 2, head[1].text.strip()
        elif n > 0:
            title = head[0].text.strip()
    if body >= last:  # nothing but a title: keep it as the body rather than lose it
        body = first
    start, end = lines[body].start, lines[last - 1].end
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end -= len(text[start:end]) - len(text[start:end].rstrip())
    date = line.date if line else None
    problem = line and (line.problem or (weekday_conflict(line.shown, date) if date else None))
    return Page(start, end, title, date.isoformat() if date else None,
                (problem,) if problem else ())


def _date_line(head: list[_Line], copied: bool) -> tuple[int, datelines.Dateline | None]:
    """The first line of the header that states the date, and what it states: the first
    line, or one below title-like lines (title, byline, place) with the body after it."""
    for n, line in enumerate(head[:datelines.HEAD_LINES]):
        found = datelines.read(line.text)
        if found is not None and (n == 0 or n + 1 < len(head)):
            return n, found
        if not _titlelike(line.text, copied):
            break
    return 0, None


def _titlelike(line: str, copied: bool) -> bool:
    """A title is short, not a date, not chrome, and (unless the page's chrome shows it
    was copied from a blog) does not end like a sentence."""
    line = line.strip()
    if not 0 < len(line) <= MAX_TITLE or datelines.read(line) is not None:
        return False
    if _is_chrome(line, _chrome("any")):
        return False
    return copied or not line.endswith((".", "!", "?", "؟", "…", ":", "،", ","))


@cache
def _chrome(place: str) -> frozenset[str]:
    """The chrome lines of one place (header, footer, trailing), or of "any" place."""
    return frozenset(_shape(row[0].replace("{n}", "0"))
                     for row in tables.shipped("ingest", "chrome.tsv", 2)
                     if place in (row[1], "any"))


def _shape(line: str) -> str:
    """A line's folded form, numbers as 0, spaces collapsed: what chrome rows are matched on."""
    return re.sub(r"\s+", " ", re.sub(r"[0-9]+", "0", fold(line))).strip()


def _is_chrome(line: str, rows: frozenset[str]) -> bool:
    return len(line) <= _longest() and _shape(line) in rows


@cache
def _longest() -> int:
    """No chrome line is longer than this (plus slack for spaces): body lines skip folding."""
    return 2 * max(len(row) for row in _chrome("any")) + 8
