"""What ``rasd ingest`` shows while it runs: bars on a terminal, lines with --verbose.

A long run (many sources) gets a bar over its sources; a big source (a feed of
hundreds of entries, a table of hundreds of rows, a text of megabytes) gets a bar
over its text, with the documents done and the stage being run, so that a run on
one such file does not sit silent for minutes. Nothing is drawn when stderr is
not a terminal (a log file or a pipe), nor with --verbose, which prints a line
per document instead.
"""

from __future__ import annotations

import sys

import click

from rasd.errors import one_line


class Progress:
    """The callbacks ``batch.run`` reports to, drawing on stderr."""

    LONG = 20  # sources, or documents of one source, before a bar is worth drawing
    BIG = 1_000_000  # characters of text in one source before a bar is worth drawing

    def __init__(self, verbose: bool):
        self.verbose = verbose
        self.bar = None  # over the sources of a long run
        self.inner = None  # over the text of one big source, when no bar over sources
        self.big = False  # whether the current source is big
        self.name = ""
        self.count = self.done = 0

    def _drawing(self) -> bool:
        return not self.verbose and sys.stderr.isatty()

    def start(self, total: int) -> None:
        if total >= self.LONG and self._drawing():
            self.bar = click.progressbar(length=total, label="ingesting", file=sys.stderr,
                                         show_pos=True, show_eta=True, item_show_func=_shown)
            self.bar.__enter__()

    def source(self, where: str, lengths: list[int]) -> None:
        """A source was read: ``lengths`` are its documents' text lengths."""
        self.name, self.count, self.done = where.rstrip("/").rsplit("/", 1)[-1], len(lengths), 0
        self.big = (len(lengths) >= self.LONG or sum(lengths) >= self.BIG) and self._drawing()
        if self.big and self.bar is None:
            self.inner = click.progressbar(length=max(sum(lengths), 1), label=self.name,
                                           file=sys.stderr, show_percent=True, show_eta=True,
                                           item_show_func=_shown)
            self.inner.__enter__()

    def stage(self, name: str) -> None:
        """A stage starts on the current document: worth saying only in a big source."""
        if self.big:
            at = f"document {self.done + 1}/{self.count}: {name}" if self.count > 1 else name
            self._show(at if self.inner is not None else f"{self.name} {at}")

    def document(self, where: str, length: int) -> None:
        self.done += 1
        if self.inner is not None:
            self.inner.update(max(length, 0), self._where())
        elif self.big:
            self._show(self._where())

    def step(self, where: str) -> None:
        """A source is done."""
        if self.inner is not None:
            self.inner.__exit__(None, None, None)
            self.inner = None
        self.big = False
        if self.bar is not None:
            self.bar.update(1, "")

    def result(self, outcome: str, where: str, document_id: str | None) -> None:
        if self.verbose:
            click.echo(f"{outcome:8} {(document_id or '-')[:12]:12} {one_line(where)}", err=True)

    def close(self) -> None:
        for bar in (self.inner, self.bar):
            if bar is not None:
                bar.__exit__(None, None, None)
        self.inner = self.bar = None

    def _where(self) -> str:
        """Documents done of the source's; in the bar over sources, its name too."""
        done = f"{self.done}/{self.count} documents"
        return done if self.inner is not None else f"{self.name} {done}"

    def _show(self, item: str) -> None:
        bar = self.inner if self.inner is not None else self.bar
        if bar is not None:
            bar.current_item = item
            bar.render_progress()


def _shown(item: str | None) -> str | None:
    return item or None
