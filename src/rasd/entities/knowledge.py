"""What the entities stage knows: the knowledge base, its gazetteer and the NER model.

One value holds them, made once per configuration (the shipped KB alone, or with
the rows of a user's ``--kb`` file) and handed to ``rasd.entities.tag``; nothing
is read from the environment, so the same value can be given to a worker process
or a Dask worker and a record can say exactly what made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasd.entities import gazetteer, variants
from rasd.entities.crf import Weights
from rasd.entities.kb import KB, load
from rasd.entities.ner import load_weights


@dataclass(frozen=True, slots=True, eq=False)
class Knowledge:
    """The KB (with a user's rows on top, if any), its gazetteer, the NER's CRF and the
    KB's forms by skeleton (for names spelt otherwise)."""

    kb: KB
    gazetteer: gazetteer.Gazetteer
    ner: Weights
    variants: variants.Variants


def knowledge(extra: Path | str | None = None, text: str | None = None) -> Knowledge:
    """The entities stage's knowledge: the shipped KB, with ``extra``'s rows applied
    (``text``: that file's text, when it was read elsewhere).

    Made once per KB (``kb.load`` reads a file again once it is changed on disk).
    """
    return _made(load(Path(extra) if extra else None, text))


@cache
def _made(kb: KB) -> Knowledge:
    return Knowledge(kb, gazetteer.build(kb), load_weights(), variants.build(kb))
