"""Upgrades of store files made by an older rasd, run when a store is opened.

Each step takes a file from one layout (``meta.version``) to the next inside one
transaction, so a crash leaves the file as it was. The new tables come from
``tables.sql`` itself, never from a second copy of their layout here.

- ``rasd.store/1`` → ``rasd.store/2``: events follow ``rasd.analysis/2`` (``evidence``
  a list, ``date_from``, ``cue``, ``attributed_to`` nullable). Version 1 had no events
  stage, so its events table is empty; rows written there through the Python API are
  carried over with one evidence stretch and no ``date_from`` or ``cue``. Either way
  the records are redone by ``rasd reanalyse``: their ``analysed_by`` names no events
  stage.
- ``rasd.store/2`` → ``rasd.store/3``: the text reuse tables (``reuse_documents``,
  ``reuse_keys``, ``reuse``). The documents already stored are indexed for reuse by
  ``rasd reuse``, which catches up on any document not yet indexed.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

Step = Callable[[duckdb.DuckDBPyConnection, str], None]


def _events_2(db: duckdb.DuckDBPyConnection, tables: str) -> None:
    db.execute("ALTER TABLE events RENAME TO events_1")
    db.execute(tables)  # creates the new events table; the others exist already
    db.execute(
        "INSERT INTO events SELECT document, seq, id, type, mode, trigger, source, target, "
        "location, time, date, NULL, modality, attributed_to, NULL, [evidence], confidence "
        "FROM events_1")
    db.execute("DROP TABLE events_1")


def _reuse_3(db: duckdb.DuckDBPyConnection, tables: str) -> None:
    db.execute(tables)  # creates the reuse tables; the others exist already


# the layout a step starts from -> (the layout it makes, the record schema, the step)
STEPS: dict[str, tuple[str, str, Step]] = {
    "rasd.store/1": ("rasd.store/2", "rasd.analysis/2", _events_2),
    "rasd.store/2": ("rasd.store/3", "rasd.analysis/2", _reuse_3),
}


def version(db: duckdb.DuckDBPyConnection) -> str | None:
    """The layout a store file says it has (None: no version row)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    return row[0] if row else None


def upgrade(db: duckdb.DuckDBPyConnection, tables: str) -> list[str]:
    """Run every step from the file's layout on; returns the layouts it went through.

    ``tables`` is the text of ``tables.sql``; each step also writes the record schema
    its layout holds into ``meta`` (version 1 files had no such row).
    """
    done = []
    while (found := version(db)) in STEPS:
        made, schema, step = STEPS[found]
        db.begin()
        try:
            step(db, tables)
            db.execute("UPDATE meta SET value = ? WHERE key = 'version'", [made])
            db.execute("INSERT INTO meta VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value", [schema])
            db.commit()
        except BaseException:
            db.rollback()
            raise
        done.append(found)
    return done
