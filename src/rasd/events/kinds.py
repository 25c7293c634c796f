"""What each PLOVER event type means: ``data/events/types.tsv``.

Its quad category (verbal or material, cooperation or conflict), whether the codebook
requires a recipient, and its modes. The events stage's trigger tables are checked
against it (``tests/events``) and it reads which types are verbal acts here; the
network counts edges by quad, the exports and the web UI name them; a renamed mode
is a row, not code.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.model import EventType

# PLOVER's quad categories, in the codebook's order (cooperation, then conflict).
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_FLAGS = {"yes": True, "no": False}


@dataclass(frozen=True, slots=True)
class Kind:
    """One row of types.tsv."""

    type: str
    quad: str
    requires_recipient: bool
    modes: tuple[str, ...]


def read(rows: list[tables.Row]) -> dict[str, Kind]:
    """The types of a parsed types.tsv, checked: a known type, quad and flag per row, and
    every ``EventType`` once."""
    out: dict[str, Kind] = {}
    for row in rows:
        name, quad, recipient, modes = row.cells[:4]
        if name not in typing.get_args(EventType) or name in out:
            raise ValueError(f"{row.where}: {name!r} is not a PLOVER type of rasd.model, "
                             "or it is there twice")
        if quad not in QUADS or recipient not in _FLAGS:
            raise ValueError(f"{row.where}: expected a quad ({', '.join(QUADS)}) and yes/no")
        listed = () if modes == "-" else tuple(m.strip() for m in modes.split(","))
        out[name] = Kind(name, quad, _FLAGS[recipient], listed)
    missing = set(typing.get_args(EventType)) - set(out)
    if missing:
        raise ValueError(f"data/events/types.tsv: no row for {', '.join(sorted(missing))}")
    return out


@cache
def kinds() -> dict[str, Kind]:
    """Every PLOVER type by name, as the shipped types.tsv says."""
    return read(tables.shipped("events", "types.tsv", 4, most=4, header="type"))


@cache
def quads() -> dict[str, str]:
    """The quad category of each type (``ASSAULT`` → ``material_conflict``)."""
    return {name: kind.quad for name, kind in kinds().items()}


def modes(kind: str) -> tuple[str, ...]:
    """The PLOVER modes of a type, in the codebook's order (none for ``AGREE``)."""
    return _known(kind).modes


def requires_recipient(kind: str) -> bool:
    """Whether the codebook codes this type only with a recipient (``AID``, ``SANCTION``)."""
    return _known(kind).requires_recipient


def _known(kind: str) -> Kind:
    try:
        return kinds()[kind]
    except KeyError:
        raise ValueError(f"{kind!r} is not a PLOVER event type") from None
