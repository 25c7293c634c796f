"""Files that open with front matter (``---`` … ``---``), as Jekyll, Hugo and Astro
sites and many archives write them: Markdown, or HTML underneath.

The front matter is read with a YAML library (safe loading only: no tags that
build objects); its top-level keys give the title, date, link and author
(``data/ingest/fields.tsv``). Only text, number and date values are used: a
nested value (a list of dates, an infobox) or a yes/no is not a title or a
date. The document's text is what follows the front matter, as written (HTML
below it is turned into text). A block is front matter only if it opens with a
``key: value`` line and every line of it looks like YAML, so a report that
merely opens with a ``---`` rule keeps its text; a block that looks like front
matter but is not valid YAML still gives its document (the text after it), with a
warning naming the problem and the line: a bad title loses no report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import yaml

from rasd.errors import NoText
from rasd.ingest import fields
from rasd.ingest.item import Item, is_url
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "markdown"
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<front>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_SCALAR = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.M)
_YAML_LINE = re.compile(  # a key, an indented line, a list item, a comment or a blank
    r"^(?:[A-Za-z_][\w\-]*[ \t]*:(?:[ \t].*)?|[ \t]+.*|-(?:[ \t].*)?|#.*|[ \t]*)$")


def _front(text: str) -> re.Match[str] | None:
    m = _FRONT.match(text[:200_000])
    if not m or not m["front"].strip():
        return None
    lines = m["front"].split("\n")
    if not _SCALAR.match(lines[0]) and not lines[0].rstrip().endswith(":"):
        return None
    return m if all(_YAML_LINE.match(line) for line in lines) else None


def score(text: str, where: str) -> float:
    # above the HTML reader: a Jekyll page named .html keeps its front matter's title and date
    return 0.85 if _front(text) else 0.0


def read(text: str, where: str) -> Iterator[Item]:
    from rasd.ingest import html

    m = _front(text)
    if not m:
        raise NoText(where, "no front matter")
    values, problem = _values(m["front"])
    columns = fields.match(list(values))
    body = text[m.end():].strip()
    if html.score(body, where) >= 0.5:
        body = html.to_text(body)
    if not body:
        raise NoText(where, "nothing after the front matter")
    published, warning = None, problem
    if "published" in columns:
        published, warning = fields.read_date(values[columns["published"]], None)
    link = values.get(columns.get("source", ""), "")
    yield Item(where, document=Document.make(
        body, link if is_url(link) else where,
        title=values.get(columns.get("title", "")) or None, published=published,
        language=detect(body), author=values.get(columns.get("author", "")) or None,
        reader=NAME, warnings=(warning,) if warning else ()))


def _values(front: str) -> tuple[dict[str, str], str | None]:
    """The front matter's top-level keys with a text, number or date value, as text; or
    none and the reason, where it is not valid YAML."""
    unread = "; its title, date and author were not read"
    try:
        data = yaml.safe_load(front)
    except yaml.MarkedYAMLError as e:  # lines are counted in the file: "---" is line 1
        problem = ": ".join(f"{what} (line {mark.line + 2})" if mark else what
                            for what, mark in ((e.context, e.context_mark),
                                               (e.problem, e.problem_mark)) if what)
        return {}, f"front matter is not valid YAML: {problem}{unread}"
    except Exception as e:  # the loader also raises ValueError (2023-02-30), KeyError, ...
        return {}, f"front matter is not valid YAML: cannot read a value ({e}){unread}"
    if not isinstance(data, dict):
        return {}, f"front matter is not valid YAML: not a mapping of keys to values{unread}"
    values = {k: _text(v) for k, v in data.items() if isinstance(k, str)}
    return {k: v for k, v in values.items() if v is not None}, None


def _text(value: Any) -> str | None:
    """A scalar as the text it stands for; None for lists, mappings, yes/no and null."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dt.date):  # a datetime too: YAML keeps the offset as written
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
