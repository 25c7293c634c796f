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


def parse(text: str, where: str, least: int = 1, header: str | None = None) -> list[Row]:
    """The rows of a table's text; ``where`` names it in errors. Each row must have at
    least ``least`` non-empty leading cells; a first row whose first cell is ``header``
    is the columns' names, not data."""
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if header is not None and not rows and cells[0] == header:
            continue
        if len(cells) < least or not all(cells[:least]):
            raise BadTable(f"{where}, line {n}", f"expected at least {least} cells "
                                                 "separated by tabs")
        rows.append(Row(cells, f"{where}, line {n}"))
    return rows


def shipped(folder: str, name: str, least: int = 1) -> list[Row]:
    """The rows of ``rasd/data/<folder>/<name>`` (``folder`` may hold a slash: time/ar)."""
    package, _, below = folder.partition("/")
    path = resources.files(f"rasd.data.{package}")
    for part in [*below.split("/"), *name.split("/")]:
        if part:
            path = path.joinpath(part)
    return parse(path.read_text("utf-8"), f"rasd/data/{folder}/{name}", least)
