from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from rasd.model import SCHEMA, Analysis, Document, Span, Time, text_id


def test_record_round_trips_through_json(analysis):
    again = Analysis.from_dict(json.loads(analysis.to_json()))
    assert again == analysis


def test_record_starts_with_schema_and_keeps_field_names(analysis):
    record = analysis.to_dict()
    assert next(iter(record)) == "schema" and record["schema"] == SCHEMA
    assert set(record) == {"schema", "document", "times", "entities", "mentions", "events",
                           "findings"}
    assert record["events"][0]["trigger"] == {"start": 0, "end": 4, "text": "قصفت"}
    assert record["findings"][0]["spans"] == [[record["times"][0]["start"],
                                               record["times"][0]["end"]]]


def test_document_id_is_sha256_of_text():
    doc = Document.make("نص", "x.txt")
    assert doc.id == text_id("نص") == hashlib.sha256("نص".encode()).hexdigest()
    assert len(doc.id) == 64 and doc.title is None and doc.published is None


def test_document_id_changes_with_one_character():
    assert text_id("نص") != text_id("نص ")


def test_from_dict_refuses_another_schema(analysis):
    record = analysis.to_dict() | {"schema": "rasd.analysis/2"}
    with pytest.raises(ValueError, match="schema"):
        Analysis.from_dict(record)


def test_from_dict_refuses_unknown_field(analysis):
    record = analysis.to_dict()
    record["document"]["colour"] = "red"
    with pytest.raises(ValueError, match="colour"):
        Analysis.from_dict(record)


def test_check_offsets_accepts_a_faithful_record(analysis):
    analysis.check_offsets()


@pytest.mark.parametrize("start,end,text,problem", [
    (0, 3, "xyz", "does not quote"),
    (5, 2, "", "outside"),
    (0, 10_000, "", "outside"),
])
def test_check_offsets_catches_a_bad_span(analysis, start, end, text, problem):
    bad = dataclasses.replace(analysis, times=(Time("t9", start, end, text, "DATE", None),))
    with pytest.raises(ValueError, match=problem):
        bad.check_offsets()


def test_spans_cover_every_layer(analysis):
    layers = {layer for layer, *_ in analysis.spans()}
    assert layers == {"times", "mentions", "events", "findings"}
    assert Span(0, 1, "x") == Span(0, 1, "x")
