"""Ingest: sources (files, folders, globs, URLs, stdin) to documents.

- ``sources``: ``read`` / ``read_file`` / ``read_raw``, the readers in order of trial;
- ``folders``: finding and loading sources (size limits, globs, URLs);
- ``encoding``: bytes to text; ``language``: which language a text is in;
- readers: ``feeds``, ``table``, ``blogger``, ``html``, ``markdown``, ``text``;
- ``dates``, ``fields``: publication dates and column names the readers share;
- ``datelines``: the date a pasted text states in its first lines, or labelled;
- ``globs``: patterns expanded without following symlinked folders;
- ``item``: what a reader yields (a document, or the error naming its source).
"""

from rasd.ingest.folders import DEFAULT_MAX_BYTES
from rasd.ingest.item import Item, Raw
from rasd.ingest.sources import READERS, UNDATED, read, read_file, read_raw

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "UNDATED", "Item", "Raw", "read", "read_file",
           "read_raw"]
