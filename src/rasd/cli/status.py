"""``rasd status`` and ``rasd list``: what the database holds, and what failed."""

from __future__ import annotations

import json

import click

from rasd.cli import options
from rasd.errors import one_line


@click.command()
@options.db
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(db_path, as_json):
    """Counts of stored documents and layers, and every source that failed, with why."""
    from rasd.store import Store

    with Store(db_path, read_only=True) as store:
        info = {**store.summary(), "counts": store.counts(),
                "failures": [{**f, "first_seen": f["first_seen"].isoformat(timespec="seconds")}
                             for f in store.failures()]}
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    counts = info["counts"]
    click.echo(f"database   {info['path']} ({info['version']}, records {info['schema']})")
    click.echo(f"documents  {counts['documents']:,}"
               + (f"  published {info['published_from']} .. {info['published_to']}"
                  if info["published_from"] else ""))
    for key in ("language", "reader"):
        if info[key]:
            click.echo(f"{key:10} " + ", ".join(f"{k} {v:,}" for k, v in info[key].items()))
    click.echo("layers     " + " · ".join(f"{counts[k]:,} {k}" for k in
                                          ("times", "entities", "mentions", "events",
                                           "findings")))
    click.echo(f"failed     {counts['failures']:,}")
    for f in info["failures"]:
        click.echo(one_line(f"  [{f['stage']}/{f['kind']}] {f['message']}"))


@click.command(name="list")
@options.db
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@options.output
def list_(db_path, limit, fmt):
    """List stored documents: id, date, language, layer counts, title."""
    from rasd.store import Store

    with Store(db_path, read_only=True) as store:
        rows = store.documents(limit)
    for row in rows:
        row["published"] = row["published"].isoformat() if row["published"] else None
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        for row in rows:
            layers = f"{row['times']}t {row['mentions']}m {row['events']}e {row['findings']}f"
            named = one_line(row["title"] or row["source"])  # a newline in a name stays in
            click.echo(f"{row['id'][:12]}  {row['published'] or '----------'}  "
                       f"{row['language'] or '--':3} {layers:14} {named}")


COMMANDS = (status, list_)
