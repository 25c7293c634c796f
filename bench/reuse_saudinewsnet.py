"""Text reuse on SaudiNewsNet: rasd against a plain datasketch pipeline, in one run.

Every article becomes a document (text, URL, date: as ingest makes it). Two
pipelines run over all of them on one core:

- the baseline (ANCHORS.md): fold, 5-word shingles, MinHash 128, LSH at 0.5, exact
  Jaccard check; its pairs at Jaccard >= 0.5 are the reference set;
- rasd: the documents go into a fresh store in groups, as ingest writes them, and
  ``rasd.reuse.detect.index`` (the writer's hook) checks each group against the
  store: fold, fingerprint, candidates, alignment, direction, relations written.
  Only the reuse work is timed; storing the documents is ingest's, measured by
  bench/ingest_saudinewsnet.py.

Then copies of articles changed the ways real copies are (``reuse_variants.py``) are
added to the store of the whole corpus, as one more group of about a thousand, and
must be found with the right direction; that group's time is the cost of adding
1,000 documents to a store of 31,000. With --pipeline N, the pipeline's time per
article on N articles gives what reuse adds to ingest.

    python bench/reuse_saudinewsnet.py [--limit N] [--per-kind 100] [--pipeline 200] [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import floors
import reuse_variants
from ingest_saudinewsnet import CORPUS, articles
from rasd.arabic.normalise import fold
from rasd.model import Document
from rasd.reuse import detect
from rasd.reuse.clusters import Clusters
from rasd.store import Store
from rasd.store import reuse as stored
from rasd.store.rows import insert

GROUP = 256  # documents per transaction, as a busy ingest commits them
_WORD = re.compile(r"[^\W_]+")


def documents(limit: int | None) -> list[Document]:
    """The corpus as documents, each text once (a text found twice is one document)."""
    seen, out = set(), []
    for url, title, date, content in articles(CORPUS, limit):
        text = content.strip()
        if not text:
            continue
        doc = Document.make(text, url, title=title or None, published=date, language="ar")
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out


def baseline(docs: list[Document]) -> tuple[set[frozenset[str]], float]:
    """The datasketch pipeline: its pairs at Jaccard >= 0.5, and its seconds."""
    from datasketch import MinHash, MinHashLSH

    t = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    sets: dict[str, set[bytes]] = {}
    pairs: set[frozenset[str]] = set()
    for doc in docs:
        words = _WORD.findall(fold(doc.text))
        shingles = {" ".join(words[i:i + 5]).encode("utf-8")
                    for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles))
        for other in lsh.query(m):
            b = sets[other]
            if len(shingles & b) / len(shingles | b) >= 0.5:
                pairs.add(frozenset((doc.id, other)))
        lsh.insert(doc.id, m)
        sets[doc.id] = shingles
    return pairs, time.perf_counter() - t


def store_rows(db, docs: list[Document]) -> None:
    """The document rows ingest writes (no layers: reuse reads only the documents)."""
    insert(db, "documents", [[d.id, d.source, d.title, d.published, d.language, d.text,
                              None, "text", None, [], "2026-01-01", "bench"] for d in docs])


def run_rasd(db, docs: list[Document]) -> float:
    """Store the documents group by group, timing only reuse; returns its seconds."""
    spent = 0.0
    for start in range(0, len(docs), GROUP):
        group = docs[start:start + GROUP]
        db.begin()
        store_rows(db, group)
        t = time.perf_counter()
        detect.index(db, group)
        spent += time.perf_counter() - t
        db.commit()
    return spent


def planted(docs: list[Document], per_kind: int, seed: int):
    """(kind, new document, expected source id) for each kind of change."""
    rng = random.Random(seed)
    out, seen = [], {d.id for d in docs}
    for kind in reuse_variants.KINDS:
        pool = [d for d in docs if reuse_variants.eligible(kind, d)]
        for doc in rng.sample(pool, min(per_kind, len(pool))):
            other = rng.choice(docs)
            while other.id == doc.id or len(other.text.split()) < 60:
                other = rng.choice(docs)
            new, source = reuse_variants.make(kind, doc, other, rng)
            if new.id in seen:  # a change that changed nothing
                continue
            seen.add(new.id)
            out.append((kind, new, doc.id, source))
    return out


def outlet(url: str) -> str:
    return urlsplit(url).hostname or url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="articles to read (default: all 31,030)")
    parser.add_argument("--per-kind", type=int, default=100, help="planted copies per kind")
    parser.add_argument("--pipeline", type=int, default=0,
                        help="time the analysis pipeline on N articles, for reuse's share")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()

    docs = documents(args.limit)
    n = len(docs)
    reference, base_s = baseline(docs)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "reuse.duckdb")
        db = store.db
        rasd_s = run_rasd(db, docs)
        found = {frozenset((r["source"], r["copy"])): r for r in stored.relations(db)}
        recall = sum(p in found for p in reference) / len(reference) if reference else 1.0
        relations = list(found.values())
        with_passages = sum(bool(r["passages"]) for r in relations) / max(1, len(relations))
        where = {d.id: outlet(d.source) for d in docs}
        clusters = Clusters((r["source"], r["copy"]) for r in relations)
        by_root: dict[str, list[dict]] = {}
        for r in relations:
            by_root.setdefault(clusters.find(r["source"]), []).append(r)
        cross = [rs for root, rs in by_root.items()
                 if len({where[d] for r in rs for d in (r["source"], r["copy"])}) > 1]
        directed = sum(any(r["basis"] != "unknown" for r in rs) for rs in cross)
        # planted copies: one more group, on the store of the whole corpus
        plants = planted(docs, args.per_kind, args.seed)
        new_docs = [p[1] for p in plants]
        db.begin()
        store_rows(db, new_docs)
        t = time.perf_counter()
        detect.index(db, new_docs)
        add_s = time.perf_counter() - t
        db.commit()
        kinds: dict[str, list[int]] = {}
        for kind, new, original, source in plants:
            pair = {r["source"]: r for r in stored.relations(db, new.id)
                    if original in (r["source"], r["copy"])}
            hit = kinds.setdefault(kind, [0, 0, 0])
            hit[0] += 1
            hit[1] += bool(pair)
            hit[2] += source in pair and pair[source]["basis"] != "unknown"
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    planted_n = sum(k[0] for k in kinds.values())
    figures = {
        "documents": n, "reference_pairs": len(reference), "relations": len(relations),
        "baseline_docs_per_s": round(n / base_s), "rasd_docs_per_s": round(n / rasd_s),
        "speedup": round(base_s / rasd_s, 2), "recall": round(recall, 4),
        "with_passages": round(with_passages, 4), "cross_outlet_clusters": len(cross),
        "cross_outlet_directed": round(directed / max(1, len(cross)), 4),
        "planted": planted_n,
        "planted_recall": round(sum(k[1] for k in kinds.values()) / planted_n, 4),
        "planted_direction": round(sum(k[2] for k in kinds.values()) / planted_n, 4),
        "planted_by_kind": {k: [v[1], v[2], v[0]] for k, v in kinds.items()},
        "add_1000_s": round(add_s * 1000 / len(new_docs), 2),
        "peak_rss_mb": round(peak_mb),
    }
    if args.pipeline:
        figures["pipeline_ms_per_doc"], figures["reuse_share_of_ingest"] = ingest_share(
            docs[:args.pipeline], rasd_s / n)
    print(f"SaudiNewsNet: {n:,} documents; reference pairs (datasketch, Jaccard >= 0.5): "
          f"{len(reference):,}")
    print(f"  baseline (datasketch)   {figures['baseline_docs_per_s']:>7,} docs/s")
    print(f"  rasd reuse              {figures['rasd_docs_per_s']:>7,} docs/s "
          f"({figures['speedup']}x the baseline)")
    print(f"  recall of reference pairs {recall:.4f}; relations {len(relations):,}, "
          f"{with_passages:.1%} with aligned passages")
    print(f"  cross-outlet clusters {len(cross):,}, with a direction and basis "
          f"{figures['cross_outlet_directed']:.1%}")
    print(f"  planted copies {planted_n:,}: found {figures['planted_recall']:.4f}, right "
          f"direction {figures['planted_direction']:.4f}")
    for kind, (got, right, total) in figures["planted_by_kind"].items():
        print(f"    {kind:<18} found {got}/{total}, direction right {right}/{total}")
    print(f"  adding 1,000 documents to a store of {n:,}: {figures['add_1000_s']} s; "
          f"peak RSS {peak_mb:,.0f} MB")
    if args.pipeline:
        print(f"  pipeline {figures['pipeline_ms_per_doc']} ms/doc; reuse adds "
              f"{figures['reuse_share_of_ingest']:.1%} to it")
    print(json.dumps(figures))
    if args.check:
        return floors.check(figures, "reuse_saudinewsnet")
    return 0


def ingest_share(docs: list[Document], reuse_s: float) -> tuple[float, float]:
    """The analysis pipeline's ms per document, and reuse's time as a share of it."""
    from rasd import pipeline

    pipeline.analyze_one(docs[0])  # the knowledge loads once, not in the timing
    t = time.perf_counter()
    for doc in docs:
        pipeline.analyze_one(doc)
    per = (time.perf_counter() - t) / len(docs)
    return round(per * 1000, 1), round(reuse_s / per, 4)


if __name__ == "__main__":
    sys.exit(main())
