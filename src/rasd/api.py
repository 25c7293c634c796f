"""rasd's Python API: ``analyze`` one source, ``analyze_many`` several.

It imports the stages on first use, so ``import rasd`` stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from os import PathLike
from typing import TYPE_CHECKING

from rasd.model import Analysis

if TYPE_CHECKING:
    from rasd.knowledge import Knowledge

def analyze(source: str | PathLike[str], published: str | None = None,
            kb: str | PathLike[str] | Knowledge | None = None, **options) -> Analysis:
    """Analyse the one document a file, URL or ``-`` (stdin) holds.

    Raises ``rasd.errors.RasdError`` (with the source and the problem) if it
    cannot be read or holds several documents (a feed: use ``analyze_many``).
    ``kb`` is a knowledge-base file of your own (rows on top of the shipped ones,
    as ``--kb``) or a ``rasd.knowledge.Knowledge``; ``options`` are ``max_bytes``,
    ``encoding`` and ``text_column``, as for ``rasd analyze``.
    """
    from rasd.errors import RasdError

    results = list(analyze_many([source], published=published, kb=kb, **options))
    for result in results:
        if result.error is not None:
            raise result.error
    if len(results) != 1:
        raise RasdError(str(source), f"holds {len(results)} documents; use rasd.analyze_many")
    return results[0].analysis


def analyze_many(sources: Iterable[str | PathLike[str]], published: str | None = None,
                 kb: str | PathLike[str] | Knowledge | None = None,
                 workers: int | None = None, **options) -> Iterator:
    """A ``rasd.pipeline.Result`` (analysis or error) for every document the sources hold,
    in their order; ``kb`` as for ``analyze``. ``workers`` processes read and analyse
    (``rasd.workers.count``: by default this machine's cores when there are many
    sources, else none)."""
    from rasd import ingest, knowledge, pipeline
    from rasd import workers as pool
    from rasd.ingest.folders import STDIN, expand

    known = kb if isinstance(kb, knowledge.Knowledge) else knowledge.check(knowledge.load(kb))
    paths = list(expand([str(s) for s in sources]))
    many = pool.count(workers, len(paths))
    if many <= 1 or STDIN in paths:  # stdin is this process's to read
        items = (item for path in paths
                 for item in ingest.read_file(path, published=published, **options))
        return pipeline.analyze_many(items, knowledge=known)
    return _in_workers(paths, many, known, {"published": published, **options})


def _in_workers(paths: list, many: int, known: Knowledge, options: dict) -> Iterator:
    from rasd import workers as pool

    with pool.Pool(many, known) as workers:
        for results in pool.ordered(workers, pool.read_and_analyse,
                                    ((p, options) for p in paths)):
            yield from results
