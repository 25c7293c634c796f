"""Build the NER tables and train the CRF of ``rasd.entities.ner`` from ../shared.

    python scripts/train_ner.py [--shared ../shared] [--out src/rasd/data/entities]
                                [--reuse-tables] [--no-dev]

Writes into --out: ``gazetteer.tsv`` (place names from GeoNames cities500, OpenSyria
admin units and CLDR territory names), ``clusters.tsv`` (distributional word
clusters from SaudiNewsNet plus the ANERcorp train split) and ``ner.crfsuite``.
``triggers.tsv`` is curated by hand and read from --out. The last 10% of the train
sentences are the dev split: the model is fitted on the rest and scored there,
then refitted on all of train and scored once on test. Nothing is built from test.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path

import pycrfsuite

from rasd.arabic.normalise import view
from rasd.arabic.tokenise import tokens
from rasd.entities import ner
from rasd.entities.features import (
    Tables,
    analyse,
    gazetteer_marks,
    read_tables,
    sentence_features,
)
from rasd.entities.ner import TYPES, repair, score

ROOT = Path(__file__).resolve().parents[1]
ANER = "data/anercorp-camel/ANERCorp_CamelLab_{}.txt"
PARAMS = {"c1": 0.2, "c2": 0.05, "max_iterations": 300, "feature.minfreq": 2,
          "feature.possible_transitions": True}
Sentence = tuple[list[str], list[str]]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a ``token TAG`` file with blank lines between sentences."""
    return ner.read_conll(path)


# --- gazetteer ----------------------------------------------------------------------------

def gazetteer_rows(shared: Path) -> list[tuple[str, str, str]]:
    """(name, LOC, source) for every Arabic place name the three sources give."""
    rows = set()
    geo = shared / "data/geonames-cities500-levant/cities500_SY_IQ_LB_TR_JO.tsv"
    lines = geo.read_text("utf-8").splitlines()
    column = lines[0].split("\t").index("ar_names")
    for line in lines[1:]:
        for name in line.split("\t")[column].split("|"):
            rows.add((name, "geonames"))
    for level in ("governorates", "districts", "subdistricts"):
        path = shared / f"data/syria-admin-opensyria/{level}.json"
        for unit in json.loads(path.read_text("utf-8")):
            rows.add((unit["name"]["ar"], "opensyria"))
            rows.update((a["value"], "opensyria") for a in unit.get("aliases", ())
                        if a.get("language") == "ar")
    cldr = shared / "data/cldr-arabic-calendar/cldr_arabic_territory_names.tsv"
    for line in cldr.read_text("utf-8").splitlines()[1:]:
        code, name = line.split("\t")[:2]
        if code not in {"001", "EU", "EZ", "UN"}:  # the world, unions: not places
            rows.add((name, "cldr"))
    out = {}
    for name, source in sorted(rows):
        name = " ".join("".join(c for c in name if unicodedata.category(c) != "Cf").split())
        if len(name) >= 3 and not any(c.isascii() and c.isalpha() for c in name):
            out.setdefault(name, source)
    return [(name, "LOC", source) for name, source in sorted(out.items())]


def common_words(rows: list[tuple[str, str, str]], tables: Tables,
                 fitted: list[Sentence]) -> set[str]:
    """Names that the labelled sentences mostly tag O where the gazetteer finds them.

    GeoNames has Turkish hamlets called ان, كان or حول; these would fire on every
    other sentence. Only the sentences the model is fitted on are read (never
    dev or test); a name goes when it was seen three times or more and named in
    under a fifth of them (the corpus tags some real places O too).
    """
    keys = {name: tuple(analyse(tables, w).stem for w in name.split()) for name, _, _ in rows}
    probe = Tables(tables.clusters, {k: "LOC" for k in keys.values()}, {})
    named, seen = Counter(), Counter()
    for words, labels in fitted:
        stems = [analyse(tables, w).stem for w in words]
        marks = gazetteer_marks(probe, stems)
        for i, mark in enumerate(marks):
            if mark and mark.startswith("B-"):
                j = i + 1
                while j < len(marks) and (marks[j] or "").startswith("I-"):
                    j += 1
                key = tuple(stems[i:j])
                seen[key] += 1
                named[key] += labels[i] != "O"
    return {name for name, key in keys.items() if seen[key] >= 3 and named[key] < seen[key] / 5}


def gazetteer_text(rows: list[tuple[str, str, str]], dropped: set[str]) -> str:
    head = ("# Place names for the NER gazetteer features (rasd.entities.features).\n"
            "# Format: name<TAB>type<TAB>source. Sources: GeoNames cities500 ar_names (SY IQ LB TR"
            " JO, CC BY 4.0), OpenSyria admin units and Arabic aliases (CC BY 4.0), CLDR 47"
            " territory names. Names that the fitted part of the ANERcorp train split mostly"
            " tags O (ان, كان, حول) are left out.\n"
            "# Built by scripts/train_ner.py; do not edit by hand.\n")
    return head + "".join(f"{n}\t{t}\t{s}\n" for n, t, s in rows if n not in dropped)


# --- distributional clusters ---------------------------------------------------------------

def _zip_sentences(path: Path) -> list[list[str]]:
    with zipfile.ZipFile(path) as z:
        articles = [a for name in z.namelist() for a in json.loads(z.read(name))]
    return [[t.norm.lower() for t in tokens(view(line))]
            for a in articles for line in f"{a.get('title') or ''}\n{a['content']}".split("\n")
            if line.strip()]


def unlabelled(shared: Path, train: list[Sentence]) -> Iterator[list[str]]:
    """Folded token lists of SaudiNewsNet (titles and paragraphs) and the train split."""
    zips = sorted((shared / "data/saudinewsnet").glob("*.zip"))
    if not zips:
        raise SystemExit(f"no SaudiNewsNet zips under {shared}")
    with Pool(2) as pool:
        for sentences in pool.imap(_zip_sentences, zips):
            yield from sentences
    for words, _ in train:
        yield [t.norm.lower() for w in words for t in tokens(view(w))]


def _kmeans(vectors: list[dict[int, float]], k: int, rng: random.Random) -> list[int]:
    """Spherical k-means on sparse unit vectors (at most 20 rounds)."""
    if len(vectors) <= k:
        return list(range(len(vectors)))
    centroids = [vectors[i] for i in rng.sample(range(len(vectors)), k)]
    assign = [-1] * len(vectors)
    for _ in range(20):
        moved = 0
        for n, vec in enumerate(vectors):
            sims = [sum(v * c.get(f, 0.0) for f, v in vec.items()) for c in centroids]
            best = max(range(k), key=sims.__getitem__)
            moved += best != assign[n]
            assign[n] = best
        sums: list[dict[int, float]] = [defaultdict(float) for _ in range(k)]
        for vec, c in zip(vectors, assign, strict=True):
            for f, v in vec.items():
                sums[c][f] += v
        centroids = [_unit(s) if s else vectors[rng.randrange(len(vectors))] for s in sums]
        if moved <= len(vectors) // 200:
            break
    return assign


def _hierarchy(vectors: list[dict[int, float]], branching: Sequence[int]) -> list[str]:
    """Top-down clustering: each group is split in ``branching[level]``; paths a.b.c."""
    rng = random.Random(0)
    paths: list[list[int]] = [[] for _ in vectors]
    groups = [list(range(len(vectors)))]
    for k in branching:
        finer = []
        for members in groups:
            parts: dict[int, list[int]] = defaultdict(list)
            for i, a in zip(members, _kmeans([vectors[i] for i in members], k, rng),
                            strict=True):
                paths[i].append(a)
                parts[a].append(i)
            finer.extend(parts.values())
        groups = finer
    return [".".join(map(str, p)) for p in paths]


def _unit(vec: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


def cluster_rows(sentences: Iterator[list[str]], size: int, min_count: int,
                 branching: Sequence[int]) -> list[tuple[str, str, int, int]]:
    """(word, path, log2 count, article share) for the ``size`` most frequent words.

    Words are described by their left and right neighbours among the 1,000 most
    frequent tokens (positive PMI, 40 strongest) and clustered top down, each group
    split in ``branching[level]``, so the path a.b.c is a hierarchy like a Brown
    cluster bit string and its prefixes are coarser clusters.
    """
    counts: Counter[str] = Counter()
    kept = []
    for s in sentences:
        counts.update(s)
        kept.append(s)
    vocab = [w for w, c in counts.most_common(size) if c >= min_count and w.isalpha()]
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, (w, _) in enumerate(counts.most_common(1000))}
    pairs: list[Counter[int]] = [Counter() for _ in vocab]
    for s in kept:
        ids = [context.get(w, -1) for w in s]
        for i, w in enumerate(s):
            n = index.get(w)
            if n is None:
                continue
            left = ids[i - 1] if i else len(context)
            right = ids[i + 1] if i + 1 < len(s) else len(context)
            if left >= 0:
                pairs[n][left] += 1
            if right >= 0:
                pairs[n][right + 1001] += 1
    del kept
    ctx_total: Counter[int] = Counter()
    for p in pairs:
        ctx_total.update(p)
    smooth = sum(c ** 0.75 for c in ctx_total.values())
    vectors = []
    for p in pairs:
        own = sum(p.values()) or 1
        pmi = {f: math.log(c * smooth / (own * ctx_total[f] ** 0.75)) for f, c in p.items()}
        vectors.append(_unit(dict(sorted(((f, v) for f, v in pmi.items() if v > 0),
                                         key=lambda fv: -fv[1])[:40])))
    paths = _hierarchy(vectors, branching)
    return [(w, p, int(math.log2(counts[w])), _article_share(w, counts))
            for w, p in zip(vocab, paths, strict=True)]


def _article_share(word: str, counts: Counter[str]) -> int:
    """How often the word's base takes the article, 0 (never) to 4 (always).

    Common nouns and adjectives come with and without ال; most names, and all
    foreign ones, never take it, or always do (الرقة, الناتو).
    """
    base = word[2:] if word.startswith("ال") and len(word) > 4 else word
    bare, defined = counts[base], counts["ال" + base]
    return min(4, int(5 * defined / (bare + defined))) if bare + defined else 0


def clusters_text(rows: list[tuple[str, str, int, int]]) -> str:
    head = ("# Distributional word clusters for the NER features (rasd.entities.features).\n"
            "# Format: word<TAB>path<TAB>log2 count<TAB>article share. path a.b.c: coarse to"
            " fine cluster ids from spherical k-means over left/right neighbour PMI vectors;"
            " article share 0-4: how often the word's base is written with ال.\n"
            "# Source: SaudiNewsNet (18 zips, titles and text) plus the ANERcorp CAMeL train"
            " split; no test text. Built by scripts/train_ner.py; do not edit by hand.\n")
    return head + "".join(f"{w}\t{p}\t{b}\t{a}\n" for w, p, b, a in sorted(rows))


def build_tables(shared: Path, out: Path, train_set: list[Sentence], cut: int) -> None:
    """Write clusters.tsv, then gazetteer.tsv (whose filter reads the clusters)."""
    rows = cluster_rows(unlabelled(shared, train_set), size=40000, min_count=8,
                        branching=(16, 8, 4, 4))
    (out / "clusters.tsv").write_text(clusters_text(rows), "utf-8")
    tables = read_tables(clusters_text(rows), "", "")
    places = gazetteer_rows(shared)
    dropped = common_words(places, tables, train_set[:cut])
    (out / "gazetteer.tsv").write_text(gazetteer_text(places, dropped), "utf-8")


# --- training and scoring ------------------------------------------------------------------

Featurise = Callable[[Sequence[str]], list[list[str]]]


def train(data: list[Sentence], featurise: Featurise, params: dict, path: Path) -> float:
    """Fit a CRF on ``data`` and write it to ``path``; returns the seconds it took."""
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in data:
        trainer.append(featurise(words), labels)
    trainer.set_params(params)
    trainer.train(str(path))
    return time.perf_counter() - began


def predict(path: Path, data: list[Sentence], featurise: Featurise) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [repair(tagger.tag(featurise(words))) for words, _ in data]


def report(name: str, data: list[Sentence], predicted: list[list[str]]) -> float:
    result = score([labels for _, labels in data], predicted)
    cells = "  ".join(f"{k} {result[k][2] * 100:.1f}" for k in (*TYPES, "micro") if k in result)
    p, r, f, _ = result["micro"]
    print(f"{name:<28} P {p * 100:.1f} R {r * 100:.1f}  F1 {cells}", flush=True)
    return f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src/rasd/data/entities")
    parser.add_argument("--reuse-tables", action="store_true",
                        help="keep the gazetteer and clusters already in --out")
    parser.add_argument("--no-dev", action="store_true", help="skip the dev-split fit")
    args = parser.parse_args(argv)
    train_set = read_conll(args.shared / ANER.format("train"))
    test_set = read_conll(args.shared / ANER.format("test"))
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    cut = len(train_set) * 9 // 10
    if not args.reuse_tables:
        build_tables(args.shared, args.out, train_set, cut)
        print(f"tables built in {time.perf_counter() - began:.0f} s", flush=True)
    tables = read_tables(*[(args.out / f"{n}.tsv").read_text("utf-8")
                           for n in ("clusters", "gazetteer", "triggers")])

    def featurise(words: Sequence[str]) -> list[list[str]]:
        return sentence_features(words, tables)

    model = args.out / "ner.crfsuite"
    if not args.no_dev:
        seconds = train(train_set[:cut], featurise, PARAMS, model)
        report(f"dev ({seconds:.0f} s)", train_set[cut:],
               predict(model, train_set[cut:], featurise))
    seconds = train(train_set, featurise, PARAMS, model)
    report(f"test ({seconds:.0f} s)", test_set, predict(model, test_set, featurise))
    print(f"model {model} {model.stat().st_size / 1e6:.2f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
