from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.web.periods import period


@pytest.mark.parametrize(("value", "first", "last", "precision"), [
    ("2014", "2014-01-01", "2014-12-31", "year"),
    ("2014-08", "2014-08-01", "2014-08-31", "month"),
    ("2014-08-19", "2014-08-19", "2014-08-19", "day"),
    ("2014-08-24TNI", "2014-08-24", "2014-08-24", "night"),
    ("2014-08-23TEV", "2014-08-23", "2014-08-23", "evening"),
    ("2014-08-23T14:30", "2014-08-23", "2014-08-23", "time"),
    ("2014-SU", "2014-06-01", "2014-08-31", "season"),
    ("2015-WI", "2015-12-01", "2016-02-29", "season"),
    ("2014-Q3", "2014-07-01", "2014-09-30", "quarter"),
    ("2014-W33", "2014-08-11", "2014-08-17", "week"),
    ("201X", "2010-01-01", "2019-12-31", "decade"),
    ("2014-08-19/2014-08", "2014-08-19", "2014-08-31", "range"),
])
def test_period_draws_each_precision_as_what_it_is(value, first, last, precision):
    p = period(value)
    assert (p.first.isoformat(), p.last.isoformat(), p.precision) == (first, last, precision)


@pytest.mark.parametrize("value", [None, "", "P10D", "XXXX-08", "2014-02-30", "2014-13",
                                   "2014-08/2014-07", "PRESENT_REF"])
def test_period_of_no_period_is_none(value):
    assert period(value) is None


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_period_of_any_day_is_that_day(day):
    assert period(day.isoformat()) == period(day.isoformat() + "TMO").__class__(day, day, "day")
