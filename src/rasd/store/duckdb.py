"""The embedded store: a DuckDB file with one table per layer of the record.

Documents are written through ``rasd.store.writer`` in small transactions, so
a crash (even SIGKILL) leaves every document either whole or absent; DuckDB's
write-ahead log replays the committed ones on the next open. Writing is
idempotent: a document whose id (sha256 of its text) is present is not written
again, only the new place it was found.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from rasd.errors import RasdError, StoreProblem
from rasd.model import SCHEMA, Analysis, Document, build
from rasd.store import migrate, network, scan
from rasd.store.rows import CLASSES, LAYERS, dicts, stored
from rasd.store.rows import document as stored_document
from rasd.store.rows import documents as stored_documents
from rasd.store.writer import After, Done, Writer, replace_layers

VERSION = "rasd.store/3"
_HEX = re.compile(r"^[0-9a-f]{4,64}$")


def default_path() -> Path:
    """``$RASD_DB``, else ``rasd.duckdb`` in the user's data folder (XDG)."""
    if os.environ.get("RASD_DB"):
        return Path(os.environ["RASD_DB"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                            "share")
    return Path(base) / "rasd" / "rasd.duckdb"


class Store:
    """An open store; use as a context manager so the file is closed (and unlocked)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, read_only: bool = False):
        self.path = Path(path) if path else default_path()
        if read_only and not self.path.exists():
            raise StoreProblem(str(self.path), "no database here yet; run rasd ingest first")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreProblem(str(self.path), f"cannot create its folder: {e.strerror}") from None
        self.db = self._connect(read_only)
        if not read_only:
            self._prepare()
        elif self._version() in migrate.STEPS:  # made by an older rasd: upgrade, then read
            self.db.close()
            Store(self.path).close()
            self.db = self._connect(read_only)
        self._check_version()
        self.failed = {r[0] for r in self.db.execute("SELECT location FROM failures").fetchall()}

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            db = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as e:
            raise StoreProblem(str(self.path), _lock_message(e)) from None
        except duckdb.Error as e:
            raise StoreProblem(str(self.path), f"not a rasd database ({e})") from None
        db.execute("SET enable_progress_bar = false")  # DuckDB's own bar on long queries
        return db

    def _prepare(self) -> None:
        """Create the tables of a new file, or upgrade one made by an older rasd."""
        tables = resources.files(__package__).joinpath("tables.sql").read_text("utf-8")
        self.db.execute(tables)
        self.db.execute("INSERT INTO meta VALUES ('version', ?) ON CONFLICT DO NOTHING",
                        [VERSION])
        migrate.upgrade(self.db, tables)
        if self._version() == VERSION:
            self.db.execute("INSERT INTO meta VALUES ('schema', ?) ON CONFLICT DO NOTHING",
                            [SCHEMA])

    def _version(self) -> str | None:
        try:
            return migrate.version(self.db)
        except duckdb.CatalogException:
            return None

    def _check_version(self) -> None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except duckdb.CatalogException:
            raise StoreProblem(str(self.path), "not a rasd database (no meta table)") from None
        if row is None or row[0] != VERSION:
            found = row[0] if row else "none"
            raise StoreProblem(str(self.path), f"store version {found}, this rasd reads {VERSION}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def has(self, document_id: str) -> bool:
        return stored(self.db, document_id)

    def writer(self, every: int = 64, seconds: float = 2.0, on_done: Done | None = None,
               producer: str | None = None, after: After | None = None) -> Writer:
        """A buffered writer that commits ``every`` documents (or ``seconds``) at a time.

        ``producer`` names what analysed the documents (rasd's version and stages),
        so that records made before a stage landed can be found and redone. ``after``
        runs on each group's new documents inside its transaction (text reuse).
        """
        return Writer(self.db, self.path, self.failed, every, seconds, on_done, producer,
                      after)

    def put(self, analysis: Analysis, location: str, raw: tuple[str, bytes] | None = None,
            ) -> bool:
        """Store one analysed document now; False if it was already there."""
        with self.writer() as w:
            w.put(analysis, location, raw)
            ((outcome, _, _),) = w.flush()
        return outcome == "added"

    def put_failure(self, location: str, error: RasdError, stage: str,
                    raw: tuple[str, bytes] | None = None) -> None:
        """Record why ``location`` gave no document; the same failure again changes nothing."""
        with self.writer() as w:
            w.fail(location, error, stage, raw)

    def replace(self, analyses: list[Analysis], producer: str) -> None:
        """Swap the layers of stored documents for new ones, in one transaction.

        The document rows (text, dates, warnings, origins, raw bytes) stay as they
        are; only the analysis is redone, and ``analysed_by`` says by what.
        """
        replace_layers(self.db, self.failed, analyses, producer)

    def stale(self, producer: str) -> list[str]:
        """Ids of the documents analysed by anything else than ``producer``."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE analysed_by IS DISTINCT FROM ? ORDER BY id",
            [producer]).fetchall()]

    def producers(self) -> dict[str | None, list[str]]:
        """The ids of the stored documents by what analysed them (``analysed_by``)."""
        return {by: ids for by, ids in self.db.execute(
            "SELECT analysed_by, list(id ORDER BY id) FROM documents GROUP BY analysed_by "
            "ORDER BY analysed_by NULLS FIRST").fetchall()}

    def ids(self) -> list[str]:
        """Every stored document id."""
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id").fetchall()]

    def documents_by_id(self, ids: list[str]) -> list[Document]:
        """The stored documents (without layers) of ``ids``, in that order."""
        found = stored_documents(self.db, ids)
        return [build(Document, found[i]) for i in ids if i in found]

    # -- reading ---------------------------------------------------------------------------

    def resolve(self, prefix: str) -> str:
        """The one document id starting with ``prefix`` (at least 4 hex digits)."""
        prefix = prefix.lower()
        if not _HEX.match(prefix):
            raise StoreProblem(prefix, "a document id is 4 to 64 hex digits (see rasd list)")
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE starts_with(id, ?) LIMIT 2", [prefix]).fetchall()]
        if not ids:
            raise StoreProblem(prefix, f"no document with this id in {self.path}")
        if len(ids) > 1:
            raise StoreProblem(prefix, "several documents start with this id; give more digits")
        return ids[0]

    def document(self, document_id: str) -> Document | None:
        """The stored document (without its layers), or None."""
        return stored_document(self.db, document_id)

    def origins(self, document_id: str) -> list[dict[str, Any]]:
        """Every place a document was found, with the title and date each copy gave."""
        rows = dicts(self.db.execute(
            "SELECT location, title, published FROM origins WHERE document = ? "
            "ORDER BY location", [document_id]))
        for row in rows:
            row["published"] = row["published"].isoformat() if row["published"] else None
        return rows

    def get(self, document_id: str) -> Analysis:
        """The stored record of one document (by full id)."""
        found = self._load([document_id])
        if not found:
            raise StoreProblem(document_id, f"no document with this id in {self.path}")
        return found[0]

    def analyses(self, chunk: int = 500) -> Iterator[Analysis]:
        """Every stored record in ``rasd list`` order (by publication date, undated last),
        read ``chunk`` documents at a time."""
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM documents ORDER BY published NULLS LAST, ingested_at, id").fetchall()]
        for start in range(0, len(ids), chunk):
            yield from self._load(ids[start:start + chunk])

    def records(self, layers: Sequence[str] = scan.LAYER_NAMES, having: str | None = None,
                counted: bool = False) -> Iterator[dict[str, Any]]:
        """Every stored record as plain data (``Analysis.to_dict()``'s shape) with only
        ``layers``, read a layer at a time; see ``store/scan.py``."""
        return scan.records(self.db, layers, having, counted)

    def _load(self, ids: list[str]) -> list[Analysis]:
        """Records of ``ids`` (in that order), with a query per table, not per document."""
        docs = stored_documents(self.db, ids)
        queries = {table: f"SELECT * EXCLUDE (seq) FROM {table}" for table in LAYERS}
        queries["entities"] = ("SELECT d.document, e.* FROM document_entities d "
                               "JOIN entities e ON e.id = d.entity")
        queries["findings"] = "SELECT document, kind, spans, message FROM findings"
        layers: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for name, query in queries.items():
            alias = "d." if name == "entities" else ""
            rows = dicts(self.db.execute(
                f"{query} WHERE {alias}document IN (SELECT unnest(?)) "
                f"ORDER BY {alias}document, {alias}seq", [ids]))
            grouped = layers[name] = {}
            for row in rows:
                grouped.setdefault(row.pop("document"), []).append(row)
        return [Analysis(document=build(Document, docs[i]), **{
                    name: tuple(build(CLASSES[name], r) for r in grouped.get(i, ()))
                    for name, grouped in layers.items()})
                for i in ids if i in docs]

    def has_entity(self, entity_id: str) -> bool:
        """Whether a stored record names this entity."""
        return self.db.execute("SELECT 1 FROM entities WHERE id = ?",
                               [entity_id]).fetchone() is not None

    def network(self, quads: Mapping[str, str], actor: str | None = None,
                start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """The actor network of the stored events, counted by the quad ``quads`` gives
        each PLOVER type (``rasd.events.kinds.quads()``); see ``store/network.py``."""
        return network.network(self.db, quads, actor, start, end)

    def documents(self, limit: int | None = None) -> list[dict[str, Any]]:
        """A summary row per document: id, published, language, title, source, layer counts."""
        return dicts(self.db.execute(
            "SELECT d.id, d.published, d.language, d.title, d.source, length(d.text) AS chars, "
            "(SELECT count(*) FROM times t WHERE t.document = d.id) AS times, "
            "(SELECT count(*) FROM mentions m WHERE m.document = d.id) AS mentions, "
            "(SELECT count(*) FROM events e WHERE e.document = d.id) AS events, "
            "(SELECT count(*) FROM findings f WHERE f.document = d.id) AS findings "
            "FROM documents d ORDER BY d.published NULLS LAST, d.ingested_at, d.id LIMIT ?",
            [limit if limit is not None else 2**62]))

    def failures(self) -> list[dict[str, Any]]:
        return dicts(self.db.execute(
            "SELECT location, stage, kind, message, first_seen FROM failures ORDER BY location"))

    def counts(self) -> dict[str, int]:
        """Rows in each table, for ``rasd status`` and the idempotence tests."""
        tables = ("documents", "origins", "raw", "times", "entities", "mentions", "events",
                  "findings", "failures")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def summary(self) -> dict[str, Any]:
        """What ``rasd status`` shows beyond the counts: dates, languages, readers."""
        first, last = self.db.execute(
            "SELECT min(published), max(published) FROM documents").fetchone()
        by = {}
        for column in ("language", "reader"):
            by[column] = dict(self.db.execute(
                f"SELECT coalesce({column}, 'unknown'), count(*) FROM documents "
                f"GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
        schema = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return {"path": str(self.path), "version": VERSION, "schema": schema[0] if schema else None,
                "published_from": first.isoformat() if first else None,
                "published_to": last.isoformat() if last else None, **by}


def _lock_message(error: Exception) -> str:
    if "lock" in str(error).lower():
        return "the database is in use by another process (is another rasd command running?)"
    return f"cannot open the database: {error}"
