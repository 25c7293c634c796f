from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic import clitics
from rasd.arabic.normalise import view
from rasd.arabic.tokenise import split, tokens


def test_tokens_keep_original_text_and_folded_norm():
    text = "قصفتْ «داعش» بالرّقة ٢٣/٢٤ تموز U.S."
    found = tokens(view(text))
    assert [t.text for t in found] == ["قصفتْ", "«", "داعش", "»", "بالرّقة", "٢٣/٢٤", "تموز",
                                       "U", ".", "S", "."]
    assert [t.kind for t in found][:6] == ["arabic", "mark", "arabic", "mark", "arabic", "number"]
    assert found[5].norm == "23/24"
    for t in found:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("word,expected", [
    ("بالرقة", ["ب", "ال", "رقة"]),
    ("للنظام", ["ل", "ل", "نظام"]),
    ("والنصرة", ["و", "ال", "نصرة"]),
    ("وزير", ["وزير"]),          # no article: a bare و is not split without a lexicon
    ("الأسد", ["ال", "أسد"]),
    ("بال", ["بال"]),            # stem too short
])
def test_split_without_lexicon_takes_only_article_readings(word, expected):
    v = view(word)
    (token,) = tokens(v)
    assert [p.text for p in split(token, v)] == expected


def test_split_with_a_lexicon_takes_bare_clitics():
    v = view("وداعش وزير")
    first, second = tokens(v)
    known = {"داعش"}.__contains__
    assert [p.role for p in split(first, v, known)] == ["و", "stem"]
    assert [p.text for p in split(second, v, known)] == ["وزير"]


def test_readings_list_the_longest_prefix_first_and_never_the_unsplit_word():
    readings = clitics.readings("وبالمطار")
    assert readings[0].clitic.parts == ("و", "ب", "ال") and readings[-1].clitic.parts == ("و",)


@given(st.text(max_size=100))
def test_tokens_quote_the_text_and_do_not_overlap(text):
    v = view(text)
    last = 0
    for t in tokens(v):
        assert text[t.start:t.end] == t.text
        assert t.start >= last and t.end > t.start
        last = t.end


@given(st.text(alphabet=st.sampled_from(list("والبكفلتنسرةىأـُّ")), min_size=1, max_size=12))
def test_split_pieces_tile_the_token(word):
    v = view(word)
    for token in tokens(v):
        pieces = split(token, v, lambda stem: True)
        assert pieces[0].start == token.start and pieces[-1].end == token.end
        for a, b in itertools.pairwise(pieces):
            assert a.end == b.start
        for p in pieces:
            assert word[p.start:p.end] == p.text


def test_split_of_a_token_starting_inside_a_ligature_stays_within_the_token():
    # ﷺ folds to «صلي الله عليه وسلم»; its last word glues onto the next one
    text = "ﷺوسلاح"
    v = view(text)
    token = tokens(v)[-1]
    assert (token.norm, token.start, token.end) == ("وسلموسلاح", 0, 6)
    pieces = split(token, v, {"سلموسلاح"}.__contains__)
    assert [p.role for p in pieces] == ["و", "stem"]
    assert pieces[0].start == token.start and pieces[-1].end == token.end
    assert pieces[-1].norm == "سلموسلاح"
