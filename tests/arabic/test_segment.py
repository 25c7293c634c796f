from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic.normalise import view
from rasd.arabic.segment import sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(view(text))]


@pytest.mark.parametrize("text,expected", [
    ("قصفت الطائرات المدينة. ونزح السكان!", ["قصفت الطائرات المدينة.", "ونزح السكان!"]),
    ("ماذا حدث؟ لا أحد يعرف", ["ماذا حدث؟", "لا أحد يعرف"]),
    ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
    ("بلغت النسبة 3.5 بالمئة. ثم", ["بلغت النسبة 3.5 بالمئة.", "ثم"]),
    ("U.S. forces said so. Then left.", ["U.S. forces said so.", "Then left."]),
    ('قال: "انتهى الأمر." ثم غادر', ['قال: "انتهى الأمر."', "ثم غادر"]),
    ("  \n\n  ", []),
    ("في عام 2014. بعده", ["في عام 2014.", "بعده"]),
])
def test_sentences(text, expected):
    assert texts(text) == expected


@given(st.text(max_size=120))
def test_sentences_quote_the_text_in_order(text):
    found = sentences(view(text))
    last = 0
    for s in found:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last
        last = s.end
