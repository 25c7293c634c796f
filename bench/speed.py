"""How fast rasd is for a user, in one run: the whole command against dateparser alone,
each stage, start-up, worker processes and a Dask cluster.

SaudiNewsNet articles are written out as HTML pages (``ingest_saudinewsnet.as_bytes``)
into a temporary folder, then, in this one run on this machine:

- ``rasd analyze FOLDER --jsonl --workers 1`` as a whole process (start-up, reading the
  HTML, every stage, printing) against ``dateparser.search_dates`` on the same
  articles' texts in this process (its import and first call not counted): the
  ratio a user sees (issue 16's aim: at least 3x);
- each stage's documents and tokens per second on the same texts, in this process;
- start-up: ``rasd analyze`` of one short file, as a whole process;
- ``rasd ingest --workers 1`` against ``--workers 2`` (fresh stores), and with
  ``--dask`` a LocalCluster of two one-thread workers against one local process, and
  the rate at which the ingest process itself (reading, the cluster's traffic, the one
  writer) would be the limit: documents per CPU second of that process;
- the peak memory of a worker process (the largest child's resident set).

    python bench/speed.py [--pages 200] [--ingest-pages 600] [--dask] [--check]

Needs the ``bench`` extra (dateparser) and, for ``--dask``, the ``scale`` one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import floors
from ingest_saudinewsnet import CORPUS, articles, as_bytes
from rasd import pipeline
from rasd.knowledge import load
from rasd.model import Document

RASD = [sys.executable, "-m", "rasd"]


def write_pages(folder: Path, count: int) -> list[tuple[str, str]]:
    """``count`` articles as HTML pages in ``folder``; their (date, text)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for n, (_, title, date, content) in enumerate(articles(CORPUS, count)):
        (folder / f"{n:05}.html").write_bytes(as_bytes(title, date, content, True))
        texts.append((date, content))
    return texts


def timed(command: list[str], **kwargs) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   **kwargs)
    return time.perf_counter() - began


def dateparser_seconds(texts: list[tuple[str, str]]) -> float:
    from dateparser.search import search_dates

    search_dates("وصل الوفد أمس", languages=["ar"])  # its lazy loading is not counted
    began = time.perf_counter()
    for _, text in texts:
        search_dates(text, languages=["ar", "en"])
    return time.perf_counter() - began


def stage_rates(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Documents and tokens per second of each stage alone (its knowledge loaded), run as
    ``pipeline.analyze_one`` runs them."""
    knowledge = load()
    docs = [Document.make(text, f"a{n}", published=date) for n, (date, text) in
            enumerate(texts)]
    pipeline.analyze_one(docs[0], knowledge=knowledge)  # load what the stages read
    spent = dict.fromkeys([s.name for s in pipeline.STAGES], 0.0)
    tokens = 0
    for doc in docs:
        layers: dict = {}
        for stage in pipeline.STAGES:
            known = (getattr(knowledge, stage.knows),) if stage.knows else ()
            began = time.perf_counter()
            out = stage.run(doc, *(layers[n] for n in stage.needs), *known)
            spent[stage.name] += time.perf_counter() - began
            layers.update(pipeline._assigned(stage, out))
        tokens += len(layers["text"].tokens)
    rates = {f"{name}_docs_per_s": round(len(docs) / s) for name, s in spent.items()}
    rates.update({f"{name}_tokens_per_s": round(tokens / s) for name, s in spent.items()})
    return rates


def ingest_seconds(folder: Path, db: Path, *options: str) -> float:
    return timed([*RASD, "ingest", str(folder), "--db", str(db), *options])


def dask_seconds(folder: Path, db: Path) -> tuple[float, float]:
    """Wall seconds of ``rasd ingest --scheduler`` on a LocalCluster of two one-thread
    workers, and the CPU seconds of the ingest process itself: it reads the bytes,
    talks to the cluster and writes the store, so documents / its CPU seconds is the
    rate at which the one writer would be the limit (the cluster's ceiling)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        ingest_seconds(folder, db.with_suffix(".warm.duckdb"), "--scheduler",
                       cluster.scheduler_address)  # the workers load their knowledge
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = ingest_seconds(folder, db, "--scheduler", cluster.scheduler_address)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--ingest-pages", type=int, default=600)
    parser.add_argument("--dask", action="store_true", help="time a LocalCluster too")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()
    figures: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        texts = write_pages(root / "pages", args.ingest_pages)[:args.pages]
        small = root / "small"
        write_pages(small, args.pages)
        one = root / "one.txt"
        one.write_text("قصفت الطائرات مدينة حلب أمس.", encoding="utf-8")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        figures["startup_s"] = round(min(timed([*RASD, "analyze", str(one)], env=env)
                                         for _ in range(3)), 2)
        rasd_s = min(timed([*RASD, "analyze", str(small), "--jsonl", "--workers", "1"])
                     for _ in range(2))
        parser_s = min(dateparser_seconds(texts) for _ in range(2))
        figures.update({
            "pages": args.pages, "rasd_process_docs_per_s": round(args.pages / rasd_s, 1),
            "dateparser_docs_per_s": round(args.pages / parser_s, 1),
            "rasd_vs_dateparser": round(parser_s / rasd_s, 2)})
        figures.update(stage_rates(texts))
        pages = root / "pages"
        w1 = ingest_seconds(pages, root / "w1.duckdb", "--workers", "1")
        w2 = ingest_seconds(pages, root / "w2.duckdb", "--workers", "2")
        figures.update({"ingest_pages": args.ingest_pages,
                        "workers_1_docs_per_s": round(args.ingest_pages / w1, 1),
                        "workers_2_docs_per_s": round(args.ingest_pages / w2, 1),
                        "workers_2_speedup": round(w1 / w2, 2)})
        figures["dask_2x1_speedup"] = figures["writer_ceiling_docs_per_s"] = None
        if args.dask:
            wall, cpu = dask_seconds(pages, root / "dask.duckdb")
            figures["dask_2x1_speedup"] = round(w1 / wall, 2)
            figures["writer_ceiling_docs_per_s"] = round(args.ingest_pages / cpu)
    figures["worker_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(f"rasd analyze, whole process, {args.pages} HTML pages: "
          f"{figures['rasd_process_docs_per_s']} docs/s; dateparser.search_dates alone: "
          f"{figures['dateparser_docs_per_s']} docs/s; ratio {figures['rasd_vs_dateparser']}x")
    print(f"start-up (rasd analyze of one sentence): {figures['startup_s']} s")
    for name in [s.name for s in pipeline.STAGES]:
        print(f"  {name:<9} {figures[f'{name}_docs_per_s']:>7,} docs/s "
              f"{figures[f'{name}_tokens_per_s']:>10,} tokens/s")
    print(f"rasd ingest, {args.ingest_pages} pages: --workers 1 "
          f"{figures['workers_1_docs_per_s']} docs/s, --workers 2 "
          f"{figures['workers_2_docs_per_s']} docs/s: {figures['workers_2_speedup']}x; "
          f"Dask 2x1 threads: {figures['dask_2x1_speedup']}x one local process; the one "
          f"writer's ceiling: {figures['writer_ceiling_docs_per_s']} docs/s")
    print(f"peak memory of a child process: {figures['worker_peak_rss_mb']} MB")
    print(json.dumps(figures))
    if args.check:
        return floors.check(figures, "speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
