"""Exports of a whole store (``rasd.export.export``): the same bytes as writing the
records one at a time, without building them.

Regression (new-user issue, item 12): ``rasd export`` built every full record, even for
``--format csv --layer events`` on a store without events, and ran at ~70 documents/s.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.export import export, writer
from rasd.model import Analysis, Document, Entity, Event, Finding, Mention, Offsets, Span
from rasd.store import Store
from tests.conftest import full_analysis

LAYERS = ("documents", "times", "entities", "mentions", "events", "findings")
EXPORTS = [("jsonl", {}), *(("csv", {"layer": layer, "bom": bom})
                             for layer in LAYERS for bom in (False, True))]


def records() -> list[Analysis]:
    """Hand-built records that differ in every way an export shows: dates and none,
    shared and unknown entities, events with and without cue, place and speaker,
    text that opens like a formula, astral characters, empty layers."""
    base = full_analysis()
    text = "=HYPERLINK(1) 😀 قال المرصد إن الطائرات قصفت الرقة\tو -دمشق."
    doc = Document.make(text, "https://example.org/=x", title="@title", published="2014-08-18",
                        language="ar", warnings=("-2 is not a date", "+ another"))

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span(start, start + len(piece), piece)

    raqqa, planes = base.entities
    unnamed = Entity("new:org-1", "", None, "ARMED_GROUP", aliases=("=alias",))
    events = (
        Event("e1", "ASSAULT", None, span("قصفت"), ("ent:aircraft", "new:org-1"), (),
              "loc:raqqa", None, None, None, "reported", "new:org-1", span("قال"),
              (Offsets(0, 13), Offsets(14, len(text))), 0.5),
        Event("e2", "ACCUSE", "-mode", span("-دمشق"), (), ("ent:missing",), "ent:missing",
              None, "2014-W33", "narrative", "asserted", "author", None,
              (Offsets(0, len(text)),), 1.0),
        Event("e3", "AID", None, span("الرقة"), (), (), None, None, "P10D", "clause",
              "negated", None, None, (Offsets(2, 5),), 0.0),
    )
    said = span("المرصد")
    mention = Mention("m1", said.start, said.end, said.text, "ARMED_GROUP", "new:org-1")
    busy = Analysis(doc, entities=(unnamed, raqqa, planes), mentions=(mention,), events=events,
                    findings=(Finding("impossible_date", ((0, 1), (2, 3)), "=1+1"),
                              Finding("weekday_ok", (), "ok")))
    undated = Analysis(Document.make("Second report, no date.", "b.txt", language="en"))
    same_day = dataclasses.replace(base, document=dataclasses.replace(
        Document.make(base.document.text + " ", "c.txt"), published=base.document.published))
    return [undated, base, busy, same_day]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        with s.writer() as w:
            for i, a in enumerate(records()):
                w.put(a, f"source-{i}.txt")
        yield s


def one_at_a_time(store: Store, fmt: str, **options) -> str:
    out = io.StringIO(newline="")
    w = writer(fmt, out, **options)
    for analysis in store.analyses():
        w.write(analysis)
    w.finish()
    return out.getvalue()


def from_store(store: Store, fmt: str, **options) -> str:
    out = io.StringIO(newline="")
    export(fmt, store, out, **options)
    return out.getvalue()


@pytest.mark.parametrize("fmt,options", EXPORTS, ids=lambda v: str(v))
def test_export_of_a_store_is_what_writing_each_record_gives(store, fmt, options):
    expected = one_at_a_time(store, fmt, **options)
    assert from_store(store, fmt, **options) == expected
    assert expected.count("\n") > 1  # the store holds something of every layer


@pytest.mark.parametrize("fmt,options", EXPORTS, ids=lambda v: str(v))
def test_export_builds_no_record(store, monkeypatch, fmt, options):
    expected = one_at_a_time(store, fmt, **options)

    def refuse(*args, **kwargs):
        raise AssertionError("export built full records")

    monkeypatch.setattr(Store, "analyses", refuse)
    monkeypatch.setattr(Store, "_load", refuse)
    monkeypatch.setattr(Analysis, "to_dict", refuse)
    assert from_store(store, fmt, **options) == expected


@pytest.mark.parametrize("layer", LAYERS[1:])
def test_export_of_an_empty_layer_is_its_header(tmp_path, layer):
    with Store(tmp_path / "s.duckdb") as s:
        s.put(Analysis(Document.make("نص بلا أحداث.", "a.txt")), "a.txt")
        assert from_store(s, "csv", layer=layer) == one_at_a_time(s, "csv", layer=layer)
        assert from_store(s, "csv", layer=layer).count("\n") == 1


def test_export_of_an_empty_store_is_nothing_or_a_header(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        assert from_store(s, "jsonl") == ""
        assert from_store(s, "csv").count("\n") == 1


def test_export_refuses_an_unknown_format_or_layer(store):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        export("xlsx", store, io.StringIO())
    with pytest.raises(ValueError, match="unknown layer 'people'"):
        export("csv", store, io.StringIO(), layer="people")


TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, title=st.none() | TEXT, warnings=st.lists(TEXT, max_size=2))
def test_export_of_any_stored_text_is_what_writing_the_record_gives(tmp_path_factory, text,
                                                                    title, warnings):
    doc = Document.make(text, "a.txt", title=title, warnings=tuple(warnings))
    with Store(tmp_path_factory.mktemp("any") / "s.duckdb") as s:
        s.put(Analysis(doc), "a.txt")
        for fmt, options in (("jsonl", {}), ("csv", {})):
            assert from_store(s, fmt, **options) == one_at_a_time(s, fmt, **options)
