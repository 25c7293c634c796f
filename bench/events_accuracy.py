"""Event extraction accuracy on the hand-annotated passages, beside a dictionary baseline.

Each gold passage (bench/data/events_gold.jsonl, re-read from ../shared by
events_corpus.py) goes through rasd's whole pipeline with its dct as the
publication date. A gold event is found when a rasd event's trigger overlaps its
trigger (one to one, in text order). Of the events found: type and mode
accuracy; source and target as entity sets (a rasd entity fills a gold role when
one of its mentions overlaps the gold span), scored as micro F1; place, date,
modality and attribution accuracy (both empty counts as right). A rasd event of a
gold event's type whose trigger stands in another sentence the gold gives as
that event's evidence tells it again: it is counted as "retold", neither found
nor a false alarm (rasd should have made one event of the two).

The baseline is the TABARI-era dictionary coder: the same trigger words, the
nearest actor before a trigger as its source and the nearest after as its target
in the sentence, every event asserted by the author, no place or date.

    python bench/events_accuracy.py [--split dev|test|all] [--errors N] [--check]
    python bench/events_accuracy.py --agreement   # annotator D against A, B, C
    python bench/events_accuracy.py --speed-docs 1500   # the events stage alone

``--check`` fails when a test-half figure falls below its floor in baselines.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import floors
from events_corpus import GOLD, SECOND, passages
from ingest_saudinewsnet import CORPUS, articles
from rasd import arabic, events, pipeline
from rasd import time as rasd_time
from rasd.entities import tag as tag_entities
from rasd.events.clauses import clauses
from rasd.events.participants import participants
from rasd.events.scan import scan
from rasd.model import Analysis, Document

FIELDS = ("type", "mode", "place", "date", "modality", "attribution")


@dataclass(frozen=True)
class Got:
    """One event as scored: trigger span, labels, role spans by role, and place/speaker
    as span sets (empty: none), date and modality."""

    trigger: tuple[int, int]
    type: str
    mode: str | None
    roles: dict[str, list[frozenset[tuple[int, int]]]]  # each participant: its spans
    place: frozenset[tuple[int, int]] | None
    date: str | None
    modality: str
    speaker: str | frozenset[tuple[int, int]] | None  # "author", spans, or None (unnamed)
    evidence: tuple[tuple[int, int], ...] = ()  # gold: the sentences that tell it


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    retold: int = 0  # rasd events that tell a found gold event again (not counted)
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    roles: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, system, gold
    errors: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        return _prf(self.matched, self.system, self.gold)

    def role_f1(self) -> float:
        return _prf(*self.roles)[2]

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.matched if self.matched else 0.0


def _prf(tp: int, system: int, gold: int) -> tuple[float, float, float]:
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _span(s: dict) -> frozenset[tuple[int, int]]:
    return frozenset({(s["start"], s["end"])})


def from_gold(e: dict) -> Got:
    who = e.get("attributed_to")
    speaker = "author" if who == "author" else (
        None if who is None or (isinstance(who, dict) and who.get("anonymous")) else _span(who))
    return Got((e["trigger"]["start"], e["trigger"]["end"]), e["type"], e.get("mode"),
               {r: [_span(s) for s in e.get(r, ())] for r in ("source", "target")},
               _span(e["place"]) if e.get("place") else None, e.get("date"), e["modality"],
               speaker, tuple((v["start"], v["end"]) for v in e.get("evidence", ())))


def from_record(a: Analysis) -> list[Got]:
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in a.mentions:
        if m.entity:
            spans[m.entity].add((m.start, m.end))

    def of(ids) -> list[frozenset[tuple[int, int]]]:
        return [frozenset(spans[i]) for i in ids]

    out = []
    for e in a.events:
        who = e.attributed_to
        speaker = who if who in ("author", None) else frozenset(spans[who])
        out.append(Got((e.trigger.start, e.trigger.end), e.type, e.mode,
                       {"source": of(e.source), "target": of(e.target)},
                       frozenset(spans[e.location]) if e.location else None, e.date,
                       e.modality, speaker))
    return out


def baseline(a: Analysis) -> list[Got]:
    """The dictionary coder: trigger words, nearest actors before and after."""
    text = arabic.prepare(a.document)
    scanned = scan(text)
    where = clauses(text, scanned)
    people = [p for p in participants(text, scanned, a.mentions) if p.actor]
    out = []
    for hit in scanned.triggers:
        first, last = where.sentence_range(hit.first)
        before = [p for p in people if first <= p.first and p.last <= hit.first]
        after = [p for p in people if hit.last <= p.first < last]
        span = text.original_span(scanned.starts[hit.first], scanned.ends[hit.last - 1])
        roles = {"source": [frozenset({(before[-1].mention.start, before[-1].mention.end)})]
                 if before else [],
                 "target": [frozenset({(after[0].mention.start, after[0].mention.end)})]
                 if after else []}
        out.append(Got((span.start, span.end), hit.value.type, hit.value.mode, roles, None,
                       None, "asserted", "author"))
    return out


def _overlaps(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    return any(x < d and c < y for x, y in a for c, d in b)


def _role_hits(gold: list[frozenset], got: list[frozenset]) -> int:
    used: set[int] = set()
    hits = 0
    for g in got:
        k = next((k for k, s in enumerate(gold) if k not in used and _overlaps(g, s)), None)
        if k is not None:
            used.add(k)
            hits += 1
    return hits


def _same(name: str, g: Got, s: Got) -> bool:
    if name in ("type", "mode", "date", "modality"):
        return getattr(g, name) == getattr(s, name)
    if name == "place":
        return (g.place is None and s.place is None) or (
            g.place is not None and s.place is not None and _overlaps(g.place, s.place))
    gw, sw = g.speaker, s.speaker
    if isinstance(gw, frozenset) and isinstance(sw, frozenset):
        return _overlaps(gw, sw)
    return gw == sw


def compare(gold: list[Got], system: list[Got], score: Score, where: str,
            text: str = "") -> None:
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for g in gold:
        k = next((k for k, s in enumerate(system) if k not in used and s.trigger[0] < g.trigger[1]
                  and g.trigger[0] < s.trigger[1]), None)
        if k is None:
            score.errors.append(f"{where} missed {g.type} {text[slice(*g.trigger)]!r}")
            continue
        used.add(k)
        s = system[k]
        score.matched += 1
        for name in FIELDS:
            if _same(name, g, s):
                score.right[name] += 1
            else:
                score.errors.append(f"{where} {name} {text[slice(*g.trigger)]!r}: gold "
                                    f"{getattr(g, name, g.speaker)!r} got "
                                    f"{getattr(s, name, s.speaker)!r}")
        for role in ("source", "target"):
            score.roles[0] += _role_hits(g.roles[role], s.roles[role])
            score.roles[1] += len(s.roles[role])
            score.roles[2] += len(g.roles[role])
    for k, s in enumerate(system):
        if k in used:
            continue
        if any(g.type == s.type and any(a <= s.trigger[0] < b for a, b in g.evidence)
               for g in gold):
            score.retold += 1
            score.system -= 1
            score.errors.append(f"{where} retold {s.type} {text[slice(*s.trigger)]!r}")
        else:
            score.errors.append(f"{where} spurious {s.type} {text[slice(*s.trigger)]!r}")


def run(split: str, gold_path=GOLD) -> dict[str, dict[str, Score]]:
    """Scores of rasd and the baseline, overall and by language and corpus."""
    scores: dict[str, dict[str, Score]] = {"rasd": defaultdict(Score),
                                           "baseline": defaultdict(Score)}
    for ref, text in passages(gold_path):
        if split != "all" and ref["split"] != split:
            continue
        doc = Document.make(text, ref["id"], published=ref.get("dct"),
                            language=ref["language"])
        analysis = pipeline.analyze_one(doc)
        gold = [from_gold(e) for e in ref["events"]]
        for name, got in (("rasd", from_record(analysis)), ("baseline", baseline(analysis))):
            for key in ("all", ref["language"], ref["corpus"]):
                compare(gold, got, scores[name][key], ref["id"], text)
    return scores


def report(scores: dict[str, dict[str, Score]], split: str) -> dict[str, float]:
    print(f"\nEvents on the {split} half of bench/data/events_gold.jsonl\n")
    print("| who | where | gold | found | retold | P | R | F1 | type | mode | roles F1 | place |"
          " date | modality | attribution |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for who, table in scores.items():
        for key, s in sorted(table.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            p, r, f = s.f1()
            print(f"| {who} | {key} | {s.gold} | {s.matched} | {s.retold} | {p:.3f} | {r:.3f} | "
                  f"{f:.3f} | "
                  + " | ".join(f"{s.accuracy(n):.3f}" for n in FIELDS[:2])
                  + f" | {s.role_f1():.3f} | "
                  + " | ".join(f"{s.accuracy(n):.3f}" for n in FIELDS[2:]) + " |")
    s = scores["rasd"]["all"]
    return {"detection_f1": s.f1()[2], "type": s.accuracy("type"), "roles_f1": s.role_f1(),
            "date": s.accuracy("date"), "modality": s.accuracy("modality")}


def agreement() -> int:
    """Annotator D's events against the first annotators' on the passages both did."""
    first = {ref["id"]: ref for ref, _ in passages(GOLD)}
    score = Score()
    for ref, _ in passages(SECOND):
        if ref["id"] in first:
            compare([from_gold(e) for e in first[ref["id"]]["events"]],
                    [from_gold(e) for e in ref["events"]], score, ref["id"])
    p, r, f = score.f1()
    print(f"Agreement on {score.gold} first-annotator events ({score.system} second): "
          f"detection F1 {f:.3f} (P {p:.3f} R {r:.3f}); of matched: "
          + ", ".join(f"{n} {score.accuracy(n):.3f}" for n in FIELDS)
          + f"; roles F1 {score.role_f1():.3f}")
    return 0


def speed(n: int) -> float:
    """The events stage alone on SaudiNewsNet articles, the earlier layers made first."""
    docs = [Document.make(c, u, published=d) for u, _, d, c in articles(CORPUS, n) if c.strip()]
    ready = []
    for d in docs:
        text = arabic.prepare(d)
        ready.append((d, text, rasd_time.tag(d, text).times, tag_entities(d, text).mentions))
    rates, found = [], 0
    for _ in range(3):  # the first run also fills the per-word caches; the best is warm
        t0 = time.perf_counter()
        found = sum(len(events.tag(*r)) for r in ready)
        rates.append(len(ready) / (time.perf_counter() - t0))
    rate = max(rates)
    print(f"events stage, first run (caches filling): {rates[0]:,.0f} docs/s")
    print(f"events stage alone: {rate:,.0f} docs/s on {len(ready)} SaudiNewsNet articles "
          f"({found} events; best of three runs)")
    whole: dict[str, float] = {}
    for _ in range(2):  # alternating runs, the best of each: the machine's speed drifts
        for name, stages in (("without events", pipeline.STAGES[:-1]),
                             ("every stage", pipeline.STAGES)):
            t0 = time.perf_counter()
            for d in docs:
                pipeline.analyze_one(d, stages)
            whole[name] = max(whole.get(name, 0.0), len(docs) / (time.perf_counter() - t0))
    for name, rate in whole.items():
        print(f"pipeline, {name}: {rate:,.1f} docs/s (best of two alternating runs)")
    print(f"the events stage costs the pipeline "
          f"{1 - whole['every stage'] / whole['without events']:.1%} of its speed")
    return rate


def _errors(scores: dict[str, dict[str, Score]], n: int) -> Iterator[str]:
    yield from scores["rasd"]["all"].errors[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--agreement", action="store_true")
    parser.add_argument("--speed-docs", type=int, default=0)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()
    if args.agreement:
        return agreement()
    if args.speed_docs:
        rate = speed(args.speed_docs)
        return floors.check({"stage_docs_per_s": rate}, "events_speed") if args.check else 0
    scores = run(args.split, args.gold)
    figures = report(scores, args.split)
    for line in _errors(scores, args.errors):
        print(line)
    if args.check and args.split == "test":
        return floors.check(figures, "events_accuracy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
