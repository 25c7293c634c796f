"""Reuse found as documents are stored: incremental, every kind of change, directed."""

from __future__ import annotations

import pytest

from rasd.model import Analysis, Document
from rasd.reuse import detect
from rasd.store import Store
from rasd.store import reuse as stored
from tests.reuse.texts import OTHER, STORY, variations


def _doc(text, published="2015-08-01", source="https://www.alyaum.com/a"):
    return Document.make(text, source, published=published, language="ar")


def _put(store, *docs):
    """Store documents through the writer, with reuse as its hook (as ingest does)."""
    with store.writer(after=detect.index) as w:
        for d in docs:
            w.put(Analysis(d), d.source)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "reuse.duckdb") as s:
        yield s


@pytest.mark.parametrize("kind", sorted(variations(STORY)))
def test_every_kind_of_copy_is_found_with_its_direction(store, kind):
    original = _doc(STORY)
    copy = _doc(variations(STORY)[kind], "2015-08-03", "https://www.okaz.com.sa/b")
    _put(store, original)
    _put(store, copy)
    (relation,) = stored.relations(store.db, copy.id)
    assert (relation["source"], relation["copy"], relation["basis"]) == (
        original.id, copy.id, "published")
    for p in relation["passages"]:
        assert original.text[slice(*p["source"])].strip()
        assert copy.text[slice(*p["copy"])].strip()


def test_the_harakat_removed_copy_of_a_vocalised_original(store):
    vocal = _doc(variations(STORY)["harakat_added"], "2015-07-30")
    _put(store, _doc(STORY))
    _put(store, vocal)
    (relation,) = stored.relations(store.db)
    assert (relation["source"], relation["basis"]) == (vocal.id, "published")


def test_a_new_document_is_matched_without_recomputing_the_stored_ones(store):
    first = [_doc(STORY), _doc(OTHER)]
    _put(store, *first)
    before = store.db.execute("SELECT * FROM reuse_keys ORDER BY n, key").fetchall()
    assert stored.relations(store.db) == []
    copy = _doc(variations(STORY)["headline"], "2015-08-02")
    _put(store, copy)
    after = store.db.execute("SELECT * FROM reuse_keys ORDER BY n, key").fetchall()
    assert after[:len(before)] == before  # the stored keys are kept as they were
    assert [r["source"] for r in stored.relations(store.db)] == [first[0].id]
    assert stored.counts(store.db) == {"indexed": 3, "relations": 1}


def test_copies_in_one_group_find_each_other(store):
    a, b = _doc(STORY), _doc(variations(STORY)["nbsp"], "2015-08-02")
    _put(store, a, b)
    assert [(r["source"], r["copy"]) for r in stored.relations(store.db)] == [(a.id, b.id)]


def test_a_document_stored_twice_is_indexed_once(store):
    a = _doc(STORY)
    _put(store, a)
    assert detect.index(store.db, [a]) == []
    assert stored.counts(store.db)["indexed"] == 1


def test_a_same_day_copy_is_directed_by_its_credit(store):
    wire = _doc(STORY, source="https://www.spa.gov.sa/x")
    paper = _doc("الرياض - واس\n" + STORY, source="https://www.alyaum.com/y")
    _put(store, paper)
    _put(store, wire)
    (relation,) = stored.relations(store.db)
    assert (relation["source"], relation["basis"]) == (wire.id, "dateline")


def test_catch_up_indexes_documents_stored_without_reuse(store):
    with store.writer() as w:  # no hook: as an earlier rasd stored them
        for d in (_doc(STORY), _doc(variations(STORY)["letters"], "2015-08-02")):
            w.put(Analysis(d), d.source)
    assert stored.unindexed(store.db) and stored.relations(store.db) == []
    assert detect.catch_up(store.db, store.documents_by_id) == 2
    assert len(stored.relations(store.db)) == 1 and not stored.unindexed(store.db)
