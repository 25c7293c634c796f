"""rasd on a Dask cluster, for corpora that outgrow one machine (``pip install 'rasd[scale]'``).

``rasd ingest PATHS --scheduler tcp://HOST:PORT`` runs the ingest loop of
``rasd.batch`` with a ``Cluster`` in place of local worker processes: this
process reads each source's bytes (so the workers need no view of its files),
the cluster's workers decode and parse them and analyse the documents not yet
stored, with the stage code and knowledge of this process (the knowledge is sent
once, as a value: the user's KB rows travel with it), and the results stream back
here, in the sources' order, to the one writer, so the store's guarantees hold as
in one process. ``analyses`` does the same for a ``dask.bag`` of sources, from
Python, without a store. ``docs/scale.md`` says how to run a cluster and where
the store goes when one DuckDB file is not enough.

Dask is imported here only, and only when a cluster is asked for.
"""

from __future__ import annotations

from concurrent.futures import Future

from rasd import ingest, workers
from rasd.errors import RasdError
from rasd.ingest.folders import DEFAULT_MAX_BYTES, load
from rasd.ingest.item import Item, Raw
from rasd.knowledge import Knowledge


def _client(scheduler: str):
    try:
        from dask.distributed import Client
    except ImportError:
        raise RasdError("--scheduler", "Dask is not installed: pip install 'rasd[scale]'") \
            from None
    try:
        return Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise RasdError(scheduler, f"no Dask scheduler answers there ({e})") from None


def _decoded(raw: Raw, options: dict) -> list[Item]:
    """The items of one source's bytes (on a worker)."""
    return list(ingest.read_raw(raw, **options))


def _analysed(item: Item, knowledge: Knowledge):
    """One item's result (on a worker), as ``workers.analyse`` gives it."""
    return workers.analyse(item, knowledge)


class Cluster:
    """A Dask cluster, used by the ingest loop as it uses a ``workers.Pool``: ``read``
    and ``analyse`` give futures, and ``workers`` (the cluster's threads) sets how much
    work is kept in flight."""

    def __init__(self, scheduler: str, knowledge: Knowledge):
        self.client = _client(scheduler)
        self.workers = max(1, sum(self.client.nthreads().values()))
        [self._knowledge] = self.client.scatter([knowledge], broadcast=True, hash=False)

    def read(self, path: str | RasdError, options: dict) -> Future:
        """Read the bytes here, decode and parse them on a worker."""
        if isinstance(path, RasdError):
            return workers.done([Item(path.where, error=path)])
        try:
            raw = load(path, options.get("max_bytes", DEFAULT_MAX_BYTES))
        except RasdError as e:
            return workers.done([Item(e.where, error=e)])
        rest = {k: v for k, v in options.items() if k != "max_bytes"}
        return self.client.submit(_decoded, raw, rest, pure=False)

    def analyse(self, item: Item) -> Future:
        return self.client.submit(_analysed, item, self._knowledge, pure=False)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def analyses(sources, kb: Knowledge | str | None = None, **options):
    """A ``dask.bag`` of ``rasd.pipeline.Result`` (analysis or error), one per document
    of a ``dask.bag`` of sources (paths or URLs each worker can read); ``kb`` and
    ``options`` as for ``rasd.analyze_many``.

        import dask.bag as db, rasd.scale
        results = rasd.scale.analyses(db.from_sequence(paths, npartitions=64))
        records = results.filter(lambda r: r.analysis).map(lambda r: r.analysis.to_dict())
    """
    from rasd import knowledge

    known = kb if isinstance(kb, Knowledge) else knowledge.check(knowledge.load(kb))
    return sources.map(_source_results, known, options).flatten()


def _source_results(path: str, known: Knowledge, options: dict) -> list:
    return workers.read_and_analyse(path, options, known)
