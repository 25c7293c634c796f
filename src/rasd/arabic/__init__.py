"""The Arabic text layer: a folded copy with an offset map, sentences and tokens.

``prepare(document)`` is the pipeline's first stage; later stages match on
``TextView.normal`` and map their spans back with ``TextView.original_span``.
"""

from __future__ import annotations

from rasd.arabic.normalise import TextView, fold, view
from rasd.model import Document

__all__ = ["TextView", "fold", "prepare", "view"]


def prepare(document: Document) -> TextView:
    """The text layer of a document: its folded copy and the way back to the original."""
    return view(document.text)
