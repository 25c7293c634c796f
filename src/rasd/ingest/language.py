"""A document's language from its script, enough to route Arabic and English text.

Arabic script over half the letters gives "ar"; Latin text with English
function words gives "en"; anything else is left unknown (None) rather than guessed.
"""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by it at from his he said were be has "
    "have are an which not this had they but their its been who after".split()
)


def detect(text: str) -> str | None:
    """ "ar", "en" or None for ``text`` (only its first 20,000 characters are read)."""
    sample = text[:20000]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic + latin == 0:
        return None
    if arabic >= latin:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    hits = sum(w in _ENGLISH for w in words)
    if hits >= 3 and hits / len(words) > 0.05:  # lists and tables have few function words
        return "en"
    return None
