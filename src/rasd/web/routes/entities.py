"""Entity pages: names, aliases, Wikidata id, type, mentions, events and co-actors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from rasd.store import browse
from rasd.web import claims, render

router = APIRouter()
LIMIT = 200  # events as actor and as place, each, earliest first


def _entity(request: Request, entity_id: str) -> dict[str, Any]:
    with request.app.state.db.reading() as db:
        found = browse.entity(db, entity_id)
        if found is None:
            raise HTTPException(404, f"no stored record names the entity {entity_id[:80]}")
        found["events"] = browse.events(db, actor=entity_id, limit=LIMIT)
        found["events"] += browse.events(db, place=entity_id, limit=LIMIT)
        found["co_actors"] = browse.co_actors(db, entity_id)
        found["names"] = browse.names(db, claims.ids(found["events"]))
    return found


@router.get("/api/entities/{entity_id}", tags=["entities"])
def api_entity(request: Request, entity_id: str) -> dict[str, Any]:
    """An entity with the documents that mention it, its events (as actor, target,
    claimant or place) and its co-actors by year."""
    found = _entity(request, entity_id)
    found.pop("names")
    return found


@router.get("/api/actors", tags=["entities"])
def api_actors(request: Request) -> list[dict[str, Any]]:
    """The entities that act or are acted on in stored events, most events first."""
    with request.app.state.db.reading() as db:
        return browse.actors(db)


@router.get("/entities/{entity_id}", include_in_schema=False)
def entity(request: Request, entity_id: str):
    found = _entity(request, entity_id)
    lang = render.language(request)
    events = [claims.shown(e, found["names"], lang) for e in found["events"]]
    years = sorted({c["year"] for c in found["co_actors"] if c["year"] is not None})
    table: dict[str, dict[str, Any]] = {}
    for c in found["co_actors"]:
        row = table.setdefault(c["id"], {"id": c["id"], "name": c["name"], "years": {}})
        row["years"][c["year"]] = c["events"]
    return render.page(request, "entity.html", entity=found, events=events, years=years,
                       co_actors=sorted(table.values(), key=lambda r: -sum(r["years"].values())),
                       name=render.name_of(found, lang))
