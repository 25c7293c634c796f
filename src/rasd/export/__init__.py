"""Exports of stored records: ``formats`` (the registry), ``jsonl``, ``csv``."""

from rasd.export.formats import FORMATS, Writer, export, writer

__all__ = ["FORMATS", "Writer", "export", "writer"]
