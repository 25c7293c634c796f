"""The text layer every stage reads: the folded copy and its offset map, the
sentences and the tokens, each computed at most once per document.

A ``TextLayer`` is a ``TextView`` (stages match on ``.normal`` and map spans back
with ``.original_span``) that also holds the sentences (``segment``) as spans of
the original with their folded ends, and the tokens (``tokenise``) as folded
offsets, forms and kinds. A token's original span is worked out only when a stage
asks (``located``), since most tokens never need one. Memory and time are linear
in the text: a few bytes a token, one regular-expression pass each, made when a
stage first reads them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from typing import Any

from rasd.arabic.normalise import TextView, view
from rasd.arabic.segment import folded_sentences
from rasd.arabic.tokenise import Token, Tokens, Word
from rasd.model import Document, Span


@dataclass(frozen=True, slots=True)
class TextLayer(TextView):
    """A text's folded view with its sentences and tokens, each found on first use and
    then kept, so a stage that reads neither pays for neither.

    ``sentence_ends`` are the folded offsets where the sentences end, for bisecting:
    ``sentence_of(n)`` is the sentence a folded offset stands in.
    """

    _found: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sentences(self) -> tuple[Span, ...]:
        """The sentences, as spans of the original text (``segment.sentences``)."""
        if "sentences" not in self._found:
            self._found["sentences"] = tuple(self.original_span(a, b)
                                             for a, b in self._folded_sentences())
        return self._found["sentences"]

    @property
    def sentence_ends(self) -> tuple[int, ...]:
        """Where each sentence ends in the folded text."""
        if "ends" not in self._found:
            self._found["ends"] = tuple(b for _, b in self._folded_sentences())
        return self._found["ends"]

    def _folded_sentences(self) -> list[tuple[int, int]]:
        if "folded" not in self._found:
            self._found["folded"] = folded_sentences(self.normal)
        return self._found["folded"]

    @property
    def tokens(self) -> Tokens:
        """Every token of the folded text (``tokenise.Tokens``)."""
        if "tokens" not in self._found:
            self._found["tokens"] = Tokens(self.normal)
        return self._found["tokens"]

    def sentence_of(self, n: int) -> int:
        """The index of the sentence the folded offset ``n`` stands in (or the next one,
        for an offset between sentences; ``len(sentences)`` past the last)."""
        return bisect_right(self.sentence_ends, n)

    def located(self, word: Word) -> Token:
        """A token with its span and text in the original."""
        span = self.original_span(word.at, word.end)
        return Token(span.start, span.end, span.text, word.norm, word.kind, word.at)


def layer(text: str) -> TextLayer:
    """The text layer of ``text``: its folded view; sentences and tokens follow on use."""
    folded = view(text)
    return TextLayer(**{f.name: getattr(folded, f.name) for f in fields(TextView)})


def prepare(document: Document) -> TextLayer:
    """The text layer of a document (the pipeline's ``text`` stage): its folded copy, the
    way back to the original, its sentences and its tokens, all found here, once, since
    the time and entities stages both read them."""
    text = layer(document.text)
    _ = text.tokens, text.sentence_ends
    return text
