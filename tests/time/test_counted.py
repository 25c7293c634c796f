"""Quantities, durations and dates counted from another time."""

from __future__ import annotations

import pytest

from rasd.time.counted import duration, duration_value, quantity, relative
from tests.time.conftest import scanned


@pytest.mark.parametrize("text,expected", [
    ("عشرة أيام", (10, "D")),
    ("10 days", (10, "D")),
    ("3-day", (3, "D")),
    ("يومين", (2, "D")),
    ("ليلة واحدة", (1, "NIGHT")),
    ("سنوات", (None, "Y")),
    ("أقل من ساعة", (1, "H")),
])
def test_quantity_reads_a_number_and_its_unit(text, expected):
    toks, _ = scanned(text)
    found = quantity(toks, 0)
    assert found is not None and found[:2] == expected


def test_quantity_needs_a_word_asking_for_a_lone_singular():
    toks, _ = scanned("أسبوع")
    assert quantity(toks, 0) is None
    assert quantity(toks, 0, single=True)[:2] == (1, "W")


@pytest.mark.parametrize("n,unit,value", [
    (10, "D", "P10D"), (3, "W", "P3W"), (2, "H", "PT2H"), (5, "MIN", "PT5M"),
    (None, "Y", "PXY"), (1, "NIGHT", "P1D"),
])
def test_duration_value_is_a_timex3_duration(n, unit, value):
    assert duration_value(n, unit) == value


@pytest.mark.parametrize("text,shift", [
    ("قبل ذلك بستة أيام", (-6, "D", "ref")),
    ("بعد عشرة أيام على صدور القرار", (10, "D", "event")),
    ("قبل يومين", (-2, "D", "dct")),
])
def test_relative_counts_from_now_the_narrative_or_an_event(read, text, shift):
    expr, _ = read(relative, text)
    assert expr.shift == shift


def test_relative_since_is_a_duration(read):
    expr, span = read(relative, "منذ ثلاثة أيام")
    assert (expr.type, expr.value, span) == ("DURATION", "P3D", "ثلاثه ايام")


@pytest.mark.parametrize("text,value,shift", [
    ("لمدة ثلاثة أسابيع", "P3W", None),
    ("two days later", None, (2, "D", "ref")),
    ("three years ago", None, (-3, "Y", "dct")),
])
def test_duration_reads_lengths_and_counted_dates(text, value, shift):
    toks, normal = scanned(text)
    at = next(i for i, t in enumerate(toks) if t.starts and (t.number or t.value("number")))
    expr, _ = duration(toks, at, normal)
    assert (expr.value, expr.shift) == (value, shift)


def test_duration_not_after_a_blocker(read):
    assert read(duration, "القرار 2 يوم", at=1) is None
