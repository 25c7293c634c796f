"""The ingest job: sources through the pipeline into the store, one transaction a document.

This is the local loop (one process); ``scale.py`` will map the same pipeline
over a cluster. Documents already stored are not analysed again, only their new
location is noted, so a rerun after a crash picks up where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd import ingest, pipeline
from rasd.errors import RasdError
from rasd.ingest.folders import DEFAULT_MAX_BYTES, expand
from rasd.pipeline import Result
from rasd.store import Store


@dataclass
class Tally:
    """What one run did: documents added, already present, sources failed, warnings."""

    files: int = 0
    added: int = 0
    present: int = 0
    failed: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[RasdError] = field(default_factory=list)


def run(store: Store, sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
        encoding: str | None = None, published: str | None = None,
        on_start: Callable[[int], None] | None = None,
        on_file: Callable[[str], None] | None = None,
        on_result: Callable[[Result, str], None] | None = None) -> Tally:
    """Ingest every source into ``store``; the ``on_*`` callbacks report progress."""
    tally = Tally()
    paths = list(expand(sources))
    if on_start:
        on_start(len(paths))
    for path in paths:
        tally.files += 1
        if isinstance(path, RasdError):
            _record(store, Result(path.where, error=path, stage="ingest"), tally, on_result)
        else:
            items = ingest.read([path], max_bytes=max_bytes, encoding=encoding,
                                published=published)
            for item in items:
                doc = item.document
                if doc is not None and store.has(doc.id):
                    store.add_origin(doc.id, item.where, _raw(item.raw))
                    tally.present += 1
                    if on_result:
                        on_result(Result(item.where, raw=item.raw), "present")
                    continue
                for result in pipeline.analyze_many([item]):
                    _record(store, result, tally, on_result)
        if on_file:
            on_file(path if isinstance(path, str) else path.where)
    return tally


def _record(store: Store, result: Result, tally: Tally,
            on_result: Callable[[Result, str], None] | None) -> None:
    tally.warnings.extend(result.warnings)
    if result.analysis is not None:
        added = store.put(result.analysis, result.where, _raw(result.raw), result.warnings)
        outcome = "added" if added else "present"
        if added:
            tally.added += 1
        else:
            tally.present += 1
    else:
        store.put_failure(result.where, result.error, result.stage, _raw(result.raw))
        tally.failed += 1
        tally.errors.append(result.error)
        outcome = "failed"
    if on_result:
        on_result(result, outcome)


def _raw(raw: ingest.Raw | None) -> tuple[str, bytes] | None:
    return (raw.sha256, raw.data) if raw else None
