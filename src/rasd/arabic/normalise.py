"""A folded copy of a text for matching, with an offset map back to the original.

Matching runs on ``TextView.normal`` (alef and ya variants, ta marbuta, hamza
seats, diacritics, tatweel, Eastern digits, odd spaces and bidi marks folded by
``data/arabic/folding.tsv``); every span found there is mapped back with
``TextView.original_span`` so that it indexes the untouched text. The map is
sparse: it stores only the places where the copy gains or loses characters, so
a 100 MB text costs no per-character table.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.model import Span

FOLDING = "folding.tsv"


@dataclass(frozen=True, slots=True)
class Folding:
    """The folding table: ``table`` for ``str.translate``, ``changing`` finds non 1:1 rows."""

    table: dict[int, str]
    changing: re.Pattern[str]


@cache
def load_folding() -> Folding:
    """Read ``folding.tsv`` once; NFKC rows are expanded and folded again."""
    table = _parse_folding(tables.shipped("arabic", FOLDING, 2))
    unstable = True
    while unstable:  # fold the replacements themselves (e.g. NFKC output with hamza)
        folded = {k: v.translate(table) for k, v in table.items()}
        unstable = folded != table
        table = folded
    changing = sorted(k for k, v in table.items() if len(v) != 1)
    return Folding(table, re.compile("[" + "".join(_class_char(c) for c in changing) + "]"))


def _parse_folding(rows: list[tables.Row]) -> dict[int, str]:
    table: dict[int, str] = {}
    for row in rows:
        source, target = row[0], row[1]
        first, _, last = source.partition("..")
        for cp in range(_codepoint(first), _codepoint(last or first) + 1):
            char = chr(cp)
            if target == "-":
                table[cp] = ""
            elif target == "nfkc":
                table[cp] = unicodedata.normalize("NFKC", char)
            elif target == "digit":
                table[cp] = str(unicodedata.digit(char))
            elif target == "lower":
                table[cp] = char.lower()
            else:
                table[cp] = "".join(chr(_codepoint(t)) for t in target.split())
    return table


def _codepoint(token: str) -> int:
    if not token.upper().startswith("U+"):
        raise ValueError(f"{FOLDING}: {token!r} is not a U+XXXX code point")
    return int(token[2:], 16)


def _class_char(cp: int) -> str:
    return re.escape(chr(cp))


def fold(text: str) -> str:
    """The folded form of a short string (a lexicon entry, a query)."""
    return text.translate(load_folding().table)


@dataclass(frozen=True, slots=True)
class TextView:
    """An original text, its folded copy, and the breakpoints that map one to the other.

    Between breakpoints the copy runs 1:1 with the original (``step`` 1); an
    expansion (one original character giving several) is a stretch with step 0.
    """

    original: str
    normal: str
    _norm: tuple[int, ...]
    _orig: tuple[int, ...]
    _step: tuple[int, ...]

    def original_offset(self, n: int) -> int:
        """The original offset of the character at folded offset ``n`` (``n`` may be the end)."""
        if n >= len(self.normal):
            return len(self.original) if n == len(self.normal) else _raise(n)
        k = bisect_right(self._norm, n) - 1
        return self._orig[k] + self._step[k] * (n - self._norm[k])

    def original_span(self, start: int, end: int) -> Span:
        """The original characters behind ``normal[start:end]``.

        The start is the first kept character; the end takes in the combining
        marks (harakat, shadda) that followed the last one, which folding dropped.
        """
        if not 0 <= start <= end <= len(self.normal):
            raise ValueError(f"span {start}:{end} is outside the folded text")
        if start == end:
            o = self.original_offset(start)
            return Span(o, o, "")
        o_start = self.original_offset(start)
        o_end = self.original_offset(end - 1) + 1
        text = self.original
        while o_end < len(text) and _is_dropped_mark(text[o_end]):
            o_end += 1
        return Span(o_start, o_end, text[o_start:o_end])

    def normal_offset(self, o: int) -> int:
        """The folded offset where original offset ``o`` lands (dropped characters map forward)."""
        if not 0 <= o <= len(self.original):
            raise ValueError(f"offset {o} is outside the text")
        k = bisect_right(self._orig, o) - 1
        if k < 0:  # characters dropped from the very start
            return 0
        # a stretch of step 0 covers one original character: its start maps to the stretch start
        if self._step[k] == 0:
            return self._norm[k] if o == self._orig[k] else self._norm[k + 1]
        nxt = self._norm[k + 1] if k + 1 < len(self._norm) else len(self.normal)
        return min(self._norm[k] + (o - self._orig[k]), nxt)


def _raise(n: int) -> int:
    raise ValueError(f"offset {n} is outside the folded text")


def _is_dropped_mark(char: str) -> bool:
    return char == "\u0640" or (unicodedata.category(char) == "Mn" and fold(char) == "")


def view(text: str) -> TextView:
    """Fold ``text`` for matching and keep the way back to it."""
    folding = load_folding()
    normal = text.translate(folding.table)
    norm, orig, step = [0], [0], [1]
    n = o = 0
    for m in folding.changing.finditer(text):
        i = m.start()
        n += i - o
        width = len(folding.table[ord(text[i])])
        if width:  # expansion: `width` folded characters all come from original i
            _mark(norm, orig, step, n, i, 0)
            n += width
        o = i + 1
        _mark(norm, orig, step, n, o, 1)
    if n + len(text) - o != len(normal):
        raise AssertionError("folding map out of step with the folded text")
    return TextView(text, normal, tuple(norm), tuple(orig), tuple(step))


def _mark(norm: list[int], orig: list[int], step: list[int], n: int, o: int, s: int) -> None:
    if norm[-1] == n:  # several changes at one folded offset: the last one wins
        norm.pop(), orig.pop(), step.pop()
    norm.append(n)
    orig.append(o)
    step.append(s)
