"""The store's side of text reuse: index keys, candidates and relations, as SQL.

``rasd.reuse.detect`` computes keys and relations; this module only reads and writes
the three reuse tables (``tables.sql``). A candidate is a stored document sharing
index keys with a new one, found with one join per group of new documents.
"""

from __future__ import annotations

from typing import Any

import duckdb

from rasd.store.rows import dicts, insert


def next_number(db: duckdb.DuckDBPyConnection) -> int:
    """The number the next document indexed gets."""
    return db.execute("SELECT coalesce(max(n) + 1, 0) FROM reuse_documents").fetchone()[0]


def indexed(db: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are already indexed for reuse."""
    return {r[0] for r in db.execute(
        "SELECT document FROM reuse_documents WHERE document IN (SELECT unnest(?))",
        [ids]).fetchall()}


def unindexed(db: duckdb.DuckDBPyConnection) -> list[str]:
    """Stored documents not yet indexed (stored by an earlier rasd), oldest first."""
    return [r[0] for r in db.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT document FROM reuse_documents) "
        "ORDER BY published NULLS LAST, ingested_at, id").fetchall()]


def candidates(db: duckdb.DuckDBPyConnection, keys: list[int], owners: list[int],
               common: int) -> list[tuple[int, int, int, int]]:
    """(owner, stored number, shared keys, stored document's keys) for every stored
    document sharing a key with the new ones; ``owners[k]`` is the new document (its
    place in the group) that ``keys[k]`` belongs to. A key stored for more than
    ``common`` documents (boilerplate, a formula every story repeats) finds nothing."""
    if not keys:
        return []
    return db.execute(
        "WITH q AS (SELECT unnest(?::BIGINT[]) AS key, unnest(?::INTEGER[]) AS owner), "
        "hits AS (SELECT q.owner, k.n, k.key FROM q JOIN reuse_keys k ON k.key = q.key), "
        "rare AS (SELECT key FROM reuse_keys WHERE key IN (SELECT key FROM q) "
        "GROUP BY key HAVING count(*) <= ?) "
        "SELECT h.owner, h.n, count(*), any_value(d.keys) FROM hits h "
        "JOIN rare USING (key) JOIN reuse_documents d ON d.n = h.n "
        "GROUP BY h.owner, h.n", [keys, owners, common]).fetchall()


def documents(db: duckdb.DuckDBPyConnection, numbers: list[int]) -> dict[int, dict[str, Any]]:
    """The stored documents behind reuse numbers: id, source, published, text."""
    rows = dicts(db.execute(
        "SELECT r.n, d.id, d.source, d.title, d.published, d.language, d.text "
        "FROM reuse_documents r JOIN documents d ON d.id = r.document "
        "WHERE r.n IN (SELECT unnest(?))", [numbers]))
    for row in rows:
        row["published"] = row["published"].isoformat() if row["published"] else None
    return {row.pop("n"): row for row in rows}


def add(db: duckdb.DuckDBPyConnection, numbered: list[tuple[int, str, int, list[int]]],
        ) -> None:
    """Index documents: (number, id, words, keys) each."""
    if not numbered:
        return
    insert(db, "reuse_documents", [[n, ident, words, len(keys)]
                                   for n, ident, words, keys in numbered])
    keys = [k for _, _, _, ks in numbered for k in ks]
    owners = [n for n, _, _, ks in numbered for _ in ks]
    if keys:
        db.execute("INSERT INTO reuse_keys SELECT unnest(?::BIGINT[]), unnest(?::INTEGER[])",
                   [keys, owners])


def write(db: duckdb.DuckDBPyConnection, relations: list[dict[str, Any]]) -> None:
    """Store relations (``Relation.to_dict()``'s shape) of newly indexed documents."""
    rows = [[r["source"], r["copy"], r["basis"], r["share"],
             [{"source_start": p["source"][0], "source_end": p["source"][1],
               "copy_start": p["copy"][0], "copy_end": p["copy"][1]} for p in r["passages"]]]
            for r in relations]
    insert(db, "reuse", rows)


def relations(db: duckdb.DuckDBPyConnection, document: str | None = None,
              ) -> list[dict[str, Any]]:
    """Stored relations (``Relation.to_dict()``'s shape), all or those of one document,
    in a stable order."""
    where, params = ("WHERE source = ? OR \"copy\" = ?", [document, document]) if document \
        else ("", [])
    out = []
    for source, copy, basis, share, passages in db.execute(
            f"SELECT source, \"copy\", basis, share, passages FROM reuse {where} "
            "ORDER BY source, \"copy\"", params).fetchall():
        out.append({"source": source, "copy": copy, "basis": basis, "share": share,
                    "passages": [{"source": [p["source_start"], p["source_end"]],
                                  "copy": [p["copy_start"], p["copy_end"]]}
                                 for p in passages]})
    return out


def pairs(db: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Every (source, copy) pair, for clustering."""
    return db.execute("SELECT source, \"copy\" FROM reuse").fetchall()


def counts(db: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Documents indexed and relations stored."""
    return {"indexed": db.execute("SELECT count(*) FROM reuse_documents").fetchone()[0],
            "relations": db.execute("SELECT count(*) FROM reuse").fetchone()[0]}
