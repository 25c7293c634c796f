"""What ingest hands on: one document, or the reason a source gave none."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rasd.errors import RasdError
from rasd.model import Document


def is_url(text: str) -> bool:
    """Whether a source or link is a web address rasd can fetch and cite."""
    return text.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Raw:
    """Bytes as read from a file, URL or stdin; ``sha256`` identifies them in the store."""

    where: str
    data: bytes
    sha256: str
    declared: str | None = None  # a charset the server declared

    @staticmethod
    def of(where: str, data: bytes, declared: str | None = None) -> Raw:
        """Bytes from ``where``, identified by their sha256."""
        return Raw(where, data, hashlib.sha256(data).hexdigest(), declared)


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of ingest: ``where`` is the file, URL or feed entry (``feed.xml#3``).

    Exactly one of ``document`` and ``error`` is set; what was read but could not
    be used (an unreadable date) is in ``document.warnings``, never lost silently.
    """

    where: str
    document: Document | None = None
    error: RasdError | None = None
    raw: Raw | None = None
