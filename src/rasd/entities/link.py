"""Choose the entity a name stands for when the knowledge base offers several.

The rules use the words just before a name and what the rest of the document
is about: «محافظة الرقة» / «ريف الرقة» is the governorate, «مدينة الرقة» the
city, a bare «الرقة» the city; a short name that fits several entities goes to
the one in the document's country of focus. The word lists are data
(``cues.tsv``, read by ``cues``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rasd.arabic import fold
from rasd.entities import kinds
from rasd.entities.cues import cue_in, word_after, words
from rasd.entities.kb import KB


def focus(kb: KB, linked: Iterable[str]) -> str | None:
    """The country a document is mostly about: the commonest country of its linked
    names. Organisations vote only where nothing else does: a monitor or a paper
    based abroad («المرصد السوري» in London) says little of where the story is."""
    linked = [e for e in linked if e in kb]
    counts = Counter(c for c in (_country(kb, e) for e in linked
                                 if kb[e].type in kinds.focus_types()) if c)
    counts = counts or Counter(c for c in (_country(kb, e) for e in linked) if c)
    return counts.most_common(1)[0][0] if counts else None


def _country(kb: KB, entity_id: str) -> str | None:
    entity = kb.get(entity_id)
    return entity.country if entity else None


def choose(kb: KB, candidates: tuple[str, ...], before: str, country: str | None,
           after: str = "") -> str | None:
    """One entity out of the candidates, from the folded words just before the name
    (and, for English, the word after: "Idlib province"); None where a place word
    stands before a name that is no place («ناحية البغدادي» is not al-Baghdadi)."""
    admin_before = cue_in("admin", before.split()[-2:])
    admin_after = word_after(after, 0) in words("admin_after")
    place_before = admin_before or cue_in("town", before.split()[-1:])
    if place_before and all(kb[c].type not in kinds.places() for c in candidates):
        return None
    if admin_before or admin_after:
        admin = [c for c in candidates if kb[c].level]
        admin += [a for c in candidates if not kb[c].level for a in _namesake(kb, c)]
        if admin:
            return min(admin, key=lambda c: kinds.levels().index(kb[c].level or ""))
    if len(candidates) == 1:
        return candidates[0]
    ranked = sorted(candidates, key=lambda c: _rank(kb, c, country))
    return ranked[0]


def _namesake(kb: KB, entity_id: str) -> list[str]:
    """The administrative units above a town that share one of its names (the
    governorate of Idlib above the city of Idlib, also spelt "Idleb")."""
    own = {fold(n) for n in kb[entity_id].names()}
    return [a for a in kb.ancestors(entity_id) if kb[a].level
            and own.intersection(fold(n) for n in kb[a].names())]


def _rank(kb: KB, entity_id: str, country: str | None) -> tuple:
    entity = kb[entity_id]
    return (entity.country != country if country else False,
            kinds.order(entity.type), entity.level is not None, entity.seat_of is None,
            entity_id)
