"""Month names cut short or misspelt («Augus», «Septmber», «سبتمبير»), read beside a number.

A word the lexicon does not know reads as a month when ``rasd.calendar_names``
guesses one for it (a long month name cut short or one letter off; ingest's
page-header dates use the same rule) and only when a day number or a year stands
right before or after it («السبت 23 2014 Augus», «Septem 5»).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.calendar_names import MIN_PREFIX, guess_month
from rasd.time.expr import YEARS
from rasd.time.lexicon import Entry, Lexicon

if TYPE_CHECKING:  # the scanner calls read_misspelt on the tokens it makes
    from rasd.time.scan import Tok


def read_misspelt(toks: list[Tok], numbers: list[int], lexicon: Lexicon) -> list[Tok]:
    """The tokens, each unknown word beside a day or a year that names a month read as one.

    ``numbers``: the indices of the tokens that begin with a digit (the scanner notes
    them as it makes them, so the tokens are not walked again here).
    """
    beside = {j for i in numbers if _day_or_year(toks[i])
              for j in (i - 1, i + 1) if 0 <= j < len(toks)}
    if not beside:
        return toks
    out = list(toks)
    for i in sorted(beside):
        t = toks[i]
        if t.entries or not t.form.isalpha() or len(t.form) < MIN_PREFIX:
            continue
        month = guess_month(t.form, lexicon.month_names)
        if month is not None:
            out[i] = replace(t, entries=(Entry("month", str(month)),), starts=True)
    return out


def _day_or_year(tok: Tok) -> bool:
    """A plain number that can be a day of the month (1-31) or a year."""
    n = tok.number
    if n is None:
        return False
    return (len(tok.form) <= 2 and 1 <= n <= 31) or (len(tok.form) == 4 and n in YEARS)

