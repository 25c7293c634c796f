"""Tables of articles (CSV or TSV exports of scrapers and datasets): one document per row.

The header says which column holds the text, title, date, link and author
(``data/ingest/fields.tsv``), or the user names the text column
(``--text-column``). A .csv/.tsv file with a header of several columns is a
table even without a text column: it is refused with the columns it has, never
read as one huge plain text (a UCDP GED export, say, is events, not articles).
A row without text becomes its own failure; the other rows still ingest.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator

from rasd.errors import BadTable, NoText
from rasd.ingest import fields
from rasd.ingest.item import Item, is_url
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "table"
_DELIMITERS = ",;\t|"


MAX_NAMED = 30  # columns listed in the message refusing a table without a text column


def score(text: str, where: str) -> float:
    if not where.lower().endswith((".csv", ".tsv", ".tab")):
        return 0.0
    header = _header(text)
    return 0.9 if header and (len(header) > 1 or "text" in fields.match(header)) else 0.0


def _format(text: str, where: str) -> dict:
    """csv reader options: strict quoting, so one stray quote fails instead of eating rows;
    TSV exports without quoted cells keep their quote marks as text."""
    if where.lower().endswith((".tsv", ".tab")):
        quoted = re.search(r'(?:^|\t)"(?:[^"]|"")*"(?=\t|\r?$)', text[:200_000], re.M)
        return {"dialect": csv.excel_tab, "strict": True,
                "quoting": csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE}
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    # the sniffer often misses "" inside quoted cells (UCDP's «"""SOHR,..."""»);
    # without it every such row breaks, and a doubled quote means nothing else in CSV
    return {"dialect": dialect, "strict": True, "doublequote": True}


def _header(text: str) -> list[str] | None:
    first = text.split("\n", 1)[0]
    for delimiter in _DELIMITERS:
        cells = next(csv.reader([first], delimiter=delimiter))
        if len(cells) > 1:
            return cells
    return [first.strip()] if first.strip() else None


def read(text: str, where: str, text_column: str | None = None) -> Iterator[Item]:
    """One item per row; ``text_column`` names the column holding the text, else the
    header's names are looked up in ``data/ingest/fields.tsv``."""
    csv.field_size_limit(sys.maxsize)  # articles are longer than csv's 128 KiB default
    rows = csv.DictReader(io.StringIO(text), **_format(text, where))
    names = rows.fieldnames or []
    columns = fields.match(names)
    if text_column is not None:
        if text_column not in names:
            raise BadTable(where, f"no column {text_column!r} (--text-column); "
                                  f"its columns are {_listed(names)}")
        columns["text"] = text_column
    if "text" not in columns:
        raise NoText(where, f"a table without a text column; its columns are {_listed(names)}"
                            "; name the one holding the text with --text-column NAME "
                            "(known names: data/ingest/fields.tsv)")
    twice = sorted({n for n in names if names.count(n) > 1 and n in columns.values()})
    if twice:
        raise BadTable(where, f"the column {twice[0]!r} appears twice; which one is meant?")
    try:
        table = list(rows)
    except csv.Error as e:
        raise BadTable(where, f"the table breaks at line {rows.line_num}: {e}") from None
    if not table:
        raise NoText(where, "the table has a header but no rows")
    order = fields.slash_order([r.get(columns.get("published", ""), "") for r in table])
    for n, row in enumerate(table, 1):
        here = f"{where}#row{n}"
        body = (row.get(columns["text"]) or "").strip()
        if row.get(None):  # DictReader puts cells beyond the header here
            yield Item(here, error=BadTable(here, f"row {n} has more cells than the header "
                                                  "(a delimiter inside an unquoted text?)"))
            continue
        if not body:
            yield Item(here, error=NoText(here, f"row {n} has no text"))
            continue
        published, warning = fields.read_date(row.get(columns.get("published", "")) or "", order)
        link = (row.get(columns.get("source", "")) or "").strip()
        yield Item(here, document=Document.make(
            body, link if is_url(link) else here,
            title=(row.get(columns.get("title", "")) or "").strip() or None,
            published=published, language=detect(body),
            author=(row.get(columns.get("author", "")) or "").strip() or None,
            reader=NAME, warnings=(warning,) if warning else ()))


def _listed(names: list[str]) -> str:
    """Column names for a message: quoted, at most ``MAX_NAMED`` of them."""
    shown = ", ".join(repr(n) for n in names[:MAX_NAMED])
    return shown + (f" and {len(names) - MAX_NAMED} more" if len(names) > MAX_NAMED else "")
