"""CSV: one row per document (its text last), or per item of one layer (--layer times …).

Nested fields are flattened (``trigger_start``), lists joined with "; ". Cells
that a spreadsheet would run as a formula (starting with = + - @) get a leading
apostrophe: the texts come from untrusted sources. Written to a file, the CSV
starts with a byte-order mark so that spreadsheet programs read it as UTF-8.
"""

from __future__ import annotations

import csv
import dataclasses
from typing import IO, Any

from rasd.model import Analysis, Document, Entity, Event, Finding, Mention, Time

LAYERS: dict[str, type] = {"times": Time, "entities": Entity, "mentions": Mention,
                           "events": Event, "findings": Finding}
COUNTED = ("times", "entities", "mentions", "events", "findings")
_DOCUMENT = [f.name for f in dataclasses.fields(Document) if f.name != "text"]
BOM = "\ufeff"  # lets spreadsheet programs see the file is UTF-8 (Arabic, not mojibake)


class CsvWriter:
    def __init__(self, stream: IO[str], layer: str = "documents", bom: bool = False):
        if layer != "documents" and layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r}; known: documents, {', '.join(LAYERS)}")
        self.layer = layer
        if layer == "documents":
            header = [*_DOCUMENT, "characters", *COUNTED, "text"]
        else:
            header = ["document", *_columns(LAYERS[layer])]
        if bom:
            stream.write(BOM)
        self.out = csv.writer(stream)
        self.out.writerow(header)
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        doc = analysis.document
        if self.layer == "documents":
            row = [getattr(doc, n) for n in _DOCUMENT]
            row += [len(doc.text), *(len(getattr(analysis, n)) for n in COUNTED), doc.text]
            self.out.writerow([_cell(v) for v in row])
            return
        for item in getattr(analysis, self.layer):
            self.out.writerow([doc.id, *(_cell(v) for v in _flat(item))])

    def finish(self) -> None:
        self.stream.flush()


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


def _flat(item: Any) -> list[Any]:
    values = []
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if dataclasses.is_dataclass(value):
            values += [getattr(value, g.name) for g in dataclasses.fields(value)]
        else:
            values.append(value)
    return values


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join("-".join(map(str, v)) if isinstance(v, tuple) else str(v)
                         for v in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
