"""``rasd demo``: the main job on a short Arabic report shipped with rasd."""

from __future__ import annotations

from importlib import resources

import click

from rasd.cli import options, render

DEMO = "report-ar.txt"


@click.command()
@options.db
@options.output
def demo(db_path, fmt):
    """Ingest the bundled demo report into the database and show its record.

    The report (an invented text, copied from a blog page with its chrome) shows
    what rasd reads: the page's date header, the title, mixed month names.
    """
    from rasd import batch
    from rasd.store import Store

    report = resources.files("rasd.data.demo").joinpath(DEMO)
    ids: list[str] = []  # the record is found by the id ingest gives it, never by its path:
    # the store may hold the same text from another checkout, install or temporary copy

    def note(outcome: str, where: str, document_id: str | None) -> None:
        if document_id:
            ids.append(document_id)

    with resources.as_file(report) as path, Store(db_path) as store:
        tally = batch.run(store, [str(path)], on_result=note)
        if tally.errors:
            raise tally.errors[0]
        analysis = store.get(ids[0])
        where = store.path
    render.records([analysis], fmt)
    if fmt is None:
        state = "stored" if tally.added else "already stored"
        click.echo(f"\n{state} in {where}\n"
                   f"next: rasd list · rasd show {analysis.document.id[:12]} · rasd status · "
                   "rasd analyze FILE --json")


COMMANDS = (demo,)
