"""The sentence around an item of a record, for ``--context``: where a date, a name or
an event stands in the text, on one line, the item itself marked out."""

from __future__ import annotations

import bisect

import click

from rasd.model import Document

WIDTH = 160  # characters of a sentence shown; a longer one is cut around the item


class Sentences:
    """The sentences of one document (found once, by the text layer's rule), and the
    sentence around any span of it."""

    def __init__(self, document: Document):
        from rasd.arabic.normalise import view
        from rasd.arabic.segment import sentences

        self.text = document.text
        self.spans = [(s.start, s.end) for s in sentences(view(document.text))]
        self.starts = [start for start, _ in self.spans]

    def around(self, start: int, end: int, width: int = WIDTH) -> str:
        """The sentence holding ``start``, on one line, at most about ``width`` characters,
        with ``text[start:end]`` in bold (plain when colours are off)."""
        n = bisect.bisect_right(self.starts, start) - 1
        first, last = self.spans[n] if n >= 0 else (start, end)
        first, last = min(first, start), max(last, end)
        before, item, after = (_flat(self.text[first:start]), _flat(self.text[start:end]),
                               _flat(self.text[end:last]))
        room = max(width - len(item), 20) // 2
        if len(before) > room:
            before = "…" + before[-room:].split(" ", 1)[-1]
        if len(after) > room:
            after = after[:room].rsplit(" ", 1)[0] + "…"
        return _join(before, click.style(item, bold=True, underline=True), after)


def _flat(text: str) -> str:
    """On one line, every run of spaces (no-break ones, line breaks) one plain space;
    a space at either end is kept as one, so words stay apart when joined."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _join(before: str, item: str, after: str) -> str:
    return (before + item + after).strip()
