"""Ingest throughput on SaudiNewsNet, read straight from its zips.

Every article goes the way a user's file goes: bytes -> encoding detection ->
reader -> pipeline -> DuckDB store (a fresh file in a temporary folder). With
--html each article is first wrapped in a small HTML page, so the HTML reader
(trafilatura) is measured too. The floor the ANCHORS ask for, one compiled-regex
tokenisation pass over the same texts, is timed in the same run, and every
stage is reported as documents per second; end to end also as a fraction of
that floor. Articles are streamed zip by zip, so the peak memory is ingest's.

    python bench/ingest_saudinewsnet.py [--limit N] [--html] [--check]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import floors
from rasd import ingest, pipeline
from rasd.ingest.item import Raw
from rasd.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def articles(corpus: Path, limit: int | None):
    """(url, title, date, content) of each article, zip by zip, in file order."""
    zips = sorted(corpus.glob("*.zip"))
    if not zips:
        raise SystemExit(f"no SaudiNewsNet zips in {corpus}")
    count = 0
    for path in zips:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for a in json.loads(z.read(name)):
                    yield a["url"], a.get("title") or "", a["date_extracted"][:10], a["content"]
                    count += 1
                    if limit and count >= limit:
                        return


def as_bytes(title: str, date: str, content: str, wrap_html: bool) -> bytes:
    if not wrap_html:
        return content.encode("utf-8")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in content.split("\n") if p.strip())
    page = (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>'
            f'{html.escape(title)}</title><meta property="article:published_time" '
            f'content="{date}"></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>'
            f"{html.escape(title)}</h1>{paragraphs}</article><footer>جميع الحقوق محفوظة"
            "</footer></body></html>")
    return page.encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, help="stop after N articles (default: all 31,030)")
    parser.add_argument("--html", action="store_true", help="wrap each article in an HTML page")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()

    n = tokens = failed = documents = 0
    megabytes = floor_s = read_s = analyse_s = store_s = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        with store.writer() as writer:
            for where, title, date, content in articles(args.corpus, args.limit):
                data = as_bytes(title, date, content, args.html)
                n += 1
                megabytes += len(data) / 1e6
                t = time.perf_counter()
                tokens += len(_TOKEN.findall(data.decode("utf-8")))
                floor_s += time.perf_counter() - t
                t = time.perf_counter()
                raw = Raw.of(where, data)
                items = list(ingest.read_raw(raw))
                t2 = time.perf_counter()
                results = list(pipeline.analyze_many(items))
                t3 = time.perf_counter()
                for r in results:
                    if r.analysis is None:
                        failed += 1
                        writer.fail(r.where, r.error, r.stage, (raw.sha256, raw.data))
                    else:
                        documents += 1
                        writer.put(r.analysis, r.where, (raw.sha256, raw.data))
                read_s += t2 - t
                analyse_s += t3 - t2
                store_s += time.perf_counter() - t3
            t = time.perf_counter()
        store_s += time.perf_counter() - t  # the last commit
        total_s = read_s + analyse_s + store_s
        stored = store.counts()["documents"]
        store.close()  # checkpoints the write-ahead log into the file
        db_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "articles": n, "input_mb": round(megabytes, 1), "format": "html" if args.html else "text",
        "documents": documents, "stored": stored, "failed": failed,
        "regex_floor_docs_per_s": round(n / floor_s), "regex_tokens": tokens,
        "read_docs_per_s": round(n / read_s), "pipeline_docs_per_s": round(n / analyse_s),
        "store_docs_per_s": round(n / store_s), "ingest_docs_per_s": round(n / total_s),
        "ingest_vs_floor": round(floor_s / total_s, 3),
        "peak_rss_mb": round(peak_mb), "db_mb": round(db_mb, 1),
    }
    print(f"SaudiNewsNet: {n:,} articles, {megabytes:.1f} MB as {figures['format']}")
    print(f"  regex tokenisation floor  {figures['regex_floor_docs_per_s']:>8,} docs/s")
    print(f"  read (decode + reader)    {figures['read_docs_per_s']:>8,} docs/s")
    print(f"  pipeline stages           {figures['pipeline_docs_per_s']:>8,} docs/s")
    print(f"  store (DuckDB)            {figures['store_docs_per_s']:>8,} docs/s")
    print(f"  ingest end to end         {figures['ingest_docs_per_s']:>8,} docs/s "
          f"({figures['ingest_vs_floor']:.3f} x the regex floor)")
    print(f"  stored {stored:,} documents, {failed:,} failed; database {db_mb:.1f} MB; "
          f"peak RSS {peak_mb:,.0f} MB")
    print(json.dumps(figures))
    if args.check:
        return floors.check(figures, "ingest_saudinewsnet", figures["format"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
