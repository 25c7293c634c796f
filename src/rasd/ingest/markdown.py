"""Files that open with front matter (``---`` … ``---``), as Jekyll, Hugo and Astro
sites and many archives write them: Markdown, or HTML underneath.

The front matter's top-level keys give the title, date, link and author
(``data/ingest/fields.tsv``); the document's text is what follows it, as
written (HTML below the front matter is turned into text). A block is front
matter only if every line of it reads as YAML, so a report that merely opens
with a ``---`` rule keeps its text. Nested values (lists, infoboxes) and block
scalars (``|``, ``>``) are left alone: only single-line values are read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

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
    values = {v["key"]: _unquote(v["value"]) for v in _SCALAR.finditer(m["front"])}
    values = {k: v for k, v in values.items() if v is not None}
    columns = fields.match(list(values))
    body = text[m.end():].strip()
    if html.score(body, where) >= 0.5:
        body = html.to_text(body)
    if not body:
        raise NoText(where, "nothing after the front matter")
    published, warning = None, None
    if "published" in columns:
        published, warning = fields.read_date(values[columns["published"]], None)
    link = values.get(columns.get("source", ""), "")
    yield Item(where, document=Document.make(
        body, link if is_url(link) else where,
        title=values.get(columns.get("title", "")) or None, published=published,
        language=detect(body), author=values.get(columns.get("author", "")) or None,
        reader=NAME, warnings=(warning,) if warning else ()))


def _unquote(value: str) -> str | None:
    """A YAML scalar's text; None for block scalars (``|``, ``>``) and flow collections."""
    if value[0] in "|>[{&*!":
        return None
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    return value
