"""Clock times and parts of the day, alone or joined to a day."""

from __future__ import annotations

import pytest

from rasd.time.clock import clock, dated, with_part


@pytest.mark.parametrize("text,hour,minute,part", [
    ("الساعة العاشرة صباحا", 10, 0, "MO"),
    ("الساعة 10:30", 10, 30, None),
    ("10:30 مساء", 10, 30, "EV"),
    ("at 9 pm", 9, 0, "AF"),
    ("الساعة الثالثة إلا ربعا", 2, 45, None),
    ("الساعة 18.02", 18, 2, None),
])
def test_clock_reads_hour_minute_and_part(read, text, hour, minute, part):
    expr, _ = read(clock, text)
    assert (expr.type, expr.hour, expr.minute, expr.part) == ("TIME", hour, minute, part)


def test_clock_of_a_day_takes_the_day(read):
    expr, _ = read(clock, "الساعة 12:59 من صباح أمس")
    assert (expr.hour, expr.deictic, expr.part) == (12, (-1, "D"), "MO")


def test_clock_needs_a_clock(read):
    assert read(clock, "at 9") is None


@pytest.mark.parametrize("text,part,span", [
    ("مساء ذلك اليوم", "EV", "مساء ذلك اليوم"), ("صباح أمس", "MO", "صباح امس"),
    ("ليلة 23/24 تموز", "NI", "ليله 23/24 تموز"),
])
def test_with_part_puts_a_part_of_the_day_on_a_day(read, text, part, span):
    expr, got = read(with_part, text)
    assert (expr.part, got) == (part, span)


def test_with_part_reads_a_bracketed_weekday(read):
    expr, _ = read(with_part, "فجر (الأحد)")
    assert (expr.part, expr.weekday) == ("MO", 6)


def test_dated_takes_a_part_or_clock_after_the_date(read):
    [(expr, span)] = read(dated, "Saturday morning")
    assert (expr.weekday, expr.part, span) == (5, "MO", "saturday morning")
    [(expr, _)] = read(dated, "19 August 2014 19:14")
    assert (expr.day, expr.hour, expr.minute) == (19, 19, 14)
