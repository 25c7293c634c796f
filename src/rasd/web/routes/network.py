"""The actor network (``store/network.py``, as ``rasd network``) drawn, and an edge's
events with their evidence."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request

from rasd.events import kinds
from rasd.store import browse
from rasd.store import network as store_network
from rasd.web import drawing, render
from rasd.web.routes.params import day

router = APIRouter()
NODES = 40  # drawn; the API gives them all
EDGES = 200  # listed under the drawing, the most counted first


def _graph(request: Request, actor, start, end) -> dict[str, Any]:
    start, end = day(start, "from"), day(end, "to")
    if start and end and start > end:
        raise HTTPException(400, f"from {start} is after to {end}")
    with request.app.state.db.reading() as db:
        return store_network.network(db, kinds.quads(), actor or None, start, end)


@router.get("/api/network", tags=["network"])
def api_network(request: Request, actor: str | None = None,
                start: str | None = Query(None, alias="from"),
                end: str | None = Query(None, alias="to")) -> dict[str, Any]:
    """Nodes and edges of the actor network, counted by PLOVER quad, as ``rasd network
    --json`` gives them."""
    return _graph(request, actor, start, end)


@router.get("/network", include_in_schema=False)
def network(request: Request, actor: str | None = None,
            start: str | None = Query(None, alias="from"),
            end: str | None = Query(None, alias="to")):
    graph = _graph(request, actor, start, end)
    lang = render.language(request)
    weight: dict[str, int] = {}
    for e in graph["edges"]:
        for end_ in (e["source"], e["target"]):
            weight[end_] = weight.get(end_, 0) + len(e["events"])
    drawn = sorted(weight, key=lambda i: (-weight[i], i))[:NODES]
    where = drawing.circle(drawn)
    with request.app.state.db.reading() as db:
        entities = browse.names(db, drawn)
    nodes = [{"id": i, "name": render.name_of(entities.get(i), lang, i), "x": where[i][0],
              "y": where[i][1], "r": round(6 + 3 * math.log1p(weight[i]), 1),
              "type": (entities.get(i) or {}).get("type")} for i in drawn]
    lines = []
    for e in graph["edges"]:
        if e["source"] not in where or e["target"] not in where:
            continue
        quads = [q for q in kinds.QUADS if e["counts"][q]] or ["uncounted"]
        for k, quad in enumerate(quads):
            count = e["counts"].get(quad, len(e["events"]))
            x1, y1, x2, y2 = drawing.offset(where[e["source"]], where[e["target"]],
                                            k - (len(quads) - 1) / 2)
            lines.append({"edge": e, "quad": quad, "count": count, "x1": x1, "y1": y1,
                          "x2": x2, "y2": y2, "width": round(1 + 1.5 * math.log1p(count), 1)})
    names = {n["id"]: n["name"] for n in nodes}
    with request.app.state.db.reading() as db:
        listed = graph["edges"][:EDGES]
        more = browse.names(db, sorted({e[k] for e in listed for k in ("source", "target")}
                                       - set(names)))
    names |= {i: render.name_of(e, lang, i) for i, e in more.items()}
    return render.page(request, "network.html", nodes=nodes, lines=lines, names=names,
                       edges=listed, quads=kinds.QUADS, actor=actor or "",
                       start=start or "", end=end or "", hidden=len(weight) - len(drawn),
                       unlisted=len(graph["edges"]) - len(listed))


@router.get("/network/edge", include_in_schema=False)
def edge(request: Request, source: str, target: str, actor: str | None = None,
         start: str | None = Query(None, alias="from"),
         end: str | None = Query(None, alias="to")):
    graph = _graph(request, source, start, end)
    found = [e for e in graph["edges"] if e["source"] == source and e["target"] == target]
    if not found:
        raise HTTPException(404, "no events join these two actors in these dates")
    listed = found[0]["events"][:200]
    lang = render.language(request)
    with request.app.state.db.reading() as db:
        told = browse.told(db, [(e["document"], e["event"]) for e in listed])
        entities = browse.names(db, [source, target])
    counted = {(e["document"], e["event"]): e["counted"] for e in listed}
    return render.page(request, "edge.html", edge=found[0], told=told, counted=counted,
                       source=(source, render.name_of(entities.get(source), lang, source)),
                       target=(target, render.name_of(entities.get(target), lang, target)),
                       quads=kinds.QUADS)
