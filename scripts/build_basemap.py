"""Build the web map's offline basemap, src/rasd/web/basemap.json, from kept sources.

Borders: Natural Earth's 1:50m countries as the npm package world-atlas 2.0.2 ships them
(TopoJSON; public domain), fetched with ``npm pack`` or given with ``--tarball``. Admin
units: Syria's governorates from OpenSyria (../shared/data/syria-admin-opensyria, CC BY
4.0), as labelled points, since OpenSyria gives centroids and no outlines. The countries
that reach into the region's box are projected (equirectangular, scaled by the cosine of
the middle latitude) into SVG path data, rounded and thinned, so the page draws the map
with no tile server and no script. The output is sorted and byte-stable.

    python scripts/build_basemap.py [--tarball world-atlas-2.0.2.tgz]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "web" / "basemap.json"
OPENSYRIA = ROOT.parent / "shared" / "data" / "syria-admin-opensyria" / "governorates.json"
PACKAGE = "world-atlas@2.0.2"
BOX = (32.0, 28.5, 49.5, 38.5)  # west, south, east, north: the Levant and Iraq
WIDTH = 1000.0


def projection():
    west, south, east, north = BOX
    squeeze = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * squeeze)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (round((lon - west) * squeeze * scale, 1), round((north - lat) * scale, 1))

    height = round((north - south) * scale, 1)
    return project, height, {"west": west, "north": north, "squeeze": round(squeeze, 6),
                             "scale": round(scale, 6)}


def topology(tarball: Path | None) -> dict:
    """countries-50m.json of world-atlas, from the given tarball or ``npm pack``."""
    with tempfile.TemporaryDirectory() as folder:
        if tarball is None:
            subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True,
                           capture_output=True)
            tarball = next(Path(folder).glob("world-atlas-*.tgz"))
        with tarfile.open(tarball) as archive:
            member = archive.extractfile("package/countries-50m.json")
            return json.load(member)


def arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The arcs as lon/lat points (TopoJSON quantised, delta-encoded)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indices: list[int], lines: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = lines[i] if i >= 0 else lines[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def in_box(points: list[tuple[float, float]]) -> bool:
    west, south, east, north = BOX
    return any(west - 3 <= lon <= east + 3 and south - 3 <= lat <= north + 3
               for lon, lat in points)


def path(rings: list[list[tuple[float, float]]], project) -> str:
    parts = []
    for points in rings:
        xy = []
        for lon, lat in points:
            p = project(lon, lat)
            if not xy or p != xy[-1]:
                xy.append(p)
        if len(xy) >= 3:
            parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def countries(topo: dict, project) -> list[dict]:
    lines = arcs(topo)
    out = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])],
                    "MultiPolygon": geometry.get("arcs", [])}.get(geometry["type"], [])
        rings = [ring(r, lines) for polygon in polygons for r in polygon]
        rings = [r for r in rings if in_box(r)]
        if rings:
            out.append({"id": geometry.get("id"), "name": geometry["properties"]["name"],
                        "d": path(rings, project)})
    return sorted(out, key=lambda c: c["name"])


def governorates(project) -> list[dict]:
    units = json.loads(OPENSYRIA.read_text("utf-8"))
    out = []
    for unit in units:
        x, y = project(unit["centroid"]["longitude"], unit["centroid"]["latitude"])
        out.append({"name_en": unit["name"]["en"], "name_ar": unit["name"]["ar"], "x": x, "y": y})
    return sorted(out, key=lambda u: u["name_en"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="world-atlas-2.0.2.tgz, instead of npm pack")
    args = parser.parse_args()
    project, height, params = projection()
    basemap = {
        "made_by": "scripts/build_basemap.py",
        "sources": [f"Natural Earth 1:50m countries via npm {PACKAGE} (public domain)",
                    "OpenSyria governorates (CC BY 4.0): ../shared/data/syria-admin-opensyria"],
        "box": list(BOX), "width": WIDTH, "height": height, "projection": params,
        "countries": countries(topology(args.tarball), project),
        "admin": governorates(project),
    }
    OUT.write_text(json.dumps(basemap, ensure_ascii=False, separators=(",", ":"),
                              sort_keys=True) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(basemap['countries'])} countries, "
          f"{len(basemap['admin'])} governorates, {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
