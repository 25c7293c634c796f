from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import NoText
from rasd.ingest import text as reader
from rasd.ingest.text import parse_page

CHROME_AND_BODY = ["الصفحات", "ليست هناك تعليقات:", "إرسال تعليق"]


def read_one(text: str):
    (item,) = reader.read(text, "x.txt")
    return item.document


def test_worked_example_reads_date_title_and_keeps_chrome_out(example):
    text = example.read_text("utf-8")
    doc = read_one(text)
    assert doc.published == "2016-12-16"
    assert doc.title == 'في العلاقات السرية بين "نظام الاسد" و"داعش"'
    for chrome in CHROME_AND_BODY:
        assert chrome not in doc.text
    assert doc.text.startswith("خطة النظام بدأت")
    assert doc.text.endswith("تم إعدامهم خلال يومين .")
    assert doc.language == "ar" and doc.reader == "text"


def test_copied_page_body_is_a_slice_of_the_text():
    text = "Pages\n\nFriday, December 16, 2016\n\nA title\n\nBody one.\nBody two.\n\nNo comments:\n"
    page = parse_page(text)
    assert text[page.start:page.end] == "Body one.\nBody two."
    assert (page.title, page.published) == ("A title", "2016-12-16")


def test_title_before_date_line_is_read_too():
    page = parse_page("عنوان الخبر\n16 كانون الأول 2016\nنص الخبر هنا.\n")
    assert (page.title, page.published) == ("عنوان الخبر", "2016-12-16")


def test_everything_after_the_first_footer_line_is_chrome():
    text = "16 ديسمبر 2016\nعنوان\nنص.\nإرسال تعليق\nرسالة أحدث\nشريط جانبي\n"
    doc = read_one(text)
    assert doc.text == "نص."


def test_plain_text_is_taken_whole_without_guessing():
    text = "\n  قالت مصادر إن الاشتباكات تجددت.\nثم توقفت.  \n"
    doc = read_one(text)
    assert doc.text == "قالت مصادر إن الاشتباكات تجددت.\nثم توقفت."
    assert doc.title is None and doc.published is None


def test_a_date_in_a_sentence_is_not_a_publication_date():
    doc = read_one("في 16 ديسمبر 2016 قصفت الطائرات المدينة.\nوسقط ضحايا.")
    assert doc.published is None and doc.title is None


def test_date_and_title_alone_keep_their_text():
    doc = read_one("16 ديسمبر 2016\nعنوان وحيد\n")
    assert doc.text == "16 ديسمبر 2016\nعنوان وحيد"


@pytest.mark.parametrize("text", ["الصفحات\n\nليست هناك تعليقات:\nإرسال تعليق\n", "Pages\n"])
def test_chrome_only_has_no_text(text):
    with pytest.raises(NoText, match=r"x\.txt"):
        read_one(text)


LINES = st.sampled_from(["الصفحات", "Pages", "", "  ", "الجمعة، 16 ديسمبر 2016",
                         "عنوان قصير", "ليست هناك تعليقات:", "إرسال تعليق",
                         "قالت مصادر إن الاشتباكات تجددت.", "x" * 300, "\u00a0"])


@given(st.lists(LINES, max_size=12))
def test_parse_page_body_is_a_trimmed_slice(lines):
    text = "\n".join(lines)
    page = parse_page(text)
    assert 0 <= page.start <= page.end <= len(text)
    body = text[page.start:page.end]
    assert body == body.strip()
    assert page.published in (None, "2016-12-16")
    if page.title is not None:
        assert page.title in ("عنوان قصير", "قالت مصادر إن الاشتباكات تجددت.")


def test_a_dateline_then_a_sentence_is_not_a_title():
    page = parse_page("16 ديسمبر 2016\nقصفت الطائرات المدينة صباح اليوم.\nوسقط ضحايا.")
    assert (page.title, page.published) == (None, "2016-12-16")


def test_a_wrong_weekday_on_the_date_line_is_a_warning():
    (item,) = reader.read("Monday, December 16, 2016\nA title\nBody.", "x.txt")
    assert item.document.published == "2016-12-16"
    assert item.document.warnings == ("the date line says Monday but 2016-12-16 was a Friday; "
                                      "the date is kept",)


@pytest.mark.parametrize("share", ["مشاركة", "Share"])
def test_a_share_line_above_the_article_loses_nothing(share):
    text = f"الأحد، 20 نوفمبر 2016\n\nغارات على حلب\n\n{share}\n\nقتل خمسة مدنيين.\n\nوقال المرصد."
    doc = read_one(text)
    assert doc.title == "غارات على حلب" and doc.published == "2016-11-20"
    assert doc.text.endswith("قتل خمسة مدنيين.\n\nوقال المرصد.")


def test_trailing_links_after_the_article_are_chrome():
    doc = read_one("نص الخبر.\nرسالة أحدث\nرسالة أقدم\nالصفحة الرئيسية\n")
    assert doc.text == "نص الخبر."


def test_an_impossible_date_line_is_kept_out_of_the_body_with_a_warning():
    (item,) = reader.read("الجمعة، 31 شباط 2017\nعنوان\nنص الخبر.", "x.txt")
    doc = item.document
    assert (doc.published, doc.title, doc.text) == (None, "عنوان", "نص الخبر.")
    assert doc.warnings == ("the date line 'الجمعة، 31 شباط 2017' names a day that does not "
                            "exist; published left empty",)
