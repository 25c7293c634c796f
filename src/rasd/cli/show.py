"""``rasd show``: one stored record."""

from __future__ import annotations

import click

from rasd.cli import options, render, reuse
from rasd.errors import one_line


@click.command()
@click.argument("document_id", metavar="ID")
@options.db
@options.output
@options.context
@click.option("--text", "with_text", is_flag=True, help="Print the document text too.")
def show(document_id, db_path, fmt, context, with_text):
    """Show the stored record of a document; ID may be any unique prefix (see rasd list)."""
    from rasd.store import Store

    with Store(db_path, read_only=True) as store:
        analysis = store.get(store.resolve(document_id))
        origins = store.origins(analysis.document.id)
        copies = reuse.show_lines(store, analysis.document.id) if fmt is None else []
    render.records([analysis], fmt, context)
    if fmt is None:
        for o in origins:
            click.echo(f"  found at   {one_line(o['location'])}  ({o['published'] or 'undated'}"
                       f"{', «' + render.quote_free(o['title']) + '»' if o['title'] else ''})")
        for line in copies:  # sources and copies (rasd reuse)
            click.echo(line)
    if with_text and fmt is None:
        click.echo("\n" + analysis.document.text)


COMMANDS = (show,)
