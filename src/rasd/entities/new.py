"""Names the knowledge base lacks: entities made from the NER model's spans.

A name the CRF finds where the gazetteer found nothing becomes an entity of its
own, with an id derived from its type and folded name («new:person-…»), so the
same name is the same entity in every document of the store. Title and rank
words before a person's name (اللواء, الرئيس: ``data/entities/triggers.tsv``)
stay in the mention but not in the entity's name.
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache

from rasd.entities.features import analyse, load_tables
from rasd.entities.gazetteer import key
from rasd.entities.kinds import new_types
from rasd.model import Entity


@cache
def _titles() -> frozenset[str]:
    tables = load_tables()
    return frozenset(stem for stem, kind in tables.triggers.items() if kind == "PERS")


@lru_cache(maxsize=1 << 14)  # a pure function of short strings, asked again and again
def name_of(surface: str, kind: str) -> str:
    """The entity's name: the surface without leading titles and ranks (for persons)."""
    words = surface.split()
    if kind == "PERS":
        titles = _titles()
        while len(words) > 1 and analyse(load_tables(), words[0]).stem in titles:
            words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 14)  # a pure function of short strings, asked again and again
def entity(surface: str, kind: str) -> Entity | None:
    """The entity a name of the NER model stands for (of the type ``data/entities/types.tsv``
    gives its label), or None for a label no type takes (MISC: nationalities, events)."""
    record_type = new_types().get(kind)
    if record_type is None:
        return None
    name = name_of(surface, kind)
    digest = hashlib.sha1(f"{record_type}\t{key(name)}".encode()).hexdigest()[:12]
    arabic = not name.isascii()
    return Entity(f"new:{record_type.lower()}-{digest}", name if arabic else None,
                  None if arabic else name, record_type)
