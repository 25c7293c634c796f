"""The entity table: the format of the curated tables and of a user's ``--kb`` file.

One row per entity, its aliases in one cell, ``|``-separated. A row whose id is
already known extends that entity: it replaces the fields it fills (``-`` empties
one), adds its aliases and its note, and removes the aliases written ``-alias``.
An alias written ``~alias`` is weak: a common word as well as a name («سلمية» is
Salamiyah and "peaceful», «صور» Tyre and "pictures"), to be linked only with context.
An alias written ``alias@FROM..TO`` names the entity only between those dates (a
title: «ولي العهد السعودي@2017-06-21..»). ``level`` makes a place an administrative
unit (``data/entities/levels.tsv``); ``government`` and ``forces`` name a state's
government and armed forces. The shipped knowledge base is written in another,
long form (``shipped.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from rasd import tables
from rasd.arabic.normalise import fold
from rasd.entities import kinds
from rasd.entities.kb import KBEntity
from rasd.errors import BadTable

COLUMNS = ("id", "type", "name_ar", "name_en", "aliases", "wikidata", "lat", "lon",
           "parent", "country", "role", "seat_of", "note", "level", "government", "forces")
# Cells that name another entity, with the type it must be (None: any).
LINKS = {"parent": None, "seat_of": None, "government": "GOVERNMENT", "forces": "MILITARY_UNIT"}

_ID = re.compile(r"^([a-z]+):[a-z0-9][a-z0-9._-]*$")
_QID = re.compile(r"^Q[1-9]\d*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Row:
    """One parsed line of an entity table: its cells by column, and where it came from."""

    where: str
    cells: Mapping[str, str]


def parse(text: str, where: str) -> list[Row]:
    """The rows of an entity table, each checked on its own; errors name file and line."""
    rows: list[Row] = []
    seen: dict[str, str] = {}
    for line in tables.parse(text, where, most=len(COLUMNS), header="id"):
        here = line.where
        cells = list(line.cells)
        row = dict(zip(COLUMNS, cells + [""] * (len(COLUMNS) - len(cells)), strict=True))
        _check(row, here)
        if row["id"] in seen:
            raise BadTable(here, f"the id {row['id']!r} is already on {seen[row['id']]}")
        seen[row["id"]] = here.rsplit(", ", 1)[1]
        rows.append(Row(here, MappingProxyType(row)))
    return rows


def _check(row: dict[str, str], here: str) -> None:
    match = _ID.match(row["id"])
    if not match:
        raise BadTable(here, f"the id {row['id']!r} is not of the form prefix:slug "
                             "(lower-case letters, digits, '.', '-', '_')")
    if row["type"]:
        if row["type"] not in kinds.kinds():
            raise BadTable(here, f"the type {row['type']!r} is not one of "
                                 f"{', '.join(kinds.kinds())}")
        prefixes = kinds.kinds()[row["type"]].prefixes
        if match.group(1) not in prefixes:
            allowed = " or ".join(f"{p}:" for p in prefixes)
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
    if row["level"] not in ("", "-", *kinds.levels()):
        raise BadTable(here, f"the level {row['level']!r} is not one of "
                             f"{', '.join(kinds.levels())}")


def merge(base: dict[str, KBEntity], rows: Iterable[Row]) -> dict[str, KBEntity]:
    """Apply rows to ``base`` (changed in place and returned), then check the links
    between entities (parent, seat_of, government, forces) name entities that exist."""
    touched: list[Row] = []
    for row in rows:
        old = base.get(row.cells["id"])
        entity = _apply(old, row)
        base[entity.id] = entity
        touched.append(row)
    for row in touched:
        entity = base[row.cells["id"]]
        for link, kind in LINKS.items():
            target = getattr(entity, link)
            if target and target not in base:
                raise BadTable(row.where, f"{link} {target!r} is not an entity id")
            if target and kind and base[target].type != kind:
                raise BadTable(row.where, f"{link} {target!r} is not a {kind}")
        if (entity.government or entity.forces) and entity.type != "STATE":
            raise BadTable(row.where, f"{entity.id} is no STATE: it has no government or forces")
        if entity.level and entity.type not in kinds.places():
            raise BadTable(row.where, f"{entity.id} is no place: it has no level")
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
    for column in ("name_ar", "name_en", "wikidata", "parent", "country", "role", "seat_of",
                   "level", "government", "forces"):
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
