"""English names the KB lacks as written: capitalised runs spelt otherwise ("Kobanî",
"Maarat al-Numan"), looked up by their skeleton (``variants``).

The NER model reads Arabic only, so in English text the capitalised words that no
KB name covers are the only names left to look at. Every run of capitalised words
(with the lower-case articles of transliterated names inside: "Maaret al-Numan",
"Deir ez-Zor") is tried whole and then in shorter stretches, longest first, up to
``_WIDTH`` words; a stretch links only to an entity whose KB form it is a spelling
of (``variants.lookup``), of any type, in the document's country of focus.
"""

from __future__ import annotations

import re

from rasd.arabic import TextView
from rasd.entities import variants
from rasd.entities.candidate import Candidate
from rasd.entities.kb import KB, TYPES
from rasd.entities.taken import Taken

_WIDTH = 4  # words in the longest stretch tried: what keeps the search linear
# a word in Latin letters, diacritics included ("Kobanî", "Akçakale", "Ḥamāh")
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_WORD = re.compile(f"[{_L}][{_L}'’]*(?:-[{_L}'’]+)*")


_LATIN_BYTES = bytes([*range(ord("A"), ord("Z") + 1), *range(ord("a"), ord("z") + 1)])
_ARABIC_LEAD_BYTES = bytes([0xD8, 0xD9, 0xDA, 0xDB])  # UTF-8 lead bytes of U+0600..U+06FF


def mostly_latin(original: str) -> bool:
    """Whether a text has more Latin letters than Arabic characters: English text, where
    the names the KB spells otherwise, English titles and place words are looked for
    (counted on the UTF-8 bytes with ``bytes.translate``, in C)."""
    data = original.encode("utf-8")
    latin = len(data) - len(data.translate(None, _LATIN_BYTES))
    arabic = len(data) - len(data.translate(None, _ARABIC_LEAD_BYTES))
    return latin > arabic


def names(text: TextView, taken: list[tuple[int, int]], kb: KB, spelt: variants.Variants,
          country: str | None) -> list[Candidate]:
    """The KB entities that capitalised runs of Latin-script words, outside ``taken``
    (folded offsets), are spellings of; folded offsets."""
    free = Taken(taken)
    out: list[Candidate] = []
    for run in _runs(text.original):
        k = 0
        while k < len(run):
            hit = None
            for j in range(min(len(run), k + _WIDTH), k, -1):
                start, end = text.normal_offset(run[k][0]), text.normal_offset(run[j - 1][1])
                if not run[j - 1][2] or free.overlaps(start, end):
                    continue  # a stretch ends on a capitalised word, outside every name
                found = variants.lookup(spelt, kb, text.original[run[k][0]:run[j - 1][1]],
                                        TYPES, country)
                if found:
                    hit = (j, Candidate(start, end, kb[found.entity].entity()))
                    break
            if hit:
                k = hit[0]
                out.append(hit[1])
            else:
                k += 1
    return out


def _runs(original: str) -> list[list[tuple[int, int, bool]]]:
    """Runs of Latin words that start capitalised, with the lower-case articles of a
    transliteration between them: (start, end, capitalised) of each word."""
    articles = variants.latin_articles()
    runs: list[list[tuple[int, int, bool]]] = []
    current: list[tuple[int, int, bool]] = []
    last_end = -1
    for m in _WORD.finditer(original):
        word = m.group()
        capital = word[0].isupper()
        article = word.split("-")[0].lower() in articles and not capital
        joined = last_end >= 0 and original[last_end:m.start()].strip() == ""
        if current and not joined:
            runs.append(current)
            current = []
        if capital or (article and current):
            current.append((m.start(), m.end(), capital))
        elif current:
            runs.append(current)
            current = []
        last_end = m.end()
    if current:
        runs.append(current)
    return [r for r in runs if any(c for _, _, c in r)]

