"""CSV: one row per document (its text last), or per item of one layer (--layer times …).

Nested fields are flattened (``trigger_start``), lists joined with "; ". Events are
written as ``export/events.py`` shapes them: ACLED-like columns, names beside ids. Cells
that a spreadsheet could run as a formula get a leading apostrophe, as OWASP
advises: the texts come from untrusted sources. That is a cell opening with a
tab, CR or LF, or whose first character past any spaces and invisible marks
(spreadsheets may trim them; Arabic text often opens with a direction mark) is
= + - @ or their full-width forms. Written to a file, the CSV starts with a
byte-order mark so that spreadsheet programs read it as UTF-8.

From the store (``dump``) only the layer asked for is read, with DuckDB queries, and
the rows go through the same shaping, guard and ``csv`` writer as a record's. DuckDB's
own writer (``COPY ... TO``) does not fit: it ends lines with LF and quotes empty
strings, so the file would differ from today's, and the guard would need a second
definition in SQL.
"""

from __future__ import annotations

import csv
import dataclasses
import unicodedata
from typing import IO, TYPE_CHECKING, Any

from rasd.export import events
from rasd.model import Analysis, Document, Entity, Event, Finding, Mention, Time

if TYPE_CHECKING:
    from rasd.store import Store

LAYERS: dict[str, type] = {"times": Time, "entities": Entity, "mentions": Mention,
                           "events": Event, "findings": Finding}
COUNTED = ("times", "entities", "mentions", "events", "findings")
_DOCUMENT = [f.name for f in dataclasses.fields(Document) if f.name != "text"]
BOM = "\ufeff"  # lets spreadsheet programs see the file is UTF-8 (Arabic, not mojibake)
FORMULA = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")  # and their full-width forms
CONTROL = ("\t", "\r", "\n")


class CsvWriter:
    def __init__(self, stream: IO[str], layer: str = "documents", bom: bool = False):
        if layer != "documents" and layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r}; known: documents, {', '.join(LAYERS)}")
        self.layer = layer
        if layer == "documents":
            header = [*_DOCUMENT, "characters", *COUNTED, "text"]
        elif layer == "events":
            header = list(events.COLUMNS)
        else:
            header = ["document", *_columns(LAYERS[layer])]
        if bom:
            stream.write(BOM)
        self.out = csv.writer(stream)
        self.out.writerow(header)
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        record = analysis.to_dict()
        record["counts"] = {name: len(record[name]) for name in COUNTED}
        self.put(record)

    def put(self, record: dict[str, Any]) -> None:
        """Write the rows of one record given as plain data (``Analysis.to_dict()``'s
        shape; a row per document also needs ``counts``, items per layer)."""
        doc = record["document"]
        if self.layer == "documents":
            row = [doc[n] for n in _DOCUMENT]
            row += [len(doc["text"]), *(record["counts"][n] for n in COUNTED), doc["text"]]
            self.out.writerow([_cell(v) for v in row])
            return
        if self.layer == "events":
            self.out.writerows([_cell(v) for v in r] for r in events.rows(record))
            return
        for item in record[self.layer]:
            self.out.writerow([doc["id"], *(_cell(v) for v in _flat(item))])

    def finish(self) -> None:
        self.stream.flush()

    @classmethod
    def dump(cls, store: Store, stream: IO[str], layer: str = "documents",
             bom: bool = False) -> None:
        """Write the whole store, reading only what ``layer`` needs: the documents with
        their counts, or the documents that have items of the layer with those items
        (and their entities, for the events' names)."""
        out = cls(stream, layer, bom)
        if layer == "documents":
            found = store.records(layers=(), counted=True)
        else:
            read = ("entities", "events") if layer == "events" else (layer,)
            found = store.records(layers=read, having=layer)
        for record in found:
            out.put(record)
        out.finish()


def _columns(cls: type) -> list[str]:
    names = []
    for f in dataclasses.fields(cls):
        inner = _nested(cls, f.name)
        names += [f"{f.name}_{g.name}" for g in dataclasses.fields(inner)] if inner else [f.name]
    return names


def _nested(cls: type, name: str) -> type | None:
    import typing

    hint = typing.get_type_hints(cls)[name]
    return hint if dataclasses.is_dataclass(hint) else None


def _flat(item: dict[str, Any]) -> list[Any]:
    """An item's values in field order, a nested one's fields in place of it."""
    values = []
    for value in item.values():
        if isinstance(value, dict):
            values += value.values()
        else:
            values.append(value)
    return values


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join("-".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
                          for v in value)
    return guard(value) if isinstance(value, str) else value


def guard(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet could run it as a formula."""
    if text.startswith(CONTROL) or _first_visible(text) in FORMULA:
        return "'" + text
    return text


def _first_visible(text: str) -> str:
    """The first character that is neither white space nor an invisible format mark."""
    for char in text:
        if not (char.isspace() or unicodedata.category(char) == "Cf"):
            return char
    return ""
