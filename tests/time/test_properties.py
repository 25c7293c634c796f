"""Properties of the time stage on any text: offsets hold, values are TIMEX3-shaped."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rasd import arabic
from rasd.model import Document
from rasd.time import tag

VALUE = re.compile(
    r"^(?:\d{2,4}|X{4})(?:-(?:\d{2}|SP|SU|FA|WI|W\d{2})(?:-\d{2})?)?"
    r"(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?$"
    r"|^P(?:T?(?:\d+|X)[DWMYH]|(?:\d+|X)DE)$|^(?:PRESENT|PAST|FUTURE)_REF$")
PIECES = ["في", "يوم", "الثلاثاء", "19", "من", "الشهر", "August", "2014", "آب", "/", "أغسطس",
          "قبل", "ذلك", "بستة", "أيام", "أمس", "الماضي", "ليلة", "23/24", "تموز", "،", "(",
          "أي", "بعد", "عشرة", "على", "الساعة", "10:30", "مساء", "1436", "هـ", "٢٠١٤",
          "\u00a0", "\u0640", "ً", "last", "week", "two", "days", "later", "31", "نيسان", ".",
          "0", "00", "13", "/", "-", "م", "هجرية", "263", "30", "صفر", "1343"]


@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([None, "2015-07-21"]))
def test_offsets_and_values_on_any_mix_of_time_words(pieces, published):
    text = " ".join(pieces)
    doc = Document.make(text, "t.txt", published=published)
    layer = tag(doc, arabic.prepare(doc))
    for t in layer.times:
        assert text[t.start:t.end] == t.text and t.text.strip() == t.text
        assert t.value is None or VALUE.match(t.value), t.value
    for f in layer.findings:
        assert all(0 <= s < e <= len(text) for s, e in f.spans)


@given(st.text(max_size=300))
def test_any_text_is_tagged_without_error(text):
    doc = Document.make(text, "t.txt", published="2016-12-16")
    layer = tag(doc, arabic.prepare(doc))
    for t in layer.times:
        assert text[t.start:t.end] == t.text
