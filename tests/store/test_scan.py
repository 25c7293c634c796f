"""Whole-store reads for exports: plain records, only the layers asked for, in list order."""

from __future__ import annotations

import dataclasses

import pytest

from rasd.model import Analysis, Document
from rasd.store import Store
from tests.conftest import full_analysis


@pytest.fixture
def store(tmp_path):
    full = full_analysis()
    plain = Analysis(Document.make("Undated report.", "b.txt", language="en"))
    later = dataclasses.replace(full, document=dataclasses.replace(
        Document.make(full.document.text + " ", "c.txt"), published="2015-01-01"),
        events=(), findings=())
    with Store(tmp_path / "s.duckdb") as s:
        for i, a in enumerate((plain, later, full)):
            s.put(a, f"{i}.txt")
        yield s, [full, later, plain]  # rasd list order: by date, undated last


def test_scan_records_are_the_records_as_plain_data_in_list_order(store):
    s, expected = store
    assert list(s.records()) == [a.to_dict() for a in expected]


def test_scan_reads_only_the_layers_asked_for(store):
    s, expected = store
    (record, *_) = s.records(layers=("events",))
    assert set(record) == {"schema", "document", "events"}
    assert record["events"] == expected[0].to_dict()["events"]


def test_scan_having_keeps_the_documents_with_items_of_that_layer(store):
    s, expected = store
    found = list(s.records(layers=("entities",), having="events"))
    assert [r["document"]["id"] for r in found] == [expected[0].document.id]
    assert found[0]["entities"] == expected[0].to_dict()["entities"]


def test_scan_counts_every_layer_of_every_document(store):
    s, expected = store
    counts = [r["counts"] for r in s.records(layers=(), counted=True)]
    assert counts == [{n: len(getattr(a, n)) for n in ("times", "entities", "mentions",
                                                       "events", "findings")}
                      for a in expected]


def test_scan_refuses_an_unknown_layer(store):
    s, _ = store
    with pytest.raises(ValueError, match="unknown layer 'people'"):
        list(s.records(layers=("people",)))
    with pytest.raises(ValueError, match="unknown layer 'people'"):
        list(s.records(layers=(), having="people"))
