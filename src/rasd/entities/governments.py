"""States' governments and armed forces where the text names them without their names.

A capital stands for its government where it acts («موسكو انتقدت», «فرضت واشنطن»)
or is a party to relations («علاقاتها مع دمشق»), never after a preposition («في
دمشق قال …»); a capital joined by و to such a capital too («بين موسكو والرياض»).
«النظام», «السلطات» alone stand for the government of the document's country of
focus, «القوات النظامية» for its armed forces (the cue words are ``government`` and
``forces`` rows of ``cues.tsv``). Which entity is a state's government or forces is
said by the KB (its ``government`` and ``forces`` fields), not guessed from ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from rasd.arabic import clitics
from rasd.entities import gazetteer
from rasd.entities.candidate import Candidate
from rasd.entities.cues import acts, after_preposition, cues, in_relations, word_after, words
from rasd.entities.kb import KB, KBEntity
from rasd.entities.taken import Taken


def as_governments(kb: KB, normal: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, with capitals read as their governments where they act or are a
    party to relations, and one joined by و to such a capital too, unless it follows a
    preposition itself. Only neighbouring mentions are compared."""
    out = list(found)
    for n, c in enumerate(found):
        seat = kb[c.entity.id].seat_of
        if seat and (acts(normal, c.start, c.end) or in_relations(normal, c.start)):
            out[n] = c.naming(kb[seat].entity())
    order = sorted(range(len(out)), key=lambda n: out[n].start)
    pairs = list(pairwise(order))
    for a, b in [*pairs, *reversed(pairs)]:  # «إن الرياض وموسكو ودمشق أعلنت»: both ways
        first, second = out[a], out[b]
        if normal[first.end:second.start].strip() != "و":
            continue
        for n, other in ((a, second.entity.id), (b, first.entity.id)):
            seat = kb[out[n].entity.id].seat_of
            if seat and is_government(kb, other) and not after_preposition(
                    normal, out[n].start):
                out[n] = out[n].naming(kb[seat].entity())
    return out


def by_cues(kb: KB, normal: str, country: str | None, found: list[Candidate],
            ) -> list[Candidate]:
    """Mentions of the country's forces («قوات الحكومة», «القوات النظامية»), then of its
    government («النظام» alone), where their cue words stand free of ``found`` and of
    each other."""
    out: list[Candidate] = []
    for kind, entity_id in (("forces", forces_of(kb, country)),  # «قوات الحكومة» first
                            ("government", government_of(kb, country))):
        taken = [(c.start, c.end) for c in (*found, *out)]
        out += [Candidate(s, e, kb[entity_id].entity())
                for s, e in _by_cue(normal, kind, taken)] if entity_id else []
    return out


@cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    """Cue words of ``kind`` as they stand in folded text. The mention is group 1 for an
    Arabic form with its article (or the lam that carries it: «للنظام»), after the
    conjunctions and prepositions the clitics table allows there («وبالنظام»); group 2
    for an Arabic form without it («قوات الحكومة»), after a conjunction; group 3 for an
    English form."""
    forms = sorted((gazetteer.key(f) for f in cues().get(kind, {})), key=len,
                   reverse=True)
    never = "(?!)"  # an empty list matches nothing
    definite = "|".join(re.escape(f[2:]) for f in forms if f.startswith("ال"))
    bare = "|".join(re.escape(f) for f in forms if not f.isascii() and not f.startswith("ال"))
    english = "|".join(re.escape(f) for f in forms if f.isascii())
    glued = clitics.pattern(("conjunction", "preposition"), article=True)
    conjunction = clitics.pattern(("conjunction",))
    return re.compile(rf"(?<!\w)(?:{glued}((?:ال|لل)(?:{definite or never}))"
                      rf"|{conjunction}({bare or never})|({english or never}))(?!\w)")


def _agrees(cue: str, next_word: str) -> bool:
    """Whether the word after a cue can be its adjective («النظام الداخلي»): it has
    the article and the cue's gender («طائرات النظام الحربية» is not one), and is not
    a word that never qualifies a noun («النظام الذي», «النظام اليوم»)."""
    if not next_word.startswith("ال") or next_word in words("not_adjective"):
        return False
    feminine = cue.endswith(("ه", "ات"))
    return feminine == next_word.endswith(("ه", "ات"))


def _by_cue(normal: str, kind: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a cue word of ``kind`` stands alone, free of the ``taken`` spans."""
    out = []
    spans = Taken(taken)
    for g in _cue_pattern(kind).finditer(normal):
        group = next(n for n in (1, 2, 3) if g.group(n))
        s, e = g.span(group)
        if group == 1 and _agrees(g.group(1), word_after(normal, e)):
            continue
        if not spans.overlaps(s, e):
            out.append((s, e))
    return out


def government_of(kb: KB, country: str | None) -> str | None:
    """The government entity of a country code: its state's ``government``, if any."""
    return _remembered(kb, _government_of, country)


def forces_of(kb: KB, country: str | None) -> str | None:
    """The armed forces of a country code: its state's ``forces`` (its top military
    unit), if any."""
    return _remembered(kb, _forces_of, country)


def is_government(kb: KB, entity_id: str) -> bool:
    """Whether an entity is the government of a state (not a ministry or a body)."""
    key = (is_government, None)
    if key not in kb.memo:
        kb.memo[key] = frozenset(s.government for s in kb.of_type("STATE") if s.government)
    return entity_id in kb.memo[key]  # type: ignore[operator]


def _remembered(kb: KB, work: Callable[[KB, str], str | None], country: str | None,
                ) -> str | None:
    """``work(kb, country)``, worked out once per KB and country."""
    if country is None:
        return None
    key = (work, country)
    if key not in kb.memo:
        kb.memo[key] = work(kb, country)
    return kb.memo[key]  # type: ignore[return-value]


def _state(kb: KB, country: str) -> KBEntity | None:
    """The state of a country code (the KB has one per country)."""
    return next((s for s in kb.of_type("STATE") if s.country == country), None)


def _government_of(kb: KB, country: str) -> str | None:
    state = _state(kb, country)
    return state.government if state else None


def _forces_of(kb: KB, country: str) -> str | None:
    state = _state(kb, country)
    return state.forces if state else None
