"""``rasd ingest``: analyse sources into the database, idempotently."""

from __future__ import annotations

import sys

import click

from rasd.cli import options
from rasd.cli.progress import Progress
from rasd.errors import one_line


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@options.db
@options.reading
@options.workers
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Analyse on this Dask cluster instead (pip install 'rasd[scale]'); this "
                   "process still writes the database.")
@click.option("-v", "--verbose", is_flag=True, help="A line per document on stderr.")
def ingest(sources, db_path, published, encoding, max_bytes, text_column, knowledge, workers,
           scheduler, verbose):
    """Analyse files, folders, globs, URLs or stdin (-) into the database.

    Each document is stored in its own transaction, once: ingesting the same
    input again changes nothing, and a run that was killed can simply be run
    again. Sources that fail are stored with the reason (see rasd status);
    the exit code is 1 if any failed in this run.
    """
    from rasd import batch
    from rasd.web import client  # a running rasd serve holds the store: hand it the documents

    with client.store(db_path) as store:
        bar = Progress(verbose)
        tally = batch.run(store, sources, max_bytes=max_bytes, encoding=encoding,
                          published=published, text_column=text_column, knowledge=knowledge,
                          workers=workers, scheduler=scheduler, on_start=bar.start,
                          on_file=bar.step,
                          on_result=bar.result, on_source=bar.source, on_stage=bar.stage,
                          on_document=bar.document)
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



COMMANDS = (ingest,)
