"""The end of the hand-off (``client.py``) in the server: ``rasd ingest`` sends the
documents it analysed and the server, the store's one writer, commits them.

Only a caller with the key of the serving file may use these routes; the key is a
header a browser cannot be made to send, so they need no CSRF token. They are not in
the public API (``/openapi.json``).
"""

from __future__ import annotations

import base64
import hmac
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from rasd.errors import RasdError
from rasd.model import Analysis, Document, build
from rasd.store import rows
from rasd.web.client import KEY_HEADER

router = APIRouter(prefix="/api/handoff", include_in_schema=False)


def _check(request: Request) -> None:
    given = request.headers.get(KEY_HEADER, "")
    if not hmac.compare_digest(given.encode(), request.app.state.key.encode()):
        raise HTTPException(403, "wrong or missing hand-off key")


@router.get("/status")
def status(request: Request) -> dict[str, Any]:
    _check(request)
    return {"store": str(request.app.state.db.path)}


@router.get("/documents/{document_id}")
def known(request: Request, document_id: str) -> dict[str, Any] | None:
    _check(request)
    with request.app.state.db.reading() as db:
        found = rows.document(db, document_id)
    return None if found is None else {k: getattr(found, k) for k in found.__dataclass_fields__}


@router.post("/having")
def having(request: Request, ids: list[str]) -> list[str]:
    """Those of ``ids`` that are stored."""
    _check(request)
    with request.app.state.db.reading() as db:
        return [r[0] for r in db.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()]


@router.post("/noted")
async def noted(request: Request) -> list[str | None] | None:
    _check(request)
    asked = await request.json()
    with request.app.state.db.reading() as db:
        row = db.execute("SELECT published, title FROM origins WHERE document = ? AND "
                         "location = ?", [asked["document"], asked["location"]]).fetchone()
    return [row[0].isoformat() if row[0] else None, row[1]] if row else None


@router.post("/write")
def write(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    """Commit a group of entries with the store's writer; the outcome of each, in order."""
    _check(request)
    after = None
    if body.get("reuse"):
        from rasd.reuse.detect import index as after  # text reuse, as rasd ingest runs it
    with request.app.state.db.writing(seen_at_once=False) as store:
        writer = store.writer(every=10**9, seconds=float("inf"), producer=body.get("producer"),
                              after=after)
        for entry in body["entries"]:
            raw = _raw(entry.get("raw"))
            if "put" in entry:
                writer.put(Analysis.from_dict(entry["put"]), entry["location"], raw)
            elif "note" in entry:
                writer.note(build(Document, entry["note"]), entry["location"], raw)
            else:
                failure = entry["fail"]
                error = RasdError(failure["where"], failure["problem"])
                error.kind = failure["kind"]
                writer.fail(entry["location"], error, entry["stage"], raw)
        outcomes = writer.flush()
    return {"outcomes": outcomes}


def _raw(raw: list[str] | None) -> tuple[str, bytes] | None:
    return (raw[0], base64.b64decode(raw[1])) if raw else None
