"""Read the text layer's tokens against the events lexicon: triggers, cues, weapon words.

Each token is looked up as written (Latin words lower-cased), then, for an Arabic
word, behind each proclitic split the clitics table allows («والقصف» → «قصف»,
«وقالت» → «قالت»): the unsplit word first, so «بحث» stays a verb. A form of
several words matches only when the following tokens are the words it lists. A
trigger with a cancelling word within two tokens after it (``Trigger.unless``) is
dropped. The result is a list of ``Hit`` in token order, per table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rasd.arabic import TextLayer, clitics
from rasd.events.lexicon import LANGUAGES, Entry, Lexicon, Trigger, load

ARABIC, LATIN = 0, 2  # indices in rasd.arabic.tokenise.KINDS
# One-word cues that only say how the next word stands (prepositions, links, passive
# auxiliaries): frequent, so kept as a token -> kind table rather than as hits.
MARKS = frozenset({"target", "place", "preposition", "link", "passive", "determiner",
                   "possessive"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found at tokens ``[first, last)``; ``value`` is a ``Trigger``, a
    cue's kind or a weapon word's mode; ``clitic`` the letters of proclitics before it,
    ``definite`` whether the article was one of them, ``language`` the lexicon's."""

    first: int
    last: int
    value: Trigger | str
    clitic: int = 0
    definite: bool = False
    language: str = "ar"  # the lexicon it was read with


@dataclass(frozen=True, slots=True)
class Scanned:
    """A document's tokens (folded, lower-cased forms and their folded offsets) and what
    the lexicons found in them."""

    forms: list[str]
    starts: list[int]
    ends: list[int]
    triggers: list[Hit]
    cues: list[Hit]
    modes: list[Hit]
    marks: dict[int, str]  # token -> kind of a one-word cue of MARKS («في», «على», and)


def scan(text: TextLayer, lexicons: dict[str, Lexicon] | None = None) -> Scanned:
    """Every trigger, cue and weapon word in the text's tokens."""
    lexicons = lexicons or {lang: load(lang) for lang in LANGUAGES}
    tokens = text.tokens
    normal = text.normal
    starts, ends, kinds = tokens.starts.tolist(), tokens.ends.tolist(), tokens.kinds
    forms = [normal[a:b] for a, b in zip(starts, ends, strict=True)]
    if LATIN in kinds:  # Latin words are compared lower-cased (rare in Arabic text)
        for i in [i for i, k in enumerate(kinds) if k == LATIN]:
            forms[i] = forms[i].lower()
    found: dict[str, list[Hit]] = {"triggers": [], "cues": [], "modes": []}
    marks: dict[int, str] = {}
    known = _known(lexicons["ar"], lexicons["en"])
    for i in [i for i, form in enumerate(forms) if form not in known.nothing]:
        form = forms[i]
        tables = known.get(form)
        if tables is None:  # a word not seen before (Arabic and Latin forms never meet)
            kind = kinds[i]
            lexicon = lexicons["ar"] if kind == ARABIC else lexicons["en"]
            tables = () if kind not in (ARABIC, LATIN) else _tables(form, lexicon)
            known[form] = tables
        language = "ar" if kinds[i] == ARABIC else "en"
        for table, readings in tables:
            for after, value, clitic, definite in readings:
                if not after and table == "cues" and isinstance(value, str) and value in MARKS:
                    marks[i] = value
                    break
                if not after or tuple(forms[i + 1:i + 1 + len(after)]) == after:
                    found[table].append(Hit(i, i + 1 + len(after), value, clitic, definite,
                                            language))
                    break
    # an English trigger after a determiner or a possessive is a noun, like an Arabic one
    # with the article
    triggers = [replace(h, definite=True)
                if marks.get(h.first - 1) in ("determiner", "possessive") else h
                for h in _outermost(found["triggers"]) if not _cancelled(h, forms)]
    return Scanned(forms, starts, ends, triggers, found["cues"], found["modes"], marks)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """The hits not inside an earlier, longer one: «إطلاق النار» within «وقف إطلاق النار»
    (a ceasefire) is no shooting. Hits come in text order, one per first token."""
    out: list[Hit] = []
    reach = 0
    for h in hits:
        if h.first < reach:
            continue
        out.append(h)
        reach = h.last
    return out


@cache
def _known(arabic: Lexicon, latin: Lexicon) -> dict[str, tuple[tuple[str, tuple], ...]]:
    """For each word seen so far, its readings in each table it may begin an entry of
    (``_tables``), kept per pair of lexicons: one dict lookup per token once a word has
    been seen; bounded in size like the lru caches."""
    return _Bounded()


class _Bounded(dict):
    """A dict that forgets everything when it grows past its bound; the words with no
    reading are also kept in a set (``nothing``), which most tokens are found in."""

    LIMIT = 1 << 18

    def __init__(self):
        super().__init__()
        self.nothing: set[str] = set()

    def __setitem__(self, key, value):
        if len(self) >= self.LIMIT:
            self.clear()
            self.nothing.clear()
        super().__setitem__(key, value)
        if not value:
            self.nothing.add(key)


def _tables(form: str, lexicon: Lexicon) -> tuple[tuple[str, tuple], ...]:
    """The tables with an entry a word may begin (most words: none), each with the
    word's readings there, longest first: the words that must follow, the entry's
    value, the letters of proclitics and whether the article was one of them. A noun
    read only without the article is no reading of a word that has it."""
    out = []
    for table in ("triggers", "cues", "modes"):
        entries: dict[str, tuple[Entry, ...]] = getattr(lexicon, table)
        readings = tuple((e.after, e.value, clitic, definite)
                         for head, clitic, definite in _heads(form, lexicon, table)
                         for e in entries[head]
                         if not (definite and isinstance(e.value, Trigger)
                                 and e.value.indefinite))
        if readings:
            out.append((table, readings))
    return tuple(out)


def _heads(form: str, lexicon: Lexicon, table: str) -> tuple[tuple[str, int, bool], ...]:
    """The keys of ``table`` a token may stand for: itself, then behind its proclitics
    (Arabic), with the letters the proclitics take and whether the article was one."""
    keys: dict[str, tuple[Entry, ...]] = getattr(lexicon, table)
    if lexicon.language == "ar":
        variants = _variants(form) if table != "cues" else _cue_variants(form)
        return tuple(v for v in variants if v[0] in keys)
    if form.endswith("n't") and table == "cues":
        return ((form, 0, False), ("n't", len(form) - 3, False)) if form in keys \
            else (("n't", len(form) - 3, False),)
    return ((form, 0, False),) if form in keys else ()


@lru_cache(maxsize=1 << 17)
def _cue_variants(form: str) -> tuple[tuple[str, int, bool], ...]:
    """A word as a cue may stand for it: itself, or behind a conjunction and the
    prepositions ب and ل only («وقالت», «بأن»). Cues are function words: behind the
    article or ك they would read «الآن» as «أن» and «كان» as ك + «أن»."""
    out = {form: (form, 0, False)}
    for reading in clitics.readings(form):
        parts = reading.clitic.parts
        if "ال" not in parts and "ك" not in parts:
            out.setdefault(reading.rest, (reading.rest, len(form) - len(reading.rest), False))
    return tuple(out.values())


@lru_cache(maxsize=1 << 17)
def _variants(form: str) -> tuple[tuple[str, int, bool], ...]:
    """An Arabic word as itself and behind each proclitic split (the rest without the
    article, and, where the article was one of the proclitics, with it): each with the
    letters taken off and whether the article was among them."""
    out = {form: (form, 0, False)}
    for reading in clitics.readings(form):
        definite = "article" in reading.clitic.kinds
        out.setdefault(reading.rest, (reading.rest, len(form) - len(reading.rest), definite))
        if definite and len(reading.clitic.parts) > 1:
            kept, taken = reading.dropping(("conjunction", "preposition"))
            out.setdefault(kept, (kept, taken, False))
    return tuple(out.values())


NEEDS_REACH = 12  # tokens after a trigger within which a word it needs must stand


def _cancelled(hit: Hit, forms: list[str]) -> bool:
    """Whether a word that cancels the trigger stands within two tokens after it, or a
    word it needs («حطت طائرة … تحمل أسلحة») stands nowhere within ``NEEDS_REACH``."""
    assert isinstance(hit.value, Trigger)
    needs = hit.value.needs
    if needs and all(needs.isdisjoint(_bare(w))
                     for w in forms[hit.last:hit.last + NEEDS_REACH]):
        return True
    unless = hit.value.unless
    if not unless:
        return False
    after = forms[hit.last:hit.last + 2]
    return (" ".join(after) in unless
            or any(not unless.isdisjoint(_bare(w)) for w in after))


@lru_cache(maxsize=1 << 16)
def _bare(form: str) -> frozenset[str]:
    """A word and what it is behind each of its proclitic splits (with and without the
    article), for comparing with table words written without proclitics."""
    return frozenset(v for v, _, _ in _variants(form))
