"""Entity linking accuracy on the hand-checked mentions, and the entities stage's speed.

Each gold passage (bench/data/links_gold.jsonl, re-read from ../shared by
entities_corpus.py) goes through rasd's text and entities stages. A gold mention
is found when a rasd mention overlaps it; it is linked right when that mention
names the gold entity (for a gold NIL: when rasd links it to no KB entity).
"linking accuracy" is over all gold mentions (a missed mention counts as
wrong), "of found" only over the ones rasd found. Speed is measured on
SaudiNewsNet articles as tokens per second of the entities stage alone.

    python bench/entities_accuracy.py [--set old|heldout-dev|heldout-test] [--by type|corpus|class]
                                      [--errors N] [--speed-docs 2000] [--check]

``--set`` picks the gold set: ``old`` (links_gold.jsonl, the default: the set the rules
and the knowledge base were developed on), or the held-out sets of issue 15
(bench/data/links_heldout_README.md): ``heldout-dev`` to develop on, ``heldout-test`` to
measure. For a held-out set the report adds accuracy by mention class (unit-number,
cue-place, descriptive, titled-person, english, variant, none).

``--check`` fails when the share of gold mentions found or the linking accuracy
over all of them falls below its floor in bench/baselines.json (``entities_accuracy``
for the old set, ``entities_accuracy_heldout_test`` for the held-out test set, with
the KB-linked and NIL-kept-out shares too; the dev set has no floors).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field

import floors
from entities_corpus import CLASSES, SETS, passages
from ingest_saudinewsnet import CORPUS, articles
from rasd import arabic, entities
from rasd.entities.kb import load
from rasd.model import Document

_TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right: int = 0
    right_found: int = 0
    kb: int = 0
    kb_right: int = 0
    nil: int = 0
    nil_right: int = 0
    system: int = 0
    system_overlapping: int = 0
    errors: list[str] = field(default_factory=list)


def is_kb(entity: str | None) -> bool:
    return bool(entity) and entity in load()


FLOORS = {"old": "entities_accuracy", "heldout-test": "entities_accuracy_heldout_test"}


def keys_of(g: dict, ref: dict, by: str | None) -> list[str]:
    """The report rows a gold mention counts in: all, and its type, corpus or classes."""
    if by == "class":
        return ["all"] + [f"class {c}" for c in g.get("class") or ["none"]]
    return ["all"] + ([g["type"] if by == "type" else ref["corpus"]] if by else [])


def score(by: str | None, gold_set: str = "old") -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for ref, text in passages(SETS[gold_set]):
        doc = Document.make(text, "gold.txt", published=ref.get("dct"))
        got = entities.tag(doc, arabic.prepare(doc)).mentions
        used: set[int] = set()
        for g in ref["mentions"]:
            keys = keys_of(g, ref, by)
            best = max((k for k, m in enumerate(got) if m.start < g["end"] and g["start"] < m.end),
                       key=lambda k: min(got[k].end, g["end"]) - max(got[k].start, g["start"]),
                       default=None)
            if best is not None:
                used.add(best)
            predicted = got[best].entity if best is not None else None
            gold = None if g["entity"] == "NIL" else g["entity"]
            right = (predicted == gold) if gold else not is_kb(predicted)
            for key in keys:
                s = scores[key]
                s.gold += 1
                s.found += best is not None
                s.right += right
                s.right_found += right and best is not None
                s.kb += gold is not None
                s.kb_right += right and gold is not None
                s.nil += gold is None
                s.nil_right += right and gold is None
                if not right:
                    s.errors.append(f"{ref['id']}: «{g['text']}» gold {g['entity']}, "
                                    f"rasd {predicted if best is not None else 'missed'}")
        s = scores["all"]
        s.system += len(got)
        s.system_overlapping += len(used)
        s.errors.extend(f"{ref['id']}: spurious «{m.text}» {m.entity}"
                        for k, m in enumerate(got) if k not in used)
    return scores


def speed(limit: int) -> tuple[float, float, int]:
    docs = [Document.make(c, u, published=d) for u, _, d, c in articles(CORPUS, limit)
            if c.strip()]
    views = [arabic.prepare(d) for d in docs]
    entities.tag(docs[0], views[0])  # build the automaton outside the timing
    tokens = sum(len(_TOKEN.findall(d.text)) for d in docs)
    t0 = time.perf_counter()
    for d, v in zip(docs, views, strict=True):
        entities.tag(d, v)
    elapsed = time.perf_counter() - t0
    return tokens / elapsed, len(docs) / elapsed, len(docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=list(SETS), default="old",
                        help="gold set: old (default), heldout-dev or heldout-test")
    parser.add_argument("--by", choices=["type", "corpus", "class"])
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--speed-docs", type=int, default=2000)
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()
    if args.check and args.set not in FLOORS:
        parser.error(f"--check has no floors for --set {args.set} (it is for development)")
    by = args.by or ("class" if args.set != "old" else None)
    scores = score(by, args.set)
    s = scores["all"]
    print(f"gold set: {args.set}")
    print("| gold mentions | found (overlap) | linking accuracy, all | KB mentions linked right "
          "| NIL mentions kept out of the KB | accuracy of found | rasd mentions "
          "| of them on a gold mention |\n|---|---|---|---|---|---|---|---|")
    print(f"| {s.gold} | {s.found / s.gold:.3f} | **{s.right / s.gold:.3f}** | "
          f"{s.kb_right / max(s.kb, 1):.3f} ({s.kb}) | {s.nil_right / max(s.nil, 1):.3f} "
          f"({s.nil}) | {s.right_found / max(s.found, 1):.3f} | {s.system} | "
          f"{s.system_overlapping / max(s.system, 1):.3f} |")
    if by == "class":
        print("\n| class | gold | NIL | found | all linked right | KB linked right "
              "| NIL kept out |\n|---|---|---|---|---|---|---|")
        for c in (*CLASSES, "none"):
            k = scores.get(f"class {c}")
            if k:
                print(f"| {c} | {k.gold} | {k.nil} | {k.found / k.gold:.3f} | "
                      f"{k.right / k.gold:.3f} | {k.kb_right / max(k.kb, 1):.3f} ({k.kb}) | "
                      f"{k.nil_right / max(k.nil, 1):.3f} ({k.nil}) |")
    elif by:
        print(f"\n| {by} | gold | found | linking accuracy |\n|---|---|---|---|")
        for key in sorted(k for k in scores if k != "all"):
            k = scores[key]
            print(f"| {key} | {k.gold} | {k.found / k.gold:.2f} | {k.right / k.gold:.2f} |")
    if args.speed_docs:
        tokens_s, docs_s, n = speed(args.speed_docs)
        print(f"\nentities stage on {n} SaudiNewsNet articles: {tokens_s:,.0f} tokens/s "
              f"({docs_s:,.0f} docs/s)")
    for line in s.errors[:args.errors]:
        print(line)
    if args.check:
        return floors.check({"found": s.found / s.gold, "linking_accuracy": s.right / s.gold,
                             "kb_linked_right": s.kb_right / max(s.kb, 1),
                             "nil_kept_out": s.nil_right / max(s.nil, 1)}, FLOORS[args.set])
    return 0


if __name__ == "__main__":
    sys.exit(main())
