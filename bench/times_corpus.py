"""Passages behind the hand-checked time-expression gold set (bench/data/times_gold.jsonl).

The corpora in shared/data may not be shipped with rasd, so the gold file stores
*locators*, not text: each gold line names a document in shared/data and a
character range [start:end] in it. This module turns a locator back into the
passage and checks it against the sha1 stored with the annotations, so a changed
copy of a corpus fails loudly instead of silently shifting every offset.

One "document" per corpus:

- saudinewsnet: article ``index`` of the JSON list in zip ``file``, member
  ``member``; document = ``article["content"]``.
- fa-kes: data row ``row`` (0-based, header excluded) of the CSV read with the
  csv module as UTF-8; document = the value of ``column``.
- wikipedia-syria-war-articles: the raw Markdown ``file``, decoded as UTF-8
  (front matter included: offsets count characters from the start of the file).
- ans-arabic-news-stance: CSV ``file``, data row ``row``, column ``column``.
- idrisi-ra-lmr: JSON Lines ``file``, line ``line`` (0-based); document = ``text``.
- aqmar, anercorp-camel (CoNLL-like ``token TAG`` lines, blank line between
  sentences): sentence ``sentence`` (0-based) of ``file``, its tokens joined by
  single spaces.

The passage is always ``document[start:end]``.

    python bench/times_corpus.py --check [--gold PATH] [--shared DIR]
"""

from __future__ import annotations

import argparse
import collections
import csv
import functools
import hashlib
import json
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).with_name("data") / "times_gold.jsonl"
SHARED = ROOT.parent / "shared" / "data"


class GoldMismatch(ValueError):
    """A passage re-read from shared/data is not the one the gold line was made on."""


@functools.lru_cache(maxsize=32)
def _json_zip(path: Path, member: str) -> list:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(member).decode("utf-8"))


@functools.lru_cache(maxsize=16)
def _csv_rows(path: Path) -> list:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@functools.lru_cache(maxsize=16)
def _lines(path: Path) -> list:
    # split on "\n" only: str.splitlines() would also break on U+2028 etc. inside tweets
    return path.read_text(encoding="utf-8").split("\n")


@functools.lru_cache(maxsize=16)
def _conll_sentences(path: Path) -> list:
    """Sentences of a ``token TAG`` file as lists of tokens (text before the last space)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        current.append(line.rsplit(" ", 1)[0])
    if current:
        sentences.append(current)
    return sentences


def document(ref: dict, shared: Path) -> str:
    """The whole text the locator ``ref`` points into (see the module docstring)."""
    corpus, path = ref["corpus"], Path(shared) / ref["file"]
    if corpus == "saudinewsnet":
        return _json_zip(path, ref["member"])[ref["index"]]["content"]
    if corpus in ("fa-kes", "ans-arabic-news-stance"):
        return _csv_rows(path)[ref["row"]][ref["column"]]
    if corpus == "wikipedia-syria-war-articles":
        return path.read_bytes().decode("utf-8")
    if corpus == "idrisi-ra-lmr":
        return json.loads(_lines(path)[ref["line"]])["text"]
    if corpus in ("aqmar", "anercorp-camel"):
        return " ".join(_conll_sentences(path)[ref["sentence"]])
    raise ValueError(f"unknown corpus {corpus!r}")


def passage(ref: dict, shared: Path) -> str:
    """The passage text of a gold line: ``document(ref)[start:end]``."""
    return document(ref, shared)[ref["start"] : ref["end"]]


def sha1(text: str) -> str:
    """Hex sha1 of the UTF-8 bytes of ``text`` (what the gold file stores per passage)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def passages(gold_path: Path = GOLD, shared: Path = SHARED) -> Iterator[tuple[dict, str]]:
    """(gold line, passage text) for every line of the gold file, sha1-checked."""
    with Path(gold_path).open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            gold = json.loads(line)
            text = passage(gold, shared)
            if sha1(text) != gold["sha1"]:
                raise GoldMismatch(
                    f"{gold_path}:{number} ({gold['id']}): passage sha1 {sha1(text)} != "
                    f"stored {gold['sha1']} - is {gold['file']} the copy the gold set was made on?"
                )
            yield gold, text


def check(gold_path: Path = GOLD, shared: Path = SHARED) -> int:
    """Re-read every passage, check sha1 and every span, print counts; 0 if all is well."""
    counts = {k: collections.Counter() for k in ("corpus", "language", "type", "category")}
    errors, n_passages, n_distractors, ids = [], 0, 0, set()
    for gold, text in passages(gold_path, shared):
        n_passages += 1
        if gold["id"] in ids:
            errors.append(f"{gold['id']}: duplicate id")
        ids.add(gold["id"])
        spans = [("time", t) for t in gold["times"]]
        spans += [("distractor", d) for d in gold["distractors"]]
        for kind, span in spans:
            if text[span["start"] : span["end"]] != span["text"]:
                errors.append(f"{gold['id']}: {kind} {span['text']!r} not at {span['start']}")
        n_distractors += len(gold["distractors"])
        for t in gold["times"]:
            counts["corpus"][gold["corpus"]] += 1
            counts["language"][gold["language"]] += 1
            counts["type"][t["type"]] += 1
            counts["category"][t["category"]] += 1
    total = sum(counts["type"].values())
    print(f"{n_passages} passages, {total} time expressions, {n_distractors} distractors")
    for name, counter in counts.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    return 1 if errors else 0


def check_command(check: Callable[[Path, Path], int], gold: Path, doc: str, verifies: str,
                  argv: list[str] | None = None) -> int:
    """The ``--check [--gold PATH] [--shared DIR]`` command line of a gold set's module:
    runs ``check(gold, shared)``, or prints the help without ``--check``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"verify {verifies}")
    parser.add_argument("--gold", type=Path, default=gold)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not args.check:
        parser.print_help()
        return 0
    return check(args.gold, args.shared)


def main(argv: list[str] | None = None) -> int:
    return check_command(check, GOLD, __doc__, "every passage and span", argv)


if __name__ == "__main__":
    sys.exit(main())
