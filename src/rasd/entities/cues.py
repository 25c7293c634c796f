"""The words around a name that decide what it is, from ``data/entities/cues.tsv``.

Each row of the table is a kind of cue and a form: verbs whose subject is an actor
(``acts``), place words before a name (``admin``, ``town``), prepositions, words of
diplomacy, titles' ``deputy`` and ``former`` words, and the rest (the table's
comments say what each kind is for). The functions here read the folded text
around a name: the word before or after it, whether that word is a cue of a kind
(with the proclitics Arabic glues onto it), whether the name is the subject of a
verb of acting or the object of a preposition.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rasd import tables
from rasd.arabic import clitics, fold


@cache
def cues() -> dict[str, dict[str, str]]:
    """Context words by kind (``admin``, ``town``, ``government``): form -> note."""
    table: dict[str, dict[str, str]] = {}
    for row in tables.shipped("entities", "cues.tsv", 2):
        table.setdefault(row[0], {})[row[1]] = row.get(2)
    return table


@cache
def words(kind: str) -> frozenset[str]:
    """The folded forms of one kind of cue."""
    return frozenset(fold(f) for f in cues().get(kind, {}))


# The proclitics of a verb (وقالت, فأعلنت) and of a noun (وبالتنسيق, لناحية), as the
# clitics table (rasd.arabic.clitics) gives them.
_CONJUNCTION = ("conjunction",)
_NOUN = ("conjunction", "preposition")


def word_before(normal: str, start: int) -> tuple[str, int]:
    """The word that ends before ``start`` (skipping spaces only) and where it starts."""
    end = start
    while end > 0 and normal[end - 1] == " ":
        end -= 1
    if end == start and start > 0 and normal[start - 1].isalnum():
        return "", start  # glued to what comes before: proclitics, not a word
    begin = end
    while begin > 0 and normal[begin - 1].isalnum():
        begin -= 1
    return normal[begin:end], begin


def word_after(normal: str, end: int) -> str:
    """The word that starts after ``end`` (skipping spaces only)."""
    begin = end
    while begin < len(normal) and normal[begin] == " ":
        begin += 1
    if begin == end:
        return ""
    stop = begin
    while stop < len(normal) and (normal[stop].isalnum() or normal[stop] == "-"):
        stop += 1
    return normal[begin:stop]


def is_act(word: str, pronouns: bool = True) -> bool:
    """Whether a folded word is a verb of the ``acts`` cues, with و/ف before it and, if
    ``pronouns``, a pronoun after it allowed."""
    acts = words("acts")
    suffixes = _pronouns() if pronouns else ()
    return any(bare in acts or any(bare.endswith(p) and bare[:-len(p)] in acts for p in suffixes)
               for bare in clitics.peel(word, _CONJUNCTION))


@cache
def _pronouns() -> tuple[str, ...]:
    """The object pronouns a verb may end in (``pronoun_suffix`` cues), longest first."""
    return tuple(sorted(words("pronoun_suffix"), key=len, reverse=True))


def cue_before(normal: str, start: int, kind: str) -> bool:
    """Whether the word before ``start`` (و/ف and ب/ل allowed on it) is a cue of ``kind``."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    before, _ = word_before(normal, head)
    return cue_in(kind, [before])


def cue_after(normal: str, end: int, kind: str) -> bool:
    """Whether the word after ``end`` is a cue of ``kind``."""
    return word_after(normal, end) in words(kind)


def after_preposition(normal: str, start: int) -> bool:
    """Whether a name at ``start`` is the object of a preposition (بدمشق, في دمشق)."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    if clitics.forms(("preposition",)).intersection(normal[head:start]):
        return True
    before, _ = word_before(normal, head)
    prepositions = words("preposition")
    return any(w in prepositions for w in clitics.peel(before, _CONJUNCTION))


def acts(normal: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the subject of an ``acts`` verb next to it:
    «المرصد قال», «وقال المرصد», «توسطت فيه موسكو»; in English only a verb after it
    ("Moscow said": in "accused Moscow" Moscow is the object)."""
    if after_preposition(normal, start):
        # «بين موسكو وواشنطن» reads as a preposition's object; «قالت دمشق» does not
        return False
    if is_act(word_after(normal, end)):
        return True
    if normal[start:end].isascii():
        return False
    before, at = word_before(normal, start)
    if before in {"فيه", "فيها", "عليه", "عليها", "به", "بها"}:  # «توسطت فيه موسكو»
        before, _ = word_before(normal, at)
    return is_act(before)


def in_relations(normal: str, start: int) -> bool:
    """Whether a name after مع / بين / with / between has a word of diplomacy in the
    five words before («علاقاتها الدبلوماسية مع دمشق»)."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    before, at = word_before(normal, head)
    if before not in {"مع", "بين", "with", "between"}:
        return False
    window = normal[max(0, at - 60):at].split()[-5:]
    stems = words("diplomacy")
    return any(clitics.strip(w, clitics.KINDS).startswith(stem) for w in window for stem in stems)


def cue_in(kind: str, folded: list[str]) -> bool:
    """Whether one of the words is a cue of ``kind``, with proclitics or not («لناحية»)."""
    cue = words(kind)
    return any(bare in cue for w in folded for bare in clitics.peel(w, _NOUN, most=2))


@lru_cache(maxsize=1 << 14)  # a pure function of short strings, asked again and again
def only_place_words(folded: str) -> bool:
    """Whether a folded phrase is nothing but words for a kind of place («المدينة»,
    «الريف», «محافظة»): what the NER model sometimes takes for a name."""
    kinds = words("admin") | words("town")
    found = [clitics.strip(w, clitics.KINDS) for w in folded.split()]
    return bool(found) and all(w in kinds or "ال" + w in kinds or w + "ه" in kinds
                               for w in found)
