"""Whether every stage is linear in the text: seconds per MB of long documents by size.

A user's file may be a whole archive in one document. This builds documents of 1
and 5 MB (and 20 MB with --large) from SaudiNewsNet articles, in two shapes: many
paragraphs (the articles one after another, blank lines between) and one single
line (every run of white space made one space), runs the pipeline's stages on each
one by one, as ``pipeline.analyze_one`` does, and prints each stage's seconds per
MB (10^6 bytes of UTF-8) and, per stage and shape, the ratio of the seconds per MB
of the largest document to those of the smallest. A linear stage has a ratio near
1; a quadratic one about the ratio of the sizes (5 from 1 to 5 MB).

    python bench/long_documents.py [--large] [--sizes 1 5] [--check]

``--check`` fails when the worst stage's linearity (its smallest seconds per MB over
its largest: 1 / the ratio) is below its floor in bench/baselines.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator

import floors
from ingest_saudinewsnet import CORPUS, articles
from rasd import pipeline
from rasd.knowledge import load
from rasd.model import Document

MB = 1_000_000
SHAPES = ("paragraphs", "one line")


def contents() -> Iterator[tuple[str, str]]:
    """(date, content) of every non-empty article, again from the first when all are read."""
    while True:
        for _, _, date, content in articles(CORPUS, None):
            if content.strip():
                yield date, content.strip()


def document(size: float, shape: str) -> Document:
    """A document of about ``size`` MB of articles in ``shape``, dated like its first."""
    parts: list[str] = []
    total, first = 0, None
    for date, content in contents():
        first = first or date
        part = " ".join(content.split()) if shape == "one line" else content
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
        if total >= size * MB:
            break
    text = (" " if shape == "one line" else "\n\n").join(parts)
    return Document.make(text, f"long-{size:g}MB-{shape.replace(' ', '-')}.txt",
                         published=first)


def timed(doc: Document) -> dict[str, float]:
    """Seconds each stage takes on ``doc``, the stages run in order as analyze_one runs
    them, each given the layers it needs and its part of the knowledge."""
    knowledge = load()
    layers: dict[str, object] = {}
    seconds = {}
    for stage in pipeline.STAGES:
        known = (getattr(knowledge, stage.knows),) if stage.knows else ()
        t0 = time.perf_counter()
        out = stage.run(doc, *(layers[n] for n in stage.needs), *known)
        seconds[stage.name] = time.perf_counter() - t0
        layers.update(pipeline._assigned(stage, out))
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5], metavar="MB")
    parser.add_argument("--large", action="store_true", help="add a 20 MB document")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()
    sizes = sorted({*args.sizes, *([20.0] if args.large else [])})
    if len(sizes) < 2:
        parser.error("give at least two sizes to compare")
    timed(document(0.05, "paragraphs"))  # load the knowledge and warm its caches untimed
    names = [s.name for s in pipeline.STAGES]
    per_mb: dict[tuple[str, float], dict[str, float]] = {}
    print(f"| shape | MB | {' | '.join(f'{n} s/MB' for n in names)} | all s/MB |")
    print(f"|---|---|{'---|' * (len(names) + 1)}")
    for shape in SHAPES:
        for size in sizes:
            doc = document(size, shape)
            mb = len(doc.text.encode("utf-8")) / MB
            seconds = timed(doc)
            per_mb[shape, size] = {n: s / mb for n, s in seconds.items()}
            print(f"| {shape} | {mb:.2f} | "
                  f"{' | '.join(f'{per_mb[shape, size][n]:.3f}' for n in names)} | "
                  f"{sum(seconds.values()) / mb:.3f} |", flush=True)
    print(f"\nratio of s/MB at {sizes[-1]:g} MB to s/MB at {sizes[0]:g} MB (linear: about 1)")
    print(f"| shape | {' | '.join(names)} |\n|---|{'---|' * len(names)}")
    worst = 0.0
    for shape in SHAPES:
        ratios = {n: per_mb[shape, sizes[-1]][n] / per_mb[shape, sizes[0]][n] for n in names}
        worst = max(worst, *ratios.values())
        print(f"| {shape} | {' | '.join(f'{ratios[n]:.2f}' for n in names)} |")
    print(f"\nworst ratio {worst:.2f}, linearity {1 / worst:.2f}")
    if args.check:
        return floors.check({"linearity": 1 / worst}, "long_documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
