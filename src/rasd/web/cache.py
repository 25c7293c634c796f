"""Answers kept until the store changes: the server is the store's one writer, so it knows
when a page could differ.

A GET's 200 response (page or JSON) is kept under its path, query and language. A write
from the browser (an upload) drops every kept answer at once, so its user sees it on the
next page. Writes handed over by ``rasd ingest`` come every few seconds while it runs;
after one, a kept answer is still served until it is ``STALE`` seconds old, so a busy
page is worked out again at most that often and new documents show within seconds. One
request works a page out at a time: others asking for it meanwhile wait for that answer,
or take the one it replaces when that is stale from a hand-off (never after an upload).
Pages that carry a CSRF token (``/ingest``) or set a cookie (``?lang=``, ``?token=``)
are never kept. At most ``BUDGET`` bytes are kept, least recently used dropped first.
"""

from __future__ import annotations

import asyncio
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
        self.working: dict[tuple, asyncio.Future] = {}  # answers being worked out, by key

    async def dispatch(self, request: Request, call_next) -> Response:
        if request.method != "GET" or request.url.path.startswith(NEVER) or any(
                k in request.query_params for k in ("lang", "token")):
            return await call_next(request)
        lang = i18n.choose(None, request.cookies.get(i18n.COOKIE),
                           request.headers.get("accept-language"))
        key = (request.url.path, request.url.query, lang)
        db = request.app.state.db
        now, generation, drops = time.monotonic(), db.generation, db.drops  # before reading
        with self.lock:
            found, stale = self._get(key, generation, drops, now)
        if found is not None:
            return _answer(found)
        if key in self.working:  # one request works a page out; the others wait or go stale
            if stale is not None:
                return _answer(stale)
            answer = await asyncio.shield(self.working[key])
            if answer is not None:
                return _answer(answer)
            return await call_next(request)
        self.working[key] = asyncio.get_running_loop().create_future()
        answer = None
        try:
            response = await call_next(request)
            if response.status_code != 200 or "set-cookie" in response.headers:
                return response
            body = b"".join([chunk async for chunk in response.body_iterator])
            media = response.headers.get("content-type", "text/html; charset=utf-8")
            answer = (now, generation, body, media)
            if len(body) <= LARGEST:
                with self.lock:
                    if db.drops == drops:  # no upload since: the answer may be kept
                        self._put(key, answer)
            return _answer(answer)
        finally:
            self.working.pop(key).set_result(answer)

    def _get(self, key, generation: int, drops: int, now: float):
        """(the kept answer if it may be served, else None; the stale one it would replace)."""
        if drops != self.seen[1]:  # a write from the browser: forget everything
            self.kept.clear()
            self.size = 0
        self.seen = (generation, drops)
        found = self.kept.get(key)
        if found is None:
            return None, None
        made, at, _, _ = found
        if at != generation and now - made > STALE:
            return None, found
        self.kept.move_to_end(key)
        return found, None

    def _put(self, key, answer) -> None:
        if key in self.kept:
            self._drop(key)
        self.kept[key] = answer
        self.size += len(answer[2])
        while self.size > BUDGET:
            self._drop(next(iter(self.kept)))

    def _drop(self, key) -> None:
        self.size -= len(self.kept.pop(key)[2])


def _answer(answer: tuple[float, int, bytes, str]) -> Response:
    return Response(answer[2], status_code=200, media_type=answer[3])
