"""``rasd analyze``: print the record of each document, touching no database."""

from __future__ import annotations

import sys

import click

from rasd.cli import options, render
from rasd.errors import one_line


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@options.reading
@options.output
@options.context
@options.workers
def analyze(sources, published, encoding, max_bytes, text_column, knowledge, fmt, context,
            workers):
    """Analyse files, folders, globs, URLs or stdin (-) and print their records.

    Prints a summary by default (--context: with the sentence around each item);
    --json prints the analysis record
    (schema rasd.analysis/2), --jsonl one record per line. Exits with 1 if any
    source could not be analysed (each is named on stderr).
    """
    import rasd

    failed = shown = 0
    good = []
    for result in rasd.analyze_many(sources, published=published, encoding=encoding,
                                    max_bytes=max_bytes, text_column=text_column,
                                    kb=knowledge, workers=workers):
        for warning in result.analysis.document.warnings if result.analysis else ():
            click.echo(one_line(f"rasd: warning: {result.where}: {warning}"), err=True)
        if result.error is not None:
            failed += 1
            click.echo(one_line(f"rasd: error: {result.error.message}"), err=True)
        elif fmt == "json":
            good.append(result.analysis)
        else:
            if fmt is None and shown:
                click.echo()
            render.records([result.analysis], fmt, context)
            shown += 1
    if fmt == "json" and good:
        render.records(good, fmt)
    if failed:
        sys.exit(1)


COMMANDS = (analyze,)
