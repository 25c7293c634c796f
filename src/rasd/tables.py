"""One reader for the tab-separated tables rasd ships and users extend.

Every table is UTF-8 text, one row a line, cells separated by tabs; blank lines
and lines starting with ``#`` are comments. A row with fewer cells than the
table needs is an error naming the file and line, never a silent skip.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rasd.errors import BadTable


@dataclass(frozen=True, slots=True)
class Row:
    """One row: its cells (stripped of surrounding spaces) and where it stands."""

    cells: tuple[str, ...]
    where: str  # "file, line n"

    def __getitem__(self, n: int) -> str:
        return self.cells[n]

    def get(self, n: int, default: str = "") -> str:
        """The cell ``n``, or ``default`` when the row is shorter."""
        return self.cells[n] if n < len(self.cells) else default


def parse(text: str, where: str, least: int = 1, most: int | None = None,
          filled: int | None = None, header: str | None = None) -> list[Row]:
    """The rows of a table's text; ``where`` names it in errors.

    Each row has at least ``least`` and at most ``most`` cells, the first ``filled``
    of them not empty (all ``least``, unless said); a first row whose first cell is
    ``header`` is the columns' names, not data.
    """
    filled = least if filled is None else filled
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if header is not None and not rows and cells[0] == header:
            continue
        here = f"{where}, line {n}"
        if len(cells) < least or not all(cells[:filled]):
            raise BadTable(here, f"expected at least {least} cells separated by tabs"
                                 + (f", the first {filled} filled" if filled > 1 else ""))
        if most is not None and len(cells) > most:
            raise BadTable(here, f"{len(cells)} cells, at most {most} expected")
        rows.append(Row(cells, here))
    return rows


def shipped(folder: str, name: str, least: int = 1, **rules: int) -> list[Row]:
    """The rows of ``rasd/data/<folder>/<name>`` (``folder`` may hold a slash: time/ar)."""
    package, _, below = folder.partition("/")
    path = resources.files(f"rasd.data.{package}")
    for part in [*below.split("/"), *name.split("/")]:
        if part:
            path = path.joinpath(part)
    return parse(path.read_text("utf-8"), f"rasd/data/{folder}/{name}", least, **rules)
