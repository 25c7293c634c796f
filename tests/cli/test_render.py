"""The human summary of a record: values in words, an event on one line, names for ids,
entities with their counts, the sentence around each item on request, colours on a terminal."""

from __future__ import annotations

import dataclasses

import click
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rasd.cli import main, render
from rasd.model import Entity, Finding, Mention, Offsets, Span, Time
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


# Issue 14 item 9: the summary read as a programmer's dump (Python-quoted text with \xa0,
# bare TIMEX codes, "-> None", no counts, no context). These hold for every record.

def _messy():
    """A record whose text has no-break spaces and a line break inside its items, an
    unresolved time, a night, a name said three times and one no entity holds."""
    text = ("قصفت الطائرات\xa0الرقة ليلة 23/24\xa0تموز 2014.\nوقال عادل عيسى إن الرقة "
            "والرقة تحترق منذ\xa0وقت.")

    def at(piece: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(piece, start + 1)
        return start, start + len(piece)

    base = full_analysis_for(text)
    n0, n1 = at("ليلة 23/24\xa0تموز 2014")
    u0, u1 = at("منذ\xa0وقت")
    mentions = tuple(Mention(f"m{i}", *at("الرقة", i), "الرقة", "LOCATION", "loc:raqqa")
                     for i in range(3))
    p0, p1 = at("عادل عيسى")
    return dataclasses.replace(
        base,
        times=(Time("t1", n0, n1, text[n0:n1], "DATE", "2014-07-23TNI", "dct"),
               Time("t2", u0, u1, text[u0:u1], "DURATION", None)),
        mentions=(*mentions, Mention("m9", p0, p1, text[p0:p1], "PERSON", None)),
        events=(dataclasses.replace(base.events[0], date="2014-07-23TNI"),),
        findings=(Finding("impossible_date", ((n0, n1),), "no such night"),))


def full_analysis_for(text: str):
    from rasd.model import Document
    from tests.conftest import full_analysis

    base = full_analysis()
    doc = Document.make(text, "messy.txt", title="عنوان\xa0طويل", published="2014-08-20",
                        language="ar", reader="text")
    q0 = text.index("قصفت")
    event = dataclasses.replace(base.events[0], trigger=Span(q0, q0 + 4, "قصفت"),
                                evidence=(Offsets(0, text.index(".") + 1),), cue=None)
    return dataclasses.replace(base, document=doc, events=(event,))


def plain(record, **options) -> str:
    """The summary as it reads off a terminal (click drops the styles there)."""
    return click.unstyle(render.summary(record, **options))


def test_render_summary_reads_as_words_not_as_python():
    shown = plain(_messy())
    assert "\\x" not in shown and "\xa0" not in shown and "None" not in shown
    assert "'" not in shown  # never repr() quoting
    assert "«ليلة 23/24 تموز 2014»  2014-07-23TNI  night of Wednesday 23 July 2014" in shown
    assert "(resolved from the publication date)" in shown
    assert "«منذ وقت»  -  not resolved" in shown
    assert "title      عنوان طويل" in shown
    assert "published  2014-08-20  Wednesday 20 August 2014" in shown


def test_render_event_line_gives_a_coded_date_in_words():
    record = _messy()
    assert render.event_line(record, record.events[0]).startswith(
        "2014-07-23TNI (night of Wednesday 23 July 2014)  ASSAULT/aerial")


def test_render_entities_once_each_with_their_counts_most_named_first():
    entities = [x for x in plain(_messy()).splitlines() if x.startswith("  entity ")]
    assert entities[0] == "  entity     Raqqa  LOCATION  3 mentions  «الرقة»  loc:raqqa"
    assert "عادل عيسى  PERSON  1 mention  «عادل عيسى»  not linked" in entities[-1]
    assert len(entities) == 2


def test_render_context_puts_the_sentence_under_every_item():
    lines = plain(_messy(), context=True).splitlines()
    items = [n for n, x in enumerate(lines)
             if x.startswith(("  time ", "  entity ", "  event ", "  finding "))]
    assert len(items) == 6
    for n in items:
        assert lines[n + 1].startswith(render.INDENT + "› "), lines[n]
    night, names = lines[items[0] + 1], lines[items[3] + 1]  # a night; «عادل عيسى»
    assert night.endswith("› قصفت الطائرات الرقة ليلة 23/24 تموز 2014.")
    assert names.endswith("› وقال عادل عيسى إن الرقة والرقة تحترق منذ وقت.")
    assert len(plain(_messy()).splitlines()) == len(lines) - 6


def test_render_context_cuts_a_long_sentence_around_its_item():
    from rasd.cli.context import Sentences
    from rasd.model import Document

    text = " ".join(["كلمة"] * 200) + " الرقة " + " ".join(["كلمة"] * 200) + "."
    start = text.index("الرقة")
    shown = Sentences(Document.make(text, "long.txt")).around(start, start + 5, width=60)
    assert shown.startswith("…") and shown.endswith("…") and "الرقة" in shown
    assert len(shown) <= 70


@pytest.mark.parametrize("command", ["analyze", "show"])
def test_render_colours_only_on_a_terminal_and_never_with_no_color(db, monkeypatch, command,
                                                                   tmp_path):
    record = _messy()
    (tmp_path / "messy.txt").write_text(record.document.text, "utf-8")
    with Store(db) as store:
        store.put(record, "messy.txt")
    args = ([command, str(tmp_path / "messy.txt"), "--context"] if command == "analyze"
            else [command, record.document.id[:12], "--context"])
    piped = CliRunner().invoke(main, args, catch_exceptions=False)
    assert piped.exit_code == 0 and "\x1b[" not in piped.stdout and "›" in piped.stdout
    coloured = CliRunner().invoke(main, args, color=True, catch_exceptions=False)
    assert "\x1b[" in coloured.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in CliRunner().invoke(main, args, color=True).stdout


def test_render_the_worked_example_has_words_for_every_time_and_no_python(example):
    result = CliRunner().invoke(main, ["analyze", str(example), "--context"],
                                catch_exceptions=False)
    times = [x for x in result.stdout.splitlines() if x.startswith("  time ")]
    assert len(times) == 15
    for line in times:
        code, words = line.split("»  ", 1)[1].split("  ")[:2]
        assert words and words != code and not words.startswith("("), line
    assert "\\xa0" not in result.stdout and "-> " not in result.stdout
    assert "night of Wednesday 23 July 2014" in result.stdout
