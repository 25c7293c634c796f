"""What a time expression states, and the small readers every grammar rule shares.

A rule of the grammar looks at the token where a scan stands and returns an
``Expr`` (what the words say: a day and month, «أمس», ten days after something)
with the index after it, or nothing. Nothing here knows the publication date:
``resolve`` turns an ``Expr`` into a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.arabic import fold

if TYPE_CHECKING:  # the scanner reads YEARS from here; tokens are only annotations
    from rasd.time.scan import Tok

YEARS = range(1900, 2100)
HIJRI_YEARS = range(1300, 1500)


@dataclass(frozen=True, slots=True)
class Expr:
    """What a time expression states; offsets index the folded text."""

    start: int
    end: int
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    weekday: int | None = None        # the weekday the text states (0 = Monday)
    part: str | None = None           # MO AF EV NI
    season: str | None = None
    month_from_ref: bool = False      # «19 من الشهر»: month and year from the narrative
    month_shift: int | None = None    # «من الشهر الجاري / الماضي»: month from the DCT
    year_shift: int | None = None     # «أبريل من العام الماضي»: year from the DCT
    direction: int | None = None      # «الثلاثاء الماضي», «أغسطس المقبل»
    deictic: tuple[int, str] | None = None   # (n, unit) counted from the publication date
    anaphor: int | None = None               # days counted from the narrative's date
    shift: tuple[int, str, str] | None = None  # (signed n, unit, "dct" | "ref" | "event")
    value: str | None = None          # durations, sets and vague references
    hour: int | None = None
    minute: int | None = None
    explicit: bool = False            # names a calendar date: moves the reference time
    mod: str | None = None            # TIMEX3 mod: START MID END («مطلع», «منتصف», «أواخر»)


def kind_at(toks: list[Tok], i: int, kind: str) -> str | None:
    """The value of token ``i``'s reading of ``kind``; None past either end or without one."""
    return toks[i].value(kind) if 0 <= i < len(toks) else None


def bare(tok: Tok, kind: str) -> str | None:
    """A token's reading of ``kind`` when it carries no proclitic («من», not «ومن»).

    Glue and the words that give a date its shape are read only as written: «وفي»
    joins two sentences, not a weekday to its date.
    """
    return None if tok.clitic else tok.value(kind)


def glue_after(tok: Tok, label: str) -> bool:
    """Whether ``tok`` is a glue word that may stand after ``label`` inside a time.

    A glue row's value lists what the word may follow (``words.tsv``): a kind the
    date reader has read (day, month, weekday, year), the first place of a date
    (start), another glue word («الواقع في»), or the rule it joins (season, part,
    clock, deictic: «ربيع العام 2011», «مساء يوم الأحد», «الساعة 10 من صباح أمس»).
    """
    value = bare(tok, "glue")
    return value is not None and label in _contexts(value)


@lru_cache(maxsize=256)
def _contexts(value: str) -> frozenset[str]:
    return frozenset(fold(c.strip()) for c in value.split(",") if c.strip())
