"""The knowledge base: who and what the reporting names, with names, aliases and places.

``data/kb/entities.tsv`` is built by ``scripts/build_kb.py`` from OpenSyria, GeoNames
and the hand-curated ``data/kb/curated/*.tsv``. A user file in the same format
(``--kb``) adds entities, or extends shipped ones: a row whose id is already known
replaces the fields it fills (``-`` empties one), adds its aliases and its note, and
removes the aliases written ``-alias``.
An alias written ``~alias`` is weak: a common word as well as a name («سلمية» is
Salamiyah and "peaceful», «صور» Tyre and "pictures"), to be linked only with context.
An alias written ``alias@FROM..TO`` names the entity only between those dates (a
title: «ولي العهد السعودي@2017-06-21..»); the linker reads it against the
document's publication date.
"""

from __future__ import annotations

import math
import re
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from rasd.arabic.normalise import fold
from rasd.errors import BadTable, NotFound, Unreadable
from rasd.model import Entity, EntityType

COLUMNS = ("id", "type", "name_ar", "name_en", "aliases", "wikidata", "lat", "lon",
           "parent", "country", "role", "seat_of", "note")
TYPES: tuple[str, ...] = typing.get_args(EntityType)
PREFIXES = {"STATE": ("state",), "GOVERNMENT": ("gov",), "ARMED_GROUP": ("grp",),
            "MILITARY_UNIT": ("unit",), "PERSON": ("per",), "IGO": ("igo",),
            "LOCATION": ("loc",), "FACILITY": ("fac",), "WEAPON": ("wpn",),
            "OTHER": ("org", "oth")}  # OTHER: organisations, or resolutions and operations
SHIPPED = "entities.tsv"

_ID = re.compile(r"^([a-z]+):[a-z0-9][a-z0-9._-]*$")
_QID = re.compile(r"^Q[1-9]\d*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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


@dataclass(frozen=True, slots=True)
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
        key = fold(form)
        return any(fold(alias) == key for alias, _, _ in self.entities[entity_id].periods)

    def holds(self, form: str, entity_id: str, day: str | None) -> bool:
        """Whether ``form`` names the entity on ``day`` (an ISO date): always for an
        undated name; for a title held for a time («ولي العهد السعودي»), only within
        its period, and never when the day is unknown."""
        key = fold(form)
        spans = [(a, b) for alias, a, b in self.entities[entity_id].periods if fold(alias) == key]
        if not spans:
            return True
        return day is not None and any((not a or a <= day) and (not b or day < b)
                                       for a, b in spans)

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


def load(extra: Path | None = None) -> KB:
    """The shipped knowledge base, with a user file's rows applied when one is given."""
    if extra is None:
        return _shipped()
    path = Path(extra)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise NotFound(str(path), "no such knowledge-base file") from None
    return _with_extra(str(path.resolve()), stamp)


@cache
def _shipped() -> KB:
    text = resources.files("rasd.data.kb").joinpath(SHIPPED).read_text("utf-8")
    return KB(MappingProxyType(merge({}, parse(text, f"rasd/data/kb/{SHIPPED}"))))


@cache
def _with_extra(path: str, stamp: int) -> KB:
    try:
        text = Path(path).read_text("utf-8")
    except UnicodeDecodeError as e:
        raise BadTable(path, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise Unreadable(path, e.strerror or "cannot be read") from None
    base = dict(_shipped().entities)
    return KB(MappingProxyType(merge(base, parse(text, path))))


@dataclass(frozen=True, slots=True)
class Row:
    """One parsed line of an entity table: its cells by column, and where it came from."""

    where: str
    cells: Mapping[str, str]


def parse(text: str, where: str) -> list[Row]:
    """The rows of an entity table, each checked on its own; errors name file and line."""
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] == "id" and not rows:
            continue  # a header row of column names
        here = f"{where}, line {n}"
        if len(cells) > len(COLUMNS):
            raise BadTable(here, f"{len(cells)} cells, at most {len(COLUMNS)} expected "
                                 f"({', '.join(COLUMNS)})")
        row = dict(zip(COLUMNS, cells + [""] * (len(COLUMNS) - len(cells)), strict=True))
        _check(row, here)
        if row["id"] in seen:
            raise BadTable(here, f"the id {row['id']!r} is already on line {seen[row['id']]}")
        seen[row["id"]] = n
        rows.append(Row(here, MappingProxyType(row)))
    return rows


def _check(row: dict[str, str], here: str) -> None:
    match = _ID.match(row["id"])
    if not match:
        raise BadTable(here, f"the id {row['id']!r} is not of the form prefix:slug "
                             "(lower-case letters, digits, '.', '-', '_')")
    if row["type"]:
        if row["type"] not in TYPES:
            raise BadTable(here, f"the type {row['type']!r} is not one of {', '.join(TYPES)}")
        if match.group(1) not in PREFIXES[row["type"]]:
            allowed = " or ".join(f"{p}:" for p in PREFIXES[row["type"]])
            raise BadTable(here, f"an id of type {row['type']} starts with {allowed}, "
                                 f"not {match.group(1)}:")
    if row["wikidata"] and not _QID.match(row["wikidata"]):
        raise BadTable(here, f"the Wikidata id {row['wikidata']!r} is not of the form Q123")
    if bool(row["lat"]) != bool(row["lon"]):
        raise BadTable(here, "give both lat and lon, or neither")
    for column, limit in (("lat", 90.0), ("lon", 180.0)):
        if row[column]:
            try:
                value = float(row[column])
            except ValueError:
                value = math.nan
            if not -limit <= value <= limit:
                raise BadTable(here, f"{column} {row[column]!r} is not a number in "
                                     f"[-{limit:g}, {limit:g}]")
    if row["country"] and not _COUNTRY.match(row["country"]):
        raise BadTable(here, f"the country {row['country']!r} is not a two-letter ISO code")
    if row["name_ar"] not in ("", "-") and not _ARABIC.search(row["name_ar"]):
        raise BadTable(here, f"name_ar {row['name_ar']!r} has no Arabic letter")
    if any(a.strip() in ("", "-", "~") for a in row["aliases"].split("|")
           if row["aliases"]):
        raise BadTable(here, "an empty alias (two '|' in a row, or one at an end)")


def merge(base: dict[str, KBEntity], rows: Iterable[Row]) -> dict[str, KBEntity]:
    """Apply rows to ``base`` (changed in place and returned), then check the links
    between entities (parent, seat_of) name entities that exist."""
    touched: list[Row] = []
    for row in rows:
        old = base.get(row.cells["id"])
        entity = _apply(old, row)
        base[entity.id] = entity
        touched.append(row)
    for row in touched:
        entity = base[row.cells["id"]]
        for link in ("parent", "seat_of"):
            target = getattr(entity, link)
            if target and target not in base:
                raise BadTable(row.where, f"{link} {target!r} is not an entity id")
    return base


def _apply(old: KBEntity | None, row: Row) -> KBEntity:
    cells = row.cells
    if old is None:
        if not cells["type"]:
            raise BadTable(row.where, f"a new entity ({cells['id']}) needs a type")
        if not (cells["name_ar"] or cells["name_en"]):
            raise BadTable(row.where, f"a new entity ({cells['id']}) needs name_ar or name_en")
        old = KBEntity(cells["id"], cells["type"])
    elif cells["type"] and cells["type"] != old.type:
        raise BadTable(row.where, f"{old.id} is a {old.type}, not a {cells['type']}")
    changes: dict[str, object] = {}
    for column in ("name_ar", "name_en", "wikidata", "parent", "country", "role", "seat_of"):
        if cells[column]:
            changes[column] = None if cells[column] == "-" else cells[column]
    if cells["note"]:  # a note adds to the one there (an imported place's source)
        changes["note"] = "; ".join(n for n in (old.note, cells["note"]) if n)
    if cells["lat"]:
        changes["lat"], changes["lon"] = float(cells["lat"]), float(cells["lon"])
    new = replace(old, **changes)  # type: ignore[arg-type]
    added = [a.strip() for a in cells["aliases"].split("|") if a.strip()]
    periods = [*old.periods, *(_period(a, row.where) for a in added if "@" in a)]
    added = [a.split("@", 1)[0].strip() for a in added]
    removed = {fold(a[1:].strip()) for a in added if a.startswith("-")}
    weak = [a[1:].strip() for a in added if a.startswith("~")]
    renamed = [n for n in (old.name_ar, old.name_en) if n and n not in (new.name_ar, new.name_en)]
    added = [*renamed, *(a.lstrip("~").strip() for a in added if not a.startswith("-"))]
    new = replace(new, aliases=clean_aliases(new, [*old.aliases, *added], removed))
    forms = {fold(f) for f in new.names()}
    weak = [w for w in _unique([*old.weak, *weak]) if fold(w) in forms]
    periods = [p for p in dict.fromkeys(periods) if fold(p[0]) in forms]
    return replace(new, weak=tuple(weak), periods=tuple(periods))


def _period(alias: str, where: str) -> tuple[str, str, str]:
    """(alias, from, to) of ``alias@from..to``: a title held from one date until another
    (either may be left open: ``الرئيس الروسي@2012-05-07..``)."""
    name, _, span = alias.lstrip("~").partition("@")
    start, dots, end = span.partition("..")
    if not dots or not all(_DAY.match(d) for d in (start, end) if d) or (
            start and end and start >= end):
        raise BadTable(where, f"the period of {alias!r} is not FROM..TO with ISO dates "
                              "(2015-04-29..2017-06-21, either side may be empty)")
    return name.strip(), start, end


def _unique(forms: Iterable[str]) -> list[str]:
    kept: dict[str, str] = {}
    for form in forms:
        kept.setdefault(fold(form), form)
    return list(kept.values())


def clean_aliases(entity: KBEntity, aliases: Iterable[str],
                  removed: Iterable[str] = ()) -> tuple[str, ...]:
    """Aliases in first-seen order, one per folded form, none repeating a name;
    ``removed`` holds folded forms to leave out."""
    seen = {fold(n) for n in (entity.name_ar, entity.name_en) if n} | set(removed)
    kept = []
    for alias in aliases:
        key = fold(alias)
        if key not in seen:
            seen.add(key)
            kept.append(alias)
    return tuple(kept)


def row_text(entity: KBEntity) -> str:
    """The entity as one line of an entity table (what the builder writes)."""
    weak = {fold(w) for w in entity.weak}
    dated: dict[str, list[str]] = {}
    for alias, start, end in entity.periods:
        dated.setdefault(fold(alias), []).append(f"@{start}..{end}")
    named = [f"~{n}" for n in (entity.name_ar, entity.name_en) if n and fold(n) in weak]
    aliases = named + [f"{'~' if fold(a) in weak else ''}{a}{period}" for a in entity.aliases
                       for period in dated.get(fold(a), [""])]
    cells = [entity.id, entity.type, entity.name_ar, entity.name_en, "|".join(aliases),
             entity.wikidata, _number(entity.lat), _number(entity.lon), entity.parent,
             entity.country, entity.role, entity.seat_of, entity.note]
    return "\t".join(c or "" for c in cells) + "\n"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")
