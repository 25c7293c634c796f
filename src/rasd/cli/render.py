"""Human-readable summaries of records for the terminal (the --json output is the record)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import click

from rasd.model import Analysis, Event

EVIDENCE_WIDTH = 60  # characters of evidence text an event line shows


def summary(analysis: Analysis) -> str:
    """A few lines saying what the record holds."""
    doc = analysis.document
    counts = " · ".join(f"{len(getattr(analysis, n))} {n}"
                        for n in ("times", "entities", "mentions", "events", "findings"))
    lines = [
        click.style(doc.source, bold=True),
        f"  id         {doc.id}",
        f"  title      {doc.title or '(none found)'}",
        f"  published  {doc.published or '(unknown)'}",
        f"  language   {doc.language or '(unknown)'}   reader: {doc.reader or '-'}   "
        f"{len(doc.text):,} characters",
        f"  layers     {counts}",
    ]
    for w in doc.warnings:
        lines.append(f"  warning    {w}")
    for t in analysis.times:
        lines.append(f"  time       {t.text!r} -> {t.value}")
    names = {e.id: e.name_en or e.name_ar for e in analysis.entities}
    shown: set[str | None] = set()
    for m in analysis.mentions:  # each entity once, at its first mention
        if m.entity not in shown:
            shown.add(m.entity)
            lines.append(f"  entity     {m.text!r} -> {m.entity} ({m.type}"
                         f"{': ' + names[m.entity] if names.get(m.entity) else ''})")
    for e in analysis.events:
        lines.append(f"  event      {event_line(analysis, e)}")
    for f in analysis.findings:
        lines.append(f"  finding    {f.kind}: {f.message}")
    return "\n".join(lines)


def event_line(analysis: Analysis, event: Event) -> str:
    """One event on one line: date, type/mode, who → whom, where, how and by whom it is
    claimed, and the words that tell it (shortened)."""
    names = {e.id: e.name_en or e.name_ar or e.id for e in analysis.entities}

    def named(ids: tuple[str, ...]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or "?"

    if not event.target and len(event.source) > 1:
        who = " ↔ ".join(names.get(i, i) for i in event.source)  # fighting between sides
    else:
        who = f"{named(event.source)} → {named(event.target)}"
    date = event.date or "undated"
    if event.date_from == "narrative":
        date += " (narrative)"
    claim = {"author": "author", None: "unnamed source"}.get(
        event.attributed_to, names.get(event.attributed_to or "", event.attributed_to))
    parts = [date, event.type + (f"/{event.mode}" if event.mode else ""), who]
    if event.location:
        parts.append(f"at {names.get(event.location, event.location)}")
    parts.append(f"{event.modality}, by {claim}")
    text = analysis.document.text
    told = [shorten(text[s.start:s.end]) for s in event.evidence]
    more = f" (+{len(told) - 1} more)" if len(told) > 1 else ""
    return "  ".join(parts) + (f"  «{told[0]}»{more}" if told else "")


def shorten(text: str, width: int = EVIDENCE_WIDTH) -> str:
    """``text`` on one line, cut at a word to at most ``width`` characters with «…»."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[:width - 1].rsplit(" ", 1)[0] if " " in flat[:width - 1] else flat[:width - 1]
    return cut + "…"


def records(analyses: Iterable[Analysis], fmt: str | None) -> None:
    """Print records as a human summary, JSON (object or array) or JSON lines."""
    analyses = list(analyses) if fmt == "json" else analyses
    if fmt == "json":
        data = [a.to_dict() for a in analyses]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2))
        return
    for n, a in enumerate(analyses):
        if fmt == "jsonl":
            click.echo(a.to_json(indent=None))
        else:
            click.echo(("\n" if n else "") + summary(a))
