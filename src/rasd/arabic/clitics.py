"""Arabic proclitics (و ف ب ل ك and the article ال): the one place that splits them off.

Every stage that looks behind a word's proclitics reads them here, from
``data/arabic/clitics.tsv``, where each form says its parts and each part's kind
(conjunction, preposition, article). Three ways of looking are offered, one per
need: ``readings`` (every proclitics + rest split the table allows, for a
lexicon or a model to choose from), ``peel`` and ``strip`` (a word with
proclitics of given kinds taken off, for cue words), and ``forms``/``glued``/
``pattern`` (the written prefixes themselves, for matching beside a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd import tables

ARTICLE = "ال"
MIN_STEM = 2  # letters a split word keeps after its proclitics
KINDS = ("conjunction", "preposition", "article")


@dataclass(frozen=True, slots=True)
class Clitic:
    """One row of the table: a written prefix (folded), its parts and their kinds, and
    whether it may stand before a name written without the article."""

    form: str
    parts: tuple[str, ...]
    kinds: tuple[str, ...]
    names: bool

    @property
    def widths(self) -> tuple[int, ...]:
        """The letters each part takes in ``form``: ل + ال is «لل», the article one letter."""
        return tuple(1 if p == ARTICLE and i and self.parts[i - 1] == "ل" else len(p)
                     for i, p in enumerate(self.parts))


@cache
def table() -> tuple[Clitic, ...]:
    """The clitics table, longest form first (rows of one length in file order)."""
    found = []
    for row in tables.shipped("arabic", "clitics.tsv", 4):
        parts, kinds = tuple(row[1].split()), tuple(row[2].split())
        if len(parts) != len(kinds) or not set(kinds) <= set(KINDS):
            raise ValueError(f"{row.where}: give one kind of {KINDS} for each part")
        found.append(Clitic(row[0], parts, kinds, row[3] == "yes"))
    return tuple(sorted(found, key=lambda c: -len(c.form)))


def written(parts: tuple[str, ...]) -> str:
    """How proclitic parts are written together (ل + ال is «لل»)."""
    widths = Clitic("", parts, (), False).widths
    return "".join(p[len(p) - w:] for p, w in zip(parts, widths, strict=True))


@dataclass(frozen=True, slots=True)
class Reading:
    """A word read as a written prefix of proclitics (``clitic``) and what follows it."""

    clitic: Clitic
    rest: str

    def dropping(self, kinds: Iterable[str]) -> tuple[str, int]:
        """The word without its parts of ``kinds``, and the letters they took off its front.

        The article stays whole where it is kept: «للأسبوع» without its preposition is
        «الأسبوع», one letter off the front. Replaces the time scanner's ``_stripped``.
        """
        kinds = set(kinds)
        keep = [p for p, k in zip(self.clitic.parts, self.clitic.kinds, strict=True)
                if k not in kinds]
        taken = sum(w for w, k in zip(self.clitic.widths, self.clitic.kinds, strict=True)
                    if k in kinds)
        return "".join(keep) + self.rest, taken


@lru_cache(maxsize=65536)
def readings(word: str, min_rest: int = MIN_STEM) -> tuple[Reading, ...]:
    """Every way to read a folded word as a prefix of the table + rest, longest prefix
    first; the rest keeps at least ``min_rest`` letters. The unsplit word is no reading.

    Replaces the lists behind ``tokenise.splits`` (the NER's features and ``split``)
    and the time scanner's ``_proclitics``.
    """
    return tuple(Reading(c, word[len(c.form):]) for c in table()
                 if word.startswith(c.form) and len(word) - len(c.form) >= min_rest)


def forms(kinds: Iterable[str], names: bool = False) -> frozenset[str]:
    """The written prefixes made only of parts of ``kinds``; with ``names``, only those
    the table lets stand before a name without the article.

    ``forms({"conjunction", "preposition"})`` is the gazetteer's ``_proclitics`` (what may
    stand before a name with its article: «وبالرقة»), with ``names=True`` its ``BARE``
    (و ب ل وب ول: «بحلب»); ``forms({"conjunction"})`` is the linker's ``_VERB_PREFIXES``,
    ``forms({"preposition"})`` its ``_PREPOSITION_CLITICS`` and both kinds its ``_CLITICS``
    (whose one-letter members its ``word[:1] in ...`` tests use).
    """
    return _forms(frozenset(kinds), names)


@cache
def _forms(kinds: frozenset[str], names: bool) -> frozenset[str]:
    return frozenset(c.form for c in table()
                     if set(c.kinds) <= kinds and (c.names or not names))


@cache
def _single(kinds: frozenset[str]) -> tuple[str, ...]:
    """The one-part forms of ``kinds``, longest first."""
    return tuple(c.form for c in table() if len(c.parts) == 1 and c.kinds[0] in kinds)


def peel(word: str, kinds: Iterable[str], most: int = 1) -> tuple[str, ...]:
    """The word, then what is left after taking one, then another (up to ``most``) single
    proclitic of ``kinds`` off its front, in any order and however short the rest.

    Replaces the linker's ``_cue_in`` (``most=2``, conjunctions and prepositions: «لناحية»,
    «وبريف»), its ``is_act`` heads and the و/ف before a preposition in
    ``after_preposition`` (``most=1``, conjunctions: «وقالت»).
    """
    singles = _single(frozenset(kinds))
    found = [word]
    for _ in range(most):
        head = next((s for s in singles if found[-1].startswith(s)), None)
        if head is None:
            break
        found.append(found[-1][len(head):])
    return tuple(found)


def strip(word: str, kinds: Iterable[str], min_rest: int = 3) -> str:
    """The word without one single proclitic of each of ``kinds``, taken off in the order
    Arabic writes them (conjunction, preposition, article), each only while ``min_rest``
    letters are left: «وبالمدينة» → «مدينة», «للنظام» → «لنظام» (the ل of لل is no article).

    Replaces the linker's ``_strip`` (all three kinds, ``min_rest=3``).
    """
    for kind in (k for k in _order() if k in set(kinds)):
        for head in _single(frozenset({kind})):
            if word.startswith(head) and len(word) - len(head) >= min_rest:
                word = word[len(head):]
                break
    return word


@cache
def _order() -> tuple[str, ...]:
    """The kinds in the order they are written before a word: by their furthest place
    in any row of the table (و ب ال: conjunction, preposition, article)."""
    place: dict[str, int] = {}
    for c in table():
        for i, k in enumerate(c.kinds):
            place[k] = max(place.get(k, 0), i)
    return tuple(sorted(place, key=lambda k: place[k]))


def glued(word: str, kinds: Iterable[str]) -> tuple[str, ...]:
    """Every way the folded word is written with proclitics of ``kinds`` before it; a word
    with the article merges it with theirs (ب + «الأسبوع» is «بالأسبوع», ل + it «للأسبوع»).

    The inverse of ``Reading.dropping``: the time scanner's ``_known`` words.
    """
    kinds = set(kinds)
    found = []
    for c in table():
        own = [k for k in c.kinds if k != "article"]
        if not own or not set(own) <= kinds:
            continue
        if "article" not in c.kinds:
            found.append(c.form + word)
        elif word.startswith(ARTICLE):
            found.append(c.form + word[len(ARTICLE):])
    return tuple(found)


def pattern(kinds: Iterable[str], article: bool = False) -> str:
    """A regular expression (no groups) for an optional written prefix of ``kinds``.

    With ``article``, the prefix must be followed by the article as its forms write it
    («ال», or «لل» where ل carries it) and is what comes before: the prefix of a cue
    written with its article in the entities stage's ``_cue_pattern``
    (``[وف]?(?:[بك](?=ال))?`` before ``(?:ال|لل)``, for conjunctions and prepositions).
    Without it, the prefixes made of ``kinds`` alone (its ``[وف]?`` before a bare cue,
    for conjunctions).
    """
    kinds = set(kinds)
    before: dict[str, set[str]] = {}  # the article as written -> the prefixes before it
    for c in table():
        if article:
            if c.parts[-1] != ARTICLE or not set(c.kinds[:-1]) <= kinds:
                continue
            cut = 2 if len(c.parts) > 1 and c.parts[-2] == "ل" else 1
            before.setdefault(c.form[len(written(c.parts[:-cut])):], set()).add(
                written(c.parts[:-cut]))
        elif set(c.kinds) <= kinds:
            before.setdefault("", set()).add(c.form)
    alternatives = [f"(?:{_alternation(heads - {''})})" + (f"(?={re.escape(art)})" if art else "")
                    for art, heads in sorted(before.items()) if heads - {""}]
    return f"(?:{'|'.join(alternatives)})?" if alternatives else ""


def _alternation(forms: set[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
