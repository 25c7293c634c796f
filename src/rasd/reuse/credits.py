"""Where a document says it comes from: its outlet, its dates and the credits it gives.

The outlet is read from the document's source (a web host; ``data/reuse/outlets.tsv``
names the agencies' and papers' hosts). Credits are read from the folded text with
``data/reuse/credits.tsv``: a wire's name in the dateline («الرياض - واس», "BEIRUT
(Reuters) -"), in a last line of its own («(واس)»), or after a "via" phrase («نقلا
عن», «المصدر:»); a via phrase alone says the text is a copy without saying of
what. A name inside the story (a quote "told Reuters") is not a credit. The date is
the publication date, else a dated dateline among the first lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from rasd import tables
from rasd.arabic.normalise import fold
from rasd.errors import BadTable
from rasd.ingest import datelines
from rasd.model import Document

HEAD = 160  # folded characters of the first line that may hold a dateline
TAIL_WORDS = 8  # a last line this short may be a signature
VIA_REACH = 60  # folded characters after a via phrase that may name the outlet
KINDS = ("wire", "name", "via")


@dataclass(frozen=True, slots=True)
class Provenance:
    """What decides the direction of a reuse: the document, its outlet (None for a
    local file), its date and where that came from ("published" or "dateline"), the
    outlets it credits (outlet -> "dateline" or "credit") and whether it says it is
    taken from elsewhere (``via``)."""

    id: str
    outlet: str | None
    date: str | None
    dated_by: str | None
    credits: dict[str, str]
    via: bool


@dataclass(frozen=True, slots=True)
class _Credits:
    hosts: dict[str, str]  # host -> outlet
    wires: re.Pattern[str]  # a wire's name, as group "name"
    names: re.Pattern[str]  # any outlet's name (after a via phrase)
    via: re.Pattern[str]
    outlet_of: dict[str, str]  # folded name -> outlet


@cache
def _load() -> _Credits:
    hosts = {}
    for row in tables.shipped("reuse", "outlets.tsv", 2):
        for host in row[1].split(","):
            hosts[host.strip().lower()] = row[0]
    outlet_of, by_kind = {}, {k: [] for k in KINDS}
    for row in tables.shipped("reuse", "credits.tsv", 3):
        if row[0] not in KINDS:
            raise BadTable(row.where, f"kind {row[0]!r} is none of {', '.join(KINDS)}")
        form = " ".join(fold(row[1]).lower().split())
        by_kind[row[0]].append(form)
        if row[0] != "via":
            outlet_of[form] = row[2]
    return _Credits(hosts, _alternation(by_kind["wire"]),
                    _alternation(by_kind["wire"] + by_kind["name"]),
                    _alternation(by_kind["via"]), outlet_of)


def _alternation(forms: list[str]) -> re.Pattern[str]:
    """Whole-word matches of any of ``forms``, longest first; spaces match any spacing."""
    parts = [r"\s+".join(map(re.escape, f.split())) for f in sorted(set(forms), key=len,
                                                                      reverse=True)]
    return re.compile(r"(?<![^\W_])(?P<name>" + "|".join(parts) + r")(?![^\W_])")


def outlet(source: str) -> str | None:
    """The outlet a source comes from: a known agency or paper by its host, else the host
    itself (without "www."); None for a file or stdin."""
    host = (urlsplit(source).hostname or "") if "://" in source else ""
    if not host:
        return None
    known = _load().hosts
    parts = host.lower().split(".")
    for n in range(len(parts) - 1):
        if ".".join(parts[n:]) in known:
            return known[".".join(parts[n:])]
    return host.lower().removeprefix("www.")


def provenance(document: Document, normal: str) -> Provenance:
    """The provenance of a document whose folded text is ``normal``."""
    found = _load()
    credits: dict[str, str] = {}
    head = normal.lstrip()[:HEAD].split("\n", 1)[0]  # the dateline is on the first line
    for m in found.wires.finditer(head):
        before = head[:m.start()].rstrip()
        if not before or before[-1] in "-–—:(/":
            credits.setdefault(_outlet(m), "dateline")
    lines = normal.rstrip().rsplit("\n", 1)
    last = lines[-1] if len(lines) > 1 else ""
    if 0 < len(last.split()) <= TAIL_WORDS:
        for m in found.wires.finditer(last):
            credits.setdefault(_outlet(m), "credit")
    via = False
    for m in found.via.finditer(normal):
        via = True
        named = found.names.search(normal, m.end(), m.end() + VIA_REACH)
        if named:
            credits.setdefault(_outlet(named), "credit")
    date, dated_by = document.published, "published" if document.published else None
    if date is None:
        date = _dateline_date(document.text)
        dated_by = "dateline" if date else None
    return Provenance(document.id, outlet(document.source), date, dated_by, credits, via)


def _outlet(m: re.Match[str]) -> str:
    return _load().outlet_of[" ".join(m.group("name").lower().split())]


def _dateline_date(text: str) -> str | None:
    """The date a dated line among the first lines states («دمشق - الجمعة، 22 أغسطس
    2014»), as YYYY-MM-DD."""
    for line in text.lstrip().splitlines()[:datelines.HEAD_LINES]:
        found = datelines.read(line) if line.strip() else None
        if found is not None and found.date is not None:
            return found.date.isoformat()
    return None
