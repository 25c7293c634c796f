"""``rasd reanalyse``: redo the analysis of stored documents with this rasd's stages."""

from __future__ import annotations

from pathlib import Path

import click

from rasd.cli import options

CHUNK = 64


@click.command()
@options.db
@options.kb
@click.option("--all", "everything", is_flag=True,
              help="Redo every document, not only those made by other stages or knowledge.")
def reanalyse(db_path, knowledge, everything):
    """Re-run the pipeline over stored documents and replace their layers.

    A document keeps its text, dates, warnings and the places it was found; its
    times, entities, mentions, events and findings are made again, and the
    entities they name are refreshed. By default only documents made by another
    version, stage table or knowledge (a changed shipped table or model, or a
    changed row of your --kb file) are redone, so running it twice does nothing the
    second time. A record made with your --kb file is redone with that file again;
    --kb FILE gives the file to use for all. A document a stage fails on keeps its
    old record and is reported; the exit code is then 1.
    """
    from rasd import pipeline
    from rasd.errors import RasdError
    from rasd.store import Store

    done = failed = current = 0
    with Store(db_path) as store:
        for made_by, ids in store.producers().items():
            try:
                known = knowledge or _knowledge_of(made_by)
            except RasdError as e:
                failed += len(ids)
                click.echo(f"rasd: error: {e.message}; {len(ids)} records made with it are "
                           "kept as they are (give --kb FILE to redo them)", err=True)
                continue
            producer = pipeline.producer(knowledge=known)
            if made_by == producer and not everything:
                current += len(ids)
                continue
            for start in range(0, len(ids), CHUNK):
                analyses = []
                for document in store.documents_by_id(ids[start:start + CHUNK]):
                    try:
                        analyses.append(pipeline.analyze_one(document, knowledge=known))
                    except RasdError as e:
                        failed += 1
                        click.echo(f"rasd: error: {e.message}", err=True)
                store.replace(analyses, producer)
                done += len(analyses)
        click.echo(f"{done} reanalysed, {failed} failed, {current} already current "
                   f"-> {store.path}", err=True)
    if failed:
        raise SystemExit(1)


def _knowledge_of(made_by: str | None):
    """The knowledge a record is redone with: the shipped data, and the user's KB file the
    record was made with, read again (so its links are kept and its edits seen)."""
    from rasd import knowledge, pipeline

    path = pipeline.user_kb(made_by)
    return knowledge.check(knowledge.load(Path(path) if path else None))


COMMANDS = (reanalyse,)
