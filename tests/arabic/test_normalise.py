from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic.normalise import fold, load_folding, view


@pytest.mark.parametrize("original,folded", [
    ("أإآٱا", "ااااا"),
    ("مستشفى", "مستشفي"),
    ("الرقة", "الرقه"),
    ("مؤتمر رئيس", "موتمر رييس"),
    ("مُحَمَّدٌ", "محمد"),
    ("الـــرقة", "الرقه"),
    ("٢٠١٤ و ۱۹", "2014 و 19"),
    ("أ\u00a0ب\u202fج", "ا ب ج"),
    ("\u200fمرحبا\u200e\u2067x\u2069", "مرحباx"),
    ("ﻻ", "لا"),
    ("ISIS", "isis"),
    ("«داعش»", '"داعش"'),
    ("کیف", "كيف"),
    ("نعم، لا؛ ماذا؟", "نعم, لا; ماذا?"),
])
def test_fold_cases(original, folded):
    assert fold(original) == folded
    assert view(original).normal == folded


def test_folding_table_is_stable_under_a_second_fold():
    table = load_folding().table
    for replacement in table.values():
        assert replacement.translate(table) == replacement


def test_span_maps_back_over_deleted_marks():
    text = "\u200fفي العلاقاتُ السرّية"
    v = view(text)
    n = v.normal.index("العلاقات")
    span = v.original_span(n, n + len("العلاقات"))
    assert span.text == "العلاقاتُ"  # the trailing damma belongs to the word
    assert text[span.start:span.end] == span.text


def test_span_inside_an_expansion_covers_the_whole_ligature():
    v = view("xﻻy")
    assert v.normal == "xلاy"
    assert v.original_span(1, 2).text == "ﻻ"
    assert v.original_span(2, 3).text == "ﻻ"
    assert v.original_span(0, 4).text == "xﻻy"


def test_empty_span_maps_to_an_empty_span():
    v = view("أبـــت")
    assert v.original_span(2, 2).text == ""


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 2), (0, 99)])
def test_span_outside_the_text_is_refused(start, end):
    with pytest.raises(ValueError):
        view("abc").original_span(start, end)


arabicish = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list("\u00a0\u200f\u200e\u0640\ufeff\u202a ﻻﷺ \n.ab٣")),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@given(arabicish, st.data())
def test_every_folded_span_maps_back_exactly(text, data):
    v = view(text)
    i = data.draw(st.integers(0, len(v.normal)))
    j = data.draw(st.integers(i, len(v.normal)))
    span = v.original_span(i, j)
    assert text[span.start:span.end] == span.text
    assert 0 <= span.start <= span.end <= len(text)
    assert v.normal[i:j] in fold(span.text)


@given(arabicish)
def test_offset_maps_are_monotonic_and_agree(text):
    v = view(text)
    back = [v.original_offset(n) for n in range(len(v.normal) + 1)]
    assert back == sorted(back)
    forward = [v.normal_offset(o) for o in range(len(text) + 1)]
    assert forward == sorted(forward)
    assert forward[0] == 0 and forward[-1] == len(v.normal)
    for n in range(len(v.normal)):
        assert v.normal_offset(v.original_offset(n)) <= n


LETTERS = [chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]]


@given(st.text(alphabet=st.sampled_from(LETTERS), max_size=50))
def test_plain_letters_map_one_to_one(text):
    v = view(text)
    assert len(v.normal) == len(text)
    assert all(v.original_offset(n) == n for n in range(len(text)))
