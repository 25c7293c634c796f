"""The events CSV: ACLED-like columns, names beside ids, every telling in the notes."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.export import writer
from rasd.export.csv import BOM
from rasd.export.events import COLUMNS, precision
from rasd.model import Offsets, Span


def rows(analyses, **options) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    w = writer("csv", out, layer="events", **options)
    for a in analyses:
        w.write(a)
    w.finish()
    return list(csv.DictReader(io.StringIO(out.getvalue().removeprefix(BOM), newline="")))


def test_events_csv_has_acled_like_columns_with_names_and_ids(analysis):
    (row,) = rows([analysis])
    assert list(row) == list(COLUMNS)
    assert row == {
        "document": analysis.document.id, "event_id": "e1", "event_date": "2014-08-19",
        "time_precision": "day", "date_from": "clause", "event_type": "ASSAULT",
        "sub_event_type": "aerial", "quad": "material_conflict", "actor1": "الطائرات",
        "actor1_id": "ent:aircraft", "actor2": "Raqqa", "actor2_id": "loc:raqqa",
        "location": "Raqqa", "location_id": "loc:raqqa", "latitude": "35.95",
        "longitude": "39.01", "modality": "reported", "attributed_to": "unnamed source",
        "attributed_to_id": "", "trigger": "قصفت", "cue": "بحسب", "confidence": "0.75",
        "source": "fixture.txt", "published": "2014-08-20",
        "notes": analysis.document.text, "evidence": f"0-{len(analysis.document.text)}"}


def test_events_csv_joins_sides_and_tellings(analysis):
    event = dataclasses.replace(
        analysis.events[0], source=("ent:aircraft", "loc:raqqa"), target=(), location=None,
        attributed_to="author", cue=None, evidence=(Offsets(0, 4), Offsets(5, 13)))
    (row,) = rows([dataclasses.replace(analysis, events=(event,))])
    assert (row["actor1"], row["actor1_id"], row["actor2"]) == (
        "الطائرات; Raqqa", "ent:aircraft; loc:raqqa", "")
    assert (row["location"], row["latitude"], row["attributed_to"], row["cue"]) == (
        "", "", "author", "")
    assert (row["notes"], row["evidence"]) == ("قصفت … الطائرات", "0-4; 5-13")


def test_events_csv_guards_untrusted_words(analysis):
    text = "=HYPERLINK(1) قال -مصدر"
    doc = dataclasses.replace(analysis.document, text=text)
    event = dataclasses.replace(analysis.events[0], trigger=Span(0, 13, text[:13]),
                                cue=Span(19, 23, "-مصدر"[:4]), evidence=(Offsets(0, 13),))
    (row,) = rows([dataclasses.replace(analysis, document=doc, events=(event,))])
    assert row["trigger"] == "'=HYPERLINK(1)" and row["notes"] == "'=HYPERLINK(1)"


def test_events_csv_of_records_without_events_is_a_header(analysis):
    out = io.StringIO(newline="")
    writer("csv", out, layer="events").write(dataclasses.replace(analysis, events=()))
    assert out.getvalue().splitlines() == [",".join(COLUMNS)]


@pytest.mark.parametrize("value,expected", [
    ("2014-08-19", "day"), ("2014-08-23TEV", "day"), ("2014-W33", "week"),
    ("2014-08", "month"), ("2011-SP", "season"), ("2014", "year"), ("P10D", None),
    ("201X", None), (None, None), ("2014-08-1", None), ("20140", None),
])
def test_events_precision_of_a_timex_value(value, expected):
    assert precision(value) == expected


@given(st.text())
def test_events_precision_never_raises(value):
    assert precision(value) in (None, "day", "week", "month", "season", "year")
