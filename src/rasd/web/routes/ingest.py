"""Ingest from the browser: upload a file, paste text or give a URL (``uploads.py``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from rasd.web import render, security, uploads

router = APIRouter()
SLACK = 64 * 1024  # the form's own bytes beyond the largest upload


async def _ingest(request: Request) -> list[dict[str, Any]]:
    limit = request.app.state.settings.max_upload
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + SLACK:
        raise HTTPException(413, f"larger than the server's limit of {limit // 1024} KiB")
    async with request.form(max_files=1, max_fields=8, max_part_size=limit + SLACK) as form:
        security.check_csrf(request, _text(form.get("csrf")))
        upload = form.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            given = (uploads.from_file, upload.filename, await upload.read(limit + 1))
        elif _text(form.get("text")).strip():
            given = (uploads.from_text, _text(form.get("text")))
        elif _text(form.get("url")).strip():
            given = (uploads.from_url, _text(form.get("url")))
        else:
            raise HTTPException(400, "give a file, some text or a URL")
    db = request.app.state.db

    def read_and_store() -> list[dict[str, Any]]:  # off the event loop: reading, fetching
        read, *args = given
        return uploads.store(db, read(*args, limit))

    return await run_in_threadpool(read_and_store)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


@router.post("/api/ingest", tags=["ingest"])
async def api_ingest(request: Request) -> dict[str, Any]:
    """Add a document: a multipart form with ``file``, ``text`` or ``url``, and the CSRF
    token of the ``rasd_csrf`` cookie as ``X-CSRF-Token`` or the ``csrf`` field."""
    return {"results": await _ingest(request)}


@router.get("/ingest", include_in_schema=False)
def form(request: Request):
    return render.page(request, "ingest.html", results=None,
                       limit_kib=request.app.state.settings.max_upload // 1024,
                       kinds=uploads.KINDS)


@router.post("/ingest", include_in_schema=False)
async def post(request: Request):
    results = await _ingest(request)
    failed = any(r["outcome"] == "failed" for r in results)
    return render.page(request, "ingest.html", results=results, status_code=422 if failed else 200,
                       limit_kib=request.app.state.settings.max_upload // 1024,
                       kinds=uploads.KINDS)
