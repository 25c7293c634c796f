from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import ingest
from rasd.ingest import UNDATED, fields
from rasd.ingest.item import Raw
from tests.conftest import shared

TABLE = """id,headline,article_content,date,url,source
1,قصف على حلب,"قصفت الطائرات أحياء حلب الشرقية، ""بحسب ناشطين"".",4/16/2017,https://x.example/1,nna
2,Empty row,,4/5/2017,,nna
3,Aid convoy,"A convoy of 35 trucks entered the town, the UN said.",4/7/2017,,sana
"""


def read(text: str, name: str = "articles.csv", **options):
    return list(ingest.read_raw(Raw.of(name, text.encode("utf-8")), **options))


def test_a_table_gives_one_document_per_row_with_its_columns():
    first, empty, third = read(TABLE)
    doc = first.document
    assert doc.reader == "table" and doc.title == "قصف على حلب"
    assert doc.text == 'قصفت الطائرات أحياء حلب الشرقية، "بحسب ناشطين".'
    assert doc.published == "2017-04-16" and doc.source == "https://x.example/1"
    assert empty.error.message == "articles.csv#row2: row 2 has no text"
    assert third.document.published == "2017-04-07"  # 4/16 settled month/day for the file
    assert third.document.source == "articles.csv#row3" and third.document.language == "en"


def test_ambiguous_day_month_dates_are_left_empty_with_a_warning():
    (item,) = read("text,date\nنص الخبر,4/5/2017\n")
    assert item.document.published is None
    assert item.document.warnings == (
        "the date '4/5/2017' could be day/month or month/day; published left empty", UNDATED)


def test_tsv_and_semicolons_are_read():
    assert read("title\ttext\nt\tنص\n", "a.tsv")[0].document.text == "نص"
    assert read("title;body\nt;نص آخر\n")[0].document.text == "نص آخر"


@pytest.mark.parametrize("text,name", [
    ("name,value\nحلب,3\n", "a.csv"),
    ("id\tyear\tside_a\n1\t2016\tGovernment of Syria\n", "b.tsv"),
])
def test_a_table_without_a_text_column_is_refused_with_its_columns(text, name):
    """Issue 14, item 6: never read silently as one plain text document."""
    (item,) = read(text, name)
    assert item.document is None
    columns = ", ".join(repr(c) for c in text.split("\n")[0].replace("\t", ",").split(","))
    assert item.error.message == (
        f"{name}: a table without a text column; its columns are {columns}; name the one "
        "holding the text with --text-column NAME (known names: data/ingest/fields.tsv)")


def test_the_text_column_can_be_named():
    (item,) = read("name,note\nحلب,قصفت الطائرات المدينة.\n", text_column="note")
    assert item.document.reader == "table" and item.document.text == "قصفت الطائرات المدينة."
    (item,) = read("text,note\nأول,ثان\n", text_column="note")
    assert item.document.text == "ثان"  # over the name fields.tsv knows
    (item,) = read("name,note\nحلب,نص\n", text_column="notes")
    assert item.error.message == "articles.csv: no column 'notes' (--text-column); its columns " \
                                 "are 'name', 'note'"


def test_the_ucdp_ged_export_is_refused_naming_its_columns_or_read_by_a_named_column():
    path = shared("data/ucdp-ged-syria-2016-2017/ged_syria_2016_2017.csv")
    (item,) = ingest.read([str(path)])
    assert item.error.message.startswith(f"{path}: a table without a text column; its "
                                         "columns are 'id', 'year', 'active_year',")
    assert "and 11 more; name the one holding the text with --text-column" in item.error.message
    items = list(ingest.read([str(path)], text_column="source_headline"))
    assert len(items) == 11757 and all(i.document for i in items)  # "" quotes read right
    assert items[0].document.text == "14 shells hit Dahya al-Assad an clashes continue around " \
                                     "Ter Ma’la"


def test_the_fa_kes_dataset_reads_as_804_dated_articles():
    path = shared("data/fa-kes/FA-KES-Dataset.csv")
    items = list(ingest.read([str(path)]))
    assert len(items) == 804 and all(i.error is None for i in items)
    assert all(i.document.published for i in items)
    assert items[0].document.title.startswith("Syria attack symptoms")


@pytest.mark.parametrize("names,expected", [
    (["ID", "Article Content", "Headline", "Date"],
     {"text": "Article Content", "title": "Headline", "published": "Date"}),
    (["body", "content"], {"text": "content"}),  # the table's order of preference
    (["x", "y"], {}),
])
def test_fields_match_column_names(names, expected):
    assert fields.match(names) == expected


@given(st.lists(st.sampled_from(["4/16/2017", "16/4/2017", "1/2/2017", "", "x", "2017-04-16"]),
                max_size=6))
def test_slash_order_never_contradicts_a_value(values):
    order = fields.slash_order(values)
    for value in values:
        day, _ = fields.read_date(value, order)
        assert day in (None, "2017-04-16", "2017-01-02", "2017-02-01")


@pytest.mark.parametrize("text,name,problem", [
    ('title,text\nt1,"The army said\nt2,Second row\n', "a.csv", "the table breaks"),
    ("title,text,date\nT1,The army, backed by militias, took the town,2017-01-01\n", "a.csv",
     "row 1 has more cells than the header"),
    ("title,text\n", "a.csv", "a header but no rows"),
    ("title,text,text\nt,first,second\n", "a.csv", "the column 'text' appears twice"),
])
def test_a_table_that_would_lose_text_says_so(text, name, problem):
    items = read(text, name)
    assert any(i.error is not None and problem in i.error.message for i in items)
    assert all(i.document is None for i in items)


def test_tsv_without_quoting_keeps_quote_marks():
    (item,) = read('title\ttext\nt\t"We will not leave" said the mayor.\n', "a.tsv")
    assert item.document.text == '"We will not leave" said the mayor.'


@pytest.mark.parametrize("value,order,expected", [
    ("04-16-2017", None, "2017-04-16"),
    ("05-04-2017", "mdy", "2017-05-04"),
    ("2017/04/16", None, "2017-04-16"),
    ("16.04.2017", None, "2017-04-16"),
    ("April 16, 2017", None, "2017-04-16"),
])
def test_read_date_forms(value, order, expected):
    assert fields.read_date(value, order) == (expected, None)


def test_a_single_text_column_is_a_table():
    first, second = read("text\nنص أول\nنص ثان\n")
    assert first.document.reader == "table" and second.document.text == "نص ثان"
