"""The actor network: who acted on whom, counted by PLOVER quad, in one SQL query.

An edge runs from each ``source`` of an event to each of its ``target``s. An event
with no target and two or more sources (fighting between sides, a meeting) gives a
``mutual`` edge between each pair of its sources, from the smaller id to the larger.
An entity that is both source and target of one event gets no edge to itself. Every
event is listed on its edges; only those neither ``negated`` nor ``hypothetical`` are
counted, by the quad of their type. The quad of each type is passed in (``rasd.events.kinds``),
so the store reads no knowledge of its own.

Dates: an event is dated by its own ``date`` when that names a day, a month or a year
(a season or a week counts as its year); otherwise by its document's ``published``
date, and the event says so (``dated_by``). With ``start`` or ``end``, an event is
kept when the whole period of its date lies within them; an event with neither date
is then left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import duckdb

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
UNCOUNTED = ("negated", "hypothetical")

_EVENTS = r"""
WITH quads AS (SELECT unnest($types::VARCHAR[]) AS type, unnest($quads::VARCHAR[]) AS quad),
periods AS (
    SELECT e.document, e.seq, e.id, e.type, e.modality, list_distinct(e.source) AS source,
           list_distinct(e.target) AS target, e.date, d.published,
           CASE WHEN regexp_matches(e.date, '^\d{4}-\d{2}-\d{2}($|T)')
                    THEN try_cast(left(e.date, 10) AS DATE)
                WHEN regexp_matches(e.date, '^\d{4}-\d{2}$') THEN try_cast(e.date || '-01' AS DATE)
                WHEN regexp_matches(e.date, '^\d{4}($|-[A-Z])')
                    THEN try_cast(left(e.date, 4) || '-01-01' AS DATE) END AS starts,
           CASE WHEN regexp_matches(e.date, '^\d{4}-\d{2}-\d{2}($|T)') THEN starts
                WHEN regexp_matches(e.date, '^\d{4}-\d{2}$') THEN last_day(starts)
                ELSE starts + INTERVAL 1 YEAR - INTERVAL 1 DAY END::DATE AS ends
    FROM events e JOIN documents d ON d.id = e.document
),
dated AS (
    SELECT p.*, q.quad, p.modality NOT IN (SELECT unnest($uncounted::VARCHAR[])) AS counted,
           CASE WHEN p.starts IS NOT NULL THEN 'event'
                WHEN p.published IS NOT NULL THEN 'published' END AS dated_by,
           coalesce(p.starts, p.published) AS day_first, coalesce(p.ends, p.published) AS day_last
    FROM periods p LEFT JOIN quads q ON q.type = p.type
    WHERE ($start::DATE IS NULL OR coalesce(p.starts, p.published) >= $start::DATE)
      AND ($end::DATE IS NULL OR coalesce(p.ends, p.published) <= $end::DATE)
),
pairs AS (
    SELECT dated.*, a, b, false AS mutual
    FROM dated, unnest(dated.source) AS x(a), unnest(dated.target) AS y(b) WHERE a <> b
    UNION ALL
    SELECT dated.*, a, b, true AS mutual
    FROM dated, unnest(dated.source) AS x(a), unnest(dated.source) AS y(b)
    WHERE len(dated.target) = 0 AND a < b
)
SELECT a AS source, b AS target, mutual,
       {COUNTS},
       list({'document': document, 'event': id, 'type': type, 'modality': modality,
             'date': CASE dated_by WHEN 'event' THEN date ELSE published::VARCHAR END,
             'dated_by': dated_by, 'counted': counted}
            ORDER BY day_first NULLS LAST, document, seq) AS events
FROM pairs
WHERE $actor::VARCHAR IS NULL OR a = $actor OR b = $actor
GROUP BY a, b, mutual
ORDER BY {TOTAL} DESC, count(*) DESC, a, b, mutual
"""
# the quad names are this module's constants, never user values: those are bound
_COUNTS = ", ".join(f"count(*) FILTER (WHERE counted AND quad = '{q}') AS {q}" for q in QUADS)
_TOTAL = " + ".join(f"count(*) FILTER (WHERE counted AND quad = '{q}')" for q in QUADS)
QUERY = _EVENTS.replace("{COUNTS}", _COUNTS).replace("{TOTAL}", _TOTAL)


def network(db: duckdb.DuckDBPyConnection, quads: Mapping[str, str], actor: str | None = None,
            start: str | None = None, end: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """``{"nodes": [{id, name, type}], "edges": [{source, target, mutual, counts, events}]}``
    of the stored events; ``actor`` keeps the edges touching that entity id, ``start`` and
    ``end`` (``YYYY-MM-DD``, inclusive) the events dated within them."""
    cursor = db.execute(QUERY, {"types": list(quads), "quads": list(quads.values()),
                                "uncounted": list(UNCOUNTED), "actor": actor,
                                "start": start, "end": end})
    names = [d[0] for d in cursor.description]
    edges = []
    for row in cursor.fetchall():
        found = dict(zip(names, row, strict=True))
        edges.append({"source": found["source"], "target": found["target"],
                      "mutual": found["mutual"], "counts": {q: found[q] for q in QUADS},
                      "events": found["events"]})
    ids = sorted({e[end] for e in edges for end in ("source", "target")})
    known = {r[0]: r[1:] for r in db.execute(
        "SELECT id, coalesce(name_en, name_ar), type FROM entities "
        "WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
    nodes = [{"id": i, "name": known.get(i, (None, None))[0], "type": known.get(i, (None, None))[1]}
             for i in ids]
    return {"nodes": nodes, "edges": edges}
