"""Arabic NER on the ANERcorp CAMeL test split: the shipped CRF against a plain one.

The shipped model (``rasd.entities.ner``) tags every test sentence, and names are
spread to their other uses nearby as the pipeline does within a document; they are
scored at entity level (type and both ends must match, as in CoNLL/seqeval),
per type and micro-averaged, and tagging speed is timed features included. For
comparison a CRF with word, affix and shape features only is fitted on the train
split in the same run (30 L-BFGS iterations, the figure the anchors quote) and
scored the same way. Prints a Markdown table; ``--check`` fails when the shipped
model's micro F1 (in points) falls below its floor in bench/baselines.json.

    python bench/ner_anercorp.py [--shared ../shared] [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pycrfsuite

import floors
from rasd.entities import ner
from rasd.entities.features import baseline_features

ROOT = Path(__file__).resolve().parents[1]
ANER = "data/anercorp-camel/ANERCorp_CamelLab_{}.txt"
# The pipeline spreads a name the CRF found to the document's other uses of it
# (ner.propagate); ANERcorp has no document bounds, so a window of sentences stands in.
WINDOW = 15
BASELINE = {"c1": 0.1, "c2": 0.1, "max_iterations": 30, "feature.possible_transitions": True}
Sentence = tuple[list[str], list[str]]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a ``token TAG`` file with blank lines between sentences."""
    if not path.exists():
        raise SystemExit(f"missing {path} (pass --shared)")
    return ner.read_conll(path)


def timed(tag: Callable[[Sequence[str]], list[str]], data: list[Sentence],
          ) -> tuple[list[list[str]], float]:
    """Labels for every sentence, and tokens tagged per second."""
    began = time.perf_counter()
    labels = [tag(words) for words, _ in data]
    return labels, sum(len(w) for w, _ in data) / (time.perf_counter() - began)


def baseline(train: list[Sentence], folder: Path) -> Callable[[Sequence[str]], list[str]]:
    """Fit the word/affix/shape CRF and return its tagger."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in train:
        trainer.append(baseline_features(words), labels)
    trainer.set_params(BASELINE)
    trainer.train(str(folder / "baseline.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / "baseline.crfsuite"))
    return lambda words: ner.repair(tagger.tag(baseline_features(words)))


def rows(name: str, result: dict, speed: float) -> list[str]:
    out = []
    for kind in (*ner.TYPES, "micro"):
        p, r, f, n = result.get(kind, (0.0, 0.0, 0.0, 0))
        rate = f"{speed:,.0f}" if kind == "micro" else ""
        out.append(f"| {name} | {kind} | {p * 100:.1f} | {r * 100:.1f} | {f * 100:.1f} | {n} "
                   f"| {rate} |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="fail below bench/baselines.json")
    args = parser.parse_args(argv)
    train = read_conll(args.shared / ANER.format("train"))
    test = read_conll(args.shared / ANER.format("test"))
    gold = [labels for _, labels in test]
    ner.load_model()
    shipped, speed = timed(ner.tag, test)
    spread = ner.propagate([words for words, _ in test], shipped, window=WINDOW)
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        plain = baseline(train, Path(folder))
        fitted = time.perf_counter() - began
        plain_labels, plain_speed = timed(plain, test)
    result = ner.score(gold, spread)
    lines = [f"ANERcorp CAMeL test split: {len(test)} sentences, "
             f"{sum(len(g) for g in gold):,} tokens; baseline fitted in {fitted:.0f} s", "",
             "| model | type | P | R | F1 | gold | tokens/s |", "|---|---|---|---|---|---|---|",
             *rows(f"rasd (CRF, names spread ±{WINDOW} sentences)", result, speed),
             *rows("rasd CRF alone, sentence by sentence", ner.score(gold, shipped), speed),
             *rows("baseline CRF (word/affix/shape, 30 it.)", ner.score(gold, plain_labels),
                   plain_speed)]
    print("\n".join(lines))
    if args.check:
        return floors.check({"micro_f1": result["micro"][2] * 100}, "ner_anercorp")
    return 0


if __name__ == "__main__":
    sys.exit(main())
