"""The home page, the document list and the reader, with their API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request

from rasd.store import browse
from rasd.web import claims, markup, render

router = APIRouter()
PAGE = 50


@router.get("/api/status", tags=["documents"])
def api_status(request: Request) -> dict[str, Any]:
    """How much is stored: documents, events, entities and failures."""
    with request.app.state.db.reading() as db:
        return {"store": str(request.app.state.db.path), **browse.status(db)}


@router.get("/api/documents", tags=["documents"])
def api_documents(request: Request, offset: int = Query(0, ge=0),
                  limit: int = Query(PAGE, ge=1, le=1000)) -> list[dict[str, Any]]:
    """A page of documents in ``rasd list`` order."""
    with request.app.state.db.reading() as db:
        return browse.documents(db, limit, offset)


@router.get("/api/documents/{document_id}", tags=["documents"])
def api_record(request: Request, document_id: str) -> dict[str, Any]:
    """One document's record (schema rasd.analysis/2)."""
    return _record(request, document_id)


@router.get("/", include_in_schema=False)
def home(request: Request, offset: int = Query(0, ge=0)):
    with request.app.state.db.reading() as db:
        counts = browse.status(db)
        docs = browse.documents(db, PAGE, offset)
    return render.page(request, "home.html", counts=counts, documents=docs, offset=offset,
                       page_size=PAGE)


@router.get("/documents/{document_id}", include_in_schema=False)
def reader(request: Request, document_id: str):
    record = _record(request, document_id)
    lang = render.language(request)
    entities = {e["id"]: e for e in record["entities"]}
    events = [claims.shown(e, entities, lang) for e in record["events"]]
    events.sort(key=lambda e: (e["period"] is None, e["period"].first if e["period"] else 0,
                               e["trigger"]["start"]))
    text = record["document"]["text"]
    return render.page(request, "reader.html", record=record, doc=record["document"],
                       pieces_list=markup.tree(text, markup.marks(record)), events=events,
                       times={t["id"]: t for t in record["times"]},
                       mentions={m["id"]: m for m in record["mentions"]},
                       entities=entities, by_id={e["id"]: e for e in events},
                       findings={f"f{n}": f for n, f in enumerate(record["findings"], 1)},
                       text_dir="rtl" if record["document"]["language"] == "ar" else "ltr")


def _record(request: Request, document_id: str) -> dict[str, Any]:
    with request.app.state.db.reading() as db:
        record = browse.record(db, document_id)
    if record is None:
        raise HTTPException(404, f"no document {document_id[:64]} in this store")
    return record
