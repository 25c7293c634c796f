"""Sentence segmentation for Arabic and English news text, as spans of the original.

A sentence ends at . ! ? ؟ … followed by a space (so not inside 3.5, nor after
an initial as in U.S.) and at every line break, since copied web pages put one paragraph,
heading or list item on each line. Surrounding whitespace is left out.
"""

from __future__ import annotations

import re

from rasd.arabic.normalise import TextView
from rasd.model import Span

# A boundary: sentence punctuation (with closing quotes/brackets) followed by space,
# or a line break. Matched on the folded copy, where Arabic punctuation is Latin.
_BOUNDARY = re.compile(
    r"""(?=[.!?…\n])                                # (a quick test before the rest)
        (?:(?<!\b[a-z])                             # not after an initial (u.s.)
           (?:[.!?]+|…)["')\]]*                     # the end mark and closing quotes
           (?=\s|$)                                 # then space or the end
         | \n)""",
    re.VERBOSE,
)


def sentences(text: TextView) -> tuple[Span, ...]:
    """The sentences of the text, in order, each trimmed of surrounding whitespace."""
    return tuple(text.original_span(a, b) for a, b in folded_sentences(text.normal))


def folded_sentences(normal: str) -> list[tuple[int, int]]:
    """The sentences of a folded text as its own (start, end) offsets, trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(normal):
        _add(spans, normal, start, m.end())
        start = m.end()
    _add(spans, normal, start, len(normal))
    return spans


def _add(spans: list[tuple[int, int]], normal: str, start: int, end: int) -> None:
    while start < end and normal[start].isspace():
        start += 1
    while end > start and normal[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
