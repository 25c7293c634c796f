from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.errors import NoText
from rasd.ingest import html, read_raw
from rasd.ingest.folders import load
from rasd.ingest.html import to_text
from tests.conftest import FIXTURES


def test_article_page_gives_text_title_author_and_date():
    (item,) = read_raw(load(str(FIXTURES / "article.html")))
    doc = item.document
    assert doc.reader == "html"
    assert doc.title == "Aid convoy reaches besieged town"
    assert doc.author == "Jane Reporter"
    assert doc.published == "2016-02-17"
    assert doc.text.startswith("A convoy of 35 trucks") and "about a month" in doc.text
    assert "All rights reserved" not in doc.text and doc.language == "en"


def test_truncated_html_still_gives_its_text():
    page = (FIXTURES / "article.html").read_text("utf-8")
    cut = page[: page.index("Residents described")]
    (item,) = read_raw(load_bytes(cut.encode(), "cut.html"))
    assert item.error is None
    assert "convoy of 35 trucks" in item.document.text


def test_html_without_article_text_is_a_clear_failure():
    (item,) = read_raw(load_bytes(b"<html><body><div></div></body></html>", "blank.html"))
    assert isinstance(item.error, NoText)
    assert item.error.message == "blank.html: no article text found in the HTML"


def test_fragment_keeps_every_paragraph():
    assert to_text("<p>one</p><p>two<br>three</p>").split("\n") == ["one", "two", "three"]


def test_score_prefers_html_for_pages_and_not_for_prose():
    assert html.score("<!DOCTYPE html><html><body><p>x</p>", "a") == 0.8
    assert html.score("نص عادي فيه رمز < واحد", "a.txt") == 0.0


def load_bytes(data: bytes, where: str):
    from rasd.ingest.item import Raw

    return Raw.of(where, data)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<b>", "</div", "<br>", "&amp;", "&#x",
                                 "<script>", "نص عربي", "text", "<!--", "-->", "<html>", "\n",
                                 "<table><tr><td>", "\x00"]), max_size=40))
def test_any_html_soup_gives_documents_or_named_errors(parts):
    soup = "".join(parts).encode("utf-8")
    for item in read_raw(load_bytes(soup, "soup.html")):
        assert (item.document is None) != (item.error is None)
        if item.error:
            assert item.error.where.startswith("soup.html")
        else:
            item.document.text.encode("utf-8")
            assert item.document.text.strip()


@pytest.mark.parametrize("name", ["article.html", "blogger-post.html"])
def test_fixture_pages_are_read_by_the_expected_reader(name):
    (item,) = read_raw(load(str(FIXTURES / name)))
    assert item.document.reader == ("html" if name == "article.html" else "blogger")


def test_a_date_in_the_article_text_is_not_the_publication_date():
    body = "<p>" + "قصفت الطائرات المدينة يوم 19 آب 2014 وقال ناشطون إن الضحايا كثر. " * 5
    page = (f"<html><head><title>t</title></head><body><article>{body}</p>"
            "<p>Shelling on 2014-08-19 and on 20/08/2014 killed many.</p></article></body></html>")
    (item,) = read_raw(load_bytes(page.encode(), "x.html"))
    assert item.document.published is None


@pytest.mark.parametrize("head,url,expected", [
    ('<meta property="article:published_time" content="2016-02-17T09:30:00+02:00">', None,
     "2016-02-17"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2013-05-06T10:00:00Z"}</script>', None, "2013-05-06"),
    ("", "https://news.example/2015/03/02/story.html", "2015-03-02"),
])
def test_declared_publication_dates_are_read(head, url, expected):
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert html.declared_date(tree, url) == expected


def test_inline_markup_stays_inside_its_sentence():
    assert to_text("<p>قال المتحدث إن <b>القوات</b> سيطرت على <a href='#'>المدينة</a>.</p>"
                   ) == "قال المتحدث إن القوات سيطرت على المدينة."
    assert to_text("<div>سطر أول<br/>سطر\n ثان<br><br>ثالث<script>x()</script></div>"
                   "<ul><li>a</li><li>b <i>c</i></li></ul>") == "سطر أول\nسطر ثان\nثالث\na\nb c"


def test_a_page_with_an_xml_declaration_is_read():
    page = (FIXTURES / "article.html").read_text("utf-8")
    xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n' + page
    (item,) = read_raw(load_bytes(xhtml.encode(), "x.xhtml"))
    assert item.document.title == "Aid convoy reaches besieged town"
