"""Human-readable summaries of records for the terminal (the --json output is the record).

Written for a journalist reading a terminal, not a programmer: quoted text on one line
with its odd spaces made plain, TIMEX3 values in words beside their codes ("night of
Wednesday 23 July 2014" beside ``2014-07-23TNI``), each entity once with how often it
is named, each event on one line, and on request (``--context``) the sentence each
item stands in (an event's, around its trigger word). Colours are click's: dropped
when the output is not a terminal, and when ``NO_COLOR`` is set.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable

import click

from rasd.model import Analysis, Event, Time

EVIDENCE_WIDTH = 60  # characters of evidence text an event line shows
QUOTE_WIDTH = 40  # characters of a time's or a name's own text shown
FORMS = 3  # written forms an entity line shows
INDENT = " " * 13  # under the label column, where context lines go
# codes a reader understands as they are: a day, a month or a year
_PLAIN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PROBLEM = ("mismatch", "conflict", "impossible", "after_publication")


def summary(analysis: Analysis, context: bool = False) -> str:
    """The record in lines: what the document is, then each time, entity (with its
    count), event and finding; ``context`` adds the sentence under each."""
    from rasd.time.in_words import in_words

    doc = analysis.document
    counts = " · ".join(f"{len(getattr(analysis, n))} {n}"
                        for n in ("times", "entities", "mentions", "events", "findings"))
    published = doc.published and f"{doc.published}  {_dim(in_words(doc.published))}"
    lines = [
        click.style(doc.source, bold=True),
        f"  id         {doc.id}",
        f"  title      {quote_free(doc.title) or '(none found)'}",
        f"  published  {published or '(unknown)'}",
        f"  language   {doc.language or '(unknown)'}   reader: {doc.reader or '-'}   "
        f"{len(doc.text):,} characters",
        f"  layers     {counts}",
    ]
    around = _sentences(doc) if context else None
    for w in doc.warnings:
        lines.append(f"  {click.style('warning', fg='yellow')}    {w}")
    for t in analysis.times:
        lines.append(f"  time       {time_line(analysis, t)}")
        lines += _context(around, t.start, t.end)
    for line, start, end in entity_lines(analysis):
        lines.append(f"  entity     {line}")
        lines += _context(around, start, end)
    for e in analysis.events:
        lines.append(f"  event      {event_line(analysis, e)}")
        lines += _context(around, e.trigger.start, e.trigger.end)
    for f in analysis.findings:
        kind = click.style(f.kind, fg="yellow") if f.kind.endswith(_PROBLEM) else f.kind
        lines.append(f"  finding    {kind}: {f.message}")
        if f.spans:
            lines += _context(around, *f.spans[0])
    return "\n".join(lines)


def time_line(analysis: Analysis, time: Time) -> str:
    """«the words as written»  code  the value in words  (and what it was reckoned from)."""
    from rasd.time.in_words import in_words

    words = in_words(time.value, time.type)
    code = click.style(time.value or "-", fg="cyan")
    line = f"{_quoted(time.text, QUOTE_WIDTH)}  {code}" + (f"  {words}" if words else "")
    if time.anchor == "dct":
        line += _dim("  (resolved from the publication date)")
    elif time.anchor:
        anchor = next((t for t in analysis.times if t.id == time.anchor), None)
        if anchor is not None:
            line += _dim(f"  (resolved from {_quoted(anchor.text, QUOTE_WIDTH)})")
    return line


def entity_lines(analysis: Analysis) -> list[tuple[str, int, int]]:
    """Each entity once, most named first: its name, type, how many mentions, the forms
    the text uses and its id; with the span of its first mention (for the context).
    Names no entity holds are listed by their form, as not linked."""
    entities = {e.id: e for e in analysis.entities}
    mentions: dict[str, list] = {}
    for m in analysis.mentions:
        mentions.setdefault(m.entity or f"?{m.type}:{quote_free(m.text)}", []).append(m)
    lines = []
    for key, found in sorted(mentions.items(), key=lambda kv: -len(kv[1])):
        forms = Counter(quote_free(m.text) for m in found)
        shown = ", ".join(f"«{f}»" for f, _ in forms.most_common(FORMS))
        more = f" +{len(forms) - FORMS}" if len(forms) > FORMS else ""
        entity = entities.get(key)
        name = (entity.name_en or entity.name_ar or key) if entity else quote_free(found[0].text)
        ident = click.style(key, fg="cyan") if entity else _dim("not linked")
        lines.append((f"{click.style(name, bold=True)}  {found[0].type}  "
                      f"{_count(len(found), 'mention')}  {shown}{more}  {ident}",
                      found[0].start, found[0].end))
    return lines


def event_line(analysis: Analysis, event: Event) -> str:
    """One event on one line: date, type/mode, who → whom, where, how and by whom it is
    claimed, and the words that tell it (shortened)."""
    from rasd.time.in_words import in_words

    names = {e.id: e.name_en or e.name_ar or e.id for e in analysis.entities}

    def named(ids: tuple[str, ...]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or "?"

    if not event.target and len(event.source) > 1:
        who = " ↔ ".join(names.get(i, i) for i in event.source)  # fighting between sides
    else:
        who = f"{named(event.source)} → {named(event.target)}"
    date = event.date or "undated"
    if event.date and not _PLAIN.fullmatch(event.date) and in_words(event.date):
        date += f" ({in_words(event.date)})"
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


def quote_free(text: str | None) -> str:
    """Text on one line with its no-break spaces, tabs and line breaks as plain spaces
    (never Python's quoting, which shows them as \\xa0)."""
    return " ".join((text or "").split())


def records(analyses: Iterable[Analysis], fmt: str | None, context: bool = False) -> None:
    """Print records as a human summary, JSON (object or array) or JSON lines."""
    color = False if os.environ.get("NO_COLOR") else None  # no-color.org
    analyses = list(analyses) if fmt == "json" else analyses
    if fmt == "json":
        data = [a.to_dict() for a in analyses]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2))
        return
    for n, a in enumerate(analyses):
        if fmt == "jsonl":
            click.echo(a.to_json(indent=None))
        else:
            click.echo(("\n" if n else "") + summary(a, context), color=color)


def _quoted(text: str, width: int) -> str:
    return f"«{shorten(text, width)}»"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _dim(text: str) -> str:
    return click.style(text, dim=True)


def _sentences(document):
    from rasd.cli.context import Sentences

    return Sentences(document)


def _context(around, start: int, end: int) -> list[str]:
    """The context line under an item, when asked for."""
    return [] if around is None else [f"{INDENT}{_dim('›')} {around.around(start, end)}"]
