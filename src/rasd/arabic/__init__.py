"""The Arabic text layer: a folded copy with an offset map, sentences, tokens, proclitics.

``prepare(document)`` is the pipeline's first stage: it gives every later stage
the same ``TextLayer`` (``layer.py``), on which they match (``.normal``), map
their spans back (``.original_span``) and read sentences and tokens computed
once. ``clitics`` is the one place that splits proclitics off a word.
"""

from rasd.arabic.layer import TextLayer, layer, prepare
from rasd.arabic.normalise import TextView, fold, view

__all__ = ["TextLayer", "TextView", "fold", "layer", "prepare", "view"]
