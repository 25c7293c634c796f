"""Exports of stored records: ``formats`` (the registry), ``jsonl``, ``csv``."""

from rasd.export.formats import FORMATS, Writer, writer

__all__ = ["FORMATS", "Writer", "writer"]
