"""Worker processes that read sources and analyse documents, every core busy.

A ``Pool`` starts ``workers`` processes (spawned: they share nothing with the
parent, which holds the database) and hands each the run's knowledge once, as a
value; each loads what it needs on first use and keeps it. The parent submits work
and takes results back in the order it submitted them (``Ordered``), so output
order and the store's single writer stay as in one process.

Spawning a worker and loading its knowledge costs about a second, so a run with
few sources reads them in the parent (``count``).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from rasd import ingest, pipeline
from rasd.errors import RasdError
from rasd.ingest.folders import STDIN
from rasd.ingest.item import Item
from rasd.knowledge import Knowledge

# Below this many sources a run reads in the parent unless --workers is given: the
# workers' start would cost more than it saves.
FEW_SOURCES = 16

_knowledge: Knowledge | None = None  # a worker's own, set once when it starts


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def count(asked: int | None, sources: int) -> int:
    """How many workers a run uses: as asked, else the cores when there are many
    sources, else none (1: the parent does the work)."""
    if asked is not None:
        return max(1, asked)
    return cores() if sources >= FEW_SOURCES else 1


def _start(knowledge: Knowledge) -> None:
    global _knowledge
    _knowledge = knowledge
    threading.Thread(target=_orphaned, args=(os.getppid(),), daemon=True).start()


def _orphaned(parent: int) -> None:
    """End this worker once its parent is gone (killed, with SIGKILL, mid-run): nothing
    is left running in the background, and the parent's rerun starts its own."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def read(path: Any, options: dict) -> list[Item]:
    """The items of one source (in a worker): its documents or its failure."""
    return list(ingest.read_file(path, **options))


def analyse(item: Item, knowledge: Knowledge | None = None,
            stages: tuple[pipeline.Stage, ...] = pipeline.STAGES) -> pipeline.Result:
    """One item's result, its analysis or why there is none (in a worker, with its
    knowledge; or here, with ``knowledge``), as ``pipeline.analyze_many`` gives it."""
    return next(pipeline.analyze_many([item], stages, knowledge=knowledge or _knowledge))


def done(value: Any) -> Future:
    """A finished future holding ``value``: work done in this process (stdin, a source
    that cannot be read), taken back in order with the rest."""
    job: Future = Future()
    job.set_result(value)
    return job


def read_and_analyse(path: Any, options: dict, knowledge: Knowledge | None = None,
                     ) -> list[pipeline.Result]:
    """Every result of one source, for ``rasd analyze`` (in a worker, with its knowledge
    or ``knowledge``); the source's bytes are not sent back."""
    items = read(path, options)
    return [pipeline.Result(r.where, r.analysis, r.error, None, r.stage)
            for r in pipeline.analyze_many(items, knowledge=knowledge or _knowledge)]


class Pool:
    """``workers`` spawned processes holding ``knowledge``."""

    def __init__(self, workers: int, knowledge: Knowledge):
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start, initargs=(knowledge,))

    def submit(self, work: Callable, *args) -> Future:
        try:
            return self._executor.submit(work, *args)
        except BrokenProcessPool as e:
            raise _died() from e

    def read(self, path: Any, options: dict) -> Future:
        """The items of one source, read by a worker (stdin, the parent's, here)."""
        if path == STDIN:
            return done(read(path, options))
        return self.submit(read, path, options)

    def analyse(self, item: Item) -> Future:
        """One item's result, made by a worker (see ``analyse``)."""
        return self.submit(analyse, item)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def outcome(future: Future) -> Any:
    """A submitted task's result; a worker that died (killed, out of memory) is said as
    such, not as a traceback."""
    try:
        return future.result()
    except BrokenProcessPool as e:
        raise _died() from e


def _died() -> RasdError:
    return RasdError("workers", "a worker process died (killed, or out of memory?); what "
                                "was stored so far is kept: run the command again, or with "
                                "fewer --workers")


def ordered(pool: Pool, work: Callable, tasks: Iterable[tuple], ahead: int | None = None,
            ) -> Iterator[Any]:
    """``work(*task)`` of every task, run in the pool, given back in the tasks' order;
    at most ``ahead`` tasks (four per worker by default) are in flight at once, so a
    long run holds only a few results in memory."""
    ahead = ahead or 4 * pool.workers
    waiting: deque[Future] = deque()
    for task in tasks:
        waiting.append(pool.submit(work, *task))
        if len(waiting) >= ahead:
            yield outcome(waiting.popleft())
    while waiting:
        yield outcome(waiting.popleft())
