"""The map: places with events as clustered markers on the shipped basemap."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from rasd.store import browse
from rasd.web import mapping, render

router = APIRouter()


@router.get("/api/places", tags=["places"])
def api_places(request: Request) -> list[dict[str, Any]]:
    """Every stored place with coordinates and the number of events placed there."""
    with request.app.state.db.reading() as db:
        return browse.places(db)


@router.get("/map", include_in_schema=False)
def map_page(request: Request, every: bool = False):
    with request.app.state.db.reading() as db:
        places = [p for p in browse.places(db) if every or p["events"]]
    lang = render.language(request)
    for p in places:
        p["name"] = render.name_of(p, lang, p["id"])
    base = mapping.basemap()
    return render.page(request, "map.html", base=base, clusters=mapping.clusters(places),
                       every=every)
