"""The time lexicon read from data/time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic import fold
from rasd.time.lexicon import load, tokens


def test_month_names_are_one_word_names_as_written():
    names = dict(load().month_names)
    assert names["august"] == 8 and names[fold("سبتمبر")] == 9 and names[fold("شباط")] == 2
    assert "aug" not in names and "febuary" not in names   # abbreviation, misspelling rows
    assert fold("سبتمير") not in names
    assert all(len(tokens(name)) == 1 for name in names)


def test_glue_rows_carry_what_they_may_follow():
    entries = load().kinds(fold("الموافق"))
    assert any(e.kind == "glue" and "weekday" in e.value for e in entries)


@pytest.mark.parametrize("text,expected", [
    ("15,2014", ["15", ",", "2014"]),             # a day and a year, not one number
    ("2014-08-19 23/24 3.5", ["2014-08-19", "23/24", "3.5"]),
    ("mid-august o'clock", ["mid", "-", "august", "o", "'", "clock"]),
    ("il-76 f-16s", ["il", "-", "76", "f", "-", "16", "s"]),
    ("وaugust 15", ["و", "august", "15"]),           # the text layer's split of mixed runs
])
def test_the_scanners_tokens_cut_the_layers_at_commas_and_hyphens(text, expected):
    assert tokens(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab1,-'’ .:/")), max_size=30))
def test_the_scanners_tokens_are_the_old_time_regex_on_latin_and_digits(text):
    old = re.compile(r"\d+(?:[:/.\-]\d+)*|[^\W\d_]+|[^\w\s]")
    assert tokens(text) == old.findall(text)
