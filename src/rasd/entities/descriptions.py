"""Descriptions of a known actor, as names of it: «القوات العراقية», «الحكومة اليمنية»,
"Russian forces" (by the state's adjective), and «المملكة» for the one kingdom a
document names.

The descriptions are data: ``descriptions.tsv`` holds the templates («القوات {f}»,
"{en} forces") and ``nationalities.tsv`` each state's adjectives; a template filled
with a state's adjective names the entity the KB gives as that state's government
or forces, where the KB has no such name already (it wins). The gazetteer matches
them with the KB's own names, marked as descriptions.
"""

from __future__ import annotations

import re
from functools import cache

from rasd import tables
from rasd.arabic import clitics
from rasd.entities.candidate import Candidate
from rasd.entities.cues import word_after, words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken


@cache
def _nationalities() -> tuple[tuple[str, str, str, str, bool], ...]:
    """(state id, masculine, feminine, English, kingdom) per row."""
    return tuple((r[0], r[1], r[2], r[3], r.get(4) == "yes")
                 for r in tables.shipped("entities", "nationalities.tsv", 4))


@cache
def _templates() -> tuple[tuple[str, str], ...]:
    """(role, template) per row of ``descriptions.tsv``."""
    return tuple((r[0], r[1]) for r in tables.shipped("entities", "descriptions.tsv", 2))


def forms(kb: KB) -> list[tuple[str, str]]:
    """(form, entity id): every description filled with a state's adjectives, naming
    the state's government or forces as the KB gives them."""
    out = []
    for state_id, masculine, feminine, english, _ in _nationalities():
        state = kb.get(state_id)
        if state is None:
            continue
        for role, template in _templates():
            target = state.government if role == "government" else state.forces
            if target and target in kb:
                out.append((template.format(m=masculine, f=feminine, en=english), target))
    return out


@cache
def _kingdom_pattern() -> re.Pattern[str]:
    """The ``kingdom`` cue words («المملكة», written with the article) after the
    proclitics a noun may carry («وبالمملكة», «للمملكة»)."""
    stems = "|".join(re.escape(f[2:]) for f in sorted(words("kingdom"), key=len, reverse=True)
                     if f.startswith(clitics.ARTICLE))
    glued = clitics.pattern(("conjunction", "preposition"), article=True)
    return re.compile(rf"(?<!\w){glued}((?:ال|لل)(?:{stems or '(?!)'}))(?!\w)")


def kingdom(kb: KB, normal: str, found: list[Candidate]) -> list[Candidate]:
    """«المملكة» alone, not before an adjective («المملكة المتحدة», «المملكة الأردنية»
    are names of their own), as the one kingdom the document's other mentions are of
    (by their entities' country); nothing where they are of none or of two."""
    if not any(w[2:] in normal for w in words("kingdom")):
        return []  # a substring search in C: most texts name no kingdom so
    countries = {kb[c.entity.id].country for c in found if c.entity.id in kb}
    kingdoms = [s for s, _, _, _, king in _nationalities() if king
                and s in kb and kb[s].country in countries]
    if len(kingdoms) != 1:
        return []
    taken = Taken((c.start, c.end) for c in found)
    out = []
    for m in _kingdom_pattern().finditer(normal):
        s, e = m.span(1)
        following = word_after(normal, e)
        if following.startswith("ال") and following not in words("not_adjective"):
            continue
        if not taken.overlaps(s, e):
            out.append(Candidate(s, e, kb[kingdoms[0]].entity()))
    return out

