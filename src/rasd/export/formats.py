"""The export formats' registry: each is a writer with ``write(analysis)`` and ``finish()``.

Built-in formats are registered the same way a new one would be: a module
with a writer class, listed in ``FORMATS``. A writer may also have a class method
``dump(store, stream, **options)`` that writes a whole store from its per-layer
queries; ``export`` uses it, and falls back to one record at a time without it.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Protocol

from rasd.model import Analysis

if TYPE_CHECKING:
    from rasd.store import Store


class Writer(Protocol):
    def write(self, analysis: Analysis) -> None: ...
    def finish(self) -> None: ...


def _jsonl():
    from rasd.export.jsonl import JsonlWriter
    return JsonlWriter


def _csv():
    from rasd.export.csv import CsvWriter
    return CsvWriter


FORMATS = {"jsonl": _jsonl, "csv": _csv}


def writer(name: str, stream: IO[str], **options) -> Writer:
    """A writer of format ``name`` onto ``stream``; options are the format's own."""
    return _format(name)(stream, **options)


def export(name: str, store: Store, stream: IO[str], **options) -> None:
    """Every record of ``store``, in ``rasd list`` order, in format ``name`` onto ``stream``."""
    cls = _format(name)
    if hasattr(cls, "dump"):
        cls.dump(store, stream, **options)
        return
    out = cls(stream, **options)
    for analysis in store.analyses():
        out.write(analysis)
    out.finish()


def _format(name: str) -> type:
    if name not in FORMATS:
        raise ValueError(f"unknown export format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[name]()
