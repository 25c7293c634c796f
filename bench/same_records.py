"""Whether a change keeps the pipeline's output: records of real articles before and after.

A refactoring (or a speed change) must give the same times, mentions, entities and
findings. This writes the records of the first N SaudiNewsNet articles (and the
worked example) to a file, one JSON line per document without its text, or
compares the records of the code as it is now with such a file:

    git stash; python bench/same_records.py --save /tmp/before.jsonl --limit 1500
    git stash pop; python bench/same_records.py --compare /tmp/before.jsonl --limit 1500

and prints how many documents differ and, for the first few, in which layer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest_saudinewsnet import CORPUS, ROOT, articles
from rasd import pipeline
from rasd.model import Document

EXAMPLE = ROOT.parent / "shared" / "examples" / "blog-2016-12-16-regime-isis.txt"
LAYERS = ("times", "mentions", "entities", "events", "findings")


def records(limit: int):
    """(document id, {layer: items as dicts}) for the example and the first articles."""
    docs = [Document.make(EXAMPLE.read_text("utf-8"), str(EXAMPLE), published="2016-12-16")]
    docs += [Document.make(c, u, published=d) for u, _, d, c in articles(CORPUS, limit)
             if c.strip()]
    for doc in docs:
        record = pipeline.analyze_one(doc).to_dict()
        yield doc.id, {layer: record[layer] for layer in LAYERS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    if args.save:
        with args.save.open("w", encoding="utf-8") as out:
            for ident, layers in records(args.limit):
                out.write(json.dumps([ident, layers], ensure_ascii=False) + "\n")
        return 0
    before = dict(json.loads(line) for line in args.compare.open(encoding="utf-8"))
    differ = shown = total = 0
    for ident, layers in records(args.limit):
        total += 1
        old = before.get(ident)
        if old == layers:
            continue
        differ += 1
        if shown < args.show:
            shown += 1
            changed = [k for k in LAYERS if old is None or old[k] != layers[k]]
            print(f"{ident[:12]}: {', '.join(changed)} differ")
            for k in changed[:1]:
                was = {json.dumps(x, ensure_ascii=False) for x in (old or {}).get(k, [])}
                now = {json.dumps(x, ensure_ascii=False) for x in layers[k]}
                for line in sorted(was - now)[:3]:
                    print(f"  - {line}")
                for line in sorted(now - was)[:3]:
                    print(f"  + {line}")
    print(f"{differ} of {total} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
