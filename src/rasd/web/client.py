"""``rasd ingest`` while ``rasd serve`` holds the store: hand the documents to the server.

A running server writes ``<store>.serving`` beside the store (its URL and a key, readable
by its user alone) and removes it when it stops. ``store(path)`` finds a live server there
and returns a ``RemoteStore`` whose writer has the interface of the store's own
(``has``, ``known``, ``noted``, ``put``, ``note``, ``fail``, ``flush``): the CLI reads
and analyses the sources in its own process, as always, and sends each group of
analysed documents to the server, which commits them with the store's writer, each
document whole or absent and idempotent, and answers with the outcomes. Without a live
server it opens the store itself. Standard library only: the CLI never loads the web
stack.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from rasd.errors import RasdError, StoreProblem
from rasd.model import Analysis, Document, build

SUFFIX = ".serving"
KEY_HEADER = "X-Rasd-Key"


def serving_file(path: str | os.PathLike[str]) -> Path:
    return Path(str(path) + SUFFIX)


def announce(path: Path, url: str, key: str, token: str | None) -> Path:
    """Write the serving file of a starting server (mode 0600)."""
    target = serving_file(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"url": url, "key": key, "token": token, "pid": os.getpid()}, f)
    return target


def store(db_path: str | None):
    """The server's store when a live server holds ``db_path``, else the store itself."""
    from rasd.store import Store, default_path

    path = Path(db_path) if db_path else default_path()
    server = find(path)
    return RemoteStore(path, server) if server else Store(path)


def find(path: Path) -> Server | None:
    """The live server announced beside ``path``, or None."""
    try:
        found = json.loads(serving_file(path).read_text("utf-8"))
        server = Server(found["url"], found["key"], found.get("token"))
        server.call("GET", "/api/handoff/status")
        return server
    except (OSError, ValueError, KeyError, TypeError, RasdError):
        return None


class Server:
    """JSON calls to a running server, with its key."""

    def __init__(self, url: str, key: str, token: str | None = None):
        self.url, self.key = url.rstrip("/"), key
        self.headers = {KEY_HEADER: key, "Content-Type": "application/json"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def call(self, method: str, path: str, payload: Any = None, tries: int = 3) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers=self.headers)
        for attempt in range(tries):
            try:
                with urllib.request.urlopen(request, timeout=600) as response:
                    return json.loads(response.read())
            except urllib.error.HTTPError as e:
                detail = e.read().decode("utf-8", "replace")[:300]
                raise StoreProblem(self.url, f"the server refused ({e.code}): {detail}") from None
            except OSError as e:
                if attempt == tries - 1:
                    raise StoreProblem(self.url, f"the server is unreachable ({e})") from None
                time.sleep(0.5)
        return None


class RemoteStore:
    """What ``batch.run`` needs of a store, served by a running ``rasd serve``."""

    def __init__(self, path: Path, server: Server):
        self.path, self.server = path, server

    def writer(self, every: int = 64, seconds: float = 2.0, on_done=None,
               producer: str | None = None, after=None) -> RemoteWriter:
        """``after`` (text reuse, run on each group inside its transaction) is run by the
        server, with its own copy of the same function: a function cannot travel."""
        return RemoteWriter(self.server, every, seconds, on_done, producer, after is not None)

    def close(self) -> None:
        pass

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RemoteWriter:
    """The store writer's interface; entries travel to the server a group at a time."""

    def __init__(self, server: Server, every: int, seconds: float, on_done, producer,
                 reuse: bool = False):
        self.server, self.every, self.seconds = server, every, seconds
        self.on_done, self.producer, self.reuse = on_done, producer, reuse
        self.buffer: list[dict[str, Any]] = []
        self.pending: dict[str, Document] = {}
        self.places: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self.started = 0.0

    def __enter__(self) -> RemoteWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()

    def has(self, document_id: str) -> bool:
        return document_id in self.pending or self.known(document_id) is not None

    def having(self, document_ids: list[str]) -> set[str]:
        found = {i for i in document_ids if i in self.pending}
        rest = [i for i in document_ids if i not in found]
        if rest:
            found.update(self.server.call("POST", "/api/handoff/having", rest))
        return found

    def known(self, document_id: str) -> Document | None:
        if document_id in self.pending:
            return self.pending[document_id]
        found = self.server.call("GET", f"/api/handoff/documents/{document_id}")
        return build(Document, found) if found else None

    def noted(self, document_id: str, location: str) -> tuple[str | None, str | None] | None:
        if (document_id, location) in self.places:
            return self.places[(document_id, location)]
        found = self.server.call("POST", "/api/handoff/noted",
                                 {"document": document_id, "location": location})
        return tuple(found) if found else None

    def put(self, analysis: Analysis, location: str, raw=None) -> None:
        doc = analysis.document
        self.pending.setdefault(doc.id, doc)
        self.places.setdefault((doc.id, location), (doc.published, doc.title))
        self._add({"put": analysis.to_dict(), "location": location, "raw": _raw(raw)})

    def note(self, copy: Document, location: str, raw=None) -> None:
        self.places.setdefault((copy.id, location), (copy.published, copy.title))
        self._add({"note": _plain(copy), "location": location, "raw": _raw(raw)})

    def fail(self, location: str, error: RasdError, stage: str, raw=None) -> None:
        self._add({"fail": {"where": error.where, "problem": error.problem, "kind": error.kind},
                   "stage": stage, "location": location, "raw": _raw(raw)})

    def _add(self, entry: dict[str, Any]) -> None:
        if not self.buffer:
            self.started = time.monotonic()
        self.buffer.append(entry)
        if len(self.buffer) >= self.every or time.monotonic() - self.started >= self.seconds:
            self.flush()

    def flush(self) -> list[tuple[str, str, str | None]]:
        entries, self.buffer = self.buffer, []
        outcomes = []
        if entries:
            found = self.server.call("POST", "/api/handoff/write", {
                "producer": self.producer, "reuse": self.reuse, "entries": entries})
            outcomes = [tuple(o) for o in found["outcomes"]]
        self.pending.clear()
        self.places.clear()
        if self.on_done:
            for outcome in outcomes:
                self.on_done(*outcome)
        return outcomes


def _raw(raw) -> list[str] | None:
    return [raw[0], base64.b64encode(raw[1]).decode("ascii")] if raw else None


def _plain(document: Document) -> dict[str, Any]:
    return dataclasses.asdict(document)
