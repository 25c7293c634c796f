"""Whole-store reads for exports: records as plain data, a layer at a time, no objects built.

Turning every stored row back into the record's dataclasses (``Store.analyses``)
costs far more than reading the rows, and an export of one layer needs none of the
others. Here the documents and each layer asked for are read with one query each,
all in ``rasd list`` order, and merged as they stream; a record comes out as
``Analysis.to_dict()`` would give it, holding only those layers. An export of the
events reads only the documents that have events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from rasd.model import SCHEMA, Analysis, Document

# the record's layers, in the record's order
LAYER_NAMES = tuple(f.name for f in dataclasses.fields(Analysis) if f.name != "document")
ORDER = "d.published NULLS LAST, d.ingested_at, d.id"  # rasd list order; the id makes it total
BATCH = 2000  # rows fetched at a time
# Each layer's items with their document's id first; the alias x is the layer's table.
_ITEMS = {
    "times": "SELECT x.document, x.* EXCLUDE (document, seq) FROM times x",
    "mentions": "SELECT x.document, x.* EXCLUDE (document, seq) FROM mentions x",
    "events": "SELECT x.document, x.* EXCLUDE (document, seq) FROM events x",
    "entities": ("SELECT x.document, e.* FROM document_entities x "
                 "JOIN entities e ON e.id = x.entity"),
    "findings": "SELECT x.document, x.kind, x.spans, x.message FROM findings x",
}
_TABLE = {layer: "document_entities" if layer == "entities" else layer for layer in _ITEMS}
_DOCUMENT = ", ".join(f"d.{f.name}" for f in dataclasses.fields(Document))


def records(db: duckdb.DuckDBPyConnection, layers: Sequence[str] = LAYER_NAMES,
            having: str | None = None, counted: bool = False) -> Iterator[dict[str, Any]]:
    """Every stored record (or those ``having`` an item of that layer) in ``rasd list``
    order, as plain data shaped like ``Analysis.to_dict()`` but with only ``layers``.

    With ``counted``, each record also has ``counts``: the number of items of every
    layer, counted in DuckDB (so a row per document costs no layer read).
    """
    for layer in (*layers, *([having] if having else [])):
        _known(layer)
    where = f" WHERE d.id IN (SELECT document FROM {_TABLE[having]})" if having else ""
    counts = "".join(f", (SELECT count(*) FROM {_TABLE[layer]} c WHERE c.document = d.id)"
                     for layer in LAYER_NAMES) if counted else ""
    docs = db.cursor().execute(f"SELECT {_DOCUMENT}{counts} FROM documents d{where} "
                               f"ORDER BY {ORDER}")
    streams = {layer: _grouped(db.cursor().execute(
        f"{_ITEMS[layer]} JOIN documents d ON d.id = x.document{where} "
        f"ORDER BY {ORDER}, x.seq")) for layer in layers}
    pending = {layer: next(stream, None) for layer, stream in streams.items()}
    names = [f.name for f in dataclasses.fields(Document)]
    while rows := docs.fetchmany(BATCH):
        for row in rows:
            doc = dict(zip(names, row[:len(names)], strict=True))
            doc["published"] = doc["published"].isoformat() if doc["published"] else None
            record: dict[str, Any] = {"schema": SCHEMA, "document": doc}
            for layer in LAYER_NAMES:
                if layer in pending:
                    found = pending[layer]
                    if found is not None and found[0] == doc["id"]:
                        record[layer] = found[1]
                        pending[layer] = next(streams[layer], None)
                    else:
                        record[layer] = []
            if counted:
                record["counts"] = dict(zip(LAYER_NAMES, row[len(names):], strict=True))
            yield record


def _grouped(cursor: duckdb.DuckDBPyConnection) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(document id, its items as dicts by field) from a query ordered by document."""
    names = [d[0] for d in cursor.description][1:]
    current, items = None, []
    while rows := cursor.fetchmany(BATCH):
        for document, *values in rows:
            if document != current:
                if current is not None:
                    yield current, items
                current, items = document, []
            items.append(dict(zip(names, values, strict=True)))
    if current is not None:
        yield current, items


def _known(layer: str) -> str:
    """``layer`` if it is one of the record's layers; the SQL above names tables only so."""
    if layer not in _ITEMS:
        raise ValueError(f"unknown layer {layer!r}; known: {', '.join(LAYER_NAMES)}")
    return layer
