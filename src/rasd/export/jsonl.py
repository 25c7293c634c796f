"""JSON lines: one full analysis record (schema rasd.analysis/2) per line.

From the store (``dump``) each record is assembled from per-layer queries as plain
data and written as ``Analysis.to_json(indent=None)`` would write it, with no record
objects built in between.
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

from rasd.model import Analysis

if TYPE_CHECKING:
    from rasd.store import Store


class JsonlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        self.put(analysis.to_dict())

    def put(self, record: dict[str, Any]) -> None:
        """Write one record given as plain data (``Analysis.to_dict()``'s shape)."""
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def finish(self) -> None:
        self.stream.flush()

    @classmethod
    def dump(cls, store: Store, stream: IO[str]) -> None:
        """Write every stored record, read a chunk of documents and a layer at a time."""
        out = cls(stream)
        for record in store.records():
            out.put(record)
        out.finish()
