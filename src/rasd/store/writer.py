"""Buffered, idempotent writes: documents are committed in small groups.

DuckDB spends about a millisecond on every statement, so one transaction per
document caps ingest near a hundred documents a second. The writer keeps up to
``every`` documents (or ``seconds`` of work) and commits them in one
transaction, a statement per table. Each document is still all-or-nothing: a
crash loses only the group not yet committed, which a rerun redoes, and if a
group fails to write, its entries are retried one by one so that only the bad
one is recorded as a failure.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from rasd.errors import RasdError, StoreProblem, printable
from rasd.model import Analysis, Document, Entity
from rasd.store.rows import LAYERS, document, insert, stored, values

Raw = tuple[str, bytes]  # (sha256, bytes)
Done = Callable[[str, str, str | None], None]  # outcome, location, document id
# run on the documents a group adds, inside its transaction (rasd.reuse.detect.index)
After = Callable[[duckdb.DuckDBPyConnection, list[Document]], object]


@dataclass(frozen=True, slots=True)
class _Doc:
    analysis: Analysis
    location: str
    raw: Raw | None


@dataclass(frozen=True, slots=True)
class _Origin:
    document_id: str
    location: str
    raw: Raw | None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class _Failure:
    location: str
    error: RasdError
    stage: str
    raw: Raw | None


Entry = _Doc | _Origin | _Failure


class Writer:
    """Collects documents, origins and failures and writes them in groups.

    It writes through the store's connection ``db``; ``path`` names the store in
    errors and ``failed`` is the store's set of failed locations, kept in step.
    """

    def __init__(self, db: duckdb.DuckDBPyConnection, path: Path, failed: set[str],
                 every: int = 64, seconds: float = 2.0, on_done: Done | None = None,
                 producer: str | None = None, after: After | None = None):
        self.db, self.path, self.failed = db, path, failed
        self.after = after  # e.g. text reuse: new documents checked against the stored
        self.every, self.seconds, self.on_done = every, seconds, on_done
        self.producer = producer  # what analysed the documents, e.g. "rasd 0.2.0: text"
        self.buffer: list[Entry] = []
        self.pending: dict[str, Document] = {}
        self.started = 0.0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()  # what was analysed is kept, even on Ctrl-C

    def has(self, document_id: str) -> bool:
        """Stored already, or waiting in this writer's buffer."""
        return document_id in self.pending or stored(self.db, document_id)

    def having(self, document_ids: list[str]) -> set[str]:
        """Those of the ids stored already or waiting in this writer's buffer (one query)."""
        found = {i for i in document_ids if i in self.pending}
        rest = [i for i in document_ids if i not in found]
        if rest:
            found.update(row[0] for row in self.db.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [rest]).fetchall())
        return found

    def known(self, document_id: str) -> Document | None:
        """The document with this id as first stored (or waiting to be), without layers."""
        if document_id in self.pending:
            return self.pending[document_id]
        return document(self.db, document_id)

    def noted(self, document_id: str, location: str) -> tuple[str | None, str | None] | None:
        """(published, title) a place gave when it was recorded for this document (stored or
        waiting), or None if it has not been."""
        for e in self.buffer:  # the first entry for a place is the one stored
            if isinstance(e, _Doc) and (e.analysis.document.id, e.location) == (
                    document_id, location):
                return e.analysis.document.published, e.analysis.document.title
            if isinstance(e, _Origin) and (e.document_id, e.location) == (document_id, location):
                return e.published, e.title
        row = self.db.execute("SELECT published, title FROM origins WHERE document = ? AND "
                              "location = ?", [document_id, location]).fetchone()
        return (row[0].isoformat() if row[0] else None, row[1]) if row else None

    def put(self, analysis: Analysis, location: str, raw: Raw | None = None) -> None:
        self.pending.setdefault(analysis.document.id, analysis.document)
        self._add(_Doc(analysis, location, raw))

    def note(self, copy: Document, location: str, raw: Raw | None = None) -> None:
        """Another place a stored document was found, with the title and date it gave there."""
        self._add(_Origin(copy.id, location, raw, copy.title, copy.published))

    def fail(self, location: str, error: RasdError, stage: str, raw: Raw | None = None) -> None:
        self._add(_Failure(location, error, stage, raw))

    def _add(self, entry: Entry) -> None:
        if not self.buffer:
            self.started = time.monotonic()
        self.buffer.append(entry)
        if len(self.buffer) >= self.every or time.monotonic() - self.started >= self.seconds:
            self.flush()

    def flush(self) -> list[tuple[str, str, str | None]]:
        """Commit the buffer; returns (outcome, location, document id) per entry, in order."""
        entries, self.buffer = self.buffer, []
        outcomes = self._write(entries) if entries else []
        self.pending.clear()
        if self.on_done:
            for outcome in outcomes:
                self.on_done(*outcome)
        return outcomes

    def _write(self, entries: list[Entry]) -> list[tuple[str, str, str | None]]:
        db = self.db
        try:
            db.begin()
            outcomes = _Group(db, self.failed, self.producer, self.after).write(entries)
            db.commit()
        except (duckdb.Error, RasdError, ValueError, TypeError, UnicodeError) as e:
            db.rollback()
            if len(entries) > 1:
                return self._one_by_one(entries)
            (entry,) = entries
            if isinstance(entry, _Failure):
                safe = _printable_failure(entry)
                if safe == entry:  # even the plainest failure row will not go in
                    raise StoreProblem(str(self.path), f"write failed: {e}") from e
                return self._write([safe])
            problem = StoreProblem(entry.location, f"could not be stored: {e}")
            return self._write([_Failure(entry.location, problem, "store", None)])
        for entry in entries:
            if isinstance(entry, _Failure):
                self.failed.add(entry.location)
            else:
                self.failed.difference_update(_places(entry.location))
        return outcomes

    def _one_by_one(self, entries: list[Entry]) -> list[tuple[str, str, str | None]]:
        """Write a failed group an entry at a time, so only the bad one fails.

        A place noted for a document that could not be stored fails with it,
        rather than leave an origin row pointing at nothing.
        """
        outcomes, lost = [], set()
        for entry in entries:
            if isinstance(entry, _Origin) and entry.document_id in lost:
                problem = StoreProblem(entry.location, "its document could not be stored")
                entry = _Failure(entry.location, problem, "store", None)
            done = self._write([entry])
            if isinstance(entry, _Doc) and done[0][0] == "failed":
                lost.add(entry.analysis.document.id)
            outcomes += done
        return outcomes


def _places(location: str) -> tuple[str, ...]:
    """A location and the source it is part of: a row or post read means its file was read."""
    source = location.partition("#")[0]
    return (location, source) if source != location else (location,)


def _printable_failure(failure: _Failure) -> _Failure:
    """The failure with text DuckDB can store (no lone surrogates) and no raw bytes."""
    location, message = printable(failure.location), printable(failure.error.message)
    if (location, message, failure.raw) == (failure.location, failure.error.message, None):
        return failure
    return _Failure(location, StoreProblem(location, message.split(": ", 1)[-1]),
                    failure.stage, None)


class _Group:
    """One transaction's worth of rows; INSERTs skip what the tables already hold."""

    def __init__(self, db: duckdb.DuckDBPyConnection, failed: set[str], producer: str | None,
                 after: After | None = None):
        self.db, self.failed, self.producer, self.after = db, failed, producer, after

    def write(self, entries: list[Entry]) -> list[tuple[str, str, str | None]]:
        self._raws({e.raw[0]: e.raw[1] for e in entries if e.raw})
        docs = [e for e in entries if isinstance(e, _Doc)]
        added = self._documents(docs)
        self._origins([e for e in entries if not isinstance(e, _Failure)])
        self._failures([e for e in entries if isinstance(e, _Failure)])
        cleared = [place for e in entries if not isinstance(e, _Failure)
                   for place in _places(e.location) if place in self.failed]
        if cleared:
            self.db.execute("DELETE FROM failures WHERE location IN (SELECT unnest(?))", [cleared])
        outcomes = []
        for e in entries:
            if isinstance(e, _Doc):
                ident = e.analysis.document.id
                first = added.get(ident) is e
                if first:
                    del added[ident]
                outcomes.append(("added" if first else "present", e.location, ident))
            elif isinstance(e, _Origin):
                outcomes.append(("present", e.location, e.document_id))
            else:
                outcomes.append(("failed", e.location, None))
        return outcomes

    def _existing(self, table: str, column: str, values: list[str]) -> set[str]:
        if not values:
            return set()
        # IN (SELECT unnest(?)), not list_contains: the latter is ~50x slower beside long texts
        rows = self.db.execute(
            f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?))",
            [values]).fetchall()
        return {r[0] for r in rows}

    def _raws(self, raws: dict[str, bytes]) -> None:
        known = self._existing("raw", "sha256", list(raws))
        rows = [[sha, len(data), data, _now()] for sha, data in raws.items() if sha not in known]
        if rows:
            insert(self.db, "raw", rows)

    def _documents(self, docs: list[_Doc]) -> dict[str, _Doc]:
        """Insert the documents not yet stored; returns them by id (first entry wins)."""
        known = self._existing("documents", "id", [d.analysis.document.id for d in docs])
        new: dict[str, _Doc] = {}
        for d in docs:
            ident = d.analysis.document.id
            if ident not in known and ident not in new:
                new[ident] = d
        if not new:
            return new
        insert(self.db, "documents", [
            [a.id, a.source, a.title, a.published, a.language, a.text, a.author, a.reader,
             d.raw[0] if d.raw else None, list(a.warnings), _now(), self.producer]
            for d in new.values() for a in [d.analysis.document]])
        analyses = [d.analysis for d in new.values()]
        self._layers(analyses)
        if self.after is not None:
            self.after(self.db, [a.document for a in analyses])
        return new

    def _layers(self, analyses: list[Analysis], refresh: bool = False) -> None:
        """Write the layers of new records; with ``refresh``, rows of the entities they
        name that are stored differently are updated too (``_entities``)."""
        for table in LAYERS:
            rows = [[a.document.id, n, *values(item)]
                    for a in analyses for n, item in enumerate(getattr(a, table))]
            insert(self.db, table, rows)
        first: dict[str, Entity] = {}  # an entity as the first record to name it has it,
        for a in analyses:  # wherever the commits fall (a new entity's spelling varies)
            for e in a.entities:
                first.setdefault(e.id, e)
        self._entities(first, refresh)
        rows = [[a.document.id, n, e.id] for a in analyses for n, e in enumerate(a.entities)]
        insert(self.db, "document_entities", rows)
        rows = [[a.document.id, n, f.kind, [list(s) for s in f.spans], f.message]
                for a in analyses for n, f in enumerate(a.findings)]
        insert(self.db, "findings", rows)

    def _entities(self, entities: dict[str, Entity], refresh: bool) -> None:
        """Insert the entities not yet stored; with ``refresh`` (``rasd reanalyse``), update
        those stored differently, since the records redone say what an entity now is (a
        KB fix, a user's row, new coordinates). Ingest keeps the row first stored: a name
        the KB lacks is one entity however each document spells it, and rewriting its row
        for every spelling would only churn the table."""
        if not entities:
            return
        if not refresh:
            known = self._existing("entities", "id", list(entities))
            insert(self.db, "entities", [values(e) for i, e in entities.items() if i not in known])
            return
        stored = {row[0]: list(row) for row in self.db.execute(
            "SELECT * FROM entities WHERE id IN (SELECT unnest(?))", [list(entities)]).fetchall()}
        rows = {ident: values(e) for ident, e in entities.items()}
        insert(self.db, "entities", [r for ident, r in rows.items() if ident not in stored])
        changed = [r for ident, r in rows.items() if ident in stored and stored[ident] != r]
        if changed:
            columns = [f.name for f in dataclasses.fields(Entity)][1:]
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self.db.executemany(f"UPDATE entities SET {assignments} WHERE id = ?",
                                [[*r[1:], r[0]] for r in changed])

    def _origins(self, entries: list[_Doc | _Origin]) -> None:
        pairs: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
        for e in entries:
            sha = e.raw[0] if e.raw else None
            if isinstance(e, _Doc):
                doc = e.analysis.document
                pairs.setdefault((doc.id, e.location), (sha, doc.title, doc.published))
            else:
                pairs.setdefault((e.document_id, e.location), (sha, e.title, e.published))
        if not pairs:
            return
        known = set(self.db.execute(
            "SELECT document, location FROM origins WHERE document IN (SELECT unnest(?))",
            [sorted({d for d, _ in pairs})]).fetchall())
        rows = [[d, loc, *meta] for (d, loc), meta in pairs.items() if (d, loc) not in known]
        insert(self.db, "origins", rows)

    def _failures(self, failures: list[_Failure]) -> None:
        latest = {f.location: f for f in failures}
        if latest:
            self.db.executemany(
                "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (location) DO UPDATE "
                "SET stage = excluded.stage, kind = excluded.kind, message = excluded.message, "
                "raw_sha256 = excluded.raw_sha256",
                [[f.location, f.stage, f.error.kind, f.error.message,
                  f.raw[0] if f.raw else None, _now()] for f in latest.values()])


def _now():
    import datetime as dt

    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def replace_layers(db: duckdb.DuckDBPyConnection, failed: set[str], analyses: list[Analysis],
                   producer: str) -> None:
    """Delete the layers of these documents and write the new ones, all or nothing; the
    entities they name are refreshed."""
    ids = [a.document.id for a in analyses]
    if not ids:
        return
    db.begin()
    try:
        for table in (*LAYERS, "document_entities", "findings"):
            db.execute(f"DELETE FROM {table} WHERE document IN (SELECT unnest(?))", [ids])
        _Group(db, failed, producer)._layers(analyses, refresh=True)
        db.execute("UPDATE documents SET analysed_by = ? WHERE id IN (SELECT unnest(?))",
                   [producer, ids])
        db.commit()
    except BaseException:
        db.rollback()
        raise
