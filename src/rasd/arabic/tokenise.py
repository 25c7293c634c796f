"""Tokens of Arabic and English text, and the proclitics that can be split off them.

Tokens are found on the folded copy and carry spans of the original text, so a
token's ``text`` is exactly what the source wrote and its ``norm`` is what
lexicons match against. Arabic words can be split into proclitics (و ف ب ل ك
and the article ال, from ``data/arabic/clitics.tsv``) and a stem; every piece
keeps its own span. A piece cut from inside one original character (the lam-alef
ligature ﻻ folds to two letters) gets the whole character, so pieces of such a
word can share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.arabic.normalise import TextView

ARTICLE = "ال"
MIN_STEM = 2

# Arabic letters (after folding), Latin words with inner apostrophes/hyphens,
# numbers with inner separators (2,000  3.5  23/24  2014-08-19), any other mark.
TOKEN = re.compile(
    r"(?P<arabic>[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]+)"
    r"|(?P<number>[0-9]+(?:[.,/:\-][0-9]+)*)"
    r"|(?P<latin>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<mark>\S)"
)


@dataclass(frozen=True, slots=True)
class Token:
    """A token: ``start``/``end`` index the original text, ``norm`` is its folded form,
    found at ``at`` in the folded text."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # arabic, latin, number or mark
    at: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A proclitic or the stem of a split word, with its span in the original text."""

    start: int
    end: int
    text: str
    norm: str
    role: str  # the clitic's form (و, ب, ال …) or "stem"


def tokens(text: TextView) -> tuple[Token, ...]:
    """Every token of the text, in order."""
    found = []
    for m in TOKEN.finditer(text.normal):
        span = text.original_span(m.start(), m.end())
        found.append(Token(span.start, span.end, span.text, m.group(), m.lastgroup or "mark",
                           m.start()))
    return tuple(found)


@cache
def load_clitics() -> dict[str, tuple[str, ...]]:
    """Proclitic forms (folded) mapped to their parts, longest form first."""
    rows = {row[0]: tuple(row[1].split()) for row in tables.shipped("arabic", "clitics.tsv", 2)}
    return dict(sorted(rows.items(), key=lambda kv: -len(kv[0])))


def splits(token: Token) -> list[tuple[str, ...]]:
    """Every way to read ``token.norm`` as proclitics + stem, the unsplit reading last.

    Each reading is a tuple of the clitic parts; the stem is what remains. A stem
    keeps at least two letters.
    """
    if token.kind != "arabic":
        return [()]
    found = [parts for form, parts in load_clitics().items()
             if token.norm.startswith(form) and len(token.norm) - len(form) >= MIN_STEM]
    return [*found, ()]


def split(token: Token, text: TextView, is_stem: Callable[[str], bool] | None = None,
          ) -> tuple[Piece, ...]:
    """Split ``token`` into proclitics and stem.

    The longest reading wins whose stem ``is_stem`` accepts; without ``is_stem``
    only readings that end in the article are taken (بالرقة → ب ال رقة), since a
    bare و or ب is as often the word's own first letter (وزير, بيت).
    """
    for parts in splits(token):
        if not parts:
            break
        form = clitic_form(parts)
        stem = token.norm[len(form):]
        if (is_stem(stem) if is_stem else parts[-1] == ARTICLE):
            return _pieces(token, text, parts, form)
    return (Piece(token.start, token.end, token.text, token.norm, "stem"),)


def _widths(parts: tuple[str, ...]) -> list[int]:
    # لل is ل + ال with the article's alef dropped: the article is written with one letter
    return [1 if p == ARTICLE and i and parts[i - 1] == "ل" else len(p)
            for i, p in enumerate(parts)]


def clitic_form(parts: tuple[str, ...]) -> str:
    """How proclitic parts are written together (ل + ال is «لل»)."""
    return "".join(p[len(p) - w:] for p, w in zip(parts, _widths(parts), strict=True))


def _pieces(token: Token, text: TextView, parts: tuple[str, ...], form: str,
            ) -> tuple[Piece, ...]:
    n0 = token.at
    pieces, at = [], 0
    for part, width in zip(parts, _widths(parts), strict=True):
        span = text.original_span(n0 + at, n0 + at + width)
        pieces.append(Piece(span.start, span.end, span.text, part, part))
        at += width
    span = text.original_span(n0 + at, n0 + len(token.norm))
    pieces.append(Piece(span.start, span.end, span.text, token.norm[at:], "stem"))
    return tuple(pieces)
