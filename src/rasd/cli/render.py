"""Human-readable summaries of records for the terminal (the --json output is the record)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import click

from rasd.model import Analysis


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
    for f in analysis.findings:
        lines.append(f"  finding    {f.kind}: {f.message}")
    return "\n".join(lines)


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
