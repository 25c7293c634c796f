"""A reuse relation: which document copies which, on what basis, and the passages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

BASES = ("published", "dateline", "credit", "unknown")


@dataclass(frozen=True, slots=True)
class Passage:
    """One stretch of reused text: [start, end) offsets into each document's text."""

    source: tuple[int, int]
    copy: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Relation:
    """``copy`` reuses passages of ``source``; ``basis`` says what decided the direction
    (``unknown``: nothing did, and ``source`` is merely the one stored first); ``share``
    is the part of the copy's words that the passages cover."""

    source: str
    copy: str
    basis: str
    share: float
    passages: tuple[Passage, ...]

    def to_dict(self) -> dict[str, Any]:
        """The relation as ``rasd reuse --json`` prints it."""
        return {"source": self.source, "copy": self.copy, "basis": self.basis,
                "share": self.share,
                "passages": [{"source": list(p.source), "copy": list(p.copy)}
                             for p in self.passages]}
