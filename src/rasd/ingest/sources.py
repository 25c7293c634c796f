"""Reading sources: each reader module scores a decoded source and the best reads it.

Each reader module (``feeds``, ``table``, ``blogger``, ``html``, ``markdown``,
``text``) says how sure it is that it can read a decoded source (``score``) and
reads it (``read``, yielding one ``Item`` per document); the best score wins.
Every problem becomes an ``Item`` with an error naming the source, so a batch
never stops and nothing is dropped silently; a document left without a
publication date carries the warning ``UNDATED``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from rasd.errors import RasdError
from rasd.ingest import blogger, feeds, html, markdown, table, text
from rasd.ingest.encoding import decode
from rasd.ingest.folders import DEFAULT_MAX_BYTES, expand, load
from rasd.ingest.item import Item, Raw

READERS = (feeds, table, blogger, html, markdown, text)
UNDATED = ("no publication date found (give one with --published YYYY-MM-DD); relative dates "
           "such as «أمس» or \"last week\" are left unvalued")


def read(sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
         encoding: str | None = None, published: str | None = None,
         text_column: str | None = None) -> Iterator[Item]:
    """Every document the sources hold, or an error item for each that cannot be read."""
    for source in expand(sources):
        yield from read_file(source, max_bytes=max_bytes, encoding=encoding,
                             published=published, text_column=text_column)


def read_file(source: str | RasdError, *, max_bytes: int = DEFAULT_MAX_BYTES,
              encoding: str | None = None, published: str | None = None,
              text_column: str | None = None) -> Iterator[Item]:
    """The documents of one file, URL or ``-`` that ``expand`` gave (or its error)."""
    if isinstance(source, RasdError):
        yield Item(source.where, error=source)
        return
    try:
        raw = load(source, max_bytes)
    except RasdError as e:
        yield Item(e.where, error=e)
        return
    yield from read_raw(raw, encoding=encoding, published=published, text_column=text_column)


def read_raw(raw: Raw, *, encoding: str | None = None, published: str | None = None,
             text_column: str | None = None) -> Iterator[Item]:
    """The documents in one source's bytes; ``published`` overrides the dates found, and
    ``text_column`` names a table's text column."""
    try:
        decoded, _ = decode(raw.data, raw.where, raw.declared, encoding)
        reader = max(READERS, key=lambda r: r.score(decoded, raw.where))
        if reader is table and text_column is not None:
            items = list(table.read(decoded, raw.where, text_column))
        else:
            items = list(reader.read(decoded, raw.where))
    except RasdError as e:
        yield Item(raw.where, error=e, raw=raw)
        return
    except Exception as e:  # a reader's library choked: report it, keep the batch going
        problem = f"cannot be read ({type(e).__name__}: {e})"
        yield Item(raw.where, error=RasdError(raw.where, problem), raw=raw)
        return
    for item in items:
        if published and item.document is not None:
            item = dataclasses.replace(
                item, document=dataclasses.replace(item.document, published=published))
        elif item.document is not None and item.document.published is None:
            # without it the time stage cannot value «أمس» or "last week": say why
            doc = item.document
            item = dataclasses.replace(
                item, document=dataclasses.replace(doc, warnings=(*doc.warnings, UNDATED)))
        yield dataclasses.replace(item, raw=raw)
