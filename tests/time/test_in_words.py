"""TIMEX3 values in English words, for the summary a journalist reads."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.time.in_words import UNRESOLVED, in_words
from tests.conftest import ROOT


@pytest.mark.parametrize("value,type_,words", [
    ("2014-07-23TNI", "DATE", "night of Wednesday 23 July 2014"),
    ("2014-08-19", "DATE", "Tuesday 19 August 2014"),
    ("2014-08", "DATE", "August 2014"),
    ("2014", "DATE", "2014"),
    ("199", "DATE", "the 1990s"),
    ("19", "DATE", "the 20th century"),
    ("2011-SP", "DATE", "spring 2011"),
    ("2014-FA", "DATE", "autumn 2014"),
    ("XXXX-FA", "DATE", "autumn, year not stated"),
    ("2015-Q1", "DATE", "first quarter 2015"),
    ("2015-07-26TMO", "DATE", "morning of Sunday 26 July 2015"),
    ("2015-08-10TEV", "DATE", "evening of Monday 10 August 2015"),
    ("2015-07-21T10:00", "TIME", "10:00 on Tuesday 21 July 2015"),
    ("2015-W29", "DATE", "the week of Monday 13 July 2015"),
    ("XXXX-08-27", "DATE", "27 August, year not stated"),
    ("XXXX-07-18TMO", "DATE", "morning of 18 July, year not stated"),
    ("XXXX-06", "DATE", "June, year not stated"),
    ("XXXX", "DATE", "a year not stated"),
    ("XXXX-XX-XX", "DATE", "a day, date not stated"),
    ("XXXX-XX-XXTNI", "DATE", "a night, date not stated"),
    ("2014-08-XX", "DATE", "a day in August 2014"),
    ("2014-04-31", "DATE", "31 April 2014"),  # the text's impossible date, as written
    ("P10D", "DURATION", "10 days"),
    ("P1D", "DURATION", "1 day"),
    ("P3W", "DURATION", "3 weeks"),
    ("P9M", "DURATION", "9 months"),
    ("PT5M", "DURATION", "5 minutes"),
    ("PT24H", "DURATION", "24 hours"),
    ("P1Y6M", "DURATION", "1 year, 6 months"),
    ("PXY", "DURATION", "some years"),
    ("PTXH", "DURATION", "some hours"),
    ("P1D", "SET", "every day"),
    ("P2W", "SET", "every 2 weeks"),
    ("PT12H", "SET", "every 12 hours"),
    ("XXXX-XX-XXTNI", "SET", "every night"),
    ("XXXX-08-15", "SET", "every 15 August"),
    ("PRESENT_REF", "DATE", "the present (now, currently)"),
    ("PAST_REF", "DATE", "the recent past (recently)"),
    ("FUTURE_REF", "DATE", "the future (soon)"),
    (None, "DATE", UNRESOLVED),
])
def test_in_words_reads_each_shape(value, type_, words):
    assert in_words(value, type_) == words


@pytest.mark.parametrize("value", ["garbage", "P", "2014-08-19TZZ", "2015-W99", "", "XXX"])
def test_in_words_none_for_a_shape_rasd_does_not_write(value):
    assert in_words(value, "DATE") is None


def _gold_values() -> list[tuple[str, str | None]]:
    found = set()
    for line in (ROOT / "bench" / "data" / "times_gold.jsonl").read_text("utf-8").splitlines():
        found.update((t["type"], t["value"]) for t in json.loads(line)["times"])
    return sorted(found, key=str)


def test_in_words_has_words_for_every_value_of_the_gold_set():
    """Issue 14 item 9: the summary showed bare codes (2014-07-23TNI); every value the
    hand-checked gold set holds, of every shape, must read as words with no code left."""
    values = _gold_values()
    assert len(values) > 300
    for type_, value in values:
        words = in_words(value, type_)
        assert words, f"no words for {type_} {value}"
        assert not any(code in words for code in ("TNI", "TMO", "TEV", "XXXX", "_REF", "PT")), (
            value, words)


@given(st.text(max_size=30), st.sampled_from(["DATE", "TIME", "DURATION", "SET", None]))
def test_in_words_never_raises(value, type_):
    assert in_words(value, type_) is None or isinstance(in_words(value, type_), str)


@given(st.from_regex(r"[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?(T(MO|AF|EV|NI|DT|\d\d:\d\d))?",
                     fullmatch=True))
def test_in_words_any_calendar_shape_reads_or_is_refused(value):
    assert in_words(value, "DATE") is None or isinstance(in_words(value, "DATE"), str)
