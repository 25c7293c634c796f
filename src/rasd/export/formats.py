"""The export formats' registry: each is a writer with ``write(analysis)`` and ``finish()``.

Built-in formats are registered the same way a new one would be: a module
with a writer class, listed in ``FORMATS``.
"""

from __future__ import annotations

from typing import IO, Protocol

from rasd.model import Analysis


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
    if name not in FORMATS:
        raise ValueError(f"unknown export format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[name]()(stream, **options)
