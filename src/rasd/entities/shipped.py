"""The shipped knowledge base: ``entities.tsv`` and ``aliases.tsv``, written and read.

``scripts/build_kb.py`` writes them; ``kb.load`` reads them. ``entities.tsv`` has one
row per entity (the entity table's columns without ``aliases``); ``aliases.tsv`` one
row per name of an entity (its two names first, then its aliases): the form, its
language where the script tells it, its strength (``weak``: a common word too, linked
only in context) and, for a title, the dates it held it (one row per period).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from rasd import tables
from rasd.arabic.normalise import fold
from rasd.entities import kinds
from rasd.entities.kb import KBEntity
from rasd.entities.table import COLUMNS
from rasd.errors import BadTable

ENTITY_COLUMNS = tuple(c for c in COLUMNS if c != "aliases")
ALIAS_COLUMNS = ("id", "alias", "language", "strength", "valid_from", "valid_to")
STRENGTHS = ("strong", "weak")
_FLOATS = ("lat", "lon")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")

SOURCES = (
    "# Built by scripts/build_kb.py from OpenSyria data-geography (CC BY 4.0), GeoNames\n"
    "# cities500 (CC BY 4.0), CLDR and data/kb/curated/*.tsv; do not edit by hand.\n")
ENTITIES_HEADER = (
    "# Knowledge-base entities: actors, places, facilities and weapons of the Syrian,\n"
    "# Iraqi and Yemeni wars, and every country and world region CLDR names.\n"
    f"# Format: {'<TAB>'.join(ENTITY_COLUMNS)}\n"
    "# Their names are in aliases.tsv. parent is the enclosing place (subdistrict ->\n"
    "# district -> governorate; a town's governorate) or a unit's formation; level makes a\n"
    "# place an administrative unit (data/entities/levels.tsv); seat_of names the\n"
    "# government a capital is the seat of; government and forces name a state's\n"
    "# government and armed forces; role is a person's best-known post.\n" + SOURCES)
ALIASES_HEADER = (
    "# Knowledge-base names: every form an entity of entities.tsv is named by, its two\n"
    "# names first. Sorted by entity id.\n"
    f"# Format: {'<TAB>'.join(ALIAS_COLUMNS)}\n"
    "# language: ar (Arabic script) or en (Latin script). strength: strong, or weak for a\n"
    "# form that is a common word too («سلمية», «الأسد»), linked only in context.\n"
    "# valid_from, valid_to: the period (ISO dates, to exclusive, either may be open) in\n"
    "# which a title names the entity, one row per period; both empty for other forms.\n"
    + SOURCES)


def entities_text(entities: Mapping[str, KBEntity]) -> str:
    """entities.tsv: one row per entity, sorted by id."""
    rows = []
    for key in sorted(entities):
        entity = entities[key]
        cells = [_cell(getattr(entity, column)) for column in ENTITY_COLUMNS]
        rows.append("\t".join(cells) + "\n")
    return ENTITIES_HEADER + "".join(rows)


def aliases_text(entities: Mapping[str, KBEntity]) -> str:
    """aliases.tsv: one row per form of each entity (per period for a title)."""
    rows = []
    for key in sorted(entities):
        rows.extend("\t".join(row) + "\n" for row in alias_rows(entities[key]))
    return ALIASES_HEADER + "".join(rows)


def alias_rows(entity: KBEntity) -> list[tuple[str, ...]]:
    """The rows of aliases.tsv for one entity: its names, then its aliases."""
    weak = {fold(w) for w in entity.weak}
    rows = []
    for form in entity.names():
        strength = STRENGTHS[fold(form) in weak]
        spans = [(a, b) for alias, a, b in entity.periods if fold(alias) == fold(form)]
        if any(not a and not b for a, b in spans):
            raise ValueError(f"{entity.id}: a period of {form!r} needs a date")
        rows += [(entity.id, form, _language(form), strength, a, b)
                 for a, b in spans or [("", "")]]
    return rows


def read(entities: str, aliases: str, where: str) -> dict[str, KBEntity]:
    """The entities of the two tables, by id; errors name the file and line."""
    out: dict[str, KBEntity] = {}
    for here, cells in _rows(entities, ENTITY_COLUMNS, f"{where}/entities.tsv"):
        values: dict[str, object] = {c: v or None for c, v in cells.items()}
        for column in _FLOATS:
            values[column] = float(cells[column]) if cells[column] else None
        if cells["type"] not in kinds.kinds() or cells["id"] in out:
            raise BadTable(here, f"an unknown type or a repeated id: {cells['id']}")
        out[cells["id"]] = KBEntity(**values)  # type: ignore[arg-type]
    forms: dict[str, list[tuple[str, str, str, str]]] = {}
    for here, cells in _rows(aliases, ALIAS_COLUMNS, f"{where}/aliases.tsv"):
        if cells["id"] not in out or cells["strength"] not in STRENGTHS:
            raise BadTable(here, f"an unknown id or strength: {cells['id']}")
        forms.setdefault(cells["id"], []).append(
            (cells["alias"], cells["strength"], cells["valid_from"], cells["valid_to"]))
    for key, rows in forms.items():
        out[key] = _named(out[key], rows)
    return out


def _named(entity: KBEntity, rows: Iterable[tuple[str, str, str, str]]) -> KBEntity:
    names = {fold(n) for n in (entity.name_ar, entity.name_en) if n}
    aliases: dict[str, str] = {}
    weak: dict[str, str] = {}
    periods = []
    for form, strength, start, end in rows:
        if fold(form) not in names:
            aliases.setdefault(fold(form), form)
        if strength == "weak":
            weak.setdefault(fold(form), form)
        if start or end:
            periods.append((form, start, end))
    return replace(entity, aliases=tuple(aliases.values()), weak=tuple(weak.values()),
                   periods=tuple(periods))


def _rows(text: str, columns: tuple[str, ...], where: str,
          ) -> Iterable[tuple[str, dict[str, str]]]:
    for row in tables.parse(text, where, len(columns), most=len(columns), filled=1):
        yield row.where, dict(zip(columns, row.cells, strict=True))


def _language(form: str) -> str:
    if _ARABIC.search(form):
        return "ar"
    return "en" if _LATIN.search(form) else ""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)
