"""The time lexicon read from data/time."""

from __future__ import annotations

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
