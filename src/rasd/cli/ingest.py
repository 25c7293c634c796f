"""``rasd ingest``: analyse sources into the database, idempotently."""

from __future__ import annotations

import sys

import click

from rasd.cli import options
from rasd.errors import one_line


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@options.db
@options.reading
@click.option("-v", "--verbose", is_flag=True, help="A line per document on stderr.")
def ingest(sources, db_path, published, encoding, max_bytes, text_column, knowledge, verbose):
    """Analyse files, folders, globs, URLs or stdin (-) into the database.

    Each document is stored in its own transaction, once: ingesting the same
    input again changes nothing, and a run that was killed can simply be run
    again. Sources that fail are stored with the reason (see rasd status);
    the exit code is 1 if any failed in this run.
    """
    from rasd import batch
    from rasd.store import Store

    with Store(db_path) as store:
        bar = _Progress(verbose)
        tally = batch.run(store, sources, max_bytes=max_bytes, encoding=encoding,
                          published=published, text_column=text_column, knowledge=knowledge,
                          on_start=bar.start, on_file=bar.step,
                          on_result=bar.result)
        bar.close()
        for warning in tally.warnings:
            click.echo(one_line(f"rasd: warning: {warning}"), err=True)
        if tally.undated:
            click.echo(one_line(_undated(tally.undated)), err=True)
        for error in tally.errors:
            click.echo(one_line(f"rasd: error: {error.message}"), err=True)
        click.echo(f"{tally.added} added, {tally.present} already stored, {tally.failed} failed "
                   f"({tally.files} sources) -> {store.path}", err=True)
        if published and tally.present:
            click.echo(f"rasd: note: --published applies to new documents; the {tally.present} "
                       "already stored keep their records", err=True)
    if tally.failed:
        sys.exit(1)


def _undated(wheres: list[str]) -> str:
    """One line for the documents stored without a publication date."""
    from rasd.ingest import UNDATED

    if len(wheres) == 1:
        return f"rasd: warning: {wheres[0]}: {UNDATED}"
    return (f"rasd: warning: {len(wheres)} documents have no publication date (rasd list shows "
            f"them undated; --published gives one); {UNDATED.rpartition('; ')[2]}")


class _Progress:
    """A progress bar on a terminal for long runs; per-document lines with --verbose."""

    LONG = 20  # sources before a bar is worth drawing

    def __init__(self, verbose: bool):
        self.verbose = verbose
        self.bar = None

    def start(self, total: int) -> None:
        if not self.verbose and total >= self.LONG and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="ingesting", file=sys.stderr,
                                         show_pos=True, show_eta=True)
            self.bar.__enter__()

    def step(self, where: str) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def result(self, outcome: str, where: str, document_id: str | None) -> None:
        if self.verbose:
            click.echo(f"{outcome:8} {(document_id or '-')[:12]:12} {one_line(where)}", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


COMMANDS = (ingest,)
