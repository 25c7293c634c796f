"""Where cue words stand in folded text: one Aho-Corasick pass per list of words.

The rules that start from a cue word (a role before a name, a place word, a unit
word) look at the few words after each; finding the cues with a regular expression
tries the pattern at every character of the text, which costs more than all the
rules' work together. The automaton finds them in one pass in C, and only its hits
are checked in Python: a cue is a whole word, or a word's end after the proclitics
a noun may carry («وقال المتحدث», «بلدة», «وبلدة», «للواء»).
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from rasd.arabic import clitics

_GLUED = ("conjunction", "preposition")


@cache
def _automaton(forms: frozenset[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


@cache
def _proclitics() -> frozenset[str]:
    return clitics.forms(_GLUED)


def find(normal: str, forms: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of every cue of ``forms`` in ``normal`` that ends a word and has
    nothing but proclitics before it in its word, in text order, longest first where
    two end together."""
    if not forms:
        return []
    glued = _proclitics()
    out = []
    for last, form in _automaton(forms).iter(normal):
        end = last + 1
        if end < len(normal) and normal[end].isalnum():
            continue
        start = head = end - len(form)
        while head > 0 and normal[head - 1].isalnum():
            head -= 1
        if head == start or normal[head:start] in glued:
            if out and out[-1][1] == end:  # «الفرقه» and «فرقه» end together: the longer
                if start < out[-1][0]:
                    out[-1] = (start, end)
                continue
            out.append((start, end))
    return out
