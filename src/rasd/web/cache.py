"""Answers kept until the store changes: the server is the store's one writer, so it knows
when a page could differ. A GET's 200 response (page or JSON) is kept under its path,
query and language and served again until the next write (an upload or a hand-off from
``rasd ingest``) moves ``Database.generation`` on. Pages that carry a CSRF token
(``/ingest``) or set a cookie (``?lang=``, ``?token=``) are never kept. At most ``SIZE``
answers of at most ``LARGEST`` bytes each, least recently used dropped first."""

from __future__ import annotations

import threading
from collections import OrderedDict

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

from rasd.web import i18n

SIZE = 512
LARGEST = 2 * 1024 * 1024
NEVER = ("/ingest", "/api/ingest", "/api/handoff", "/static")


class Answers(BaseHTTPMiddleware):
    def __init__(self, app):
        super().__init__(app)
        self.kept: OrderedDict[tuple, tuple[int, bytes, str]] = OrderedDict()
        self.generation = -1
        self.lock = threading.Lock()

    async def dispatch(self, request: Request, call_next) -> Response:
        if request.method != "GET" or request.url.path.startswith(NEVER) or any(
                k in request.query_params for k in ("lang", "token")):
            return await call_next(request)
        lang = i18n.choose(None, request.cookies.get(i18n.COOKIE),
                           request.headers.get("accept-language"))
        key = (request.url.path, request.url.query, lang)
        generation = request.app.state.db.generation
        with self.lock:
            if generation != self.generation:
                self.kept.clear()
                self.generation = generation
            found = self.kept.get(key)
            if found is not None:
                self.kept.move_to_end(key)
        if found is not None:
            return Response(found[1], status_code=found[0], media_type=found[2])
        response = await call_next(request)
        if response.status_code != 200 or "set-cookie" in response.headers:
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        media = response.headers.get("content-type", "text/html; charset=utf-8")
        if len(body) <= LARGEST:
            with self.lock:
                if generation == self.generation:
                    self.kept[key] = (200, body, media)
                    while len(self.kept) > SIZE:
                        self.kept.popitem(last=False)
        return Response(body, status_code=200, media_type=media)
