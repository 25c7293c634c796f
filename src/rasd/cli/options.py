"""Options several commands share: the database, input reading, output format."""

from __future__ import annotations

import datetime as dt
import re

import click

from rasd.ingest.folders import DEFAULT_MAX_BYTES

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class Size(click.ParamType):
    """A byte count: 1000000, 50M, 2G (powers of 1024)."""

    name = "size"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+)\s*([kmg]?)i?b?\s*", str(value).lower())
        if not m:
            self.fail(f"{value!r} is not a size such as 500K, 50M or 2G", param, ctx)
        return int(m[1]) * _UNITS[m[2]]


def day(ctx, param, value):
    """A ``YYYY-MM-DD`` option value that names a real day (None stays None)."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is no real day ({e})") from None


DB_HELP = "DuckDB file (default: $RASD_DB, else ~/.local/share/rasd/rasd.duckdb)."


def _db(ctx, param, value):
    """The command's own --db, else the one given before the command (``rasd --db X list``),
    else None: the store then takes $RASD_DB or its default. Neither option reads the
    environment itself, so a --db typed anywhere beats $RASD_DB."""
    if value is not None:
        return value
    return ctx.find_root().params.get("db_path")


db = click.option("--db", "db_path", type=click.Path(dir_okay=False), callback=_db,
                  metavar="FILE", help=DB_HELP)


def _kb(ctx, param, value):
    """The run's knowledge (``rasd.knowledge``) with the user's file on top, its rows
    checked now so that a bad one is named before any document is read; None (the
    shipped knowledge, loaded when first needed) without one."""
    if value is None:
        return None
    from rasd import knowledge
    from rasd.errors import RasdError

    try:
        return knowledge.check(knowledge.load(value))
    except RasdError as e:
        raise click.BadParameter(str(e)) from None


kb = click.option("--kb", "knowledge", type=click.Path(exists=True, dir_okay=False),
                  envvar="RASD_KB", callback=_kb, metavar="FILE",
                  help="Your own knowledge-base rows (entities.tsv format) on top of "
                       "the shipped ones (default: $RASD_KB).")


def reading(command):
    """--published, --encoding, --max-bytes, --text-column and --kb, for commands that
    read sources."""
    for option in reversed((
        click.option("--published", callback=day, metavar="YYYY-MM-DD",
                     help="Publication date to use instead of the one found in the source."),
        click.option("--encoding", metavar="NAME",
                     help="Text encoding to use instead of detecting it (e.g. windows-1256)."),
        click.option("--max-bytes", type=Size(), default=DEFAULT_MAX_BYTES, show_default="32M",
                     help="Refuse sources larger than this (e.g. 200M)."),
        click.option("--text-column", metavar="NAME",
                     help="For tables (CSV/TSV): the column that holds the text, when its "
                          "name is not one rasd knows."),
        kb,
    )):
        command = option(command)
    return command


workers = click.option(
    "--workers", type=click.IntRange(min=1), metavar="N",
    help="Worker processes that read and analyse (default: this machine's cores when there "
         "are 16 sources or more, else none; 1: none).")


def output(command):
    """--json / --jsonl: machine-readable output instead of the human summary."""
    command = click.option("--jsonl", "fmt", flag_value="jsonl",
                           help="One JSON record per line.")(command)
    return click.option("--json", "fmt", flag_value="json",
                        help="JSON (one object, or an array for several).")(command)


context = click.option("--context", is_flag=True,
                       help="Under each time, entity, event and finding of the summary, the "
                            "sentence it stands in.")
