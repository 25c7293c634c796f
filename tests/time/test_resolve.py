"""Resolving what the text leaves open: here, bare weekdays with and without a DCT."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import arabic
from rasd.model import Document
from rasd.time import tag
from rasd.time.expr import Expr
from rasd.time.resolve import resolve

SUNDAY, MONDAY, TUESDAY = 6, 0, 1


def values(text: str, published: str | None = None) -> list[str | None]:
    doc = Document.make(text, "t.txt", published=published)
    return [t.value for t in tag(doc, arabic.prepare(doc)).times]


def days(exprs: list[Expr], dct: dt.date | None = None) -> list[dt.date | None]:
    return [r.day for r in resolve(exprs, dct, [False] * len(exprs), [False] * len(exprs))]


SEPT_16 = Expr(0, 1, year=2014, month=9, day=16, explicit=True)  # a Tuesday


def weekday(n: int, direction: int | None = None) -> Expr:
    return Expr(2, 3, weekday=n, direction=direction, explicit=True)


def test_weekdays_without_a_dct_do_not_walk_back_a_week_at_a_time():
    """The new user's report: 09-14, 09-08, 09-07, 09-01 before; each weekday now
    reads the stated date, not the weekday before it."""
    text = ("بدأ الهجوم في 16 أيلول 2014. وشن التنظيم هجوما ليل الأحد. وصد المقاتلون "
            "الهجوم يوم الإثنين. وقتل مقاتل يوم الأحد. وتراجعت المعارك صباح الإثنين.")
    assert values(text) == ["2014-09-16", "2014-09-21TNI", "2014-09-22", "2014-09-21",
                            "2014-09-22TMO"]


@given(st.lists(st.integers(0, 6), min_size=1, max_size=12))
def test_any_run_of_weekdays_stays_in_the_week_after_the_stated_date(run):
    got = days([SEPT_16, *(weekday(n) for n in run)])[1:]
    start = dt.date(2014, 9, 16)
    for n, day in zip(run, got, strict=True):
        assert day is not None and day.weekday() == n
        assert start <= day < start + dt.timedelta(days=7)


def test_a_directed_weekday_counts_from_the_stated_date_not_the_weekday_before_it():
    got = days([SEPT_16, weekday(SUNDAY, -1), weekday(SUNDAY, -1), weekday(MONDAY, 1)])
    assert got[1:] == [dt.date(2014, 9, 14), dt.date(2014, 9, 14), dt.date(2014, 9, 22)]


def test_the_stated_weekday_is_the_stated_date():
    assert days([SEPT_16, weekday(TUESDAY)])[1] == dt.date(2014, 9, 16)


def test_a_later_stated_date_moves_what_weekdays_read():
    oct_6 = Expr(4, 5, year=2014, month=10, day=6, explicit=True)  # a Monday
    got = days([SEPT_16, weekday(SUNDAY), oct_6, weekday(SUNDAY)])
    assert got[1] == dt.date(2014, 9, 21) and got[3] == dt.date(2014, 10, 12)


@pytest.mark.parametrize("text", [
    "قتل مقاتل يوم الأحد",                      # nothing stated before it
    "في تشرين الأول 2014 قتل مقاتل يوم الأحد",  # a month: which week is unknown
    "عام 2014 قتل مقاتل يوم الأحد",             # a year alone
])
def test_a_weekday_without_a_dct_or_a_stated_day_has_no_value(text):
    assert values(text)[-1] is None


def test_a_year_in_passing_does_not_hide_the_stated_day():
    assert values("في 16 أيلول 2014، بعد حصار بدأ عام 2013، هاجموا يوم الأحد")[-1] == \
        "2014-09-21"


def test_with_a_dct_every_weekday_reads_the_dct():
    got = days([SEPT_16, weekday(SUNDAY), weekday(MONDAY), weekday(SUNDAY)],
               dt.date(2016, 12, 16))
    assert got[1:] == [dt.date(2016, 12, 11), dt.date(2016, 12, 12), dt.date(2016, 12, 11)]


def test_the_next_day_still_counts_from_a_resolved_weekday():
    text = "في 16 أيلول 2014 بدأ الهجوم. وفي يوم الأحد تقدموا، وفي اليوم التالي انسحبوا"
    assert values(text)[1:] == ["2014-09-21", "2014-09-22"]
