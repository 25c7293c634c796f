"""The grammar's entry point: every expression of a token list, in order, none overlapping."""

from __future__ import annotations

from itertools import pairwise

import pytest

from rasd.arabic import fold
from rasd.time.grammar import parse
from tests.time.conftest import scanned


def spans(text: str) -> list[str]:
    toks, normal = scanned(text)
    return [normal[e.start:e.end] for e in parse(toks, normal)]


@pytest.mark.parametrize("text,expected", [
    ("وقع الهجوم في 5 يناير 2014 وقتل 20", ["5 يناير 2014"]),
    ("قال أمس إن القرار 2170 صدر", ["امس"]),
    ("الساعة 10:30 مساء", ["الساعه 10:30 مساء"]),
    ("خلال عام 2011 ثم في 2012", ["2011", "2012"]),
    ("the attack on Tuesday, 19 August 2014 and two days later", [
        "tuesday, 19 august 2014", "two days later"]),
    ("لا شيء هنا", []),
])
def test_parse_reads_each_expression_once(text, expected):
    assert spans(text) == expected


def test_parse_expressions_do_not_overlap():
    toks, normal = scanned("يوم الثلاثاء الواقع في 19 من الشهر August 2014 وقبل ذلك بستة أيام")
    exprs = parse(toks, normal)
    assert all(a.end <= b.start for a, b in pairwise(exprs))


def modified(text: str) -> list[tuple[str, str | None]]:
    toks, normal = scanned(text)
    return [(normal[e.start:e.end], e.mod) for e in parse(toks, normal)]


@pytest.mark.parametrize("text,span,mod", [
    # the new user's report: the modifier was dropped from a month and year
    ("في منتصف آب 2014 قتل", "منتصف اب 2014", "MID"),
    ("في أواخر تموز 2014 قتل", "اواخر تموز 2014", "END"),
    # every kind of time a modifier may sit on: month, year, period, season, paired month
    ("في أوائل تموز/يوليو الجاري", "اوائل تموز/يوليو الجاري", "START"),
    ("بمطلع يونيو 2014", "مطلع يونيو 2014", "START"),
    ("في نهاية يونيو", "نهايه يونيو", "END"),
    ("منتصف الشهر الحالي", "منتصف الشهر الحالي", "MID"),
    ("مطلع العام الحالي", "مطلع العام الحالي", "START"),
    ("مطلع الخريف القادم", "مطلع الخريف القادم", "START"),
    ("أواخر يونيو (حزيران) الماضي", "اواخر يونيو (حزيران) الماضي", "END"),
    # a glue word between the modifier and the time
    ("في أواخر عام 2014", "اواخر عام 2014", "END"),
    ("منتصف شهر آب 2014", "منتصف شهر اب 2014", "MID"),
    # English
    ("in early March 2013", "early march 2013", "START"),
    ("until late 2012", "late 2012", "END"),
    ("by mid-February", "mid-february", "MID"),
    ("in the mid-1960s", "mid-1960s", "MID"),
])
def test_a_modifier_joins_the_span_of_the_time_it_modifies(text, span, mod):
    assert modified(text) == [(fold(span), mod)]


@pytest.mark.parametrize("text,expected", [
    ("في آب 2014", [("اب 2014", None)]),
    ("في منتصف الطريق يوم 5 آب 2014", [("يوم 5 اب 2014", None)]),  # not beside the time
    ("early on Wednesday", [("wednesday", None)]),  # TimeML: «early on» is left out
    ("منتصف ليل السبت", [("منتصف ليل السبت", None)]),  # a part of the day, not a modifier
])
def test_no_modifier_where_none_sits_on_the_time(text, expected):
    assert modified(text) == expected
