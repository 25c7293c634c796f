"""``rasd export``: stored records in a format other tools read."""

from __future__ import annotations

import click

from rasd.cli import options
from rasd.export import FORMATS


@click.command()
@options.db
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--layer", default="documents", show_default=True,
              type=click.Choice(["documents", "times", "entities", "mentions", "events",
                                 "findings"]),
              help="For csv: a row per document, or per item of this layer.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default: stdout).")
def export(db_path, fmt, layer, output):
    """Write every stored record as JSON lines (full records) or CSV."""
    from rasd.export import export as write
    from rasd.store import Store

    if fmt != "csv" and layer != "documents":
        raise click.UsageError("--layer applies to --format csv only")
    options_ = {"layer": layer, "bom": output != "-"} if fmt == "csv" else {}
    with Store(db_path, read_only=True) as store, \
            click.open_file(output, "w", encoding="utf-8") as stream:
        write(fmt, store, stream, **options_)


COMMANDS = (export,)
