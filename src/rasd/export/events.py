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


def rows(record: dict[str, Any]) -> list[list[Any]]:
    """A row of ``COLUMNS`` per event of a record given as plain data (the shape of
    ``Analysis.to_dict()``; it needs the document, entities and events), in record order."""
    entities = {e["id"]: e for e in record["entities"]}
    quads = kinds.quads()
    return [_row(record["document"], event, entities, quads) for event in record["events"]]


def _row(doc: dict[str, Any], event: dict[str, Any], entities: dict[str, dict[str, Any]],
         quads: dict[str, str]) -> list[Any]:
    def name(ident: str | None) -> str | None:
        found = entities.get(ident or "")
        return (found["name_en"] or found["name_ar"] or ident) if found else ident

    def names(ids: list[str]) -> str:
        return "; ".join(name(i) or i for i in ids)

    place = entities.get(event["location"] or "")
    said_by = event["attributed_to"]
    speaker = {"author": "author", None: "unnamed source"}.get(said_by, name(said_by))
    told = [doc["text"][s["start"]:s["end"]] for s in event["evidence"]]
    return [
        doc["id"], event["id"], event["date"], precision(event["date"]), event["date_from"],
        event["type"], event["mode"], quads.get(event["type"]), names(event["source"]),
        "; ".join(event["source"]), names(event["target"]), "; ".join(event["target"]),
        name(event["location"]), event["location"], place["lat"] if place else None,
        place["lon"] if place else None, event["modality"], speaker,
        said_by if said_by != "author" else None, event["trigger"]["text"],
        event["cue"]["text"] if event["cue"] else None, event["confidence"], doc["source"],
        doc["published"], NOTES_SEPARATOR.join(" ".join(t.split()) for t in told),
        "; ".join(f"{s['start']}-{s['end']}" for s in event["evidence"]),
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
