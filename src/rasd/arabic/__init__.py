"""The Arabic text layer: a folded copy with an offset map, sentences, tokens, proclitics.

``prepare(document)`` is the pipeline's first stage: it gives every later stage
the same ``TextLayer`` (``layer.py``), on which they match (``.normal``), map
their spans back (``.original_span``) and read sentences and tokens computed
once. ``clitics`` is the one place that splits proclitics off a word.
"""

from __future__ import annotations

from rasd.arabic.layer import TextLayer, layer
from rasd.arabic.normalise import TextView, fold, view
from rasd.model import Document

__all__ = ["TextLayer", "TextView", "fold", "layer", "prepare", "view"]


def prepare(document: Document) -> TextLayer:
    """The text layer of a document: its folded copy, the way back to the original, its
    sentences and its tokens."""
    return layer(document.text)
