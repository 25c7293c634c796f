"""``rasd reanalyse``: redo the analysis of stored documents with this rasd's stages."""

from __future__ import annotations

import click

from rasd.cli import options

CHUNK = 64


@click.command()
@options.db
@click.option("--all", "everything", is_flag=True,
              help="Redo every document, not only those analysed by another rasd or stages.")
def reanalyse(db_path, everything):
    """Re-run the pipeline over stored documents and replace their layers.

    A document keeps its text, dates, warnings and the places it was found; its
    times, entities, mentions, events and findings are made again. By default only
    documents analysed by another version or stage table are redone, so running it
    twice does nothing the second time. A document a stage fails on keeps its old
    record and is reported; the exit code is then 1.
    """
    from rasd import pipeline
    from rasd.errors import RasdError
    from rasd.store import Store

    producer = pipeline.producer()
    done = failed = 0
    with Store(db_path) as store:
        ids = store.ids() if everything else store.stale(producer)
        for start in range(0, len(ids), CHUNK):
            analyses = []
            for document in store.documents_by_id(ids[start:start + CHUNK]):
                try:
                    analyses.append(pipeline.analyze_one(document))
                except RasdError as e:
                    failed += 1
                    click.echo(f"rasd: error: {e.message}", err=True)
            store.replace(analyses, producer)
            done += len(analyses)
        click.echo(f"{done} reanalysed, {failed} failed, "
                   f"{store.counts()['documents'] - len(ids)} already current -> {store.path}",
                   err=True)
    if failed:
        raise SystemExit(1)


COMMANDS = (reanalyse,)
