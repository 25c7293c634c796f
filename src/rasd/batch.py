"""The ingest job: sources through the pipeline into the store.

This is the local loop: one process, or worker processes that read and analyse
(``workers``) while this one keeps the single writer and takes their results in
the sources' order. Documents already stored are not analysed again, only their
new location is noted, so a rerun after a crash picks up where it stopped. Writes
go through the store's buffered writer: outcomes are reported once committed.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd import ingest, pipeline
from rasd.errors import RasdError, printable
from rasd.ingest.folders import DEFAULT_MAX_BYTES, expand
from rasd.ingest.item import Item
from rasd.knowledge import Knowledge, load
from rasd.store import Store
from rasd.workers import Pool, analyse, outcome
from rasd.workers import count as workers_count


@dataclass
class Tally:
    """What one run did: documents added, already present, sources failed, warnings."""

    files: int = 0
    added: int = 0
    present: int = 0
    failed: int = 0
    warnings: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # new documents with no publication date
    errors: list[RasdError] = field(default_factory=list)


def run(store: Store, sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
        encoding: str | None = None, published: str | None = None,
        text_column: str | None = None, knowledge: Knowledge | None = None, every: int = 64,
        workers: int | None = None, scheduler: str | None = None,
        on_start: Callable[[int], None] | None = None,
        on_file: Callable[[str], None] | None = None,
        on_result: Callable[[str, str, str | None], None] | None = None,
        on_source: Callable[[str, list[int]], None] | None = None,
        on_stage: Callable[[str], None] | None = None,
        on_document: Callable[[str, int], None] | None = None) -> Tally:
    """Ingest every source into ``store``; the ``on_*`` callbacks report progress.

    ``on_start(sources)`` comes first and ``on_file(where)`` after each source;
    inside one, ``on_source(where, lengths)`` gives the text length of each of its
    documents once it is read (a feed or table holds many), ``on_stage(name)`` comes
    before each stage of each document (one long text takes a while), and
    ``on_document(where, length)`` after each document is analysed or found stored.
    ``on_result(outcome, where, document_id)`` is called once per document or
    failure after it is committed, with outcome "added", "present" or "failed".
    ``every`` documents are committed together (each one whole or not at all).
    ``knowledge`` is what the stages read (the shipped knowledge when not given).
    ``workers`` processes read and analyse (``rasd.workers.count``: by default the
    cores when there are many sources, else none); the results, the store and the
    callbacks are as in one process, but ``on_stage`` is not called. With
    ``scheduler`` (a Dask scheduler's address) the cluster's workers do it instead
    (``rasd.scale``).
    """
    tally = Tally()
    knowledge = knowledge or load()

    def done(outcome: str, where: str, document_id: str | None) -> None:
        setattr(tally, outcome, getattr(tally, outcome) + 1)
        if on_result:
            on_result(outcome, where, document_id)

    paths = list(expand(sources, absolute=True))
    if on_start:
        on_start(len(paths))
    made_by = pipeline.producer(knowledge=knowledge)
    stages = _told(pipeline.STAGES, on_stage) if on_stage else pipeline.STAGES
    from rasd.reuse.detect import index  # text reuse, checked as documents are stored

    options = {"max_bytes": max_bytes, "encoding": encoding, "published": published,
               "text_column": text_column}
    many = workers_count(workers, len(paths))
    with store.writer(every=every, on_done=done, producer=made_by, after=index) as writer:
        if scheduler is not None:
            from rasd.scale import Cluster

            with Cluster(scheduler, knowledge) as cluster:
                _in_parallel(writer, cluster, paths, options, knowledge, tally, on_source,
                             on_document, on_file)
            return tally
        if many > 1:
            with Pool(many, knowledge) as pool:
                _in_parallel(writer, pool, paths, options, knowledge, tally, on_source,
                             on_document, on_file)
            return tally
        for path in paths:
            tally.files += 1
            where = path.where if isinstance(path, RasdError) else printable(path)
            items = list(ingest.read_file(path, max_bytes=max_bytes, encoding=encoding,
                                          published=published, text_column=text_column))
            if on_source:
                on_source(where, [len(i.document.text) if i.document else 0 for i in items])
            for item in items:
                _ingest_one(writer, item, None, knowledge, tally, published, stages)
                if on_document:
                    on_document(item.where, len(item.document.text) if item.document else 0)
            if on_file:
                on_file(where)
    return tally


def _in_parallel(writer, pool, paths: list, options: dict, knowledge: Knowledge,
                 tally: Tally, on_source, on_document, on_file) -> None:
    """Ingest with ``pool``'s workers (a ``workers.Pool`` or a ``scale.Cluster``) reading
    the sources and analysing the new
    documents, a few sources ahead; here, in the sources' order, each document is
    checked against the store, written, and reported."""
    ahead = iter(paths)
    reading: deque = deque()  # (path, where, future of its items), in order
    waiting: deque = deque()  # (item, future of its analysis or None), in order
    sent: set[str] = set()  # documents given to the workers in this run

    def read_ahead() -> None:
        while len(reading) < 2 * pool.workers:
            path = next(ahead, None)
            if path is None:
                return
            where = path.where if isinstance(path, RasdError) else printable(path)
            reading.append((where, pool.read(path, options)))

    def write(until: int) -> None:
        while len(waiting) > until:
            item, job = waiting.popleft()
            if item is None:  # a source's last item is written
                if on_file:
                    on_file(job)
                continue
            _ingest_one(writer, item, job, knowledge, tally, options["published"])
            if on_document:
                on_document(item.where, len(item.document.text) if item.document else 0)

    read_ahead()
    while reading:
        done = [reading.popleft()]  # the next source, and any read after it already
        while reading and reading[0][1].done():
            done.append(reading.popleft())
        read_ahead()
        sources = [(where, outcome(job)) for where, job in done]
        stored = writer.having([i.document.id for _, items in sources for i in items
                                if i.document is not None])
        for where, items in sources:
            tally.files += 1
            if on_source:
                on_source(where, [len(i.document.text) if i.document else 0 for i in items])
            for item in items:
                doc = item.document
                fresh = doc is not None and doc.id not in sent and doc.id not in stored
                if fresh:
                    sent.add(doc.id)
                # the worker gets the document, not the bytes the store keeps
                waiting.append((item, pool.analyse(Item(item.where, document=doc))
                                if fresh else None))
                write(until=4 * pool.workers)
            waiting.append((None, where))
    write(until=0)


def _ingest_one(writer, item, job, knowledge: Knowledge, tally: Tally,
                published: str | None, stages: tuple[pipeline.Stage, ...] = pipeline.STAGES,
                ) -> None:
    """Store one item, analysed by a worker (``job``) or here, or note another place a
    stored text was found."""
    raw = (item.raw.sha256, item.raw.data) if item.raw else None
    doc = item.document
    # a document sent to a worker was not stored then, and no other item of this run was
    # sent with it; one that was not sent may have been stored since
    if doc is not None and job is None and writer.has(doc.id):
        _note_copy(writer, doc, item.where, raw, tally, published)
        return
    if doc is not None:
        _warn(tally, item.where, doc.warnings)
    result = outcome(job) if job is not None else analyse(item, knowledge, stages)
    if result.analysis is not None:
        writer.put(result.analysis, item.where, raw)
    else:
        tally.errors.append(result.error)
        writer.fail(item.where, result.error, result.stage, raw)


def _told(stages: tuple[pipeline.Stage, ...], on_stage: Callable[[str], None],
          ) -> tuple[pipeline.Stage, ...]:
    """The same stages, each saying its name to ``on_stage`` before it runs (the names,
    and so what made the record, are unchanged)."""
    def telling(stage: pipeline.Stage) -> pipeline.Stage:
        def run(*args):
            on_stage(stage.name)
            return stage.run(*args)
        return dataclasses.replace(stage, run=run)

    return tuple(telling(s) for s in stages)


def _note_copy(writer, copy, where: str, raw, tally: Tally, published: str | None) -> None:
    """Record where a stored text was found, and say what the store keeps, once.

    A new place is recorded with the date and title it gives (``rasd show`` lists
    them), so a copy dated or titled unlike the record is said, with its warnings.
    A place already recorded was said when it was first read and nothing of it
    changes now: it says nothing again, unless the source itself now gives another
    date or title, which is not kept (``--published`` on stored documents is the
    command's one note, not a line per document).
    """
    first = writer.known(copy.id)
    before = writer.noted(copy.id, where)
    writer.note(copy, where, raw)
    gives = (copy.published, copy.title)
    if before is not None:
        if published is None and before != gives:
            tally.warnings.append(
                f"{where}: now gives the date {copy.published or 'unknown'}"
                f"{' and another title' if before[1] != copy.title else ''}, but it is stored "
                f"(document {copy.id[:12]}) as it was first read, published "
                f"{before[0] or 'unknown'}; a stored source is not read again")
        return
    _warn(tally, where, copy.warnings)
    if first is not None and (first.published, first.title) != gives:
        tally.warnings.append(
            f"{where}: same text as document {copy.id[:12]} ({first.source}, published "
            f"{first.published or 'unknown'}); this copy's date ({copy.published or 'unknown'})"
            f" and title are kept with its origin (rasd show {copy.id[:12]})")


def _warn(tally: Tally, where: str, warnings: tuple[str, ...]) -> None:
    """Keep a document's warnings; "no publication date" is counted, not repeated, since
    a folder of pasted texts would say it for every file."""
    tally.warnings.extend(f"{where}: {w}" for w in warnings if w != ingest.UNDATED)
    if ingest.UNDATED in warnings:
        tally.undated.append(where)
