"""Sentences and clauses as runs of tokens, and the paragraphs they stand in.

The text layer gives the sentences; a clause ends at a comma, semicolon, colon,
bracket or quotation mark, and before a word the cue tables list as opening a new
clause («حيث», «بينما», which) or a reported one («أن», that). Roles are looked
for inside the trigger's clause, so an actor of the next clause is not taken for
this one's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic import TextLayer
from rasd.events.scan import Scanned

# Marks that end a clause (the folded text writes «،» and «؛» as , and ;). Quotation marks
# do not: Arabic reporting quotes names as often as speech («مهاجمة مقر "الفرقة 17"»).
BREAKS = frozenset(",;:()[]")
OPENERS = frozenset({"boundary", "complement"})


@dataclass(frozen=True, slots=True)
class Clauses:
    """For each token: its sentence, its clause (numbered through the document) and its
    paragraph (a run of text between blank-line or line breaks)."""

    sentence: list[int]
    clause: list[int]
    paragraph: list[int]
    sentence_first: list[int]  # the first token of each sentence
    clause_first: list[int]  # the first token of each clause

    def clause_range(self, i: int) -> tuple[int, int]:
        """The tokens [first, last) of token ``i``'s clause."""
        c = self.clause[i]
        last = self.clause_first[c + 1] if c + 1 < len(self.clause_first) else len(self.clause)
        return self.clause_first[c], last

    def sentence_range(self, i: int) -> tuple[int, int]:
        """The tokens [first, last) of token ``i``'s sentence."""
        s = self.sentence[i]
        first = self.sentence_first[s] if s < len(self.sentence_first) else i
        last = (self.sentence_first[s + 1] if s + 1 < len(self.sentence_first)
                else len(self.sentence))
        return first, last


def clauses(text: TextLayer, scanned: Scanned) -> Clauses:
    """Number the sentences, clauses and paragraphs of the scanned tokens."""
    ends = text.sentence_ends
    normal = text.normal
    openers = {h.first for h in scanned.cues if h.value in OPENERS}
    breaks = [m.start() for m in re.finditer("\n", normal)]
    sentence, clause, paragraph, clause_first = [], [], [], []
    s_prev, c, p, s, b = -1, -1, 0, 0, 0
    for i, (start, form) in enumerate(zip(scanned.starts, scanned.forms, strict=True)):
        while s < len(ends) and ends[s] <= start:  # bisect_right(ends, start), walked
            s += 1
        while b < len(breaks) and breaks[b] < start:
            b += 1
            p = b
        if s != s_prev or form in BREAKS or i in openers:
            c += 1
            clause_first.append(i)
        sentence.append(s)
        clause.append(c)
        paragraph.append(p)
        s_prev = s
    return Clauses(sentence, clause, paragraph, _firsts(sentence), clause_first)


def _firsts(sentence: list[int]) -> list[int]:
    """The first token of each sentence number (a sentence with no token gets the next
    sentence's first token)."""
    n = (sentence[-1] + 1) if sentence else 0
    firsts = [len(sentence)] * n
    for i in range(len(sentence) - 1, -1, -1):
        firsts[sentence[i]] = i
    for s in range(n - 2, -1, -1):
        firsts[s] = min(firsts[s], firsts[s + 1])
    return firsts
