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

import pycrfsuite

from rasd.entities import gazetteer
from rasd.entities.kb import KB, load
from rasd.entities.ner import load_model
from rasd.errors import NotFound


@dataclass(frozen=True, slots=True, eq=False)
class Knowledge:
    """The KB (with a user's rows on top, if any), its gazetteer and the NER tagger."""

    kb: KB
    gazetteer: gazetteer.Gazetteer
    ner: pycrfsuite.Tagger


def knowledge(extra: Path | str | None = None) -> Knowledge:
    """The entities stage's knowledge: the shipped KB, with ``extra``'s rows applied.

    Made once per file and version of it (its path and modification time): a file
    changed on disk is read again.
    """
    if extra is None:
        return _made(None, 0)
    path = Path(extra)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise NotFound(str(path), "no such knowledge-base file") from None
    return _made(str(path.resolve()), stamp)


@cache
def _made(path: str | None, stamp: int) -> Knowledge:
    kb = load(Path(path) if path else None)
    return Knowledge(kb, gazetteer.build(kb), load_model())
