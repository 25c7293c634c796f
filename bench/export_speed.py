"""Export throughput: documents per second for each format and layer of ``rasd export``.

N SaudiNewsNet articles (read as ingest_saudinewsnet.py reads them) are ingested
once into a fresh store in a temporary folder; then every export the command line
offers (JSON lines, and CSV by document and by each layer) is written to a file in
that folder, each timed on its own, best of --repeat runs, and reported as stored
documents per second. The record-by-record JSON lines export (an ``Analysis``
built per document, as rasd did before it read the store a layer at a time) is
timed once beside them for reference. The floors in baselines.json are for the
default 1,000 articles; a much smaller store is dominated by each query's fixed cost.

    python bench/export_speed.py [--limit N] [--db FILE] [--repeat R] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import floors
from ingest_saudinewsnet import CORPUS, articles
from rasd import ingest, pipeline
from rasd.export import export, writer
from rasd.ingest.item import Raw
from rasd.store import Store

LAYERS = ("documents", "times", "entities", "mentions", "events", "findings")


def build(path: Path, corpus: Path, limit: int) -> None:
    """A store of the first ``limit`` articles, ingested as ``rasd ingest`` would."""
    with Store(path) as store, store.writer() as out:
        for where, _title, _date, content in articles(corpus, limit):
            raw = Raw.of(where, content.encode("utf-8"))
            for r in pipeline.analyze_many(list(ingest.read_raw(raw))):
                if r.analysis is None:
                    out.fail(r.where, r.error, r.stage, (raw.sha256, raw.data))
                else:
                    out.put(r.analysis, r.where, (raw.sha256, raw.data))


def timed(store: Store, out: Path, fmt: str, repeat: int, **options) -> float:
    """The best of ``repeat`` wall times of one export into the file ``out``."""
    best = float("inf")
    for _ in range(repeat):
        with out.open("w", encoding="utf-8", newline="") as stream:
            start = time.perf_counter()
            export(fmt, store, stream, **options)
            best = min(best, time.perf_counter() - start)
    return best


def record_by_record(store: Store, out: Path) -> float:
    """The wall time of the JSON lines export written one ``Analysis`` at a time."""
    with out.open("w", encoding="utf-8") as stream:
        start = time.perf_counter()
        w = writer("jsonl", stream)
        for analysis in store.analyses():
            w.write(analysis)
        w.finish()
        return time.perf_counter() - start


def measure(db: Path, folder: Path, repeat: int) -> dict[str, float]:
    with Store(db, read_only=True) as store:
        n = store.counts()["documents"]
        figures: dict[str, float] = {"documents": n}
        seconds = timed(store, folder / "export.jsonl", "jsonl", repeat)
        figures["jsonl_docs_per_s"] = round(n / seconds)
        for layer in LAYERS:
            seconds = timed(store, folder / f"{layer}.csv", "csv", repeat, layer=layer, bom=True)
            figures[f"csv_{layer}_docs_per_s"] = round(n / seconds)
        figures["records_jsonl_docs_per_s"] = round(n / record_by_record(store,
                                                                          folder / "old.jsonl"))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=1000, help="articles to ingest (1000)")
    parser.add_argument("--db", type=Path, help="time this store's exports instead (read only)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per export, best kept (3)")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.duckdb"
            start = time.perf_counter()
            build(db, args.corpus, args.limit)
            print(f"ingested {args.limit:,} articles in {time.perf_counter() - start:.0f} s",
                  file=sys.stderr)
        elif not db.exists():
            raise SystemExit(f"{db}: no such database")
        figures = measure(db, Path(tmp), args.repeat)

    print(f"rasd export of {figures['documents']:,} stored SaudiNewsNet documents "
          f"(best of {args.repeat}):")
    for name, value in figures.items():
        if name != "documents":
            print(f"  {name.removesuffix('_docs_per_s'):24} {value:>8,} docs/s")
    print(json.dumps(figures))
    if args.check:
        return floors.check(figures, "export_speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
