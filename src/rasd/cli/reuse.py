"""``rasd reuse``: who copied whom among the stored documents, with the passages; and
the "sources and copies" lines of ``rasd show``."""

from __future__ import annotations

import json

import click

from rasd.cli import options
from rasd.errors import one_line

PASSAGE_WIDTH = 70  # characters of a passage shown


@click.command()
@options.db
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per line per reuse relation: source, copy, basis, share, "
                   "passages (offsets into each document's text).")
@click.option("--document", "document_id", metavar="ID",
              help="Only the relations of this document (any unique id prefix).")
def reuse(db_path, as_json, document_id):
    """Text reuse between stored documents: which copies which, on what basis (the earlier
    publication date, a dateline, a credit such as «نقلا عن» or a wire's signature, or
    unknown), how much of the copy is reused and the passages, aligned in both texts.

    Documents are checked as they are ingested; those stored by an earlier rasd are
    checked here first, once.
    """
    from rasd.reuse.clusters import Clusters
    from rasd.reuse.detect import catch_up
    from rasd.store import Store
    from rasd.store import reuse as stored

    with Store(db_path, read_only=True) as store:
        behind = bool(stored.unindexed(store.db))
    if behind:
        with Store(db_path) as store:
            catch_up(store.db, store.documents_by_id)
    with Store(db_path, read_only=True) as store:
        ident = store.resolve(document_id) if document_id else None
        relations = stored.relations(store.db, ident)
        if as_json:
            for r in relations:
                click.echo(json.dumps(r, ensure_ascii=False))
            return
        ids = sorted({d for r in relations for d in (r["source"], r["copy"])})
        docs = {d.id: d for d in store.documents_by_id(ids)}
        clusters = Clusters(stored.pairs(store.db))
    for r in relations:
        click.echo(relation_lines(r, docs))
    groups = clusters.groups()
    click.echo(f"{len(relations):,} reuse relations; {len(groups):,} clusters hold "
               f"{sum(map(len, groups)):,} documents"
               + (f"; this document's cluster: {len(_cluster_of(ident, groups))} documents"
                  if ident else ""))


def _cluster_of(ident: str, groups: list[list[str]]) -> list[str]:
    return next((g for g in groups if ident in g), [ident])


def relation_lines(r: dict, docs: dict) -> str:
    """A relation for the terminal: source → copy, basis, share, then each passage."""
    from rasd.cli.render import quote_free, shorten

    lines = [f"{click.style(r['source'][:12], fg='cyan')} → "
             f"{click.style(r['copy'][:12], fg='cyan')}  {r['basis']}  "
             f"{r['share']:.0%} of the copy reused, {len(r['passages'])} passages"]
    for role in ("source", "copy"):
        d = docs.get(r[role])
        if d is not None:
            lines.append(f"  {role:<6} {d.published or 'undated'}  {one_line(d.source)}"
                         + (f"  «{quote_free(d.title)}»" if d.title else ""))
    copy = docs.get(r["copy"])
    for p in r["passages"]:
        start, end = p["copy"]
        text = shorten(copy.text[start:end], PASSAGE_WIDTH) if copy else ""
        lines.append(f"    copy {start}-{end} ← source {p['source'][0]}-{p['source'][1]}"
                     f"  «{text}»")
    return "\n".join(lines)


def show_lines(store, document_id: str) -> list[str]:
    """The sources and copies of one document, for ``rasd show``."""
    from rasd.store import reuse as stored

    relations = stored.relations(store.db, document_id)
    others = [r["copy"] if r["source"] == document_id else r["source"] for r in relations]
    docs = {d.id: d for d in store.documents_by_id(others)}
    lines = []
    for r, other in zip(relations, others, strict=True):
        d = docs.get(other)
        what = "copy of  " if r["copy"] == document_id else "copied by"
        named = f"{d.published or 'undated'}  {one_line(d.title or d.source)}" if d else ""
        lines.append(f"  {what}  {other[:12]}  {named}  ({r['basis']}; {r['share']:.0%} of "
                     f"the copy, {len(r['passages'])} passages)")
    return lines


COMMANDS = (reuse,)
