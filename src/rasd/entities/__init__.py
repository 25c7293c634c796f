"""Actors and places: find mentions, link them to the knowledge base (the `entities` stage).

``tag(document, text)`` finds the knowledge base's names in the folded text
(``gazetteer``), chooses among entities that share a name from the words before
it and the document's country of focus (``link``), and reads «النظام» /
«السلطة» alone as the government of that country. It returns the record's
``mentions`` and the ``entities`` they link to.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from rasd.arabic import TextView
from rasd.entities import gazetteer, link
from rasd.entities.kb import KB, load
from rasd.model import Document, Entity, Mention

__all__ = ["EntityLayer", "tag"]


@dataclass(frozen=True, slots=True)
class EntityLayer:
    """The entities stage's output: the record's mentions and the entities they name."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]


def _default() -> tuple[KB, gazetteer.Gazetteer]:
    """The shipped KB, with the rows of the file in $RASD_KB (``rasd … --kb FILE``) on top."""
    return _knowledge(os.environ.get("RASD_KB") or None)


@cache
def _knowledge(extra: str | None) -> tuple[KB, gazetteer.Gazetteer]:
    kb = load(Path(extra) if extra else None)
    return kb, gazetteer.build(kb)


@cache
def _government_words() -> re.Pattern[str]:
    forms = sorted(link.cues().get("government", {}), key=len, reverse=True)
    alternation = "|".join(re.escape(gazetteer.key(f)[2:]) for f in forms)
    # group 1: the word with its article (or the lam that carries it: «للنظام»), after
    # optional و/ف and ب/ك; not before an adjective («النظام الداخلي»)
    return re.compile(rf"(?<!\w)[وف]?(?:[بك](?=ال))?((?:ال|لل)(?:{alternation}))(?!\w)(?!\s+ال)")


def _in_context(m: gazetteer.Match, named: set[str]) -> gazetteer.Match:
    """A weak name («الأسد») read as the entity the document also names in full."""
    if not m.weak or not named.intersection(m.candidates):
        return m
    return replace(m, candidates=tuple(c for c in m.candidates if c in named))


def tag(document: Document, text: TextView) -> EntityLayer:
    """Every knowledge-base name in the document, linked, and the entities they name."""
    kb, gaz = _default()
    matches = gazetteer.find(text, gaz)
    named = {c for m in matches if not m.weak for c in m.candidates}
    matches = gazetteer.longest([_in_context(m, named) for m in matches
                                 if not m.weak or m.quoted or m.capitalised
                                 or named.intersection(m.candidates)])
    normal = text.normal
    single = [m.candidates[0] for m in matches if len(m.candidates) == 1]
    country = link.focus(kb, single) or link.focus(
        kb, [link.choose(kb, m.candidates, "", None) for m in matches])
    found: list[tuple[int, int, str]] = []
    for m in matches:
        before = normal[max(0, m.start - 30):m.start]
        found.append((m.start, m.end, link.choose(kb, m.candidates, before, country)))
    government = link.government_of(kb, country)
    if government:
        taken = [(s, e) for s, e, _ in found]
        for g in _government_words().finditer(normal):
            s, e = g.span(1)
            if all(e <= a or s >= b for a, b in taken):
                found.append((s, e, government))
    linked = []
    for start, end, entity_id in found:
        span = text.original_span(start, end)
        linked.append((span.start, span.end, span.text, kb[entity_id].entity()))
    linked.extend(_unknown(document, text, [(a, b) for a, b, _, _ in linked], kb, gaz))
    linked.sort(key=lambda m: m[:2])
    mentions = tuple(Mention(f"m{n}", start, end, surface, entity.type, entity.id)
                     for n, (start, end, surface, entity) in enumerate(linked, 1))
    entities = {e.id: e for _, _, _, e in linked}
    return EntityLayer(mentions, tuple(entities.values()))


def _unknown(document: Document, text: TextView, taken: list[tuple[int, int]], kb: KB,
             gaz: gazetteer.Gazetteer) -> list[tuple[int, int, str, Entity]]:
    """Names the NER model finds in Arabic text where no KB name was found.

    A name that is a weak KB form of an entity of the same kind («الأسد» found as
    a person) is that entity; any other becomes an entity of its own (``new``).
    """
    if document.language not in (None, "ar"):
        return []
    from rasd.entities import ner, new

    out = []
    for start, end, kind in ner.spans(document.text, text):
        if any(start < b and a < end for a, b in taken):
            continue
        surface = document.text[start:end]
        made = new.entity(surface, kind)
        if made is None:
            continue
        known = [c for c in gazetteer.lookup(gaz, new.name_of(surface, kind))
                 if kb[c].type == made.type]
        out.append((start, end, surface, kb[known[0]].entity() if len(known) == 1 else made))
    return out
