"""Search over documents, matching Arabic as the text layer folds it (``matching.py``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from rasd.store import browse
from rasd.web import matching, render

router = APIRouter()
LIMIT = 50


def _search(request: Request, q: str, limit: int) -> tuple[matching.Query | None, int, list]:
    query = matching.parse(q[:200])
    if query is None:
        return None, 0, []
    with request.app.state.db.reading() as db:
        total, rows = browse.search(db, query.duckdb, limit)
    for row in rows:
        row["snippet"] = (matching.snippet(row.pop("text"), query)
                          or matching.snippet(row["title"] or "", query))
        row.pop("total", None)
    return query, total, rows


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
