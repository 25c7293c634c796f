"""Passages behind the hand-annotated event gold set (bench/data/events_gold.jsonl).

Like the time and link gold sets, the event gold set stores *locators* into
``shared/data`` (``times_corpus.document``), never the texts. This module:

- ``--select`` picks the passages, once, before any event rule was written:
  conflict reporting chosen by topic words (countries, armed groups), never by
  event triggers, so the set does not favour the words rasd's tables know. Each
  passage gets its split (``dev`` or ``test``) from a hash of its document's
  locator, so the split was fixed before annotation and a document never falls
  on both sides. It writes ``bench/data/events_passages.jsonl``.
- ``--show`` prints the passages (for annotators reading them in a terminal).
- ``--check`` re-reads every gold passage, checks its sha1, every span and every
  label, and prints the counts.

    python bench/events_corpus.py --select
    python bench/events_corpus.py --show [--ids ev-sn-001,ev-fk-003]
    python bench/events_corpus.py --check [--gold PATH]
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import times_corpus
from times_corpus import SHARED, document, sha1

DATA = Path(__file__).with_name("data")
PASSAGES = DATA / "events_passages.jsonl"
GOLD = DATA / "events_gold.jsonl"
SECOND = DATA / "events_gold_second.jsonl"  # the second annotator's events on a subset

# PLOVER event types and modes (openeventdata/PLOVER, PLOVER_MANUAL.tex, "Event Categories").
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (), "SUPPORT": (), "CONCEDE": (), "COOPERATE": (), "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}
# The AID modes are rasd's (the codebook lists kinds of aid but names no modes).
MODES["AID"] = ("military", "economic", "humanitarian", "asylum")
MODALITIES = ("asserted", "reported", "inferred", "negated", "hypothetical")
DATE_BASES = ("clause", "narrative", "publication")

# Topic words: a passage is conflict reporting if it names one of these (never a trigger).
_TOPIC_AR = re.compile("سوري|العراق|اليمن|ليبيا|داعش|الحوثي|حلب|الرقة|الموصل|صنعاء|عدن|"
                       "دمشق|إدلب|درعا|حمص|الأنبار|تعز|بغداد|القاعدة|النصرة|التحالف|الفلوجة")
_TOPIC_EN = re.compile(r"Syria|Iraq|ISIS|ISIL|Aleppo|Raqqa|Idlib|Homs|Damascus|Nusra|Daraa|"
                       r"Deir ez-Zor|Mosul|rebels?\b")
# How many passages of each corpus, and their length bounds (characters).
QUOTA = {"saudinewsnet": 44, "fa-kes": 16, "wikipedia-syria-war-articles": 16,
         "ans-arabic-news-stance": 24}
MIN_CHARS, MAX_CHARS = 250, 950
_SENTENCE_END = re.compile(r"[.!?؟]\s|\n")


def split_of(key: str) -> str:
    """``dev`` or ``test``: a fixed hash of the document's locator, so every passage of a
    document falls on the same side."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _cut(text: str, start: int) -> tuple[int, int] | None:
    """A passage of whole sentences from ``start``: at most MAX_CHARS, at least MIN_CHARS."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = None
    for m in _SENTENCE_END.finditer(text, start):
        if m.start() + 1 - start > MAX_CHARS:
            break
        end = m.start() + 1
    if end is None or end - start < MIN_CHARS:
        return None
    return start, end


def _saudinewsnet(rng: random.Random, n: int) -> list[dict]:
    """Article leads (the first sentences) of conflict articles, spread over the days."""
    found = []
    for path in sorted((SHARED / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            member = z.namelist()[0]
            articles = json.loads(z.read(member).decode("utf-8"))
        picks = [i for i, a in enumerate(articles)
                 if len(_TOPIC_AR.findall(a["content"][:MAX_CHARS])) >= 2]
        for i in rng.sample(picks, min(len(picks), 3)):
            content = articles[i]["content"]
            cut = _cut(content, 0)
            if cut:
                found.append({"corpus": "saudinewsnet", "file": f"saudinewsnet/{path.name}",
                              "member": member, "index": i, "start": cut[0], "end": cut[1],
                              "dct": articles[i]["date_extracted"][:10], "language": "ar"})
    return rng.sample(found, min(n, len(found)))


def _fakes(rng: random.Random, n: int) -> list[dict]:
    """The openings of FA-KES articles (Syrian war reporting in English)."""
    path = SHARED / "fa-kes" / "FA-KES-Dataset.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    found = []
    for row in rng.sample(range(len(rows)), len(rows)):
        text = rows[row]["article_content"]
        cut = _cut(text, 0)
        if cut and _TOPIC_EN.search(text[cut[0]:cut[1]]):
            found.append({"corpus": "fa-kes", "file": "fa-kes/FA-KES-Dataset.csv", "row": row,
                          "column": "article_content", "start": cut[0], "end": cut[1],
                          "dct": None, "language": "en"})
        if len(found) == n:
            break
    return found


def _wikipedia(rng: random.Random, n: int) -> list[dict]:
    """One body paragraph of each of n war articles (after the lead, so not the summary)."""
    folder = SHARED / "wikipedia-syria-war-articles"
    files = sorted((folder / "website").glob("*.md"))
    found = []
    for path in rng.sample(files, len(files)):
        text = path.read_bytes().decode("utf-8")
        paragraphs = [m for m in re.finditer(rf"(?m)^[A-Z][^\n]{{{MIN_CHARS},}}$", text)
                      if re.search(r"\b(19|20)\d\d\b", m.group()) and _TOPIC_EN.search(m.group())]
        if len(paragraphs) < 2:
            continue
        m = paragraphs[1 + rng.randrange(len(paragraphs) - 1)]
        cut = _cut(text, m.start())
        if cut and cut[1] <= m.end() + 1:
            found.append({"corpus": "wikipedia-syria-war-articles",
                          "file": f"wikipedia-syria-war-articles/website/{path.name}",
                          "start": cut[0], "end": cut[1], "dct": None, "language": "en"})
        if len(found) == n:
            break
    return found


def _ans(rng: random.Random, n: int) -> list[dict]:
    """Arabic news headlines (one claim each) that name a conflict place or group."""
    found = []
    for part in ("dev", "test", "train"):
        path = SHARED / "ans-arabic-news-stance" / "claim" / f"{part}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for row in range(len(rows)):
            text = rows[row]["claim_s"]
            if _TOPIC_AR.search(text) and rows[row]["fake_flag"] == "0":
                found.append({"corpus": "ans-arabic-news-stance",
                              "file": f"ans-arabic-news-stance/claim/{part}.csv", "row": row,
                              "column": "claim_s", "start": 0, "end": len(text), "dct": None,
                              "language": "ar"})
    return rng.sample(found, min(n, len(found)))


def _key(ref: dict) -> str:
    """The document a passage is cut from (what the split is decided on)."""
    return "|".join(str(ref.get(k)) for k in ("corpus", "file", "member", "index", "row"))


def select(out: Path = PASSAGES) -> int:
    """Choose the passages once (a fixed seed) and write their locators."""
    rng = random.Random(20261202)
    makers = {"saudinewsnet": _saudinewsnet, "fa-kes": _fakes,
              "wikipedia-syria-war-articles": _wikipedia, "ans-arabic-news-stance": _ans}
    prefix = {"saudinewsnet": "sn", "fa-kes": "fk", "wikipedia-syria-war-articles": "wp",
              "ans-arabic-news-stance": "ans"}
    lines = []
    for corpus, make in makers.items():
        for n, ref in enumerate(make(rng, QUOTA[corpus]), 1):
            text = document(ref, SHARED)[ref["start"]:ref["end"]]
            lines.append({"id": f"ev-{prefix[corpus]}-{n:03d}", **ref, "sha1": sha1(text),
                          "split": split_of(_key(ref))})
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                   encoding="utf-8")
    counts = collections.Counter((line["corpus"], line["split"]) for line in lines)
    print(f"{len(lines)} passages written to {out}: {dict(sorted(counts.items()))}")
    return 0


def passages(path: Path = GOLD, shared: Path = SHARED) -> Iterator[tuple[dict, str]]:
    """(gold line, passage text) for every line of a gold or passages file, sha1-checked
    (``times_corpus.passages``: the locators are the time gold set's)."""
    return times_corpus.passages(path, shared)


def show(ids: set[str] | None, path: Path = PASSAGES) -> int:
    """Print the passages with their ids, dates and character counts."""
    for ref, text in passages(path):
        if ids and ref["id"] not in ids:
            continue
        print(f"=== {ref['id']} ({ref['corpus']}, {ref['language']}, dct {ref['dct']}, "
              f"{len(text)} chars)\n{text}\n")
    return 0


def problems(gold: dict, text: str) -> list[str]:
    """What is wrong with one gold line: spans that do not match, labels not in PLOVER."""
    errors = []

    def span(where: str, s: dict | None) -> None:
        if s is not None and text[s["start"]:s["end"]] != s.get("text", text[s["start"]:s["end"]]):
            errors.append(f"{gold['id']}: {where} {s.get('text')!r} is not at {s['start']}")

    for n, e in enumerate(gold["events"], 1):
        where = f"event {n}"
        span(f"{where} trigger", e["trigger"])
        for s in e.get("evidence", ()):
            if not 0 <= s["start"] < s["end"] <= len(text):
                errors.append(f"{gold['id']}: {where} evidence out of the passage")
        if e["type"] not in MODES:
            errors.append(f"{gold['id']}: {where} type {e['type']!r} is not a PLOVER type")
        elif e.get("mode") is not None and e["mode"] not in MODES[e["type"]]:
            errors.append(f"{gold['id']}: {where} mode {e['mode']!r} is not a mode of {e['type']}")
        if e["modality"] not in MODALITIES:
            errors.append(f"{gold['id']}: {where} modality {e['modality']!r}")
        if e.get("date_basis") not in (*DATE_BASES, None):
            errors.append(f"{gold['id']}: {where} date_basis {e['date_basis']!r}")
        for role in ("source", "target"):
            for s in e.get(role, ()):
                span(f"{where} {role}", s)
        span(f"{where} place", e.get("place"))
        if isinstance(e.get("attributed_to"), dict):
            span(f"{where} attributed_to", e["attributed_to"])
    return errors


def check(gold_path: Path = GOLD, shared: Path = SHARED) -> int:
    """Re-read every passage, check sha1, spans and labels, print counts; 0 if all is well."""
    counts = {k: collections.Counter() for k in ("corpus", "split", "type", "modality")}
    errors, ids, n_passages = [], set(), 0
    for gold, text in passages(gold_path, shared):
        n_passages += 1
        if gold["id"] in ids:
            errors.append(f"{gold['id']}: duplicate id")
        ids.add(gold["id"])
        errors += problems(gold, text)
        for e in gold["events"]:
            counts["corpus"][gold["corpus"]] += 1
            counts["split"][gold["split"]] += 1
            counts["type"][e["type"]] += 1
            counts["modality"][e["modality"]] += 1
    total = sum(counts["type"].values())
    print(f"{n_passages} passages, {total} events")
    for name, counter in counts.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", action="store_true", help="choose the passages (once)")
    parser.add_argument("--show", action="store_true", help="print the passages")
    parser.add_argument("--ids", help="with --show: only these passage ids (comma-separated)")
    parser.add_argument("--check", action="store_true", help="verify the gold set")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if args.select:
        return select()
    if args.show:
        return show(set(args.ids.split(",")) if args.ids else None)
    if args.check:
        return check(args.gold, args.shared)
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
