"""Markdown (and text) files that open with front matter (``---`` … ``---``), as
Jekyll, Hugo and Astro sites and many archives write them.

The front matter's top-level keys give the title, date, link and author
(``data/ingest/fields.tsv``); the document's text is what follows it, as written.
Nested front matter (lists, infoboxes) is left alone: only single-line values are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.errors import NoText
from rasd.ingest import fields
from rasd.ingest.item import Item
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "markdown"
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<front>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_SCALAR = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.M)


def score(text: str, where: str) -> float:
    return 0.7 if _FRONT.match(text[:200_000]) else 0.0


def read(text: str, where: str) -> Iterator[Item]:
    m = _FRONT.match(text)
    if not m:
        raise NoText(where, "no front matter")
    values = {v["key"]: _unquote(v["value"]) for v in _SCALAR.finditer(m["front"])}
    columns = fields.match(list(values))
    start = m.end()
    body = text[start:].strip()
    if not body:
        raise NoText(where, "nothing after the front matter")
    published, warning = None, None
    if "published" in columns:
        published, warning = fields.read_date(values[columns["published"]], None)
    link = values.get(columns.get("source", ""), "")
    yield Item(where, document=Document.make(
        body, link if link.startswith(("http://", "https://")) else where,
        title=values.get(columns.get("title", "")) or None, published=published,
        language=detect(body), author=values.get(columns.get("author", "")) or None,
        reader=NAME, warnings=(warning,) if warning else ()))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
