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

from rasd.arabic import TextView, clitics, fold
from rasd.entities import cuewords
from rasd.entities.candidate import Candidate
from rasd.entities.cues import words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken
from rasd.model import Entity

TYPE = "MILITARY_UNIT"


_DIGIT = re.compile(r"\d")
_NUMBER_AFTER = re.compile(r"\s+(?P<number>\d{1,4})(?![\d/.:-]\d)(?!\w)")
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?P<number>\d{1,4})(?:st|nd|rd|th)\s+$")


def _units(normal: str, hits: cuewords.Hits | None = None) -> list[tuple[int, int, int, str]]:
    """(start, end, unit word's start, number) of every numbered unit: a unit word
    and the number after it («اللواء 22», "brigade 22"), or an English ordinal before
    it ("22nd brigade"); the unit words are ``hits`` (``cuewords.scan``: scanned
    here when not given)."""
    out = []
    for start, end in (hits or cuewords.scan(normal))["unit_word"]:
        after = _NUMBER_AFTER.match(normal, end)
        if after:
            out.append((start, after.end(), start, after.group("number")))
            continue
        before = _ORDINAL_BEFORE.search(normal, max(0, start - 12), start)
        if before and normal[start:end].isascii():
            out.append((before.start(), end, start, before.group("number")))
    return out


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
    return bool(_DIGIT.search(form)) and bool(_units(form))


def numbered(text: TextView, taken: list[tuple[int, int]], hits: cuewords.Hits,
             ) -> list[Candidate]:
    """The numbered units outside ``taken`` (folded offsets), as entities of their own;
    ``hits`` are the text's cue words (``cuewords.scan``)."""
    normal = text.normal
    free = Taken(taken)
    out = []
    for start, end, unit_start, number in _units(normal, hits):
        end = _qualified(normal, end)
        if free.overlaps(start, end):
            continue
        unit = text.original_span(unit_start, _word_end(normal, unit_start)).text
        out.append(Candidate(start, end, entity(unit, number)))
    return out


def _word_end(normal: str, start: int) -> int:
    end = start
    while end < len(normal) and normal[end].isalnum():
        end += 1
    return end


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
            named = _units(text.normal[c.start:c.end])
            if named:
                _, _, unit_start, number = named[0]
                unit = text.original_span(c.start + unit_start,
                                          _word_end(text.normal, c.start + unit_start)).text
                c = c.naming(entity(unit, number))
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
