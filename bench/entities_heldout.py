"""Held-out entity-linking sets (issue 15): choose their documents, and show their passages.

``--select`` picks candidate documents that no existing gold file locates, by topic
words only, in an order fixed by a seed, and splits them into dev and test by a hash
of the document's locator. It writes ``bench/data/links_heldout_candidates.jsonl``
(locators, the proposed passage's offsets and sha1, the split and the order; no
corpus text). Every choice here is made before any annotation and without rasd:
this module imports nothing from it, so it cannot see the knowledge base or the
linker.

- saudinewsnet: articles of the days the first link gold set did not use (2015-07-21
  to 2015-08-04) whose lead passage names at least two distinct topic words.
- fa-kes: every article (all are on the Syrian war).
- ans-arabic-news-stance: headlines with ``fake_flag`` 0 that name a topic word and are
  not a paraphrase (token overlap >= 0.5) of a headline already used or chosen.
- wikipedia-syria-war-articles: articles on a battle, offensive, siege, operation or
  clashes whose file name (in either folder) no gold file uses; one paragraph of the
  body (not the lead, which opens with the bolded title) drawn with the seed.

The passage is the document's first whole sentences (at most four, under 600
characters) from the start of the article, or of the drawn Wikipedia paragraph.

    python bench/entities_heldout.py --select      # writes the candidates file
    python bench/entities_heldout.py --show test   # prints the chosen passages to read
    python bench/entities_heldout.py --words bench/data/links_heldout_notes.txt  # -> words file
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import zipfile
from pathlib import Path

import times_corpus
from times_corpus import SHARED, sha1

DATA = Path(__file__).with_name("data")
CANDIDATES = DATA / "links_heldout_candidates.jsonl"
USED = ("links_gold.jsonl", "events_gold.jsonl", "events_gold_second.jsonl",
        "events_passages.jsonl", "times_gold.jsonl")
SEED = 15
SNN_DAYS = ("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25",
            "2015-07-26", "2015-07-27", "2015-07-31", "2015-08-01", "2015-08-02",
            "2015-08-03", "2015-08-04")
TOPIC_AR = ("سوريا", "سورية", "السوري", "داعش", "الأسد", "حلب", "الرقة", "إدلب", "دمشق",
            "حمص", "درعا", "الحوثي", "اليمن", "صنعاء", "عدن", "تعز", "مأرب", "العراق",
            "الأنبار", "الموصل", "الفلوجة", "الرمادي", "بغداد", "لبنان", "حزب الله",
            "النصرة", "القاعدة", "الحشد الشعبي", "الزبداني", "البيشمركة", "الأكراد")
WIKI_TOPIC = re.compile(r"battle|offensive|siege|operation|clashes|campaign|insurgency",
                        re.I)
# how many documents of each corpus each set gets (read in the candidates' order)
QUOTA = {"test": {"saudinewsnet": 26, "ans-arabic-news-stance": 22, "fa-kes": 10,
                  "wikipedia-syria-war-articles": 6},
         "dev": {"saudinewsnet": 13, "ans-arabic-news-stance": 10, "fa-kes": 5,
                 "wikipedia-syria-war-articles": 3}}
# the numbered-unit stratum (see _units), drawn after the main annotation, before reading it
UNIT_QUOTA = {"test": 8, "dev": 4}
_SENTENCE_END = re.compile(r"[.!?؟]+[\"»”')]*(?=\s)|\n")
_AR_FOLD = str.maketrans("أإآٱىة", "اااايه")
_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")


def key(ref: dict) -> str:
    """The document's locator as one string (what the split hashes)."""
    if ref["corpus"] == "saudinewsnet":
        return f"saudinewsnet|{ref['file']}|{ref['member']}|{ref['index']}"
    if ref["corpus"] in ("fa-kes", "ans-arabic-news-stance"):
        return f"{ref['corpus']}|{ref['file']}|{ref['row']}"
    return f"{ref['corpus']}|{ref['file']}"


def split(ref: dict) -> str:
    """dev for a third of the documents, test for the rest, by the locator's sha1."""
    return "dev" if int(hashlib.sha1(key(ref).encode()).hexdigest(), 16) % 3 == 0 else "test"


def lead(text: str, offset: int = 0) -> tuple[int, int] | None:
    """[start, end) of the first whole sentences (<= 4, < 600 chars) from ``offset``."""
    start = offset
    while start < len(text) and text[start].isspace():
        start += 1
    end, count = None, 0
    for m in _SENTENCE_END.finditer(text, start):
        stop = m.end() if m.group() != "\n" else m.start()
        stop = len(text[:stop].rstrip())
        if stop - start >= 600:
            break
        if stop > start:
            end, count = stop, count + 1
        if (m.group() == "\n" and end is not None) or count == 4:
            break
    if end is None and len(text.rstrip()) - start < 600 and text.strip():
        end = len(text.rstrip())
    return (start, end) if end and end > start else None


def _tokens(text: str) -> set[str]:
    return set(_DIACRITICS.sub("", text).translate(_AR_FOLD).split())


def _used(data: Path = DATA) -> tuple[set[str], list[set[str]], set[str]]:
    """Locator keys of every document a gold file names, their ANS headlines' tokens, and
    the base names of their Wikipedia files."""
    keys, ans, wiki = set(), [], set()
    for name in USED:
        for line in (data / name).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            ref = json.loads(line)
            if ref["corpus"] not in ("saudinewsnet", "fa-kes", "ans-arabic-news-stance",
                                     "wikipedia-syria-war-articles"):
                continue
            keys.add(key(ref))
            if ref["corpus"] == "ans-arabic-news-stance":
                ans.append(_tokens(times_corpus.document(ref, SHARED)))
            if ref["corpus"] == "wikipedia-syria-war-articles":
                wiki.add(Path(ref["file"]).name)
    return keys, ans, wiki


def _fakes_dct(text: str) -> str | None:
    months = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec"), 1)}
    head = text[:200]
    m = re.search(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(20\d\d)(?!\d)", head)
    if m and m.group(2).lower() in months:
        return f"{m.group(3)}-{months[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)(?!\d)", head)
    if m and m.group(1).lower() in months:
        return f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{1,2})[.\-/](\d{1,2})[.\-/](20\d\d)(?!\d)", head)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


_UNIT = re.compile(r"(الفرقة|اللواء|الفوج|الكتيبة)\s+(\d+|الأول|الثاني|الثالث|الرابع|الخامس|"
                   r"السادس|السابع|الثامن|التاسع|العاشر|ال\w+ عشر)(?!\w)")


def _saudinewsnet(shared: Path):
    """(locator, article) of every SaudiNewsNet article of ``SNN_DAYS``, in file order."""
    for day in SNN_DAYS:
        member = f"{day}.json"
        with zipfile.ZipFile(shared / "saudinewsnet" / f"{day}.zip") as z:
            articles = json.loads(z.read(member).decode("utf-8"))
        for index, article in enumerate(articles):
            yield {"corpus": "saudinewsnet", "file": f"saudinewsnet/{day}.zip",
                   "member": member, "index": index}, article


def _units(shared: Path, taken: set[str]) -> list[dict]:
    """The numbered-unit stratum: SaudiNewsNet articles of the same days, on Syria, Iraq,
    Yemen or ISIS, that name a numbered unit («اللواء 93», «الفرقة الرابعة»); the passage
    starts at the sentence holding the first one. Added after the main draw held none."""
    units = []
    for ref, article in _saudinewsnet(shared):
        text = article["content"] or ""
        m = _UNIT.search(text)
        if key(ref) in taken or not m or not any(
                w in text for w in ("سوري", "اليمن", "العراق", "داعش")):
            continue
        starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        span = lead(text, starts[-1] if starts else 0)
        if span is None or not span[0] <= m.start() < span[1]:
            continue
        units.append({**ref, "start": span[0], "end": span[1],
                      "sha1": sha1(text[span[0]:span[1]]),
                      "dct": article["date_extracted"][:10], "language": "ar",
                      "stratum": "unit-number"})
    random.Random(f"{SEED}|units").shuffle(units)
    return units


def select(shared: Path = SHARED) -> list[dict]:
    used, used_ans, used_wiki = _used()
    rng = random.Random(SEED)
    out: list[dict] = []

    snn, seen = [], set()
    for ref, article in _saudinewsnet(shared):
        text = article["content"] or ""
        span = lead(text)
        if key(ref) in used or span is None:
            continue
        head = text[span[0]:span[1]]
        if sum(w in head for w in TOPIC_AR) < 2:
            continue
        fold = " ".join(_tokens(text[:300]))
        if fold in seen:
            continue
        seen.add(fold)
        snn.append({**ref, "start": span[0], "end": span[1], "sha1": sha1(head),
                    "dct": article["date_extracted"][:10], "language": "ar"})
    rng.shuffle(snn)
    out += snn
    out += _units(shared, used | {key(c) for c in snn})

    fakes, seen = [], {" ".join(_tokens(times_corpus.document(json.loads(line), SHARED)[:200]))
                       for name in USED for line in (DATA / name).read_text("utf-8").splitlines()
                       if line.strip() and json.loads(line)["corpus"] == "fa-kes"}
    path = shared / "fa-kes" / "FA-KES-Dataset.csv"
    with path.open(encoding="utf-8", newline="") as f:
        for row, record in enumerate(csv.DictReader(f)):
            ref = {"corpus": "fa-kes", "file": "fa-kes/FA-KES-Dataset.csv", "row": row,
                   "column": "article_content"}
            text = record["article_content"]
            span = lead(text)
            fold = " ".join(_tokens(text[:200]))
            if key(ref) in used or span is None or fold in seen:
                continue
            seen.add(fold)
            fakes.append({**ref, "start": span[0], "end": span[1],
                          "sha1": sha1(text[span[0]:span[1]]), "dct": _fakes_dct(text),
                          "language": "en"})
    rng.shuffle(fakes)
    out += fakes

    ans = []
    for part in ("train", "dev", "test"):
        path = shared / "ans-arabic-news-stance" / "claim" / f"{part}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            for row, record in enumerate(csv.DictReader(f)):
                text = record["claim_s"]
                ref = {"corpus": "ans-arabic-news-stance",
                       "file": f"ans-arabic-news-stance/claim/{part}.csv", "row": row,
                       "column": "claim_s"}
                if (record["fake_flag"] != "0" or key(ref) in used
                        or not any(w in text for w in TOPIC_AR) or len(text) >= 600):
                    continue
                ans.append({**ref, "start": 0, "end": len(text), "sha1": sha1(text),
                            "dct": None, "language": "ar", "_tokens": _tokens(text)})
    rng.shuffle(ans)
    taken: list[set[str]] = list(used_ans)
    for cand in ans:
        toks = cand.pop("_tokens")
        if any(len(toks & t) / len(toks | t) >= 0.5 for t in taken):
            continue
        taken.append(toks)
        out.append(cand)

    wiki = []
    for folder in ("website", "astro-experiment"):
        for path in sorted((shared / "wikipedia-syria-war-articles" / folder).glob("*.md")):
            if path.name in used_wiki or not WIKI_TOPIC.search(path.stem):
                continue
            if any(c["file"].endswith("/" + path.name) for c in wiki):
                continue  # the same article in the other folder
            text = path.read_bytes().decode("utf-8")
            body = text.find("\n---", 4) + 4
            paragraphs = [m.start() for m in re.finditer(r"(?m)^(?=[A-Z])", text)
                          if m.start() > body]
            paragraphs = [p for p in paragraphs
                          if text[p:p + 120].count("**") == 0 and text[p - 1] == "\n"
                          and text[p - 2] in "\n"][1:]
            if not paragraphs:
                continue
            start = random.Random(f"{SEED}|{path.name}").choice(paragraphs)
            span = lead(text, start)
            if span is None:
                continue
            wiki.append({"corpus": "wikipedia-syria-war-articles",
                         "file": f"wikipedia-syria-war-articles/{folder}/{path.name}",
                         "start": span[0], "end": span[1],
                         "sha1": sha1(text[span[0]:span[1]]), "dct": None, "language": "en"})
    rng.shuffle(wiki)
    out += wiki

    order: dict[tuple, int] = {}
    for cand in out:
        cand["split"] = split(cand)
        group = (cand["corpus"], cand.get("stratum"), cand["split"])
        order[group] = cand["order"] = order.get(group, 0) + 1
    return out


CLASSES = ("unit-number", "cue-place", "descriptive", "titled-person", "english", "variant")
_WORD = re.compile(r"\w")
_PROCLITIC = "وفبلكـ"


def _find(text: str, needle: str, start: int) -> int:
    """First occurrence of ``needle`` at or after ``start`` that does not begin or end inside
    a word (a proclitic before it, alone or after «و»/«ف», is allowed)."""
    at = start
    while (at := text.find(needle, at)) >= 0:
        end = at + len(needle)
        end_ok = end == len(text) or not _WORD.match(text[end]) or (
            needle.isascii() and text[end] == "s"  # FA-KES's apostrophe-less possessive
            and (end + 1 == len(text) or not _WORD.match(text[end + 1])))
        k = at
        while k > at - 3 and k > 0 and text[k - 1] in _PROCLITIC:
            k -= 1
        start_ok = k == 0 or not _WORD.match(text[k - 1])
        if end_ok and start_ok:
            return at
        at += 1
    return -1


def words(source: Path, out: Path) -> int:
    """Turn the reading notes (``@ locator key`` then ``span | TYPE | classes | meant [| context]``
    lines, in text order) into the words-only gold file, with offsets found in the passage."""
    cands = {key(c): c for c in map(json.loads, CANDIDATES.read_text("utf-8").splitlines())}
    blocks, errors = [], 0
    for line in source.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            head = line[1:].strip().split(" SKIP", 1)
            blocks.append((cands[head[0].strip()], [], len(head) > 1 and head[1].strip()))
            continue
        blocks[-1][1].append([x.strip() for x in line.split("|")])
    lines, numbers = [], {"dev": 0, "test": 0}
    for cand, rows, skipped in blocks:
        if skipped:
            continue
        text = times_corpus.passage(cand, SHARED)
        mentions, last = [], 0
        for row in rows:
            if row[0].startswith("^"):  # move past a string not annotated (a tag list)
                at = _find(text, row[0][1:], last)
                last = at + len(row[0]) - 1 if at >= 0 else last
                continue
            span, typ, classes, meant = row[:4]
            if span.startswith("~"):  # a name fused with the next word ("Kobaninorth")
                span = span[1:]
                at = text.find(span, last)
            else:
                at = _find(text, span, last)
            if at < 0:
                print(f"{key(cand)}: {span!r} not found after {last}", file=sys.stderr)
                errors += 1
                continue
            tags = [] if classes in ("-", "") else [c.strip() for c in classes.split(",")]
            if cand["language"] == "en" and "english" not in tags:
                tags.append("english")
            bad = [t for t in tags if t not in CLASSES]
            if bad or typ not in ("STATE", "GOVERNMENT", "ARMED_GROUP", "MILITARY_UNIT",
                                  "PERSON", "IGO", "MEDIA", "NGO", "LOCATION", "FACILITY",
                                  "WEAPON", "OTHER"):
                print(f"{key(cand)}: {span!r} bad type/class {typ} {bad}", file=sys.stderr)
                errors += 1
            m = {"start": at, "end": at + len(span), "text": span, "type": typ,
                 "class": sorted(tags), "meant": meant}
            if len(row) > 4 and row[4] == "context":
                m["note"] = "context"
            mentions.append(m)
            last = at + len(span)
        numbers[cand["split"]] += 1
        prefix = "hd" if cand["split"] == "dev" else "ht"
        ref = {k: v for k, v in cand.items() if k not in ("order",)}
        lines.append({"id": f"{prefix}-{numbers[cand['split']]:04d}", **ref,
                      "mentions": mentions})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    print(f"{len(lines)} passages, {sum(len(x['mentions']) for x in lines)} mentions "
          f"({sum(len(x['mentions']) for x in lines if x['split'] == 'test')} test)")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--select", action="store_true", help=f"write {CANDIDATES.name}")
    parser.add_argument("--show", choices=["dev", "test"],
                        help="print the first QUOTA (+ spares) passages of a set")
    parser.add_argument("--spare", type=int, default=4, help="extra documents per corpus")
    parser.add_argument("--words", type=Path, help="reading notes to turn into the words file")
    args = parser.parse_args(argv)
    if args.words:
        return words(args.words, DATA / "links_heldout_words.jsonl")
    if args.select:
        cands = select()
        CANDIDATES.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n"
                                      for c in cands), "utf-8")
        counts: dict = {}
        for c in cands:
            counts[(c["corpus"], c["split"])] = counts.get((c["corpus"], c["split"]), 0) + 1
        for k, v in sorted(counts.items()):
            print(*k, v)
    if args.show:
        for line in CANDIDATES.read_text("utf-8").splitlines():
            c = json.loads(line)
            quota = (UNIT_QUOTA[args.show] if c.get("stratum")
                     else QUOTA[args.show][c["corpus"]])
            if c["split"] == args.show and c["order"] <= quota + args.spare:
                text = times_corpus.passage(c, SHARED)
                print(f"### {c['corpus']} {c['order']} {key(c)} dct={c['dct']}\n{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
