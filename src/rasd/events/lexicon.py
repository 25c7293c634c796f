"""The words the events stage knows, read from the tables under ``data/events/``.

Per language (``ar``, ``en``): triggers (a word that says an event of a PLOVER type
happened), cues (words that say how the text holds it, who says it, where its
clause ends) and weapon words (an ASSAULT's mode). A verb row is made into every
form it is written in from the language's ``affixes.tsv``, so a table lists a
verb once. Every form is folded (``rasd.arabic.fold``) and lower-cased, and keyed
by its first word; a row of several words keeps the words that must follow.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from rasd import tables
from rasd.arabic import fold
from rasd.errors import BadTable

LANGUAGES = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One reading of a trigger form: the event type and mode it signals, whose name
    follows it in a construct (``genitive``: agent, patient or outcome), the words
    that cancel it, whether it is a verb, and whether its form carries the future."""

    type: str
    mode: str | None
    genitive: str
    unless: frozenset[str]
    verb: bool
    future: bool = False
    indefinite: bool = False  # a noun read only without the article («اتفاق», not «الاتفاق»)
    needs: frozenset[str] = frozenset()  # one of these must follow («تحمل» after «حطت طائرة»)


@dataclass(frozen=True, slots=True)
class Entry:
    """A form keyed by its first word: the words that must follow it, and what it is."""

    after: tuple[str, ...]
    value: Trigger | str  # a trigger, or a cue's kind, or a weapon word's mode


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """One language's triggers, cues and weapon words, by first folded word (longest
    entries first)."""

    language: str
    triggers: dict[str, tuple[Entry, ...]]
    cues: dict[str, tuple[Entry, ...]]
    modes: dict[str, tuple[Entry, ...]]


def words(form: str) -> tuple[str, ...]:
    """A table form as the stage compares it: folded, lower-cased, split on spaces."""
    return tuple(fold(form).lower().split())


@cache
def load(language: str) -> Lexicon:
    """Read one language's tables once."""
    affixes = _affixes(language)
    triggers: dict[str, list[Entry]] = defaultdict(list)
    for row in tables.shipped("events", f"{language}/triggers.tsv", 4, filled=2):
        if not row[3]:
            raise BadTable(row.where, "give the event type in the fourth cell")
        verb = row[0] in ("verb", "form")
        trigger = Trigger(row[3], row.get(4) or None, row.get(5) or "agent",
                          frozenset(w for u in row.get(6).split("|") if u for w in [fold(u)]),
                          verb, indefinite=row.get(8) == "indefinite",
                          needs=frozenset(fold(w) for w in row.get(9).split("|") if w))
        later = _future(trigger)  # one value for every future form of the row
        for form, future in _forms(row[1], row.get(2), row[0] == "verb", language, affixes):
            _add(triggers, form, later if future else trigger)
    cues: dict[str, list[Entry]] = defaultdict(list)
    for row in tables.shipped("events", f"{language}/cues.tsv", 4, filled=2):
        for form, future in _forms(row[1], row.get(2), row[0] == "verb", language, affixes):
            if not future:
                _add(cues, form, row[3])
    modes: dict[str, list[Entry]] = defaultdict(list)
    for row in tables.shipped("events", f"{language}/modes.tsv", 3):
        _add(modes, fold(row[0]), row[2])
    return Lexicon(language, _longest_first(triggers), _longest_first(cues),
                   _longest_first(modes))


def _future(trigger: Trigger) -> Trigger:
    return replace(trigger, future=True)


def _add(table: dict[str, list[Entry]], form: str, value: Trigger | str) -> None:
    parts = tuple(form.lower().split())  # _forms gives folded forms
    if parts:
        table[parts[0]].append(Entry(parts[1:], value))


def _longest_first(table: dict[str, list[Entry]]) -> dict[str, tuple[Entry, ...]]:
    return {k: (v[0],) if len(v) == 1 else tuple(sorted(dict.fromkeys(v),
                                                        key=lambda e: -len(e.after)))
            for k, v in table.items()}


@cache
def _affixes(language: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for row in tables.shipped("events", f"{language}/affixes.tsv", 2):
        found[row[0]].append("" if row[1] == "-" else fold(row[1]))
    return {k: tuple(v) for k, v in found.items()}


def _forms(form: str, other: str, verb: bool, language: str,
           affixes: dict[str, tuple[str, ...]]) -> list[tuple[str, bool]]:
    """Every written form of a row (with the words after its first), and whether the
    form itself marks the future (Arabic «سيقصف»)."""
    first, _, rest = fold(form).partition(" ")
    if not verb:
        if language == "ar" and first.startswith("ال") and len(first) > 4:
            first = first[2:]  # the article is looked behind, like any proclitic
        heads = [first]
        if language == "ar" and not rest and first.endswith("ه"):  # folded ة: «زيارتها»
            heads += [first[:-1] + "ت" + p for p in affixes.get("possessive", ())]
        elif language == "ar" and not rest:  # the indefinite accusative: «انسحابا»
            heads += [first + a for a in affixes.get("accusative", ()) if not first.endswith(a)]
        return [(_join(h, rest), False) for h in heads]
    if language == "en":
        heads = {first, *_english(first, affixes)}
        heads.update(w for p in other.split(",") if p.strip() for w in [fold(p.strip()).split()[0]])
        return [(_join(h, rest), False) for h in sorted(heads)]
    return _arabic(first, fold(other).partition(" ")[0], rest, affixes)


def _arabic(perfect: str, imperfect: str, rest: str,
            affixes: dict[str, tuple[str, ...]]) -> list[tuple[str, bool]]:
    objects = ("", *affixes.get("object", ()))
    heads = {perfect + s + o for s in affixes.get("perfect", ("",)) for o in objects}
    if perfect.endswith(("ي", "ا")) and len(perfect) > 2:  # a weak final letter drops
        heads.update(perfect[:-1] + s + o for s in affixes.get("weak", ()) for o in objects)
    future: set[str] = set()
    if imperfect:
        stem = imperfect[1:]
        for prefix in affixes.get("prefix", ()):
            for suffix in affixes.get("imperfect", ("",)):
                for o in objects:
                    heads.add(prefix + stem + suffix + o)
                    future.update(f + prefix + stem + suffix + o
                                  for f in affixes.get("future", ()))
    return ([(_join(h, rest), False) for h in sorted(heads)]
            + [(_join(h, rest), True) for h in sorted(future)])


def _english(base: str, affixes: dict[str, tuple[str, ...]]) -> set[str]:
    """The regular forms of an English verb: -s, -ing, -ed, spelled as English does."""
    out = set()
    for suffix in (*affixes.get("imperfect", ()), *affixes.get("perfect", ())):
        if not suffix:
            continue
        if suffix[0] in "ei" and base.endswith("e"):
            out.add(base[:-1] + suffix)
        elif suffix == "s" and base.endswith(("s", "sh", "ch", "x")):
            out.add(base + "es")
        elif suffix in ("s", "ed") and base.endswith("y") and base[-2:-1] not in "aeiou":
            out.add(base[:-1] + ("ies" if suffix == "s" else "ied"))
        else:
            out.add(base + suffix)
    return out


def _join(head: str, rest: str) -> str:
    return f"{head} {rest}" if rest else head
