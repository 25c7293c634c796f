"""The FastAPI application: the store, the guard, the static files and every router.

``create(settings)`` makes one; ``rasd serve`` runs it with uvicorn, the tests call it
in process. Errors rasd knows (``RasdError``) become a page or JSON naming the problem
with a 4xx status; anything else a 500 that says so without a traceback.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from rasd.errors import RasdError
from rasd.web import cache, client, render, security
from rasd.web.database import Database
from rasd.web.routes import documents, entities, handoff, ingest, places, search, timeline
from rasd.web.routes import network as network_routes

log = logging.getLogger("rasd.web")
MiB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What a server is started with: its store, its token (None on loopback) and the
    largest upload it accepts."""

    db: str | Path | None = None
    token: str | None = None
    max_upload: int = 8 * MiB
    url: str | None = None  # where it listens; announced beside the store for rasd ingest


def create(settings: Settings) -> FastAPI:
    """A new application over ``settings.db``, opened when the app starts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.db = Database(settings.db)
        announced = None
        if settings.url:
            announced = client.announce(app.state.db.path, settings.url, app.state.key,
                                        settings.token)
        try:
            yield
        finally:
            if announced is not None:
                announced.unlink(missing_ok=True)
            app.state.db.close()

    app = FastAPI(title="rasd", summary="The record of conflict reporting, as pages and JSON.",
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.key = security.new_token()
    app.add_middleware(cache.Answers)  # inside the guard: only authorised requests reach it
    app.add_middleware(security.Guard, token=settings.token)
    app.mount("/static", StaticFiles(packages=[("rasd.web", "static")]), name="static")
    for module in (documents, timeline, network_routes, search, entities, places, ingest,
                   handoff):
        app.include_router(module.router)
    app.add_exception_handler(RasdError, _rasd_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render.page(request, "error.html", status_code=status, status=status,
                       message=message)


async def _rasd_error(request: Request, exc: RasdError) -> Response:
    return _error(request, 400, exc.message)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _error(request, exc.status_code, str(exc.detail))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("rasd: internal error on %s", request.url.path)
    return _error(request, 500, f"internal error ({type(exc).__name__}); see the server's log")
