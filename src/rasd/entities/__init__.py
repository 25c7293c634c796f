"""Actors and places: find mentions, link them to the knowledge base (the `entities` stage).

``tag(document, text)`` finds the knowledge base's names in the folded text
(``gazetteer``), chooses among entities that share a name from the words before
it and the document's country of focus (``link``), and reads «النظام» /
«السلطة» alone as the government of that country. Names the KB lacks come from
the NER model (``ner``, ``new``); «هذا الأخير» refers back (``anaphora``). It returns the record's
``mentions`` and the ``entities`` they link to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from rasd.arabic import TextView
from rasd.entities import anaphora, gazetteer, kinds, link
from rasd.entities.kb import KB
from rasd.entities.knowledge import Knowledge, knowledge
from rasd.model import Document, Entity, Mention

__all__ = ["EntityLayer", "Knowledge", "knowledge", "tag"]


class EntityLayer(NamedTuple):
    """The entities stage's output, the two record layers it assigns: the mentions and
    the entities they name."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]


@cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    """Cue words of ``kind`` as they stand in folded text. The mention is group 1 for an
    Arabic form with its article (or the lam that carries it: «للنظام»), after optional
    و/ف and ب/ك; group 2 for an Arabic form without it («قوات الحكومة»), after
    optional و/ف; group 3 for an English form."""
    forms = sorted((gazetteer.key(f) for f in link.cues().get(kind, {})), key=len,
                   reverse=True)
    never = "(?!)"  # an empty list matches nothing
    definite = "|".join(re.escape(f[2:]) for f in forms if f.startswith("ال"))
    bare = "|".join(re.escape(f) for f in forms if not f.isascii() and not f.startswith("ال"))
    english = "|".join(re.escape(f) for f in forms if f.isascii())
    return re.compile(rf"(?<!\w)(?:[وف]?(?:[بك](?=ال))?((?:ال|لل)(?:{definite or never}))"
                      rf"|[وف]?({bare or never})|({english or never}))(?!\w)")


def _agrees(cue: str, next_word: str) -> bool:
    """Whether the word after a cue can be its adjective («النظام الداخلي»): it has
    the article and the cue's gender («طائرات النظام الحربية» is not one), and is not
    a word that never qualifies a noun («النظام الذي», «النظام اليوم»)."""
    if not next_word.startswith("ال") or next_word in link.words("not_adjective"):
        return False
    feminine = cue.endswith(("ه", "ات"))
    return feminine == next_word.endswith(("ه", "ات"))


def _by_cue(kb: KB, normal: str, kind: str, entity_id: str | None,
            taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Mentions of ``entity_id`` where a cue word of ``kind`` stands alone."""
    if entity_id is None:
        return []
    out = []
    for g in _cue_pattern(kind).finditer(normal):
        group = next(n for n in (1, 2, 3) if g.group(n))
        s, e = g.span(group)
        if group == 1 and _agrees(g.group(1), link.word_after(normal, e)):
            continue
        if all(e <= a or s >= b for a, b in taken):
            out.append((s, e, entity_id))
    return out


def _in_context(m: gazetteer.Match, named: set[str]) -> gazetteer.Match:
    """A weak name («الأسد») read as the entity the document also names in full."""
    if not m.weak or not named.intersection(m.candidates):
        return m
    return replace(m, candidates=tuple(c for c in m.candidates if c in named))


def _kept(kb: KB, m: gazetteer.Match, normal: str, named: set[str],
          countries: set[str]) -> gazetteer.Match | None:
    """A weak name kept as a name: quoted, capitalised in English, named in full
    elsewhere, an actor or the capital of a country the document names («الأسد» in
    a report that names Syria, «الرياض» in one that names Saudi Arabia), or
    the subject of a verb of acting («الأسد يعلن»); None otherwise."""
    if not m.weak or m.quoted or m.capitalised:
        return m
    if named.intersection(m.candidates):
        return _in_context(m, named)
    local = tuple(c for c in m.candidates if kb[c].country in countries and (
        kb[c].seat_of or kb[c].type not in kinds.places()))  # a capital or actor, not «التل»
    if local:
        return replace(m, candidates=local)
    if link.acts(normal, m.start, m.end):
        return m
    return None


def _on_the_day(kb: KB, m: gazetteer.Match, normal: str, day: str | None,
                ) -> gazetteer.Match | None:
    """The match with only the entities its form names on ``day`` («الرئيس الأمريكي» is
    Obama in 2015); None when it names none of them then, or when the title is not
    its holder's («نائب الرئيس الأمريكي», «الرئيس الأمريكي السابق»)."""
    if any(kb.dated(m.form, c) for c in m.candidates) and (
            link.cue_before(normal, m.start, "deputy") or link.cue_after(normal, m.end, "former")):
        return None
    holders = tuple(c for c in m.candidates if kb.holds(m.form, c, day))
    if len(holders) == len(m.candidates):
        return m
    return replace(m, candidates=holders) if holders else None


def _read_as_name(kb: KB, m: gazetteer.Match, read: list[tuple[int, int, str]],
                  ) -> gazetteer.Match | None:
    """A weak name that the NER model also reads as a name of a fitting kind, the
    same words («الرياض» as a place; not «المرصد الفلكي»), narrowed to the entities
    of that kind; None otherwise."""
    for s, e, kind in read:
        if abs(s - m.start) <= 1 and e == m.end:
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
    before, _ = link.word_before(normal, m.start)
    return (before.endswith(("ه", "ات")) and not before.startswith("ال")
            and before not in link.words("preposition"))  # «تجاه سورية» is the state


def _as_government(kb: KB, normal: str, found: list[tuple[int, int, str]],
                   ) -> list[tuple[int, int, str]]:
    """Capitals read as their governments where they act or are a party to relations;
    one joined by و to such a capital too («بين موسكو والرياض»), unless it follows a
    preposition itself. Only neighbouring mentions are compared."""
    out = list(found)
    for n, (s, e, entity_id) in enumerate(found):
        seat = kb[entity_id].seat_of
        if seat and (link.acts(normal, s, e) or link.in_relations(normal, s)):
            out[n] = (s, e, seat)
    order = sorted(range(len(out)), key=lambda n: out[n][0])
    pairs = list(pairwise(order))
    for a, b in [*pairs, *reversed(pairs)]:  # «إن الرياض وموسكو ودمشق أعلنت»: both ways
        (_, end, first), (start, _, second) = out[a], out[b]
        if normal[end:start].strip() != "و":
            continue
        for n, other in ((a, second), (b, first)):
            seat = kb[out[n][2]].seat_of
            if seat and link.is_government(kb, other) and not link.after_preposition(
                    normal, out[n][0]):
                out[n] = (out[n][0], out[n][1], seat)
    return out


def tag(document: Document, text: TextView, known: Knowledge | None = None) -> EntityLayer:
    """Every knowledge-base name in the document, linked, and the entities they name.

    ``known`` is what the stage knows (``knowledge.knowledge(kb_file)``): the shipped
    knowledge base alone when it is not given.
    """
    known = known or knowledge()
    kb, gaz = known.kb, known.gazetteer
    normal = text.normal
    model = _model_names(document, text, known)
    matches, dropped = _kb_names(kb, gaz, document, text, model)
    single = [m.candidates[0] for m in matches if len(m.candidates) == 1]
    country = link.focus(kb, single) or link.focus(
        kb, [link.choose(kb, m.candidates, "", None) or "" for m in matches])
    found: list[tuple[int, int, str]] = []
    for m in matches:
        before = normal[max(0, m.start - 30):m.start]
        after = normal[m.end:m.end + 20]
        chosen = link.choose(kb, m.candidates, before, country, after)
        if chosen:
            found.append((m.start, m.end, chosen))
    found = _as_government(kb, normal, found)
    for kind, entity_id in (("forces", link.forces_of(kb, country)),  # «قوات الحكومة» first
                            ("government", link.government_of(kb, country))):
        found += _by_cue(kb, normal, kind, entity_id, [(s, e) for s, e, _ in found])
    linked = []
    for start, end, entity_id in found:
        span = text.original_span(start, end)
        linked.append((span.start, span.end, span.text, kb[entity_id].entity()))
    taken = [(a, b) for a, b, _, _ in linked]
    for s, e in dropped:  # «مقاتلة سورية»: not a place for the NER model either
        span = text.original_span(s, e)
        taken.append((span.start, span.end))
    linked.extend(_unknown(document, model, taken, kb, gaz, country))
    linked = _surnames(linked)
    folded = [(text.normal_offset(a), text.normal_offset(b), e) for a, b, _, e in linked]
    for start, end, entity in anaphora.resolve(normal, folded):
        span = text.original_span(start, end)
        if all(span.end <= a or span.start >= b for a, b, _, _ in linked):
            linked.append((span.start, span.end, span.text, entity))
    linked = _joined(document.text, sorted(linked, key=lambda m: m[:2]))
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


def _kb_names(kb: KB, gaz: gazetteer.Gazetteer, document: Document, text: TextView,
              model: list[tuple[int, int, str]],
              ) -> tuple[list[gazetteer.Match], list[tuple[int, int]]]:
    """The KB names to link, in text order (the longest where names overlap), and the
    spans of those left out as adjectives («مقاتلة سورية»).

    A title counts for whoever held it on the document's date (``KB.holds``); weak
    names count only in context (``_kept``); a place inside a longer
    organisation the NER model found («حكومة الأنبار», «قيادة عمليات الأنبار») is
    part of that name, not a mention of the place.
    """
    normal = text.normal
    day = (document.published or "")[:10] or None
    matches = [m for m in (_on_the_day(kb, m, normal, day) for m in gazetteer.find(text, gaz))
               if m]
    strong = [m for m in matches if not m.weak]
    named = {c for m in strong for c in m.candidates}
    countries = {kb[c].country for c in named if kb[c].country}
    read = [(text.normal_offset(s), text.normal_offset(e), k) for s, e, k in model]
    kept = [_kept(kb, m, normal, named, countries) or _read_as_name(kb, m, read)
            for m in matches]
    kept = [m for m in kept if m is not None]
    adjectives = [(m.start, m.end) for m in kept if _adjective(normal, m)]
    bodies = [(s, e) for s, e, k in read if k == "ORG"]
    inside = [(m.start, m.end) for m in kept
              if all(kb[c].type in ("LOCATION", "STATE") for c in m.candidates)
              and any(s <= m.start and m.end <= e and e - s > m.end - m.start
                      for s, e in bodies)]
    matches = gazetteer.longest([m for m in kept if (m.start, m.end) not in adjectives
                                 and (m.start, m.end) not in inside])
    nexts: list[gazetteer.Match | None] = [*matches[1:], None]
    matches = [m for m, after in zip(matches, nexts, strict=False)
               if not _title_of_another(kb, normal, m, after)]
    return matches, adjectives


def _title_of_another(kb: KB, normal: str, title: gazetteer.Match,
                      after: gazetteer.Match | None) -> bool:
    """Whether a dated title stands right before the name of another person: «في عهد
    الرئيس الأمريكي باراك أوباما» written in 2018 is Obama's title, not Trump's."""
    return (after is not None and not normal[title.end:after.start].strip()
            and any(kb.dated(title.form, c) for c in title.candidates)
            and any(kb[c].type == "PERSON" for c in after.candidates)
            and not set(title.candidates) & set(after.candidates))


def _model_names(document: Document, text: TextView, known: Knowledge,
                 ) -> list[tuple[int, int, str]]:
    """The NER model's names in an Arabic document: (start, end, type), original offsets."""
    if document.language not in (None, "ar"):
        return []
    from rasd.entities import ner

    return ner.spans(document.text, text, known.ner)


def _unknown(document: Document, model: list[tuple[int, int, str]],
             taken: list[tuple[int, int]], kb: KB, gaz: gazetteer.Gazetteer,
             country: str | None) -> list[tuple[int, int, str, Entity]]:
    """The NER model's names where no KB name was found.

    One name is one entity in a document: where the model gives it several types
    («عادل عيسى» a person here, a place there), the commonest wins. A name that is
    a (weak) KB form of entities of a kind that type can be («الأسد» found as a
    person; «الرياض», or «إيران» in «فإيران» where the gazetteer cannot cut the ف,
    as a place) is the one the document's country of focus prefers; any other name
    becomes an entity of its own (``new``).
    """
    from rasd.entities import new

    names = [(s, e, kind, document.text[s:e]) for s, e, kind in model
             if not any(s < b and a < e for a, b in taken) and kind in kinds.new_types()]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, kind, surface in names:
        votes[gazetteer.key(new.name_of(surface, "PERS"))][kind] += 1
    _surname_votes(votes)
    out = []
    for start, end, _, surface in names:
        kind = votes[gazetteer.key(new.name_of(surface, "PERS"))].most_common(1)[0][0]
        made = new.entity(surface, kind)
        if made is None or link.only_place_words(gazetteer.key(surface)):
            continue  # not an actor, or «المدينة», «الريف» alone: no name
        known = [c for c in gazetteer.lookup(gaz, new.name_of(surface, kind))
                 if kb[c].type in kinds.read_as(kind)]
        if known:
            made = kb[link.choose(kb, tuple(known), "", country) or known[0]].entity()
        out.append((start, end, surface, made))
    return out


def _surname_votes(votes: dict[str, Counter[str]]) -> None:
    """A one-word name and the longer name it ends vote together where either was read
    as a person («ميشال بلاتيني» … «بلاتيني»): one person, not a person and a club."""
    ends: dict[str, str] = {}
    for key in votes:
        if len(key.split()) > 1:
            ends.setdefault(key.split()[-1], key)
    for key in [k for k in votes if k in ends]:
        both = votes[key] + votes[ends[key]]
        if both["PERS"] and both["PERS"] >= max(both.values()):
            votes[key] = votes[ends[key]] = Counter({"PERS": both["PERS"]})


def _surnames(found: list[tuple[int, int, str, Entity]]) -> list[tuple[int, int, str, Entity]]:
    """One-word person names the KB lacks that end a longer person's name found before
    them, read as that person («عيسى» after «عادل عيسى», «الجعفري» after «بشار
    الجعفري»); the latest such name wins."""
    from rasd.entities import new

    out = []
    full: dict[str, Entity] = {}
    for start, end, surface, entity in sorted(found, key=lambda f: f[0]):
        name = gazetteer.key(new.name_of(surface, "PERS")).split()
        if entity.id.startswith("new:") and entity.type == "PERSON" and len(name) == 1 \
                and name[0] in full:
            entity = full[name[0]]
        elif entity.type == "PERSON" and len(name) > 1:
            full[name[-1]] = entity
        out.append((start, end, surface, entity))
    return out
