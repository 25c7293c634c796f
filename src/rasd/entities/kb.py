"""The knowledge base: who and what the reporting names, with names, aliases and places.

``data/kb/entities.tsv`` and ``aliases.tsv`` (``shipped.py``) are built by
``scripts/build_kb.py`` from OpenSyria, GeoNames, CLDR and the hand-curated
``data/kb/curated/*.tsv``. A user file in the curated tables' format (``table.py``,
``--kb``) adds entities, or extends shipped ones. A weak name is a common word as
well as a name, to be linked only with context; a dated one (a title: «ولي العهد
السعودي») names the entity only between two dates, which the linker reads against
the document's publication date.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from rasd.arabic.normalise import fold
from rasd.errors import BadTable, NotFound, Unreadable
from rasd.model import Entity, EntityType

TYPES: tuple[str, ...] = typing.get_args(EntityType)

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{0,5}$")


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One row of the knowledge base; ``aliases`` excludes the two names, ``weak`` holds
    the names and aliases that are common words too."""

    id: str
    type: str
    name_ar: str | None = None
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent: str | None = None
    country: str | None = None
    role: str | None = None
    seat_of: str | None = None
    note: str | None = None
    level: str | None = None  # an administrative unit's level (data/entities/levels.tsv)
    government: str | None = None  # a state's government
    forces: str | None = None  # a state's armed forces (its top military unit)
    weak: tuple[str, ...] = ()
    # aliases that hold only for a time (a title: «ولي العهد السعودي»): (alias, from, to),
    # ISO dates, to exclusive, either may be "" (open)
    periods: tuple[tuple[str, str, str], ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every form the gazetteer matches: the names first, then the aliases."""
        return tuple(n for n in (self.name_ar, self.name_en) if n) + self.aliases

    def entity(self) -> Entity:
        """The record's view of this entity."""
        return Entity(self.id, self.name_ar, self.name_en, typing.cast(EntityType, self.type),
                      self.wikidata, self.aliases, self.lat, self.lon)


@dataclass(frozen=True, slots=True, eq=False)  # one KB is one value: hashed by identity
class KB:
    """Entities by id, read-only; ``memo`` keeps answers worked out from them."""

    entities: Mapping[str, KBEntity]
    # answers worked out from the entities, kept for the next document (link.py)
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def __getitem__(self, entity_id: str) -> KBEntity:
        return self.entities[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

    def of_type(self, kind: str) -> Iterator[KBEntity]:
        return (e for e in self.entities.values() if e.type == kind)

    def aliases(self, weak: bool = True) -> Iterator[tuple[str, str]]:
        """(form, entity id) for every name and alias: what a gazetteer is built from;
        ``weak=False`` leaves out the forms that are common words too."""
        for entity in self.entities.values():
            skip = {fold(w) for w in entity.weak} if entity.weak and not weak else set()
            for form in entity.names():
                if not skip or fold(form) not in skip:
                    yield form, entity.id

    def is_weak(self, form: str, entity_id: str) -> bool:
        """Whether ``form`` names the entity only in context (a common word too)."""
        return fold(form) in {fold(w) for w in self.entities[entity_id].weak}

    def dated(self, form: str, entity_id: str) -> bool:
        """Whether ``form`` is a title the entity held for a time."""
        periods = self.entities[entity_id].periods
        return bool(periods) and fold(form) in self._periods(entity_id)

    def holds(self, form: str, entity_id: str, day: str | None) -> bool:
        """Whether ``form`` names the entity on ``day`` (an ISO date): always for an
        undated name; for a title held for a time («ولي العهد السعودي»), only within
        its period, and never when the day is unknown."""
        if not self.entities[entity_id].periods:
            return True
        spans = self._periods(entity_id).get(fold(form), ())
        if not spans:
            return True
        return day is not None and any((not a or a <= day) and (not b or day < b)
                                       for a, b in spans)

    def _periods(self, entity_id: str) -> dict[str, list[tuple[str, str]]]:
        """The entity's dated titles by folded form, worked out once (``memo``)."""
        key = ("periods", entity_id)
        if key not in self.memo:
            by_form: dict[str, list[tuple[str, str]]] = {}
            for alias, a, b in self.entities[entity_id].periods:
                by_form.setdefault(fold(alias), []).append((a, b))
            self.memo[key] = by_form
        return self.memo[key]  # type: ignore[return-value]

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        """The parents of a place, nearest first (subdistrict → district → governorate)."""
        chain: list[str] = []
        parent = self.entities[entity_id].parent
        while parent and parent not in chain:
            chain.append(parent)
            parent = self.entities[parent].parent if parent in self.entities else None
        return tuple(chain)


def acronym(alias: str) -> bool:
    """An alias in capitals (ISIS, SDF, UN, US, IS): match it as written, not folded,
    or it would also find the English words «is» and «us»."""
    return bool(_ACRONYM.match(alias))


def load(extra: Path | None = None, text: str | None = None) -> KB:
    """The shipped knowledge base, with a user file's rows applied when one is given
    (``text``: that file's text as read elsewhere, say on the machine that sent it to
    this worker; ``extra`` then only names it in messages)."""
    if extra is None:
        return _shipped()
    if text is not None:
        return _from_text(str(extra), text)
    path = Path(extra)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise NotFound(str(path), "no such knowledge-base file") from None
    return _with_extra(str(path.resolve()), stamp)


@cache
def _shipped() -> KB:
    from rasd.entities import shipped  # here: it builds the KBEntity defined above

    folder = resources.files("rasd.data.kb")
    entities, aliases = (folder.joinpath(n).read_text("utf-8")
                         for n in ("entities.tsv", "aliases.tsv"))
    return KB(MappingProxyType(shipped.read(entities, aliases, "rasd/data/kb")))


@cache
def _with_extra(path: str, stamp: int) -> KB:
    try:
        text = Path(path).read_text("utf-8")
    except UnicodeDecodeError as e:
        raise BadTable(path, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise Unreadable(path, e.strerror or "cannot be read") from None
    return _from_text(path, text)


@cache
def _from_text(path: str, text: str) -> KB:
    from rasd.entities.table import merge, parse  # here: it builds KBEntity too

    base = dict(_shipped().entities)
    return KB(MappingProxyType(merge(base, parse(text, path))))
