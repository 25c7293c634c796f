"""The time words the tagger knows, read from the tables under ``data/time/``.

Every form is folded (``rasd.arabic.fold``) and split into tokens the way the
scanner splits text (``pieces``), so a multi-word entry (كانون الثاني, أول من
أمس, the next day) is looked up by its first token and then compared token by
token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rasd import calendar_names, tables
from rasd.arabic import fold
from rasd.arabic.tokenise import Tokens

# Inside a token of the text layer, what the scanner reads as tokens of their own: a
# number's commas («15,2014» is a day and a year) and a Latin word's hyphens and
# apostrophes ("mid-August"; the lexicon's connector «-»).
_JOINT = re.compile(r"(?<=\d),(?=\d)|(?<=[^\W\d_])['’\-](?=[^\W\d_])")

CALENDAR_TABLES = (
    ("month", "ar/months.tsv"), ("month", "en/months.tsv"),
    ("weekday", "ar/weekdays.tsv"), ("weekday", "en/weekdays.tsv"),
    ("hmonth", "ar/hijri_months.tsv"),
)
WORD_TABLES = ("ar/words.tsv", "en/words.tsv")
# The kinds of word an expression can begin with (the rest only continue or qualify one).
STARTERS = frozenset({
    "month", "hmonth", "weekday", "number", "ordinal", "unit", "deictic", "period", "this",
    "direction", "part", "season", "vague", "set", "anaphor", "before", "after", "since",
    "hour", "approx", "decade"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a form: its kind (month, unit, deictic...) and value as written."""

    kind: str
    value: str


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity (scan caches per lexicon)
class Lexicon:
    """Entries by first token, longest first; ``starters``: first tokens that can begin one.

    ``month_names``: the one-word Gregorian month names as written (no abbreviation
    or misspelling rows), folded, with their month: what a misspelt word is compared to.
    """

    phrases: dict[str, tuple[tuple[tuple[str, ...], tuple[Entry, ...]], ...]]
    starters: frozenset[str]
    month_names: tuple[tuple[str, int], ...] = ()

    def longest(self, tokens: list[str], i: int) -> tuple[int, tuple[Entry, ...]]:
        """The longest entry starting at token ``i``: (number of tokens, its readings)."""
        for words, entries in self.phrases.get(tokens[i], ()):
            n = len(words)
            if tuple(tokens[i:i + n]) == words:
                return n, entries
        return 0, ()

    def kinds(self, form: str) -> tuple[Entry, ...]:
        """The readings of a one-token form (no multi-word lookup)."""
        for words, entries in self.phrases.get(form, ()):
            if len(words) == 1:
                return entries
        return ()


def pieces(tokens: Tokens) -> tuple[list[int], list[int]]:
    """The scanner's tokens, as folded starts and ends: the text layer's tokens, with a
    number cut at its commas and a Latin word at its hyphens and apostrophes, which the
    time rules read as tokens of their own. Such joints are rare, so they are found in
    one pass and only the tokens holding one are cut."""
    starts, ends = tokens.starts.tolist(), tokens.ends.tolist()
    cuts: dict[int, list[int]] = defaultdict(list)  # token index -> joints inside it
    for m in _JOINT.finditer(tokens.normal):
        k = bisect_right(tokens.starts, m.start()) - 1
        if k >= 0 and tokens.starts[k] < m.start() < tokens.ends[k]:
            cuts[k].append(m.start())
    for k in sorted(cuts, reverse=True):
        bounds = [starts[k], *(x for c in cuts[k] for x in (c, c + 1)), ends[k]]
        starts[k:k + 1] = bounds[:-1]  # start, joint, after it: each piece's start
        ends[k:k + 1] = bounds[1:]
    return starts, ends


def tokens(text: str) -> list[str]:
    """The scanner's tokens of a folded text."""
    starts, ends = pieces(Tokens(text))
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


@cache
def load() -> Lexicon:
    """Read every time table once."""
    found: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for kind, name in CALENDAR_TABLES:
        for row in calendar_names.rows(name):
            _add(found, row[0], Entry(kind, row[1]))
    for name in WORD_TABLES:
        for row in tables.shipped("time", name, 2):
            _add(found, row[1], Entry(row[0], row.get(2)))
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = defaultdict(list)
    for words, entries in found.items():
        by_first[words[0]].append((words, tuple(dict.fromkeys(entries))))
    phrases = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}
    starters = frozenset(words[0] for words, entries in found.items()
                         if any(e.kind in STARTERS for e in entries))
    return Lexicon(phrases, starters, calendar_names.month_names())


def _add(found: dict[tuple[str, ...], list[Entry]], form: str, entry: Entry) -> None:
    words = tuple(tokens(fold(form)))
    if words:
        found[words].append(entry)

