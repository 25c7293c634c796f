"""The entities stage: the knowledge base's names in a document, linked, and the names
it lacks.

``tag`` finds the KB's names in the folded text (``gazetteer``), keeps those that
are names in context (``context``), chooses among entities that share a name from
the words around it and the document's country of focus (``link``), reads capitals
and «النظام» as governments and their forces (``governments``), adds the names the
NER model finds that the KB lacks (``unknown``) and «هذا الأخير» referring back
(``anaphora``). Every rule reads and returns ``Candidate``s in the folded text's
offsets; they become the record's mentions, in original offsets, once, here.
"""

from __future__ import annotations

from typing import NamedTuple

from rasd.arabic import TextView
from rasd.entities import (
    anaphora,
    context,
    cuewords,
    descriptions,
    governments,
    latin,
    link,
    places,
    titled,
    units,
    unknown,
)
from rasd.entities.candidate import Candidate
from rasd.entities.knowledge import Knowledge, knowledge
from rasd.entities.taken import Taken
from rasd.model import Document, Entity, Mention


class EntityLayer(NamedTuple):
    """The entities stage's output, the two record layers it assigns: the mentions and
    the entities they name."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]


def tag(document: Document, text: TextView, known: Knowledge | None = None) -> EntityLayer:
    """Every knowledge-base name in the document, linked, and the entities they name.

    ``known`` is what the stage knows (``knowledge(kb_file)``): the shipped knowledge
    base alone when it is not given.
    """
    known = known or knowledge()
    kb, normal = known.kb, text.normal
    read = unknown.model_names(document, text, known.ner)
    day = (document.published or "")[:10] or None
    matches, adjectives = context.kb_names(kb, known.gazetteer, text, day, read)
    single = [m.candidates[0] for m in matches
              if len(m.candidates) == 1 and not units.is_numbered(m.form)]
    country = link.focus(kb, single) or link.focus(
        kb, [link.choose(kb, m.candidates, "", None) or "" for m in matches])
    found = []
    for m in matches:
        chosen = link.choose(kb, m.candidates, normal[max(0, m.start - 30):m.start], country,
                             normal[m.end:m.end + 20])
        if chosen:
            found.append(Candidate(m.start, m.end, kb[chosen].entity()))
    found = governments.as_governments(kb, normal, found)
    found += governments.by_cues(kb, normal, country, found)
    found += descriptions.kingdom(kb, normal, found)
    found = units.foreign(kb, text, found, country)
    hits = cuewords.scan(normal)  # role, place and unit words, for the rules below
    found += units.numbered(text, [(c.start, c.end) for c in found], hits)
    taken = [(c.start, c.end) for c in found] + adjectives  # «مقاتلة سورية»: no place either
    english = document.language == "en" or (document.language is None
                                             and latin.mostly_latin(document.text))
    found += places.named(text, taken, read, kb, known.variants, country, hits, english)
    taken = [(c.start, c.end) for c in found] + adjectives
    found += unknown.names(text, read, taken, kb, known.gazetteer, country, known.variants)
    found += titled.named(text, [(c.start, c.end) for c in found] + adjectives,
                          [(c.start, c.end) for c in found if c.entity.type == "PERSON"],
                          hits, english)
    if english:
        found += latin.names(text, [(c.start, c.end) for c in found] + adjectives, kb,
                             known.variants, country)
    found = unknown.surnames(text, found)
    # the «الأخير» spans never overlap each other, so the names before them are enough
    before = Taken((c.start, c.end) for c in found)
    for start, end, entity in anaphora.resolve(normal, [(c.start, c.end, c.entity)
                                                        for c in found]):
        if not before.overlaps(start, end):
            found.append(Candidate(start, end, entity))
    return _layer(text, found)


def _layer(text: TextView, found: list[Candidate]) -> EntityLayer:
    """The record's mentions (original offsets, text order, numbered) and entities."""
    spans = sorted(((text.original_span(c.start, c.end), c.entity) for c in found),
                   key=lambda f: (f[0].start, f[0].end))
    linked = _joined(text.original, [(s.start, s.end, s.text, e) for s, e in spans])
    mentions = tuple(Mention(f"m{n}", start, end, surface, entity.type, entity.id)
                     for n, (start, end, surface, entity) in enumerate(linked, 1))
    entities = {e.id: e for _, _, _, e in linked}
    return EntityLayer(mentions, tuple(entities.values()))


def _joined(text: str, linked: list[tuple[int, int, str, Entity]],
            ) -> list[tuple[int, int, str, Entity]]:
    """Mentions of one entity that touch (spaces between) as one: «وزير الخارجية
    الأميركي جون كيري» is a title and a name of one man, one mention."""
    out: list[tuple[int, int, str, Entity]] = []
    for start, end, surface, entity in linked:
        if out and out[-1][3].id == entity.id and not text[out[-1][1]:start].strip():
            first = out.pop()
            start, surface = first[0], text[first[0]:end]
        out.append((start, end, surface, entity))
    return out
