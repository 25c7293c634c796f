"""Split a folded text into tokens and attach the lexicon's readings to each.

A token that is not in the lexicon but starts with proclitics (و ف ب ل ك and the
article) is looked up again without them: «بستة» reads as the number six with
the clitic ب, «والأربعاء» as Wednesday. Multi-word entries become one token.
Offsets index the folded text; the tagger maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.arabic.tokenise import load_clitics
from rasd.time.lexicon import TOKEN, Entry, Lexicon

ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Tok:
    """A token or a multi-word entry: where it is, its folded form, its readings."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...] = ()
    clitic: str = ""  # the proclitics cut off its front (ب in «بستة»)

    def get(self, kind: str) -> Entry | None:
        for entry in self.entries:
            if entry.kind == kind:
                return entry
        return None

    def value(self, kind: str) -> str | None:
        entry = self.get(kind)
        return entry.value if entry else None

    @property
    def number(self) -> int | None:
        """The value of a plain run of digits."""
        return int(self.form) if self.form.isdecimal() else None


@cache
def _proclitics() -> tuple[tuple[str, int, bool], ...]:
    """(written prefix, letters the span skips, whether the article is part of it)."""
    found = []
    for written, pieces in load_clitics().items():
        if written == ARTICLE:
            continue
        has_article = ARTICLE in pieces
        skip = sum(len(p) for p in pieces if p != ARTICLE)
        found.append((written, skip, has_article))
    return tuple(sorted(found, key=lambda p: -len(p[0])))


def scan(normal: str, lexicon: Lexicon) -> list[Tok]:
    """The tokens of a folded text with their readings, multi-word entries merged."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(normal)]
    forms = [normal[s:e] for s, e in spans]
    out: list[Tok] = []
    i = 0
    while i < len(forms):
        n, entries = lexicon.longest(forms, i)
        skip, clitic = 0, ""
        if not n and forms[i][:1] in "وفبلك" and not forms[i][:1].isdecimal():
            n, entries, skip, clitic = _without_clitics(forms, i, lexicon)
        if n:
            start, end = spans[i][0] + skip, spans[i + n - 1][1]
            out.append(Tok(start, end, " ".join(forms[i:i + n]), entries, clitic))
            i += n
        else:
            out.append(Tok(spans[i][0], spans[i][1], forms[i]))
            i += 1
    return out


def _without_clitics(forms: list[str], i: int, lexicon: Lexicon
                     ) -> tuple[int, tuple[Entry, ...], int, str]:
    form = forms[i]
    for written, skip, has_article in _proclitics():
        rest = form[len(written):]
        if not form.startswith(written) or len(rest) < 2:
            continue
        forms[i] = ARTICLE + rest if has_article else rest
        try:
            n, entries = lexicon.longest(forms, i)
        finally:
            forms[i] = form
        if n:
            return n, entries, skip, form[:skip]
    return 0, (), 0, ""
