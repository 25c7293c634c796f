"""Events as flat rows, named as ACLED names its columns where ACLED has one.

``rasd export --format csv --layer events`` writes one row per event: its date and
how precise it is, PLOVER type and mode (``sub_event_type``) and quad, the actors by
name and id (``actor1``: PLOVER actor, ``actor2``: recipient; several joined with
"; "), the place with its coordinates, how the text claims it and who claims it,
the source document, and in ``notes`` the words of every telling. The CSV writer
guards the cells against formulas; this module only shapes them.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.events import kinds
from rasd.model import Analysis, Event

COLUMNS = (
    "document", "event_id", "event_date", "time_precision", "date_from", "event_type",
    "sub_event_type", "quad", "actor1", "actor1_id", "actor2", "actor2_id", "location",
    "location_id", "latitude", "longitude", "modality", "attributed_to", "attributed_to_id",
    "trigger", "cue", "confidence", "source", "published", "notes", "evidence",
)
NOTES_SEPARATOR = " … "  # between the tellings of one event
# a TIMEX3 value's precision, by the shape of its date part
_PRECISION = (("day", r"\d{4}-\d{2}-\d{2}"), ("week", r"\d{4}-W\d{2}"),
              ("month", r"\d{4}-\d{2}"), ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}"))


def rows(analysis: Analysis) -> list[list[Any]]:
    """A row of ``COLUMNS`` per event of the record, in record order."""
    return [row(analysis, event) for event in analysis.events]


def row(analysis: Analysis, event: Event) -> list[Any]:
    doc = analysis.document
    entities = {e.id: e for e in analysis.entities}

    def name(ident: str | None) -> str | None:
        found = entities.get(ident or "")
        return (found.name_en or found.name_ar or ident) if found else ident

    def names(ids: tuple[str, ...]) -> str:
        return "; ".join(name(i) or i for i in ids)

    place = entities.get(event.location or "")
    speaker = {"author": "author", None: "unnamed source"}.get(
        event.attributed_to, name(event.attributed_to))
    told = [doc.text[s.start:s.end] for s in event.evidence]
    return [
        doc.id, event.id, event.date, precision(event.date), event.date_from, event.type,
        event.mode, kinds.quads().get(event.type), names(event.source), "; ".join(event.source),
        names(event.target), "; ".join(event.target), name(event.location), event.location,
        place.lat if place else None, place.lon if place else None, event.modality,
        speaker, event.attributed_to if event.attributed_to != "author" else None,
        event.trigger.text, event.cue.text if event.cue else None, event.confidence,
        doc.source, doc.published, NOTES_SEPARATOR.join(" ".join(t.split()) for t in told),
        "; ".join(f"{s.start}-{s.end}" for s in event.evidence),
    ]


def precision(value: str | None) -> str | None:
    """``day``, ``week``, ``month``, ``season`` or ``year`` for a TIMEX3 date value (a time
    of day after it is allowed: ``2014-08-23TEV`` is a day); None for others."""
    if value is None:
        return None
    for name, pattern in _PRECISION:
        if re.match(pattern + r"(?![\d-])", value):
            return name
    return None
