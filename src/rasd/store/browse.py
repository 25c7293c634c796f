"""Read queries for browsing the store (the web UI): one document's record, pages of
documents, the events of a timeline, a search, an entity and its company.

Every function takes a DuckDB connection or cursor, so that the web server can give
each request a cursor of its own over one database; every value from a user is bound
as a parameter, never written into the SQL. Results are plain dicts and lists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from rasd.model import SCHEMA
from rasd.store.rows import dicts

# An event's period from its TIMEX3 value, as in network.py: a day (with or without a
# part of the day), a month, or a year (a season, quarter or week counts as its year).
_PERIOD = r"""
    CASE WHEN regexp_matches(e.date, '^\d{4}-\d{2}-\d{2}($|T)')
             THEN try_cast(left(e.date, 10) AS DATE)
         WHEN regexp_matches(e.date, '^\d{4}-\d{2}$') THEN try_cast(e.date || '-01' AS DATE)
         WHEN regexp_matches(e.date, '^\d{4}($|-[A-Z])')
             THEN try_cast(left(e.date, 4) || '-01-01' AS DATE) END"""
_EVENT_ROWS = f"""
WITH periods AS (
    SELECT e.*, d.title, d.published, d.language, {_PERIOD} AS starts
    FROM events e JOIN documents d ON d.id = e.document
    WHERE ($actor::VARCHAR IS NULL OR list_contains(e.source, $actor)
           OR list_contains(e.target, $actor) OR e.attributed_to = $actor)
      AND ($place::VARCHAR IS NULL OR e.location = $place)
      AND ($type::VARCHAR IS NULL OR e.type = $type)
      AND ($modality::VARCHAR IS NULL OR e.modality = $modality)
      AND ($document::VARCHAR IS NULL OR e.document = $document)
), dated AS (
    SELECT p.*, CASE WHEN regexp_matches(p.date, '^\\d{{4}}-\\d{{2}}-\\d{{2}}($|T)') THEN starts
                     WHEN regexp_matches(p.date, '^\\d{{4}}-\\d{{2}}$') THEN last_day(starts)
                     ELSE (starts + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE END AS ends
    FROM periods p
)
SELECT document, id, type, mode, trigger, source, target, location, time, date, date_from,
       modality, attributed_to, cue, evidence, confidence, title, published, language,
       starts, ends
FROM dated
WHERE ($start::DATE IS NULL OR starts >= $start::DATE)
  AND ($end::DATE IS NULL OR ends <= $end::DATE)
  AND ($dated::BOOLEAN IS NULL OR (starts IS NOT NULL) = $dated)
ORDER BY starts NULLS LAST, published NULLS LAST, document, seq
LIMIT $limit
"""


def status(db: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """How much is stored: documents, events, entities, failures."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM entities), (SELECT count(*) FROM failures)").fetchone()
    return dict(zip(("documents", "events", "entities", "failures"), row, strict=True))


def documents(db: duckdb.DuckDBPyConnection, limit: int = 50, offset: int = 0,
              ) -> list[dict[str, Any]]:
    """A page of document summaries in ``rasd list`` order, newest stored last."""
    rows = dicts(db.execute(  # the page first: the texts' lengths only for its rows
        "WITH page AS (SELECT id, published, ingested_at FROM documents "
        "ORDER BY published NULLS LAST, ingested_at, id LIMIT ? OFFSET ?) "
        "SELECT d.id, d.published, d.language, d.title, d.source, length(d.text) AS chars, "
        "(SELECT count(*) FROM events e WHERE e.document = d.id) AS events "
        "FROM page p JOIN documents d ON d.id = p.id "
        "ORDER BY p.published NULLS LAST, p.ingested_at, p.id", [limit, offset]))
    return [_dated(r) for r in rows]


def record(db: duckdb.DuckDBPyConnection, document_id: str) -> dict[str, Any] | None:
    """One stored record as plain data (``Analysis.to_dict()``'s shape), or None."""
    docs = dicts(db.execute(
        "SELECT id, source, title, published, language, text, author, reader, warnings "
        "FROM documents WHERE id = ?", [document_id]))
    if not docs:
        return None
    out: dict[str, Any] = {"schema": SCHEMA, "document": _dated(docs[0])}
    for layer in ("times", "mentions", "events"):
        out[layer] = dicts(db.execute(
            f"SELECT * EXCLUDE (document, seq) FROM {layer} WHERE document = ? ORDER BY seq",
            [document_id]))
    out["entities"] = dicts(db.execute(
        "SELECT e.* FROM document_entities x JOIN entities e ON e.id = x.entity "
        "WHERE x.document = ? ORDER BY x.seq", [document_id]))
    out["findings"] = dicts(db.execute(
        "SELECT kind, spans, message FROM findings WHERE document = ? ORDER BY seq",
        [document_id]))
    return out


def events(db: duckdb.DuckDBPyConnection, *, actor: str | None = None,
           place: str | None = None, type: str | None = None, modality: str | None = None,
           start: str | None = None, end: str | None = None, document: str | None = None,
           dated: bool | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Events across documents with their document's title and date and the period of
    their own date (``starts``/``ends``, None when undated), earliest first. ``start``
    and ``end`` keep the events whose whole period lies between them."""
    rows = dicts(db.execute(_EVENT_ROWS, {
        "actor": actor, "place": place, "type": type, "modality": modality, "start": start,
        "end": end, "document": document, "dated": dated, "limit": limit}))
    return [_dated(r) for r in rows]


def count_events(db: duckdb.DuckDBPyConnection, **filters: Any) -> int:
    """How many events ``events`` would give with these filters and no limit."""
    params = {"actor": None, "place": None, "type": None, "modality": None, "start": None,
              "end": None, "document": None, "dated": None, **filters, "limit": None}
    return db.execute(f"SELECT count(*) FROM ({_EVENT_ROWS})", params).fetchone()[0]


def names(db: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored entities of ``ids``, by id."""
    return {r["id"]: r for r in dicts(db.execute(
        "SELECT * FROM entities WHERE id IN (SELECT unnest(?))", [ids]))}


def matching(db: duckdb.DuckDBPyConnection, pattern: str, since: dt.datetime | None = None,
             ) -> list[tuple[Any, ...]]:
    """(published, ingested_at, id) of the documents whose text or title matches the RE2
    ``pattern`` (a bound parameter), only those stored at or after ``since`` when given,
    so a search can be brought up to date by reading the new documents alone."""
    return db.execute(
        "SELECT published, ingested_at, id FROM documents "
        "WHERE ($since::TIMESTAMP IS NULL OR ingested_at >= $since::TIMESTAMP) "
        "AND (regexp_matches(text, $p) OR regexp_matches(coalesce(title, ''), $p))",
        {"p": pattern, "since": since}).fetchall()


def summaries(db: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """Id, date, language, title, source and text of the documents ``ids``, in that order."""
    rows = {r["id"]: _dated(r) for r in dicts(db.execute(
        "SELECT id, published, language, title, source, text FROM documents "
        "WHERE id IN (SELECT unnest(?))", [ids]))}
    return [rows[i] for i in ids if i in rows]


def entity(db: duckdb.DuckDBPyConnection, entity_id: str) -> dict[str, Any] | None:
    """An entity with its mentions counted by document and the words used for it."""
    found = dicts(db.execute("SELECT * FROM entities WHERE id = ?", [entity_id]))
    if not found:
        return None
    out = found[0]
    out["documents"] = [_dated(r) for r in dicts(db.execute(
        "SELECT d.id, d.title, d.published, d.language, count(*) AS mentions "
        "FROM mentions m JOIN documents d ON d.id = m.document WHERE m.entity = ? "
        "GROUP BY ALL ORDER BY d.published NULLS LAST, d.id LIMIT 200", [entity_id]))]
    out["written"] = dicts(db.execute(
        "SELECT text, count(*) AS n FROM mentions WHERE entity = ? GROUP BY text "
        "ORDER BY n DESC, text LIMIT 30", [entity_id]))
    return out


def co_actors(db: duckdb.DuckDBPyConnection, entity_id: str) -> list[dict[str, Any]]:
    """Who shares events with an entity (as source or target), counted by year of the
    event's own date, else its document's publication year."""
    return dicts(db.execute(
        "WITH mine AS (SELECT e.*, coalesce(try_cast(left(e.date, 4) AS INTEGER), "
        "year(d.published)) AS year FROM events e JOIN documents d ON d.id = e.document "
        "WHERE list_contains(e.source, $id) OR list_contains(e.target, $id)), "
        "other AS (SELECT year, unnest(list_concat(source, target)) AS actor FROM mine) "
        "SELECT o.actor AS id, coalesce(n.name_en, n.name_ar, o.actor) AS name, o.year, "
        "count(*) AS events FROM other o LEFT JOIN entities n ON n.id = o.actor "
        "WHERE o.actor <> $id GROUP BY ALL ORDER BY o.year NULLS LAST, events DESC, o.actor",
        {"id": entity_id}))


def actors(db: duckdb.DuckDBPyConnection, limit: int = 500) -> list[dict[str, Any]]:
    """The entities that act or are acted on in stored events, most events first."""
    return dicts(db.execute(
        "WITH roles AS (SELECT unnest(list_distinct(list_concat(source, target))) AS id "
        "FROM events) SELECT r.id, n.name_ar, n.name_en, n.type, count(*) AS events "
        "FROM roles r LEFT JOIN entities n ON n.id = r.id GROUP BY ALL "
        "ORDER BY events DESC, r.id LIMIT ?", [limit]))


def told(db: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The events of (document, event id) ``keys``, in that order, each with the text of
    its evidence stretches (``evidence_text``) and its document's title and date."""
    if not keys:
        return []
    rows = dicts(db.execute(
        "WITH k AS (SELECT unnest($docs::VARCHAR[]) AS document, unnest($ids::VARCHAR[]) AS id, "
        "generate_subscripts($ids::VARCHAR[], 1) AS n) "
        "SELECT e.* EXCLUDE (seq), d.title, d.published, d.language, "
        "list_transform(e.evidence, lambda s: substring(d.text, s.start + 1, s.\"end\" - s.start)) "
        "AS evidence_text FROM k JOIN events e ON e.document = k.document AND e.id = k.id "
        "JOIN documents d ON d.id = e.document ORDER BY k.n",
        {"docs": [k[0] for k in keys], "ids": [k[1] for k in keys]}))
    return [_dated(r) for r in rows]


def places(db: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every stored place with coordinates, with how many events happened there."""
    return dicts(db.execute(
        "SELECT n.id, n.name_ar, n.name_en, n.type, n.lat, n.lon, count(e.id) AS events "
        "FROM entities n LEFT JOIN events e ON e.location = n.id "
        "WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL GROUP BY ALL "
        "ORDER BY events DESC, n.id"))


def _dated(row: dict[str, Any]) -> dict[str, Any]:
    """Dates as ISO strings, as the record gives them."""
    for key, value in row.items():
        if isinstance(value, dt.date):
            row[key] = value.isoformat()
    return row
