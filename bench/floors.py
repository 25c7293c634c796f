"""The floors in bench/baselines.json, and the check every bench's ``--check`` runs on them.

Speed floors sit at about half what the dev machine measures (its speed drifts);
accuracy floors just below today's figures, which are deterministic. Each bench
hands its figures by the names baselines.json gives them; a figure under its floor
fails the check and is named, so a drop is never silent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BASELINES = Path(__file__).with_name("baselines.json")


def floors(*path: str) -> dict[str, float]:
    """The floors under ``path`` in baselines.json: a bench's name, then any section of it."""
    table = json.loads(BASELINES.read_text(encoding="utf-8"))
    for key in path:
        table = table[key]
    return {name: floor for name, floor in table.items() if not name.startswith("_")}


def check(figures: dict[str, float | None], *path: str) -> int:
    """0 when every floor under ``path`` is met, else 1, naming each figure below its floor.

    A figure given as None was not measured in this run (an optional baseline that
    is not installed): it is said, not failed. A floor with no figure at all is a
    bug in the bench and raises KeyError.
    """
    where = f"{BASELINES.name} {'/'.join(path)}"
    low = 0
    for name, floor in floors(*path).items():
        got = figures[name]
        if got is None:
            print(f"not measured, not checked: {name} (floor {floor})", file=sys.stderr)
        elif got < floor:
            print(f"below the floor in {where}: {name} {got:g} < {floor:g}", file=sys.stderr)
            low += 1
    if not low:
        print(f"every figure is at or above its floor in {where}", file=sys.stderr)
    return 1 if low else 0
