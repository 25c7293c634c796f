"""The entity-linking gold sets (bench/data/links_*.jsonl) stay consistent with the knowledge
base, and the held-out sets of issue 15 stay apart from every other gold file."""

from __future__ import annotations

import json
import sys

import pytest

from rasd.entities.kb import TYPES, load
from tests.conftest import ROOT, SHARED

BENCH = ROOT / "bench"
DATA = BENCH / "data"
SETS = ("links_gold.jsonl", "links_heldout_dev.jsonl", "links_heldout_test.jsonl")
OTHER_GOLD = ("events_gold.jsonl", "events_gold_second.jsonl", "events_passages.jsonl",
              "times_gold.jsonl")
CLASSES = {"unit-number", "cue-place", "descriptive", "titled-person", "english", "variant"}


def _lines(name: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / name).read_text("utf-8").splitlines() if x.strip()]


def _document(ref: dict) -> tuple:
    """A gold line's document, by corpus + file + index/row (the passage aside)."""
    return (ref["corpus"], ref["file"], ref.get("member"), ref.get("index"), ref.get("row"),
            ref.get("line"), ref.get("sentence"))


@pytest.mark.parametrize("name", SETS)
def test_every_mention_is_in_order_typed_and_linked_to_a_known_entity(name):
    kb = load()
    for ref in _lines(name):
        last = 0
        for m in ref["mentions"]:
            where = f"{name} {ref['id']} {m['text']!r}"
            assert m["end"] - m["start"] == len(m["text"]) and m["start"] >= last, where
            last = m["end"]
            assert m["type"] in TYPES, where
            if m["entity"] != "NIL":
                assert m["entity"] in kb, where
                assert kb[m["entity"]].type == m["type"], where
            if name != "links_gold.jsonl":
                assert set(m["class"]) <= CLASSES and m["meant"], where
                assert ("english" in m["class"]) == (ref["language"] == "en"), where


def test_heldout_sets_share_no_document_with_each_other_or_any_gold_file():
    dev = {_document(r) for r in _lines("links_heldout_dev.jsonl")}
    test = {_document(r) for r in _lines("links_heldout_test.jsonl")}
    assert len(test) >= 62 and sum(len(r["mentions"])
                                   for r in _lines("links_heldout_test.jsonl")) >= 420
    assert not dev & test
    for name in ("links_gold.jsonl", *OTHER_GOLD):
        used = {_document(r) for r in _lines(name)}
        assert not (dev | test) & used, name


@pytest.mark.parametrize("name", SETS)
def test_every_passage_and_span_rereads_from_shared(name, capsys):
    if not (SHARED / "data" / "saudinewsnet").is_dir():
        pytest.skip("the corpora in ../shared/data are not here")
    sys.path.insert(0, str(BENCH))
    try:
        import entities_corpus
    finally:
        sys.path.remove(str(BENCH))
    assert entities_corpus.check(DATA / name, SHARED / "data") == 0, capsys.readouterr().err
