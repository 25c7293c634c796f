"""The human summary of a record: an event on one line, names for ids."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rasd.cli import main, render
from rasd.model import Entity, Offsets
from rasd.store import Store


def line(analysis, **changes) -> str:
    event = dataclasses.replace(analysis.events[0], **changes)
    return render.event_line(dataclasses.replace(analysis, events=(event,)), event)


def test_render_event_line_says_when_what_who_where_how_and_whose_words(analysis):
    assert line(analysis) == ("2014-08-19  ASSAULT/aerial  الطائرات → Raqqa  at Raqqa  "
                              "reported, by unnamed source  «قصفت الطائرات مدينة الرقة يوم "
                              "الثلاثاء 19 آب 2014، بحسب…»")


@pytest.mark.parametrize("changes,shown", [
    ({"attributed_to": "author", "modality": "asserted"}, "asserted, by author"),
    ({"attributed_to": "loc:raqqa"}, "reported, by Raqqa"),
    ({"attributed_to": "per:unknown-to-the-record"}, "by per:unknown-to-the-record"),
    ({"date": None, "date_from": None}, "undated  ASSAULT/aerial"),
    ({"date_from": "narrative"}, "2014-08-19 (narrative)  ASSAULT"),
    ({"mode": None}, "  ASSAULT  "),
    ({"source": (), "location": None}, "? → Raqqa  reported"),
    ({"source": ("ent:aircraft", "loc:raqqa"), "target": ()}, "الطائرات ↔ Raqqa"),
    ({"evidence": (Offsets(0, 4), Offsets(5, 13))}, "«قصفت» (+1 more)"),
])
def test_render_event_line_shapes(analysis, changes, shown):
    assert shown in line(analysis, **changes)


def test_render_summary_lists_each_event(analysis):
    second = dataclasses.replace(analysis.events[0], id="e2", type="ACCUSE", mode=None)
    both = dataclasses.replace(analysis, events=(analysis.events[0], second))
    events = [x for x in render.summary(both).splitlines() if x.startswith("  event ")]
    assert len(events) == 2 and "ACCUSE  " in events[1]


def test_render_an_entity_named_only_in_arabic_shows_that_name(analysis):
    arabic = Entity("loc:raqqa", "الرقة", None, "LOCATION")
    record = dataclasses.replace(analysis, entities=(arabic, analysis.entities[1]))
    assert "at الرقة" in render.event_line(record, record.events[0])


@given(st.text(), st.integers(2, 80))
def test_render_shorten_keeps_one_line_within_width(text, width):
    short = render.shorten(text, width)
    flat = " ".join(text.split())
    assert len(short) <= width and "\n" not in short
    assert short == flat or (short.endswith("…") and flat.startswith(short[:-1]))


def test_show_lists_the_stored_events(db, analysis):
    with Store(db) as store:
        store.put(analysis, "fixture.txt")
    result = CliRunner().invoke(main, ["show", analysis.document.id[:12]],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "  event      2014-08-19  ASSAULT/aerial  الطائرات → Raqqa" in result.stdout
