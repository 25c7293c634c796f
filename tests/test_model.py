from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.model import SCHEMA, Analysis, Document, Offsets, Span, Time, text_id
from tests.conftest import full_analysis


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
    record = analysis.to_dict() | {"schema": "rasd.analysis/1"}
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


def _event(analysis: Analysis, **changes) -> Analysis:
    return dataclasses.replace(analysis, events=(
        dataclasses.replace(analysis.events[0], **changes),))


def test_spans_cover_trigger_cue_and_every_evidence_stretch(analysis):
    event = analysis.events[0]
    two = _event(analysis, evidence=(Offsets(0, 4), Offsets(5, 13)))
    spans = [(s, e, q) for layer, s, e, q in two.spans() if layer == "events"]
    assert spans == [(event.trigger.start, event.trigger.end, "قصفت"),
                     (event.cue.start, event.cue.end, "بحسب"), (0, 4, None), (5, 13, None)]


@pytest.mark.parametrize("changes,problem", [
    ({"cue": Span(0, 4, "بحسب")}, "does not quote"),
    ({"evidence": (Offsets(0, 4), Offsets(3, 10_000))}, "outside"),
    ({"evidence": ()}, "no evidence"),
    ({"source": ("ent:nobody",)}, "source 'ent:nobody' is no entity"),
    ({"target": ("loc:raqqa", "t1")}, "target 't1' is no entity"),
    ({"location": "loc:aleppo"}, "location 'loc:aleppo' is no entity"),
    ({"attributed_to": "org:sohr"}, "attributed_to 'org:sohr' is no entity"),
    ({"time": "t7"}, "time 't7' is no time"),
    ({"date_from": None}, "date_from"),
    ({"date": None, "time": None}, "date_from"),
])
def test_check_offsets_catches_a_bad_event(analysis, changes, problem):
    with pytest.raises(ValueError, match=problem):
        _event(analysis, **changes).check_offsets()


@pytest.mark.parametrize("changes", [
    {"attributed_to": "author"}, {"attributed_to": None}, {"attributed_to": "loc:raqqa"},
    {"cue": None}, {"date": None, "date_from": None, "time": None},
    {"source": ("ent:aircraft", "loc:raqqa"), "target": ()},
])
def test_check_offsets_accepts_a_sound_event(analysis, changes):
    _event(analysis, **changes).check_offsets()


@given(data=st.data())
def test_any_event_within_the_text_passes_and_any_stretch_past_it_fails(data):
    analysis = full_analysis()
    size = len(analysis.document.text)
    stretch = st.tuples(st.integers(0, size), st.integers(0, size)).map(sorted)
    pieces = data.draw(st.lists(stretch, min_size=1, max_size=4))
    cue = data.draw(st.none() | stretch)
    text = analysis.document.text
    event = _event(analysis, evidence=tuple(Offsets(a, b) for a, b in pieces),
                   cue=None if cue is None else Span(cue[0], cue[1], text[cue[0]:cue[1]]))
    event.check_offsets()
    again = Analysis.from_dict(json.loads(event.to_json()))
    assert again == event
    past = data.draw(st.integers(size + 1, size + 50))
    with pytest.raises(ValueError, match="outside"):
        _event(event, evidence=(*event.events[0].evidence, Offsets(0, past))).check_offsets()
