"""``rasd network``: who acted on whom in the stored events, counted by PLOVER quad."""

from __future__ import annotations

import json

import click

from rasd.cli import options

# the quads' short headings in the table, in kinds.QUADS order
HEADINGS = ("v-coop", "m-coop", "v-confl", "m-confl")


@click.command()
@options.db
@click.option("--actor", metavar="ID", help="Only edges touching this entity id.")
@click.option("--from", "start", callback=options.day, metavar="YYYY-MM-DD",
              help="Only events dated on or after this day.")
@click.option("--to", "end", callback=options.day, metavar="YYYY-MM-DD",
              help="Only events dated on or before this day.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the network as JSON: nodes and edges with their events.")
def network(db_path, actor, start, end, as_json):
    """The actor network of the stored events: an edge from each source to each target.

    Each edge counts its events by PLOVER quad (verbal/material cooperation and
    conflict); negated and hypothetical events are listed but not counted. Fighting
    or meetings with no target join their sides with a mutual edge (A <-> B). Dates
    are the events' own, else their document's publication date; --from and --to keep
    the events whose whole date lies between them.
    """
    from rasd.errors import StoreProblem
    from rasd.events import kinds
    from rasd.store import Store

    if start and end and start > end:
        raise click.BadParameter(f"--from {start} is after --to {end}", param_hint="--from")
    with Store(db_path, read_only=True) as store:
        if actor is not None and not store.has_entity(actor):
            raise StoreProblem(actor, f"no stored record names this entity id in {store.path}")
        graph = store.network(kinds.quads(), actor=actor, start=start, end=end)
    if as_json:
        click.echo(json.dumps(graph, ensure_ascii=False, indent=2))
        return
    click.echo(table(graph))


def table(graph: dict) -> str:
    """The edges as a table: who → whom by name, the counts by quad, events listed."""
    from rasd.events.kinds import QUADS

    names = {n["id"]: n["name"] or n["id"] for n in graph["nodes"]}
    rows = [(f"{names[e['source']]} {'↔' if e['mutual'] else '→'} {names[e['target']]}",
             *(str(e["counts"][q]) for q in QUADS), str(len(e["events"])))
            for e in graph["edges"]]
    if not rows:
        return "no events between actors"
    heading = ("edge", *HEADINGS, "listed")
    width = max(len(r[0]) for r in [heading, *rows])
    lines = [_line(heading, width)] + [_line(r, width) for r in rows]
    lines.append(f"{len(rows)} edges between {len(names)} actors; v/m: verbal/material, "
                 "coop/confl: cooperation/conflict; listed: every event, negated and "
                 "hypothetical ones too, which are not counted")
    return "\n".join(lines)


def _line(cells: tuple[str, ...], width: int) -> str:
    return cells[0].ljust(width) + "".join(c.rjust(9) for c in cells[1:])


COMMANDS = (network,)
