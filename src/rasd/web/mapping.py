"""The offline map: the basemap the package ships (``basemap.json``, made by
``scripts/build_basemap.py`` from Natural Earth and OpenSyria), places projected onto
it the same way, and markers clustered on a grid so that nearby places join."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

CELL = 36.0  # the grid's cell, in the map's units (its width is 1000)


@cache
def basemap() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("basemap.json").read_text("utf-8"))


def project(lon: float, lat: float) -> tuple[float, float]:
    p = basemap()["projection"]
    return (round((lon - p["west"]) * p["squeeze"] * p["scale"], 1),
            round((p["north"] - lat) * p["scale"], 1))


def clusters(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Places on the map grouped by grid cell: each cluster's centre, its places (most
    events first) and its event count; places outside the map are left out."""
    width, height = basemap()["width"], basemap()["height"]
    cells: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for place in places:
        x, y = project(place["lon"], place["lat"])
        if 0 <= x <= width and 0 <= y <= height:
            cells.setdefault((int(x // CELL), int(y // CELL)), []).append(
                {**place, "x": x, "y": y})
    out = []
    for members in cells.values():
        members.sort(key=lambda p: (-p["events"], p["id"]))
        events = sum(p["events"] for p in members)
        out.append({"x": round(sum(p["x"] for p in members) / len(members), 1),
                    "y": round(sum(p["y"] for p in members) / len(members), 1),
                    "places": members, "events": events,
                    "r": round(5 + 4 * math.sqrt(max(events, 1)), 1)})
    out.sort(key=lambda c: (-c["events"], c["places"][0]["id"]))
    for n, cluster in enumerate(out, 1):
        cluster["n"] = n
    return out
