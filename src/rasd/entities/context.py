"""Which of the knowledge base's names found in a text are names there, and of whom.

A name that is a common word too (a weak name: «الأسد», «المرصد», «البغدادي») counts
only in context: quoted, capitalised in English, named in full elsewhere in the
document, an actor or capital of a country the document names, the subject of a
verb of acting, or read as a name of a fitting kind by the NER model. A country
name that is also its adjective after an indefinite feminine noun («مقاتلة سورية»)
is no mention of the state. A title held for a time («الرئيس الأمريكي») names
whoever held it on the document's date, and not when it stands before another
person's name or after «نائب». A place inside an organisation the NER model found
(«حكومة الأنبار») is part of that name.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.arabic import TextView
from rasd.entities import gazetteer, kinds
from rasd.entities.cues import acts, cue_after, cue_before, word_after, word_before, words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken


def kb_names(kb: KB, gaz: gazetteer.Gazetteer, text: TextView, day: str | None,
             read: list[tuple[int, int, str]],
             ) -> tuple[list[gazetteer.Match], list[tuple[int, int]]]:
    """The KB names to link, in text order (the longest where names overlap), and the
    spans of those left out as adjectives («مقاتلة سورية»); folded offsets.

    ``day`` is the document's date (ISO) or None; ``read`` the names the NER model
    found, (start, end, label) in folded offsets.

    A title counts for whoever held it on the document's date (``KB.holds``); weak
    names count only in context (``_kept``); a place inside a longer
    organisation the NER model found («حكومة الأنبار», «قيادة عمليات الأنبار») is
    part of that name, not a mention of the place.
    """
    normal = text.normal
    matches = [m for m in (_on_the_day(kb, m, normal, day) for m in gazetteer.find(text, gaz))
               if m]
    strong = [m for m in matches if not m.weak]
    named = {c for m in strong for c in m.candidates}
    countries = {kb[c].country for c in named if kb[c].country}
    by_end: dict[int, list[tuple[int, str]]] = {}
    for s, e, kind in read:
        by_end.setdefault(e, []).append((s, kind))
    kept = [_kept(kb, m, normal, named, countries) or _read_as_name(kb, m, by_end)
            for m in matches]
    kept = [m for m in kept if m is not None]
    adjectives = [(m.start, m.end) for m in kept if _adjective(normal, m)]
    bodies = Taken((s, e) for s, e, k in read if k == "ORG")
    left_out = {*adjectives, *((m.start, m.end) for m in kept
                               if all(kb[c].type in ("LOCATION", "STATE") for c in m.candidates)
                               and bodies.holds(m.start, m.end))}
    matches = gazetteer.longest([m for m in kept if (m.start, m.end) not in left_out
                                 and not _longer_name(kb, normal, m)])
    nexts: list[gazetteer.Match | None] = [*matches[1:], None]
    matches = [m for m, after in zip(matches, nexts, strict=False)
               if not _title_of_another(kb, normal, m, after)]
    return matches, adjectives


def _longer_name(kb: KB, normal: str, m: gazetteer.Match) -> bool:
    """Whether a one-word person's name goes on as another's: «هادي بن علي اليامي» is
    not Hadi (a ``nasab`` word, «بن», follows it). The NER model reads the whole."""
    return (" " not in normal[m.start:m.end].strip()
            and all(kb[c].type == "PERSON" for c in m.candidates)
            and word_after(normal, m.end) in words("nasab"))


def _title_of_another(kb: KB, normal: str, title: gazetteer.Match,
                      after: gazetteer.Match | None) -> bool:
    """Whether a dated title stands right before the name of another person: «في عهد
    الرئيس الأمريكي باراك أوباما» written in 2018 is Obama's title, not Trump's."""
    return (after is not None and not normal[title.end:after.start].strip()
            and any(kb.dated(title.form, c) for c in title.candidates)
            and any(kb[c].type == "PERSON" for c in after.candidates)
            and not set(title.candidates) & set(after.candidates))


def _in_context(m: gazetteer.Match, named: set[str]) -> gazetteer.Match:
    """A weak name («الأسد») read as the entity the document also names in full."""
    if not m.weak or not named.intersection(m.candidates):
        return m
    return replace(m, candidates=tuple(c for c in m.candidates if c in named))


def _kept(kb: KB, m: gazetteer.Match, normal: str, named: set[str],
          countries: set[str]) -> gazetteer.Match | None:
    """A weak name kept as a name: quoted, capitalised in English, named in full
    elsewhere, an actor or the capital of a country the document names («الأسد» in
    a report that names Syria, «الرياض» in one that names Saudi Arabia; but not a
    person's name at a place: «في البغدادي» is the town), or the subject of a verb of
    acting («الأسد يعلن»); None otherwise."""
    if not m.weak or m.quoted or m.capitalised:
        return m
    if named.intersection(m.candidates):
        return _in_context(m, named)
    at_a_place = cue_before(normal, m.start, "locative")
    local = tuple(c for c in m.candidates if kb[c].country in countries and (
        kb[c].seat_of or kb[c].type not in kinds.places())  # a capital or actor, not «التل»
        and not (at_a_place and kb[c].type == "PERSON"))
    if local:
        return replace(m, candidates=local)
    if acts(normal, m.start, m.end):
        return m
    return None


def _on_the_day(kb: KB, m: gazetteer.Match, normal: str, day: str | None,
                ) -> gazetteer.Match | None:
    """The match with only the entities its form names on ``day`` («الرئيس الأمريكي» is
    Obama in 2015); None when it names none of them then, or when the title is not
    its holder's («نائب الرئيس الأمريكي», «الرئيس الأمريكي السابق»)."""
    if any(kb.dated(m.form, c) for c in m.candidates) and (
            cue_before(normal, m.start, "deputy") or cue_after(normal, m.end, "former")):
        return None
    holders = tuple(c for c in m.candidates if kb.holds(m.form, c, day))
    if len(holders) == len(m.candidates):
        return m
    return replace(m, candidates=holders) if holders else None


def _read_as_name(kb: KB, m: gazetteer.Match, by_end: dict[int, list[tuple[int, str]]],
                  ) -> gazetteer.Match | None:
    """A weak name that the NER model also reads as a name of a fitting kind, the
    same words («الرياض» as a place; not «المرصد الفلكي»), narrowed to the entities
    of that kind; None otherwise. ``by_end`` holds the model's names, (start, label)
    by their end, so only those that end with the match are looked at."""
    for s, kind in by_end.get(m.end, ()):
        if abs(s - m.start) <= 1:
            fitting = tuple(c for c in m.candidates if kb[c].type in kinds.read_as(kind))
            if fitting:
                return replace(m, candidates=fitting)
    return None


def _adjective(normal: str, m: gazetteer.Match) -> bool:
    """A country name that is also its adjective («سورية», «تركية») after an indefinite
    feminine noun or adjective: «مقاتلة سورية», «طائرات سورية», «خطة أميركية تركية»."""
    name = normal[m.start:m.end]
    if not name.endswith("يه") or " " in name or name.startswith("ال"):
        return False
    before, _ = word_before(normal, m.start)
    return (before.endswith(("ه", "ات")) and not before.startswith("ال")
            and before not in words("preposition"))  # «تجاه سورية» is the state
