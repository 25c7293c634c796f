"""Time tagger speed on SaudiNewsNet, next to dateparser.search_dates in the same run.

Both read the same articles with the article's publication date as the base for
relative expressions. rasd's figures are the time stage alone (the text layer
given), the whole pipeline, and the text layer (folding, sentences and tokens,
which every stage reads) with the time stage, which is what dateparser does from
the raw text: dateparser, being far slower, runs on the first --dateparser-limit
articles, and the ratio compares documents per second. The regex floor of the
ANCHORS (one compiled tokenisation pass) is timed on the same articles. dateparser
is a benchmark-only dependency:

    pip install dateparser
    python bench/times_speed.py [--limit 3000] [--dateparser-limit 300] [--check]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import sys
import time
from pathlib import Path

import floors
from ingest_saudinewsnet import CORPUS, articles
from rasd import arabic, pipeline
from rasd import time as rasd_time
from rasd.model import Document

_TOKEN = re.compile(r"\w+|[^\w\s]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--dateparser-limit", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()

    docs = [Document.make(content, url, published=date)
            for url, _, date, content in articles(args.corpus, args.limit) if content.strip()]
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} SaudiNewsNet articles, {chars / 1e6:.1f} M characters")

    t0 = time.perf_counter()
    for d in docs:
        _TOKEN.findall(d.text)
    floor = len(docs) / (time.perf_counter() - t0)

    views = [arabic.prepare(d) for d in docs]
    for d, v in zip(docs[:200], views[:200], strict=True):  # warm the lexicon and its caches
        rasd_time.tag(d, v)
    t0 = time.perf_counter()
    found = sum(len(rasd_time.tag(d, v).times) for d, v in zip(docs, views, strict=True))
    tagger = len(docs) / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    for d in docs:
        pipeline.analyze_one(d)
    whole = len(docs) / (time.perf_counter() - t0)

    subset = docs[:args.dateparser_limit]
    baseline, dp_found = _dateparser(subset)
    t0 = time.perf_counter()
    for d in subset:
        rasd_time.tag(d, arabic.prepare(d))
    tagger_subset = len(subset) / (time.perf_counter() - t0)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("regex tokenisation floor", floor, len(docs), "-"),
        ("rasd time stage (tagger only)", tagger, len(docs), found),
        ("rasd pipeline, every stage", whole, len(docs), "-"),
        ("rasd text layer + time stage, dateparser's subset", tagger_subset, len(subset),
         "-"),
    ]
    if baseline:
        rows.append(("dateparser.search_dates", baseline, len(subset), dp_found))
    print("\n| what | docs/s | docs | expressions found |\n|---|---|---|---|")
    for name, rate, n, hits in rows:
        print(f"| {name} | {rate:,.0f} | {n} | {hits} |")
    if baseline:
        print(f"\nrasd / dateparser on the same {len(subset)} articles: "
              f"**{tagger_subset / baseline:.0f}x**")
    print(f"rasd tagger / regex floor: {tagger / floor:.3f}; peak RSS {peak:.0f} MB")
    if args.check:
        return floors.check({"tagger_docs_per_s": tagger,
                             "times_dateparser": tagger_subset / baseline if baseline else None},
                            "times_speed")
    return 0


def _dateparser(docs: list[Document]) -> tuple[float, int]:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: pip install dateparser (baseline skipped)")
        return 0.0, 0
    search_dates("warm up", languages=["ar", "en"])
    found = 0
    t0 = time.perf_counter()
    for d in docs:
        base = dt.datetime.fromisoformat(d.published) if d.published else None
        hits = search_dates(d.text, languages=["ar", "en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        found += len(hits or ())
    return len(docs) / (time.perf_counter() - t0), found


if __name__ == "__main__":
    sys.exit(main())
