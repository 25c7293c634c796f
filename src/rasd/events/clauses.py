"""Sentences and clauses as runs of tokens, and the paragraphs they stand in.

The text layer gives the sentences; a clause ends at a comma, semicolon, colon,
bracket or quotation mark, and before a word the cue tables list as opening a new
clause («حيث», «بينما», which) or a reported one («أن», that). Roles are looked
for inside the trigger's clause, so an actor of the next clause is not taken for
this one's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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
    starts, forms = scanned.starts, scanned.forms
    n = len(starts)
    # the first token of each sentence and of each paragraph, by bisecting the tokens'
    # starts at each sentence end and each line break (a few per document)
    sentence_firsts = sorted({0, *(bisect_left(starts, e) for e in text.sentence_ends)} - {n})
    paragraph_firsts = sorted({0, *(bisect_right(starts, m.start())
                                    for m in re.finditer("\n", text.normal))} - {n})
    openers = {h.first for h in scanned.cues if h.value in OPENERS}
    clause_first = sorted({*sentence_firsts, *openers,
                           *(i for i, f in enumerate(forms) if f in BREAKS)})
    sentence = _numbered(sentence_firsts, n)
    clause = _numbered(clause_first, n)
    paragraph = _numbered(paragraph_firsts, n)
    return Clauses(sentence, clause, paragraph, sentence_firsts, clause_first)


def _numbered(firsts: list[int], n: int) -> list[int]:
    """For each of ``n`` tokens, the number of the run it stands in, runs starting at
    ``firsts`` (sorted, the first 0)."""
    out: list[int] = []
    if not firsts:
        return out
    for k, (a, b) in enumerate(zip(firsts, [*firsts[1:], n], strict=True)):
        out.extend([k] * (b - a))
    return out

