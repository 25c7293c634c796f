"""Month and weekday names of every convention, and the rule for a month name cut short.

The names are rows of ``data/time/{ar,en}/`` (months.tsv, weekdays.tsv,
hijri_months.tsv: form, number, convention, note). Both the time stage and
ingest's page-header dates read them here, so that a month name cut short or
misspelt («Augus», «Septmber», «سبتمبير») reads the same way in both
(``guess_month``) and no table needs a row for it.

A word reads as a month when it is a prefix of at least ``MIN_PREFIX`` letters of
a month name, or one edit (a letter added, dropped, changed, or two swapped) away
from one, the name being at least ``MIN_NAME`` letters long. Shorter names (May,
مارس, نيسان) are too close to ordinary words (may, نسيان) to guess at; a word that
only adds letters to a name («Augusta») is another word, and so is one with
another first letter (a proclitic, or «ويليه» "followed by" beside جويلية). The
caller says where a guess may be made: only right beside a day or a year.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rasd import tables
from rasd.arabic.normalise import fold

MIN_NAME = 6
MIN_PREFIX = 5
LANGUAGES = ("ar", "en")


def rows(name: str) -> list[tables.Row]:
    """The rows of a calendar table under ``data/time`` («ar/months.tsv»)."""
    folder, _, table = name.rpartition("/")
    return tables.shipped(f"time/{folder}" if folder else "time", table, 2)


@cache
def names(kind: str) -> dict[str, int]:
    """Folded names of one kind (months, weekdays, hijri_months) in every language, with
    their number (month 1-12, weekday 0 for Monday)."""
    found: dict[str, int] = {}
    for lang in LANGUAGES:
        try:
            table = rows(f"{lang}/{kind}.tsv")
        except FileNotFoundError:  # no Hijri months in English
            continue
        for row in table:
            found[fold(row[0]).strip()] = int(row[1])
    return found


@cache
def month_names() -> tuple[tuple[str, int], ...]:
    """The one-word Gregorian month names as written (no abbreviation or misspelling
    rows), folded, with their month: what a word cut short is compared with."""
    found: dict[str, int] = {}
    for lang in LANGUAGES:
        for row in rows(f"{lang}/months.tsv"):
            form = fold(row[0]).strip()
            if form.isalpha() and not {"abbr", "typo"} & set(row.get(2).split(",")):
                found[form] = int(row[1])
    return tuple(sorted(found.items()))


@lru_cache(maxsize=4096)
def guess_month(form: str, known: tuple[tuple[str, int], ...] | None = None) -> int | None:
    """The month a folded word is a cut-short or misspelt name of; None for none or two.

    ``known`` is the names to compare with (``month_names()`` when not given).
    """
    if len(form) < MIN_PREFIX:
        return None
    found = {month for name, month in (month_names() if known is None else known)
             if len(name) >= MIN_NAME and form[0] == name[0] and not form.startswith(name)
             and (name.startswith(form) or _one_edit(form, name))}
    return found.pop() if len(found) == 1 else None


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
