"""Words that count from the publication date or the narrative, seasons, sets."""

from __future__ import annotations

import pytest

from rasd.arabic import fold
from rasd.time.deixis import anaphor, deictic, fixed, period, season


@pytest.mark.parametrize("text,days,weekday,part,span", [
    ("أمس", -1, None, None, "امس"),
    ("أمس الأحد", -1, 6, None, "امس الاحد"),
    ("اليوم (الثلاثاء)", 0, 1, None, "اليوم (الثلاثاء)"),
    ("yesterday morning", -1, None, "MO", "yesterday morning"),
])
def test_deictic_reads_the_day_and_what_follows(read, text, days, weekday, part, span):
    expr, got = read(deictic, text)
    assert (expr.deictic, expr.weekday, expr.part, got) == ((days, "D"), weekday, part, span)


def test_deictic_before_a_date_takes_the_date(read):
    expr, _ = read(deictic, "أمس 20 يوليو")
    assert (expr.month, expr.day, expr.deictic) == (7, 20, None)


@pytest.mark.parametrize("text,day", [
    ("اليوم الإثنين (6 أكتوبر / تشرين الأول 2014)", 6),
    ("أمس الأحد، 5 أكتوبر 2014", 5),
    ("أمس الأحد 5 أكتوبر", 5),
])
def test_deictic_and_weekday_before_their_date_take_the_date(read, text, day):
    """The date the text gives, weekday and all, not the publication date."""
    expr, got = read(deictic, text)
    assert (expr.month, expr.day, expr.deictic, got) == (10, day, None, fold(text))
    assert expr.weekday is not None


def test_deictic_not_before_a_word_that_makes_it_a_name(read):
    assert read(deictic, "اليوم العالمي") is None


@pytest.mark.parametrize("text,days,part", [
    ("ذلك اليوم", 0, None), ("اليوم التالي", 1, None), ("the next day", 1, None),
    ("تلك الليلة", 0, "NI"),
])
def test_anaphor_counts_days_from_the_narrative(read, text, days, part):
    expr, _ = read(anaphor, text)
    assert (expr.anaphor, expr.part) == (days, part)


@pytest.mark.parametrize("text,deictic", [
    ("العام الماضي", (-1, "Y")), ("هذا الأسبوع", (0, "W")), ("last month", (-1, "M")),
])
def test_period_counts_units_from_the_publication_date(read, text, deictic):
    assert read(period, text)[0].deictic == deictic


def test_period_needs_a_direction(read):
    assert read(period, "العام") is None


@pytest.mark.parametrize("text,name,year,direction", [
    ("ربيع العام 2011", "SP", 2011, None), ("spring of 2011", "SP", 2011, None),
    ("الصيف الماضي", "SU", None, -1),
])
def test_season_with_a_year_or_a_direction(read, text, name, year, direction):
    expr, _ = read(season, text)
    assert (expr.season, expr.year, expr.direction) == (name, year, direction)


@pytest.mark.parametrize("text,type_,value", [
    ("حاليا", "DATE", "PRESENT_REF"), ("يوميا", "SET", "P1D"), ("التسعينات", "DATE", "199"),
])
def test_fixed_words_are_their_value(read, text, type_, value):
    expr, _ = read(fixed, text)
    assert (expr.type, expr.value) == (type_, value)
