"""Search over documents, matching Arabic as the text layer folds it (``matching.py``).

A search reads every text once; the server then keeps, for each recent pattern, the
documents it matched and when the newest of them was stored, and brings it up to date
by reading only the documents stored since (the store never drops a document), so a
search repeated while ``rasd ingest`` runs costs the new documents, not the corpus.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from typing import Any

from fastapi import APIRouter, Query, Request

from rasd.store import browse
from rasd.web import matching, render

router = APIRouter()
LIMIT = 50
KEPT = 64  # patterns whose matches are kept
_lock = threading.Lock()


def _found(request: Request, db, pattern: str) -> list[str]:
    """The ids of every document matching ``pattern``, in ``rasd list`` order."""
    state = request.app.state
    with _lock:
        if not hasattr(state, "searches"):
            state.searches = OrderedDict()
        kept = state.searches.get(pattern)
    since, known = (kept[0], kept[1]) if kept else (None, {})
    new = browse.matching(db, pattern, since)
    if new or kept is None:
        known = {**known, **{i: (p is None, p or dt.date.min, at, i) for p, at, i in new}}
        since = max([at for _, at, _ in new] + ([since] if since else []), default=None)
    with _lock:
        state.searches[pattern] = (since, known)
        state.searches.move_to_end(pattern)
        while len(state.searches) > KEPT:
            state.searches.popitem(last=False)
    return [key[3] for key in sorted(known.values())]


def _search(request: Request, q: str, limit: int) -> tuple[matching.Query | None, int, list]:
    query = matching.parse(q[:200])
    if query is None:
        return None, 0, []
    with request.app.state.db.reading() as db:
        ids = _found(request, db, query.duckdb)
        rows = browse.summaries(db, ids[:limit])
    for row in rows:
        row["snippet"] = (matching.snippet(row.pop("text"), query)
                          or matching.snippet(row["title"] or "", query))
    return query, len(ids), rows


@router.get("/api/search", tags=["search"])
def api_search(request: Request, q: str = "", limit: int = Query(LIMIT, ge=1, le=500),
               ) -> dict[str, Any]:
    """Documents matching the words of ``q`` as a phrase, in folded forms and with any
    proclitics («والرقة» finds «الرقة»), with a snippet (before, hit, after) of the first hit."""
    query, total, rows = _search(request, q, limit)
    return {"query": q, "words": list(query.words) if query else [], "total": total,
            "documents": rows}


@router.get("/search", include_in_schema=False)
def search(request: Request, q: str = ""):
    query, total, rows = _search(request, q, LIMIT)
    return render.page(request, "search.html", q=q, total=total, rows=rows,
                       words=query.words if query else ())
