"""Month names cut short or misspelt, read as months only beside a day or a year."""

from __future__ import annotations

import pytest

from rasd import arabic
from rasd.arabic import fold
from rasd.model import Document
from rasd.time import tag
from tests.time.conftest import scanned


def values(text: str) -> list[tuple[str, str | None]]:
    doc = Document.make(text, "t.txt", published="2015-07-21")
    return [(t.text, t.value) for t in tag(doc, arabic.prepare(doc)).times]


def month_of(text: str, word: str) -> str | None:
    toks, _ = scanned(text)
    tok = next(t for t in toks if t.form == fold(word))
    return tok.value("month")


@pytest.mark.parametrize("text,expected", [
    ("يوم السبت 23 2014 Augus", [("يوم السبت 23 2014 Augus", "2014-08-23")]),
    ("on Septem 5, 2014 the town fell", [("Septem 5, 2014", "2014-09-05")]),
    ("the Novmber 2013 talks", [("Novmber 2013", "2013-11")]),
    ("وقع الهجوم في 5 ديسمب 2014", [("5 ديسمب 2014", "2014-12-05")]),
    ("في 12 سبتمبير 2013 أعلن", [("12 سبتمبير 2013", "2013-09-12")]),
    ("حتى 30 حزيرن", [("30 حزيرن", "2015-06-30")]),
])
def test_a_misspelt_month_beside_a_day_or_year_is_a_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,word", [
    ("Septem said 5 people died", "Septem"),     # two words from the number
    ("اجتمع ديسمب مع 5 أعضاء", "ديسمب"),
    ("ويليه 5 مرشحين", "ويليه"),                  # beside a number, but not a month
    ("Augusta 2014", "Augusta"),
])
def test_a_word_not_beside_a_day_or_year_or_not_close_enough_is_no_month(text, word):
    assert month_of(text, word) is None


def test_a_misspelt_month_needs_a_day_or_year_number():
    assert month_of("Septem 500", "Septem") is None
    assert month_of("Septem 32", "Septem") is None
    assert values("Septem 500 soldiers") == []
