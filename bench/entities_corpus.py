"""Passages behind the hand-checked entity-linking gold set (bench/data/links_gold.jsonl).

The gold file stores *locators*, not text, in exactly the scheme of
``bench/times_corpus.py`` (corpus, file, member/index, row/column, line or sentence,
``start``/``end`` into the document, and the ``sha1`` of the passage); this module
re-reads each passage from shared/data through that module and checks it.

Each gold line also carries ``dct`` (``YYYY-MM-DD`` or null), ``language`` (ar, en) and
``mentions``: ``{start, end, text, type, entity, note?}`` with offsets into the passage
(end-exclusive), ``type`` one of the knowledge base's entity types and ``entity`` a
knowledge-base id or ``"NIL"`` when the knowledge base lacks the entity. ``note`` is
``"context"`` for a mention that can only be linked from its context (a capital standing
for its government, a city against its governorate, a short or ambiguous name, a rank
word).

The held-out sets of issue 15 (``links_heldout_dev.jsonl``, ``links_heldout_test.jsonl``,
see ``bench/data/links_heldout_README.md``) have the same format, and each mention also
carries ``class`` (a list of ``CLASSES``, empty for none) and ``meant`` (the entity meant,
in words, written before the knowledge base was opened).

    python bench/entities_corpus.py --check [--set old|heldout-dev|heldout-test|all]
                                            [--gold PATH] [--shared DIR]
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Iterator
from pathlib import Path

import times_corpus
from rasd.entities.kb import TYPES, load
from times_corpus import SHARED

GOLD = Path(__file__).with_name("data") / "links_gold.jsonl"
SETS = {"old": GOLD,
        "heldout-dev": GOLD.with_name("links_heldout_dev.jsonl"),
        "heldout-test": GOLD.with_name("links_heldout_test.jsonl")}
CLASSES = ("unit-number", "cue-place", "descriptive", "titled-person", "english", "variant")
LANGUAGES = ("ar", "en")
NOTES = ("context",)
NIL = "NIL"


def passages(gold_path: Path = GOLD, shared: Path = SHARED) -> Iterator[tuple[dict, str]]:
    """(gold line, passage text) for every line of the gold file, sha1-checked."""
    return times_corpus.passages(gold_path, shared)


def _problems(gold: dict, text: str, kb) -> list[str]:
    """What is wrong with one gold line (empty when nothing is)."""
    errors = []
    if gold.get("language") not in LANGUAGES:
        errors.append(f"language {gold.get('language')!r} is not one of {LANGUAGES}")
    if not 0 < len(text) < 600:
        errors.append(f"passage of {len(text)} characters (want 1-599)")
    last_end = 0
    for m in gold["mentions"]:
        label = f"{m['text']!r} at {m['start']}"
        if text[m["start"] : m["end"]] != m["text"]:
            errors.append(f"{label}: passage has {text[m['start'] : m['end']]!r} there")
        if m["start"] < last_end:
            errors.append(f"{label}: overlaps or precedes the mention before it")
        last_end = m["end"]
        if m["type"] not in TYPES:
            errors.append(f"{label}: type {m['type']!r} is not one of {', '.join(TYPES)}")
        if m.get("note") is not None and m["note"] not in NOTES:
            errors.append(f"{label}: note {m['note']!r} is not one of {NOTES}")
        if "class" in m and (not isinstance(m["class"], list)
                             or any(c not in CLASSES for c in m["class"])):
            errors.append(f"{label}: class {m['class']!r} is not a list of {CLASSES}")
        if "class" in m and not m.get("meant"):
            errors.append(f"{label}: a held-out mention needs the entity meant, in words")
        if m["entity"] == NIL:
            continue
        entity = kb.get(m["entity"])
        if entity is None:
            errors.append(f"{label}: {m['entity']} is not in the knowledge base")
        elif entity.type != m["type"]:
            errors.append(f"{label}: typed {m['type']} but {m['entity']} is a {entity.type}")
    return errors


def check(gold_path: Path = GOLD, shared: Path = SHARED) -> int:
    """Re-read every passage, check sha1, spans and entity ids, print counts; 0 if all is well."""
    kb = load()
    counts = {k: collections.Counter() for k in ("corpus", "language", "type", "class")}
    nil, context = collections.Counter(), 0
    errors, ids, n_passages, n_mentions = [], set(), 0, 0
    for gold, text in passages(gold_path, shared):
        n_passages += 1
        if gold["id"] in ids:
            errors.append(f"{gold['id']}: duplicate id")
        ids.add(gold["id"])
        errors += [f"{gold['id']}: {e}" for e in _problems(gold, text, kb)]
        for m in gold["mentions"]:
            n_mentions += 1
            counts["corpus"][gold["corpus"]] += 1
            counts["language"][gold["language"]] += 1
            counts["type"][m["type"]] += 1
            if "class" in m:
                for c in m["class"] or ["none"]:
                    counts["class"][c] += 1
                    nil[f"class {c}"] += m["entity"] == NIL
            nil[m["type"]] += m["entity"] == NIL
            context += m.get("note") == "context"
    n_nil = sum(v for k, v in nil.items() if not k.startswith("class "))
    share = n_nil / n_mentions if n_mentions else 0.0
    print(f"{Path(gold_path).name}: {n_passages} passages, {n_mentions} mentions, "
          f"{n_nil} NIL ({share:.1%}), {context} context")
    for name, counter in counts.items():
        if counter:
            print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    print("  NIL by type: " + ", ".join(
        f"{k} {nil[k]}/{v}" for k, v in counts["type"].most_common()))
    if counts["class"]:
        print("  NIL by class: " + ", ".join(
            f"{k} {nil['class ' + k]}/{v}" for k, v in counts["class"].most_common()))
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="verify every passage, span and entity id")
    parser.add_argument("--set", choices=[*SETS, "all"], default="old",
                        help="which gold set (default: old, links_gold.jsonl)")
    parser.add_argument("--gold", type=Path, help="any other gold file (overrides --set)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not args.check:
        parser.print_help()
        return 0
    paths = ([args.gold] if args.gold else list(SETS.values()) if args.set == "all"
             else [SETS[args.set]])
    return max(check(path, args.shared) for path in paths)


if __name__ == "__main__":
    sys.exit(main())
