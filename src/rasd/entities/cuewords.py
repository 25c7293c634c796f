"""Where cue words stand in folded text: every kind of them in one Aho-Corasick pass.

The rules that start from a cue word (a role before a name: ``role``; a place word:
``place_cue``; a unit word: ``unit_word``) look at the few words after each. Finding
the cues with regular expressions tries each pattern at every character of the
text, which costs more than all the rules' work together; one automaton over the
words of every kind finds them in one pass in C, and only its hits are checked in
Python: a cue is a whole word, or a word's end after the proclitics a noun may
carry («وقال المتحدث», «وبلدة», «للواء»). English forms are matched lower-cased,
as the folded text writes them.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from rasd.arabic import clitics
from rasd.entities.cues import words

KINDS = ("role", "place_cue", "unit_word")
_GLUED = ("conjunction", "preposition")

Hits = dict[str, list[tuple[int, int]]]


@cache
def _automaton() -> ahocorasick.Automaton:
    kinds: dict[str, set[str]] = {}
    for kind in KINDS:
        for form in words(kind):
            kinds.setdefault(form.lower(), set()).add(kind)
    automaton = ahocorasick.Automaton()
    for form, of in kinds.items():
        automaton.add_word(form, (form, tuple(sorted(of))))
    automaton.make_automaton()
    return automaton


@cache
def _proclitics() -> frozenset[str]:
    return clitics.forms(_GLUED)


def scan(normal: str) -> Hits:
    """(start, end) of every cue word in ``normal`` by kind, in text order: each ends
    a word and has nothing but proclitics before it in its word; where two of a kind
    end together («الفرقه», «فرقه»), the longer."""
    glued = _proclitics()
    hits: Hits = {kind: [] for kind in KINDS}
    for last, (form, kinds) in _automaton().iter(normal):
        end = last + 1
        if end < len(normal) and normal[end].isalnum():
            continue
        start = head = end - len(form)
        while head > 0 and normal[head - 1].isalnum():
            head -= 1
        if head != start and normal[head:start] not in glued:
            continue
        for kind in kinds:
            found = hits[kind]
            if found and found[-1][1] == end:
                if start < found[-1][0]:
                    found[-1] = (start, end)
                continue
            found.append((start, end))
    return hits
