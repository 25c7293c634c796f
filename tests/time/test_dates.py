"""Calendar dates in any order, and numeric dates."""

from __future__ import annotations

import pytest

from rasd.arabic import fold
from rasd.time.dates import date, numeric
from tests.time.conftest import scanned


def read_date(text: str):
    toks, normal = scanned(text)
    found = date(toks, 0)
    if not found:
        return None
    return [((e.year, e.month, e.day, e.weekday), normal[e.start:e.end]) for e in found[0]]


@pytest.mark.parametrize("text,ymdw", [
    ("5 كانون الثاني 2014", (2014, 1, 5, None)),
    ("19 August 2014", (2014, 8, 19, None)),
    ("August 19, 2014", (2014, 8, 19, None)),
    ("الثلاثاء 19 آب 2014", (2014, 8, 19, 1)),
    ("يوم الثلاثاء الواقع في 19 من الشهر August 2014", (2014, 8, 19, 1)),
    ("حزيران / يونيو 2014", (2014, 6, None, None)),
    ("15/8/2014", (2014, 8, 15, None)),
    ("الأول من كانون الأول", (None, 12, 1, None)),
])
def test_date_reads_weekday_day_month_year_in_any_order(text, ymdw):
    got = read_date(text)
    assert got is not None and got[0][0] == ymdw


def test_date_range_is_two_dates():
    got = read_date("10 – 28 August 2014")
    assert [g[0] for g in got] == [(2014, 8, 10, None), (2014, 8, 28, None)]


def test_date_of_the_month_takes_the_narratives_month():
    toks, _ = scanned("19 من الشهر")
    (expr,), _ = date(toks, 0)
    assert (expr.day, expr.month, expr.month_from_ref) == (19, None, True)


@pytest.mark.parametrize("text", ["مارس", "19", "the 5"])
def test_date_needs_more_than_a_bare_number_or_weak_month(text):
    assert read_date(text) is None


def test_date_leaves_leading_english_words_out_of_its_span():
    assert read_date("on 5 May 2014")[0][1] == "5 may 2014"


@pytest.mark.parametrize("form,expected", [
    ("15/8/2014", {"year": 2014, "month": 8, "day": 15}),
    ("2014-08-15", {"year": 2014, "month": 8, "day": 15}),
    ("8/15/2014", {"year": 2014, "month": 8, "day": 15}),
    ("15/8/14", {"year": 2014, "month": 8, "day": 15}),
    ("23/24", {"day": 23, "night": 1}),
    ("23/25", None), ("31/13/2014", None), ("1.5", None),
])
def test_numeric_dates(form, expected):
    assert numeric(form) == expected


@pytest.mark.parametrize("text,ymd", [
    ("24 اغسطس آب عام 2014", (2014, 8, 24)),
    ("24 آب/أغسطس عام 2014", (2014, 8, 24)),
    ("24 آب / أغسطس سنة 2014", (2014, 8, 24)),
    ("24 أيلول سبتمبر من عام 2014", (2014, 9, 24)),
    ("تموز - يوليو عام 2014", (2014, 7, None)),
    ("24 أغسطس آب، 2014", (2014, 8, 24)),
])
def test_a_doubled_month_takes_the_glue_a_single_month_takes(text, ymd):
    """The second spelling of a month stands where the month stood: «عام», «من» and
    a comma after it still lead to the year."""
    got = read_date(text)
    assert got is not None and got[0][0][:3] == ymd and got[0][1] == fold(text)


@pytest.mark.parametrize("text,ymdw", [
    ("يوم الإثنين (6 أكتوبر 2014)", (2014, 10, 6, 0)),
    ("الإثنين (6 أكتوبر / تشرين الأول 2014)", (2014, 10, 6, 0)),
    ("Monday (6 October 2014)", (2014, 10, 6, 0)),
])
def test_a_weekday_takes_its_date_in_brackets_both_brackets_kept(text, ymdw):
    got = read_date(text)
    assert got is not None and got[0] == (ymdw, fold(text))


def test_a_weekday_before_brackets_that_hold_no_date_is_the_weekday_alone():
    assert read_date("يوم الأحد (5 قتلى)") == [((None, None, None, 6), "يوم الاحد")]
