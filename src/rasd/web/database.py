"""The server's one connection to the store: many readers, one writer at a time.

DuckDB lets one process write a file, and a process that holds it read-write keeps
every other process out. The server is that process (docs/web.md says why): it opens
the store read-write once, every request reads through a cursor of its own (DuckDB's
MVCC gives each a consistent snapshot while a write commits), and writes — an upload,
or the documents ``rasd ingest`` hands over while the server runs — go one at a time
through the store's own writer, so each document is whole or absent as in the CLI.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from rasd.store import Store


class Database:
    """The open store of a running server."""

    def __init__(self, path: str | Path | None):
        self.store = Store(path)
        self.path = self.store.path
        self._write = threading.Lock()
        self.generation = 0  # moves on after every write (web/cache.py)
        self.drops = 0  # moves on after a write whose writer must see it at once (an upload)

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one request, closed after it."""
        cursor = self.store.db.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def writing(self, seen_at_once: bool = True) -> Iterator[Store]:
        """The store, for one writer at a time. ``seen_at_once``: every page shows the
        write on the next request (an upload); otherwise within ``cache.STALE`` seconds
        (the groups ``rasd ingest`` hands over)."""
        with self._write:
            try:
                yield self.store
            finally:
                self.generation += 1
                if seen_at_once:
                    self.drops += 1

    def close(self) -> None:
        with self._write:
            self.store.close()
