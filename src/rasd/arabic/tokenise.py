"""Tokens of Arabic and English text, and the proclitics that can be split off them.

Tokens are found on the folded copy and carry spans of the original text, so a
token's ``text`` is exactly what the source wrote and its ``norm`` is what
lexicons match against. Arabic words can be split into proclitics (و ف ب ل ك
and the article ال, read by ``clitics``) and a stem; every piece keeps its own
span. A piece cut from inside one original character (the lam-alef ligature ﻻ
folds to two letters) gets the whole character, so pieces of such a word can
share it. ``Tokens`` holds every token of a document compactly (three numbers
each), for the text layer.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from rasd.arabic import clitics
from rasd.arabic.clitics import ARTICLE, MIN_STEM
from rasd.arabic.normalise import TextView

__all__ = ["ARTICLE", "MIN_STEM", "TOKEN", "Piece", "Token", "Tokens", "Word", "split",
           "tokens"]

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


def split(token: Token, text: TextView, is_stem: Callable[[str], bool] | None = None,
          ) -> tuple[Piece, ...]:
    """Split ``token`` into proclitics and stem.

    The longest reading wins whose stem ``is_stem`` accepts; without ``is_stem``
    only readings that end in the article are taken (بالرقة → ب ال رقة), since a
    bare و or ب is as often the word's own first letter (وزير, بيت).
    """
    readings = clitics.readings(token.norm) if token.kind == "arabic" else ()
    for reading in readings:
        parts = reading.clitic.parts
        if (is_stem(reading.rest) if is_stem else parts[-1] == ARTICLE):
            return _pieces(token, text, parts, reading.clitic.form)
    return (Piece(token.start, token.end, token.text, token.norm, "stem"),)


def _pieces(token: Token, text: TextView, parts: tuple[str, ...], form: str,
            ) -> tuple[Piece, ...]:
    n0 = token.at
    pieces, at = [], 0
    widths = clitics.Clitic(form, parts, (), False).widths
    for part, width in zip(parts, widths, strict=True):
        span = text.original_span(n0 + at, n0 + at + width)
        pieces.append(Piece(span.start, span.end, span.text, part, part))
        at += width
    span = text.original_span(n0 + at, n0 + len(token.norm))
    pieces.append(Piece(span.start, span.end, span.text, token.norm[at:], "stem"))
    return tuple(pieces)


KINDS = ("arabic", "number", "latin", "mark")  # TOKEN's groups, in order


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the folded text: where it starts there (``at``), its folded form and
    its kind. Its original span is worked out only when asked (``Tokens.located``)."""

    at: int
    norm: str
    kind: str  # arabic, latin, number or mark

    @property
    def end(self) -> int:
        return self.at + len(self.norm)


class Tokens(Sequence[Word]):
    """Every token of a folded text, kept as two offsets and a kind each (not an object per
    token), so that a long document's tokens cost a few bytes a word."""

    __slots__ = ("ends", "kinds", "normal", "starts")

    def __init__(self, normal: str):
        self.normal = normal
        starts, ends, kinds = array("q"), array("q"), bytearray()  # folded offsets
        for m in TOKEN.finditer(normal):
            start, end = m.span()
            starts.append(start)
            ends.append(end)
            # the index in KINDS of the token's kind (TOKEN's groups are in KINDS order)
            kinds.append((m.lastindex or len(KINDS)) - 1)
        self.starts, self.ends, self.kinds = starts, ends, bytes(kinds)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        at = self.starts[i]
        return Word(at, self.normal[at:self.ends[i]], KINDS[self.kinds[i]])

    def __iter__(self) -> Iterator[Word]:
        normal = self.normal
        for at, end, kind in zip(self.starts, self.ends, self.kinds, strict=True):
            yield Word(at, normal[at:end], KINDS[kind])
