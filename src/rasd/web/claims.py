"""An event as pages show it: its actors, place and claimant by name, its period."""

from __future__ import annotations

from typing import Any

from rasd.web.periods import period
from rasd.web.render import name_of


def ids(events: list[dict[str, Any]]) -> list[str]:
    """Every entity id the events name."""
    found: set[str] = set()
    for e in events:
        found.update(e["source"])
        found.update(e["target"])
        found.update(x for x in (e["location"], e["attributed_to"]) if x and x != "author")
    return sorted(found)


def shown(event: dict[str, Any], entities: dict[str, dict[str, Any]], lang: str,
          ) -> dict[str, Any]:
    """The event with ``who``, ``whom``, ``where`` and ``claimant`` as (id, name) pairs
    and ``period`` (None when undated)."""
    def named(entity_id: str) -> tuple[str, str]:
        return entity_id, name_of(entities.get(entity_id), lang, entity_id)

    claimant = event["attributed_to"]
    return {**event,
            "who": [named(i) for i in event["source"]],
            "whom": [named(i) for i in event["target"]],
            "where": named(event["location"]) if event["location"] else None,
            "claimant": None if claimant in (None, "author") else named(claimant),
            "period": period(event["date"])}
