"""What each type of entity means: ``data/entities/types.tsv`` and ``levels.tsv``.

Which types are actors or places, what their ids start with, the order in which a
name that fits several types is read, which of the NER model's labels (PERS, LOC,
ORG) may become which type, and the administrative levels of a place, outermost
first. The KB, the linker, the anaphora rule and the NER fallback read them here,
so a new type or level is a row, not code.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.model import EntityType

_FLAGS = {"yes": True, "no": False}


@dataclass(frozen=True, slots=True)
class Kind:
    """One row of types.tsv."""

    type: str
    prefixes: tuple[str, ...]
    actor: bool
    place: bool
    focus: bool  # its country votes for the document's country of focus
    order: int
    labels: tuple[str, ...]  # the NER labels a name of this type may be read as
    new: str | None  # the NER label whose unknown names become entities of this type


@cache
def kinds() -> dict[str, Kind]:
    """Every entity type by name, as types.tsv says."""
    out: dict[str, Kind] = {}
    for row in tables.shipped("entities", "types.tsv", 8, filled=1):
        where = row.where
        name, prefixes, actor, place, focus, order, labels, new = row.cells[:8]
        flags = [_FLAGS.get(v) for v in (actor, place, focus)]
        if name not in typing.get_args(EntityType) or None in flags or not order.isdigit():
            raise ValueError(f"{where}: expected an EntityType, yes/no flags and an order")
        out[name] = Kind(name, tuple(prefixes.split(",")), *typing.cast(list[bool], flags),
                         int(order), tuple(filter(None, labels.split(","))), new or None)
    if set(out) != set(typing.get_args(EntityType)):
        raise ValueError("data/entities/types.tsv: one row per EntityType expected")
    return out


@cache
def actors() -> frozenset[str]:
    """The types that act: «هذا الأخير» can refer back to them."""
    return frozenset(k.type for k in kinds().values() if k.actor)


@cache
def places() -> frozenset[str]:
    """The types a place word («مدينة», «محافظة») can stand before."""
    return frozenset(k.type for k in kinds().values() if k.place)


@cache
def focus_types() -> frozenset[str]:
    """The types whose country says where a story is (not organisations)."""
    return frozenset(k.type for k in kinds().values() if k.focus)


def order(kind: str) -> int:
    """The rank of a type where a name fits several (lower first)."""
    known = kinds().get(kind)
    return known.order if known else len(kinds()) + 1


@cache
def read_as(label: str) -> frozenset[str]:
    """The types a name the NER model labels ``label`` may link to."""
    return frozenset(k.type for k in kinds().values() if label in k.labels)


@cache
def new_types() -> dict[str, EntityType]:
    """The type of a new entity made from a name of each NER label the KB lacks."""
    return {k.new: typing.cast(EntityType, k.type) for k in kinds().values() if k.new}


@cache
def levels() -> tuple[str, ...]:
    """The administrative levels of a place, outermost first (governorate first)."""
    return tuple(row[0] for row in tables.shipped("entities", "levels.tsv", 3, filled=1))


@cache
def level_words() -> dict[str, tuple[str, str]]:
    """The Arabic and English words a unit's display name carries, by level."""
    return {row[0]: (row[1], row[2])
            for row in tables.shipped("entities", "levels.tsv", 3, filled=1)}
