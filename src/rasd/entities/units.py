"""Numbered military units the KB lacks («الفرقة 30», «اللواء 22 حرس جمهوري», "the
30th Division"): entities of their own, the same id in every document.

A unit word (``unit_word`` cues: الفرقة، اللواء، الكتيبة، الفوج, Division, Brigade)
next to a number names a unit, whoever's army it is. Where the KB has no unit of
that name, or has one of another country than the document's («اللواء 52» is a
Syrian brigade in the KB, and a Libyan or Yemeni one in a report from there), the
mention gets an entity of its own, ``new:military_unit-<sha1 of the unit word and
number>``, never another army's unit. A qualifier after the number («مشاة»,
«حرس جمهوري»: ``unit_qualifier`` cues) stays in the mention.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from rasd.arabic import TextView, clitics, fold
from rasd.entities.candidate import Candidate
from rasd.entities.cues import words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken
from rasd.model import Entity

TYPE = "MILITARY_UNIT"
_ORDINAL = r"(?:st|nd|rd|th)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit word before its number («اللواء 22», "Brigade 22"), and an English
    ordinal before its unit word ("22nd Brigade"), over folded text."""
    unit = "|".join(sorted((re.escape(w) for w in words("unit_word")), key=len, reverse=True))
    glued = "|".join(re.escape(p) for p in sorted(clitics.forms(("conjunction", "preposition")),
                                                   key=len, reverse=True) if p)
    before = re.compile(rf"(?<!\w)(?:{glued})?(?P<unit>{unit})\s+(?P<number>\d{{1,4}})"
                        rf"(?![\d/.:-]\d)(?!\w)")
    after = re.compile(rf"(?<!\w)(?P<number>\d{{1,4}}){_ORDINAL}\s+(?P<unit>{unit})(?!\w)")
    return before, after


def entity(unit: str, number: str) -> Entity:
    """The unit a unit word and a number name, the same in every document."""
    word = fold(unit).lower()
    word = word[2:] if word.startswith(clitics.ARTICLE) and not word.isascii() else word
    name = f"{unit} {number}" if not unit.isascii() else f"{unit.title()} {number}"
    digest = hashlib.sha1(f"{TYPE}\t{word} {number}".encode()).hexdigest()[:12]
    arabic = not unit.isascii()
    return Entity(f"new:military_unit-{digest}", name if arabic else None,
                  None if arabic else name, TYPE)


def is_numbered(form: str) -> bool:
    """Whether a folded KB form is a numbered unit's («الفرقه 17»): such a name says
    nothing of the country a story is in, every army numbers its units."""
    return any(p.search(form) for p in _patterns())


def numbered(text: TextView, taken: list[tuple[int, int]]) -> list[Candidate]:
    """The numbered units outside ``taken`` (folded offsets), as entities of their own."""
    normal = text.normal
    free = Taken(taken)
    out = []
    for pattern in _patterns():
        for m in pattern.finditer(normal):
            start = min(m.start("unit"), m.start("number"))  # after the clitics
            end = _qualified(normal, m.end())
            if free.overlaps(start, end):
                continue
            unit = text.original_span(m.start("unit"), m.end("unit")).text
            out.append(Candidate(start, end, entity(unit, m.group("number"))))
    return out


def foreign(kb: KB, text: TextView, found: list[Candidate], country: str | None,
            ) -> list[Candidate]:
    """The candidates, a numbered KB unit of another country than the document's
    («اللواء 52» in a report on Libya) read as a unit of its own."""
    if not country:
        return found
    out = []
    for c in found:
        row = kb.get(c.entity.id)
        if row and row.type == TYPE and row.country and row.country != country:
            for pattern in _patterns():
                m = pattern.search(text.normal, c.start, c.end)
                if m:
                    unit = text.original_span(m.start("unit"), m.end("unit")).text
                    c = c.naming(entity(unit, m.group("number")))
                    break
        out.append(c)
    return out


def _qualified(normal: str, end: int) -> int:
    """The end of a numbered unit with the qualifier words after it («مشاة», «حرس
    جمهوري», «ميكا»), up to two."""
    for _ in range(2):
        rest = normal[end:end + 30]
        word = rest.lstrip(" ").split(" ", 1)[0].rstrip("،,.؛:)")
        if not word or word not in words("unit_qualifier"):
            break
        end += rest.index(word) + len(word)
    return end
