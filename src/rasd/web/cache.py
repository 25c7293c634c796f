"""Answers kept until the store changes: the server is the store's one writer, so it knows
when a page could differ.

A GET's 200 response (page or JSON) is kept under its path, query and language. A write
from the browser (an upload) drops every kept answer at once, so its user sees it on the
next page. Writes handed over by ``rasd ingest`` come every few seconds while it runs;
after one, a kept answer is still served until it is ``STALE`` seconds old, so a busy
page is worked out again at most that often and new documents show within seconds.
Pages that carry a CSRF token (``/ingest``) or set a cookie (``?lang=``, ``?token=``)
are never kept. At most ``BUDGET`` bytes are kept, least recently used dropped first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

from rasd.web import i18n

STALE = 5.0  # seconds an answer outlives a write handed over by rasd ingest
BUDGET = 64 * 1024 * 1024
LARGEST = 16 * 1024 * 1024
NEVER = ("/ingest", "/api/ingest", "/api/handoff", "/static")


class Answers(BaseHTTPMiddleware):
    def __init__(self, app):
        super().__init__(app)
        self.kept: OrderedDict[tuple, tuple[float, int, bytes, str]] = OrderedDict()
        self.size = 0
        self.seen = (-1, -1)  # the store's (generation, drops) the kept answers were made at
        self.lock = threading.Lock()

    async def dispatch(self, request: Request, call_next) -> Response:
        if request.method != "GET" or request.url.path.startswith(NEVER) or any(
                k in request.query_params for k in ("lang", "token")):
            return await call_next(request)
        lang = i18n.choose(None, request.cookies.get(i18n.COOKIE),
                           request.headers.get("accept-language"))
        key = (request.url.path, request.url.query, lang)
        db = request.app.state.db
        now = time.monotonic()
        with self.lock:
            found = self._get(key, db.generation, db.drops, now)
        if found is not None:
            return Response(found[2], status_code=200, media_type=found[3])
        response = await call_next(request)
        if response.status_code != 200 or "set-cookie" in response.headers:
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        media = response.headers.get("content-type", "text/html; charset=utf-8")
        if len(body) <= LARGEST:
            with self.lock:
                self._put(key, (now, db.generation, body, media))
        return Response(body, status_code=200, media_type=media)

    def _get(self, key, generation: int, drops: int, now: float):
        if drops != self.seen[1]:  # a write from the browser: forget everything
            self.kept.clear()
            self.size = 0
        self.seen = (generation, drops)
        found = self.kept.get(key)
        if found is None:
            return None
        made, at, _, _ = found
        if at != generation and now - made > STALE:
            self._drop(key)
            return None
        self.kept.move_to_end(key)
        return found

    def _put(self, key, answer) -> None:
        if key in self.kept:
            self._drop(key)
        self.kept[key] = answer
        self.size += len(answer[2])
        while self.size > BUDGET:
            self._drop(next(iter(self.kept)))

    def _drop(self, key) -> None:
        self.size -= len(self.kept.pop(key)[2])
