"""The timeline of events across documents, filterable, with its API."""

from __future__ import annotations

import typing
from typing import Any

from fastapi import APIRouter, Query, Request

from rasd.events import kinds
from rasd.model import Modality
from rasd.store import browse
from rasd.web import claims, drawing, render
from rasd.web.routes.params import day

router = APIRouter()
LIMIT = 200  # drawn on a page (earliest first); filters narrow, the API gives more


def choices(request: Request, db) -> tuple[list, list]:
    """The actors and places of the filters, worked out once per write of the store."""
    generation = request.app.state.db.generation
    kept = getattr(request.app.state, "choices", None)
    if kept is None or kept[0] != generation:
        kept = request.app.state.choices = (
            generation, browse.actors(db), [p for p in browse.places(db) if p["events"]])
    return kept[1], kept[2]


def _filters(actor, place, type, modality, start, end) -> dict[str, Any]:
    return {"actor": actor or None, "place": place or None, "type": type or None,
            "modality": modality or None, "start": day(start, "from"), "end": day(end, "to")}


@router.get("/api/events", tags=["events"])
def api_events(request: Request, actor: str | None = None, place: str | None = None,
               type: str | None = None, modality: str | None = None,
               start: str | None = Query(None, alias="from"),
               end: str | None = Query(None, alias="to"),
               document: str | None = None,
               limit: int = Query(LIMIT, ge=1, le=10000)) -> list[dict[str, Any]]:
    """Events across documents, earliest first; ``from``/``to`` (YYYY-MM-DD) keep those
    whose whole date lies between them."""
    found = _filters(actor, place, type, modality, start, end)
    with request.app.state.db.reading() as db:
        return browse.events(db, **found, document=document, limit=limit)


@router.get("/timeline", include_in_schema=False)
def timeline(request: Request, actor: str | None = None, place: str | None = None,
             type: str | None = None, modality: str | None = None,
             start: str | None = Query(None, alias="from"),
             end: str | None = Query(None, alias="to")):
    found = _filters(actor, place, type, modality, start, end)
    lang = render.language(request)
    with request.app.state.db.reading() as db:
        rows = browse.events(db, **found, dated=True, limit=LIMIT)
        undated = browse.count_events(db, **{**found, "start": None, "end": None},
                                      dated=False)
        entities = browse.names(db, claims.ids(rows))
        actors, places = choices(request, db)
    events = [claims.shown(e, entities, lang) for e in rows]
    events = [e for e in events if e["period"] is not None]
    events.sort(key=lambda e: (e["period"].first, e["period"].last))
    bars, ticks = drawing.timeline([e["period"] for e in events], rtl=lang == "ar")
    return render.page(request, "timeline.html", events=list(zip(events, bars, strict=True)),
                       ticks=ticks, undated=undated, filters=found, actors=actors,
                       places=places, types=list(kinds.kinds()),
                       modalities=typing.get_args(Modality), limit=LIMIT,
                       height=len(events) * drawing.ROW + 40, width=drawing.WIDTH)
