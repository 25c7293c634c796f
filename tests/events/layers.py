"""Hand-built layers for the events modules' tests: a text, its mentions by hand (no
entities stage, no knowledge base), and the scan, clauses and participants over them."""

from __future__ import annotations

from dataclasses import dataclass

from rasd import arabic
from rasd.events.clauses import Clauses, clauses
from rasd.events.participants import Cast, participants
from rasd.events.scan import Hit, Scanned, scan
from rasd.model import Document, Mention


@dataclass
class Layers:
    text: str
    scanned: Scanned
    where: Clauses
    people: Cast

    def trigger(self, word: str) -> Hit:
        """The trigger hit whose first token holds ``word`` (compared folded)."""
        folded = arabic.fold(word).lower()
        return next(h for h in self.scanned.triggers if folded in self.scanned.forms[h.first])


def layers(text: str, names: dict[str, tuple[str, str]]) -> Layers:
    """The layers of ``text`` with a mention for each name: ``{"داعش": ("ARMED_GROUP",
    "grp:isis")}`` marks every occurrence of the name."""
    mentions = []
    for name, (kind, entity) in names.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(f"m{len(mentions) + 1}", start, start + len(name), name,
                                    kind, entity))
            start = text.find(name, start + 1)
    mentions.sort(key=lambda m: m.start)
    layer = arabic.prepare(Document.make(text, "test.txt"))
    scanned = scan(layer)
    return Layers(text, scanned, clauses(layer, scanned),
                  participants(layer, scanned, tuple(mentions)))
