"""Search patterns that match Arabic as the text layer folds it, in DuckDB and in Python.

A query is folded like the text layer's matching copy (``data/arabic/folding.tsv``:
alef and ya variants, ta marbuta, hamza seats, case) and each Arabic word loses its
proclitics («والرقة» → «رقه»). Rather than folding every stored text at each search,
the pattern goes the other way: each folded letter becomes the class of every letter
that folds to it, diacritics and tatweel may follow any letter, and a word may carry
any proclitic of ``data/arabic/clitics.tsv`` («الرقة», «والرقة», «بالرقة» all match).
Words of the query must follow each other, as a phrase. The DuckDB flavour (RE2) is a
bound parameter of the search query; the Python flavour marks the hit in a snippet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasd.arabic import clitics
from rasd.arabic.normalise import fold, load_folding

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_WORD = re.compile(r"\w+")
MAX_WORDS = 8


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the folded words searched for, and the two flavours of pattern."""

    words: tuple[str, ...]
    duckdb: str
    python: re.Pattern[str]


def parse(query: str) -> Query | None:
    """The patterns of a query, or None when it holds no word."""
    words = tuple(_stem(w) for w in _WORD.findall(fold(query))[:MAX_WORDS])
    words = tuple(w for w in words if w)
    if not words:
        return None
    prefix = _prefix()
    body = r"[^\pL\pN]+".join(prefix + _letters(w) for w in words)
    py_body = r"\W+".join(prefix + _letters(w) for w in words)
    return Query(words, rf"(?:^|[^\pL\pN]){body}(?:[^\pL\pN]|$)",
                 re.compile(rf"(?<!\w){py_body}(?!\w)"))


def _stem(word: str) -> str:
    """A folded Arabic word without its proclitics; other words as they are."""
    if not _ARABIC.search(word):
        return word
    return clitics.strip(word, clitics.KINDS, min_rest=2)


@cache
def _classes() -> tuple[dict[str, str], str]:
    """Each folded character's class of originals, and the class of dropped characters."""
    originals: dict[str, set[str]] = {}
    dropped = []
    for cp, folded in load_folding().table.items():
        if folded == "":
            dropped.append(chr(cp))
        elif len(folded) == 1:
            originals.setdefault(folded, {folded}).add(chr(cp))
    classes = {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]"
               for k, v in originals.items()}
    return classes, "[" + "".join(re.escape(c) for c in sorted(dropped)) + "]*"


def _letters(word: str) -> str:
    classes, dropped = _classes()
    return "".join(classes.get(c, re.escape(c)) + dropped for c in word)


@cache
def _prefix() -> str:
    """An optional proclitic, any form of the clitic table (longest first)."""
    forms = sorted(clitics.forms(clitics.KINDS), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(_letters(f) for f in forms) + ")?"


def snippet(text: str, query: Query, width: int = 90) -> tuple[str, str, str] | None:
    """The first hit in ``text`` with up to ``width`` characters either side, as (before,
    hit, after), or None when the Python flavour finds nothing."""
    m = query.python.search(text)
    if not m:
        return None
    start, end = m.start(), m.end()
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return (("…" if start > width else "") + before, text[start:end],
            after + ("…" if end + width < len(text) else ""))
