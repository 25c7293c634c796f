"""Geometry for the pages' SVG figures, computed here so the templates only place it:
the timeline's bars and the actor network's circle. SVG attributes, not inline
styles, carry every position, so the Content-Security-Policy needs no 'unsafe-inline'.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from rasd.web.periods import Period

WIDTH = 1000  # the figures' viewBox width
ROW = 24
SHAPES = {"day": "dot", "time": "dot", "morning": "part", "midday": "part",
          "afternoon": "part", "evening": "part", "night": "part", "daytime": "part"}


@dataclass(frozen=True, slots=True)
class Bar:
    """One timeline item: where it starts, how wide, on which row, drawn as what."""

    x: float
    width: float
    y: int
    shape: str  # dot (a day), part (a part of a day), bar (a longer period)
    label_x: float  # where its label goes: beside it, on the side with more room
    anchor: str  # the label's text-anchor: start or end


def timeline(periods: list[Period], rtl: bool = False) -> tuple[list[Bar], list[dict[str, Any]]]:
    """A bar per period on one axis from the earliest day to the latest, and the axis's
    year (or month) ticks; time runs right to left on an Arabic page."""
    if not periods:
        return [], []
    first = min(p.first for p in periods)
    last = max(p.last for p in periods) + dt.timedelta(days=1)
    days = max((last - first).days, 1)
    scale = WIDTH / days
    bars = []
    for row, p in enumerate(periods):
        x = (p.first - first).days * scale
        width = max(p.days * scale, 3.0)
        if rtl:
            x = WIDTH - x - width
        right = x + width / 2 < WIDTH / 2
        bars.append(Bar(round(x, 2), round(width, 2), row * ROW + 30,
                        SHAPES.get(p.precision, "bar"),
                        round(x + width + 10 if right else x - 10, 2),
                        "start" if right else "end"))
    return bars, _ticks(first, last, scale, rtl)


def _ticks(first: dt.date, last: dt.date, scale: float, rtl: bool) -> list[dict[str, Any]]:
    monthly = (last - first).days < 800
    ticks = []
    day = dt.date(first.year, first.month if monthly else 1, 1)
    while day < last:
        if day >= first:
            x = (day - first).days * scale
            ticks.append({"x": round(WIDTH - x if rtl else x, 2),
                          "label": day.strftime("%Y-%m" if monthly else "%Y")})
        day = (dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) if monthly
               else dt.date(day.year + 1, 1, 1))
    step = max(1, len(ticks) // 12)
    return ticks[::step]


def circle(ids: list[str], radius: float = 330.0, centre: float = 500.0,
           ) -> dict[str, tuple[float, float]]:
    """Nodes evenly round a circle, in the order given (most connected first)."""
    n = max(len(ids), 1)
    return {i: (round(centre + radius * math.cos(2 * math.pi * k / n - math.pi / 2), 1),
                round(centre + radius * math.sin(2 * math.pi * k / n - math.pi / 2), 1))
            for k, i in enumerate(ids)}


def offset(a: tuple[float, float], b: tuple[float, float], k: int, gap: float = 5.0,
           ) -> tuple[float, float, float, float]:
    """The line from a to b moved sideways by ``k`` gaps, so parallel lines (one per quad
    of an edge) stay apart."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * gap * k, dx / length * gap * k
    return (round(a[0] + nx, 1), round(a[1] + ny, 1), round(b[0] + nx, 1), round(b[1] + ny, 1))
