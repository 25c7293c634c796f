"""Documents given in the browser — an uploaded file, pasted text, a URL — read by the
same readers and pipeline as ``rasd ingest``, with the same errors, and stored by the
server's one writer.

A file is known by its name (``upload:NAME``), pasted text by its digest
(``paste:SHA256[:12]``), a URL by itself. Only the kinds of file rasd reads are taken
(by name; the readers still refuse binary content, as in the CLI), up to the server's
upload limit. The pipeline runs before the write lock is taken, so readers and the
hand-off wait only for the commit.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import PurePath
from typing import Any

from rasd import ingest, pipeline
from rasd.errors import RasdError, printable
from rasd.ingest.item import Item, Raw
from rasd.web.database import Database

KINDS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".xml", ".rss",
         ".atom", ".csv", ".tsv", ".json")


@cache
def knowledge():
    from rasd.knowledge import load

    return load()


def from_file(name: str, data: bytes, limit: int) -> list[Item]:
    """The documents of an uploaded file."""
    clean = printable(PurePath(name.replace("\\", "/")).name)[:200] or "upload"
    where = f"upload:{clean}"
    if PurePath(clean).suffix.lower() not in KINDS:
        return [Item(where, error=RasdError(where, "rasd reads text, HTML, Markdown, feeds and "
                                                   f"tables ({' '.join(KINDS)}); not this file"))]
    if len(data) > limit:
        return [Item(where, error=RasdError(where, f"larger than the server's limit of "
                                                   f"{limit // 1024} KiB"))]
    return list(ingest.read_raw(Raw.of(where, data)))


def from_text(text: str, limit: int) -> list[Item]:
    """The document of pasted text."""
    data = text.encode("utf-8")
    where = f"paste:{hashlib.sha256(data).hexdigest()[:12]}"
    if len(data) > limit:
        return [Item(where, error=RasdError(where, f"larger than the server's limit of "
                                                   f"{limit // 1024} KiB"))]
    return list(ingest.read_raw(Raw.of(where + ".txt", data)))


def from_url(url: str, limit: int) -> list[Item]:
    """The documents at an http(s) URL, fetched as ``rasd ingest URL`` fetches it."""
    url = url.strip()
    if not re.match(r"https?://", url, re.IGNORECASE):
        return [Item(printable(url)[:200], error=RasdError(printable(url)[:200],
                                                           "only http and https URLs"))]
    return list(ingest.read_file(url, max_bytes=limit))


def store(db: Database, items: list[Item]) -> list[dict[str, Any]]:
    """Analyse and store the items; per item its outcome (added, present, failed), where,
    document id and, for a failure, the message the CLI would print."""
    known = knowledge()
    made_by = pipeline.producer(knowledge=known)
    results = []
    for item in items:
        if item.document is not None:
            with db.reading() as cursor:
                if cursor.execute("SELECT 1 FROM documents WHERE id = ?",
                                  [item.document.id]).fetchone():
                    results.append((item, None))
                    continue
        results.extend((item, r) for r in pipeline.analyze_many([item], knowledge=known))
    messages = {r.where: r.error.message for _, r in results if r is not None and r.error}
    done: list[dict[str, Any]] = []

    def tell(outcome: str, where: str, document_id: str | None) -> None:
        done.append({"outcome": outcome, "where": where, "document": document_id,
                     "message": messages.get(where) if outcome == "failed" else None})

    from rasd.reuse.detect import index  # text reuse, checked as documents are stored

    with db.writing() as kept, kept.writer(on_done=tell, producer=made_by, after=index) as writer:
        for item, result in results:
            raw = (item.raw.sha256, item.raw.data) if item.raw else None
            if result is None:
                writer.note(item.document, item.where, raw)
            elif result.analysis is not None:
                writer.put(result.analysis, result.where, raw)
            else:
                writer.fail(result.where, result.error, result.stage, raw)
    return done
