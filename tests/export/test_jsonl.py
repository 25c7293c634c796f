"""The JSON lines export: one full record per line that reads back as the same analysis."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from rasd.export import writer
from rasd.model import SCHEMA, Analysis, Document


def lines(analyses: list[Analysis]) -> list[str]:
    out = io.StringIO()
    w = writer("jsonl", out)
    for a in analyses:
        w.write(a)
    w.finish()
    return out.getvalue().split("\n")


def test_jsonl_round_trips_a_record_with_every_layer(analysis):
    line, end = lines([analysis])
    assert end == ""
    assert json.loads(line)["schema"] == SCHEMA
    assert Analysis.from_dict(json.loads(line)) == analysis


def test_jsonl_writes_one_line_per_analysis_in_order(analysis):
    other = Analysis(Document.make("Second report.", "b.txt", language="en"))
    *written, end = lines([analysis, other, analysis])
    assert end == "" and len(written) == 3
    assert [Analysis.from_dict(json.loads(w)) for w in written] == [analysis, other, analysis]


@given(text=st.text(min_size=1), title=st.none() | st.text(),
       warnings=st.lists(st.text(), max_size=3))
def test_jsonl_any_text_stays_on_one_line_and_reads_back_unchanged(text, title, warnings):
    doc = Document.make(text, "a.txt", title=title, warnings=tuple(warnings))
    line, end = lines([Analysis(doc)])
    assert end == ""
    assert Analysis.from_dict(json.loads(line)).document == doc
