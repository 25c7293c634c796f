"""Month names cut short or misspelt («Augus», «Septmber», «سبتمبير»), read beside a number.

A word the lexicon does not know reads as a month when it is a prefix of at least
``MIN_PREFIX`` letters of a month name, or one edit (a letter added, dropped,
changed, or two swapped) away from one, the name being at least ``MIN_NAME``
letters long; and only when a day number or a year stands right before or after
it («السبت 23 2014 Augus», «Septem 5»). Shorter names (May, مارس, نيسان) are
too close to ordinary words (may, نسيان) to guess at; a word that only adds
letters to a name («Augusta») is another word, and so is one with another first
letter (a proclitic, or «ويليه» "followed by" beside جويلية).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.time.expr import YEARS
from rasd.time.lexicon import Entry, Lexicon

if TYPE_CHECKING:  # the scanner calls read_misspelt on the tokens it makes
    from rasd.time.scan import Tok

MIN_NAME = 6
MIN_PREFIX = 5


def read_misspelt(toks: list[Tok], lexicon: Lexicon) -> list[Tok]:
    """The tokens, each unknown word beside a day or a year that names a month read as one."""
    out = list(toks)
    for i, t in enumerate(toks):
        if t.entries or not t.form.isalpha() or len(t.form) < MIN_PREFIX:
            continue
        if not (_day_or_year(toks, i - 1) or _day_or_year(toks, i + 1)):
            continue
        month = guess_month(t.form, lexicon)
        if month is not None:
            out[i] = replace(t, entries=(Entry("month", str(month)),), starts=True)
    return out


@lru_cache(maxsize=4096)
def guess_month(form: str, lexicon: Lexicon) -> int | None:
    """The month a folded word is a cut-short or misspelt name of; None for none or two."""
    if len(form) < MIN_PREFIX:
        return None
    found = {month for name, month in lexicon.month_names
             if len(name) >= MIN_NAME and form[0] == name[0] and not form.startswith(name)
             and (name.startswith(form) or _one_edit(form, name))}
    return found.pop() if len(found) == 1 else None


def _day_or_year(toks: list[Tok], i: int) -> bool:
    """A plain number that can be a day of the month (1-31) or a year."""
    n = toks[i].number if 0 <= i < len(toks) else None
    if n is None:
        return False
    return (len(toks[i].form) <= 2 and 1 <= n <= 31) or (len(toks[i].form) == 4 and n in YEARS)


def _one_edit(a: str, b: str) -> bool:
    """Whether a letter added, dropped or changed, or two neighbours swapped, turn a into b."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1 or a == b:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
