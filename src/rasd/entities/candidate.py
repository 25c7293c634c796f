"""A mention in the making: where it stands in the folded text and the entity it names.

Every rule of the entities stage reads and returns candidates in one offset space,
the folded text's (``TextView.normal``); the stage converts them to offsets into the
original text once, when it makes the record's mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.model import Entity


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the folded text, ``[start, end)``, and the entity it names."""

    start: int
    end: int
    entity: Entity

    def naming(self, entity: Entity) -> Candidate:
        """The same span naming another entity."""
        return replace(self, entity=entity)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end
