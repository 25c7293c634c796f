"""The ``rasd`` command group and its error handling; each command is a module of its own.

Errors from rasd (``RasdError``) are printed as ``rasd: error: FILE: problem``
with exit code 1, never as a traceback; usage errors exit with 2 (click).
"""

from __future__ import annotations

import os
import sys

import click

from rasd.errors import RasdError, one_line


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RasdError as e:
            _fail(e.message)
        except BrokenPipeError:  # `rasd export | head`
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("rasd: interrupted; documents stored so far are kept", err=True)
            sys.exit(130)
        except OSError as e:  # a file rasd was told to write (export -o) and could not
            _fail(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # usage errors, --help and --version: click's own exits
        except Exception as e:
            if os.environ.get("RASD_DEBUG"):
                raise
            _fail(f"internal error ({type(e).__name__}: {e}); "
                  "run again with RASD_DEBUG=1 for the traceback, and please report it")


def _fail(message: str) -> None:
    click.echo(one_line(f"rasd: error: {message}"), err=True)
    sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="DuckDB file for the command that follows, as if given after it "
                   "(default: $RASD_DB, else ~/.local/share/rasd/rasd.duckdb).")
@click.pass_context
def main(ctx: click.Context, db_path: str | None) -> None:
    """rasd (رصد): who did what to whom, when and where — according to whom.

    Analyse Arabic and English reporting into a source-linked record, keep it in
    an embedded database and export it.
    """
    command = main.commands.get(ctx.invoked_subcommand or "")
    if db_path is not None and command is not None and not any(
            p.name == "db_path" for p in command.params):
        raise click.UsageError(f"--db: rasd {command.name} uses no database")


def _register() -> None:
    from rasd.cli import (
        analyze,
        demo,
        export,
        ingest,
        network,
        reanalyse,
        reuse,
        serve,
        show,
        status,
    )

    for module in (analyze, ingest, reanalyse, status, show, export, network, reuse, demo,
                   serve):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
