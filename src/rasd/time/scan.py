"""Read the text layer's tokens and attach the lexicon's readings to each.

The tokens are the text layer's (``rasd.arabic``), with a number's commas and a
Latin word's hyphens and apostrophes as tokens of their own (``lexicon.pieces``).
A token that is not in the lexicon but starts with proclitics (conjunctions and
prepositions, ``rasd.arabic.clitics``) is looked up again without them: «بستة»
reads as the number six with the clitic ب, «والأربعاء» as Wednesday. Multi-word
entries become one token. An unknown word beside a day or a year that is a month
name cut short or misspelt («Augus») reads as that month (``misspelt``).
Offsets index the folded text; the tagger maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.arabic import TextLayer, clitics
from rasd.time.lexicon import STARTERS, Entry, Lexicon, pieces
from rasd.time.misspelt import read_misspelt

# What the scanner looks behind: the article stays on the word (lexicon forms carry it).
STRIPPED = frozenset({"conjunction", "preposition"})


@dataclass(slots=True)  # not frozen: made for every token, and frozen init is slower
class Tok:
    """A token or a multi-word entry: where it is, its folded form, its readings."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...] = ()
    clitic: str = ""  # the proclitics cut off its front (ب in «بستة»)
    starts: bool = False  # a number, or a word of a kind that can begin an expression

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


DIGITS = frozenset("0123456789")
BEFORE, AFTER = 2, 9  # tokens kept around a known word: rules look this far back and ahead


def scan(text: TextLayer, lexicon: Lexicon) -> list[Tok]:
    """The tokens near known words and numbers, with their readings.

    Only islands of tokens around a lexicon word or a number are kept (a break
    token stands between islands), so prose with no time in it costs a set lookup
    per word. Multi-word entries are merged into one token.
    """
    normal = text.normal
    starts, ends = pieces(text.tokens)
    forms = [normal[a:b] for a, b in zip(starts, ends, strict=True)]
    known = _known(lexicon)
    marks = [i for i, f in enumerate(forms) if f in known or f[0] in DIGITS]
    out: list[Tok] = []
    numbers: list[int] = []  # where in out the tokens that begin with a digit are
    end = -1
    for i in marks:
        if i < end:
            continue
        start = max(i - BEFORE, end if end > 0 else 0)
        if out and start > end:
            out.append(Tok(starts[start], starts[start], "\n"))  # a break between islands
        end = _island(forms, starts, ends, start, i, lexicon, known, out, numbers)
    return read_misspelt(out, numbers, lexicon)


def _island(forms: list[str], starts: list[int], ends: list[int], i: int, mark: int,
            lexicon: Lexicon, known: frozenset[str], out: list[Tok], numbers: list[int]) -> int:
    """Scan from token i until AFTER tokens past the last word that can begin an expression."""
    phrases = lexicon.phrases
    glued = _first_letters()
    stop = mark + AFTER
    while i < len(forms) and i < stop:
        form = forms[i]
        n, entries, skip, clitic = 0, (), 0, ""
        if form in phrases:
            n, entries = lexicon.longest(forms, i)
        if not n and form[0] in glued:
            stripped = _stripped(form, lexicon)
            if stripped:
                candidate, skip, clitic = stripped
                forms[i] = candidate
                n, entries = lexicon.longest(forms, i)
                forms[i] = form
        if n:
            if form[0] in DIGITS:
                numbers.append(len(out))
            out.append(Tok(starts[i] + skip, ends[i + n - 1],
                           " ".join(forms[i:i + n]) if n > 1 else forms[i], entries, clitic,
                           _starts(entries)))
            if form in known:
                stop = max(stop, i + n + AFTER)
            i += n
        else:
            digit = form[0] in DIGITS
            if digit:
                stop = max(stop, i + 1 + AFTER)
                numbers.append(len(out))
            out.append(Tok(starts[i], ends[i], form, starts=digit))
            i += 1
    return i


@cache
def _known(lexicon: Lexicon) -> frozenset[str]:
    """Every word that can begin an expression, bare and under each proclitic combination."""
    firsts = set(lexicon.starters)
    return frozenset(firsts | {w for f in firsts for w in clitics.glued(f, STRIPPED)})


@cache
def _first_letters() -> frozenset[str]:
    """The letters a word with proclitics the scanner looks behind can begin with."""
    return frozenset(form[0] for form in clitics.forms(STRIPPED))


@lru_cache(maxsize=4096)
def _starts(entries: tuple[Entry, ...]) -> bool:
    return any(e.kind in STARTERS for e in entries)


@lru_cache(maxsize=65536)
def _stripped(form: str, lexicon: Lexicon) -> tuple[str, int, str] | None:
    """The lexicon form under a word's proclitics, the letters they take, and the clitics."""
    for prefix, kept, skip in _droppings():
        if skip and form.startswith(prefix) and len(form) - len(prefix) >= clitics.MIN_STEM:
            candidate = kept + form[len(prefix):]
            if candidate in lexicon.phrases:
                return candidate, skip, form[:skip]
    return None


@cache
def _droppings() -> tuple[tuple[str, str, int], ...]:
    """For each written prefix of the clitics table, longest first: what is left of it
    once the ``STRIPPED`` proclitics are dropped (the article, or nothing) and how many
    letters they took (``clitics.Reading.dropping``, worked out once per prefix)."""
    return tuple((c.form, *clitics.Reading(c, "").dropping(STRIPPED)) for c in clitics.table())
