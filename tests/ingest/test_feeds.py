from __future__ import annotations

import pytest

from rasd.errors import NoText
from rasd.ingest import UNDATED, read_raw
from rasd.ingest.folders import load
from rasd.ingest.item import Raw
from tests.conftest import FIXTURES


def read(name: str):
    return list(read_raw(load(str(FIXTURES / name))))


def test_rss_with_a_broken_entry_still_ingests_the_others():
    items = read("feed-rss.xml")
    assert len(items) == 3
    first, broken, undated = items
    assert first.document.published == "2014-08-19"  # the day as written, not shifted to UTC
    assert first.document.source == "https://news.example/a1"
    assert first.document.text == ("قصفت مدفعية الجيش الأحياء الشرقية من المدينة مساء الثلاثاء، "
                                   "بحسب ناشطين.")
    assert isinstance(broken.error, NoText) and broken.where.endswith("feed-rss.xml#2")
    assert "entry has no text" in broken.error.message
    assert undated.document.published is None
    assert undated.document.warnings == (
        "cannot read the published date 'some day in August'; published left empty", UNDATED)


def test_blogger_export_gives_posts_only_each_with_its_date():
    items = read("blogger-export.xml")
    docs = [i.document for i in items]
    assert [d.title for d in docs] == ["الرسالة الأولى", "الرسالة الثانية"]
    assert [d.published for d in docs] == ["2016-12-16", "2016-11-02"]
    assert docs[0].author == "كاتب المدونة"
    assert docs[0].source == "https://example.blogspot.com/2016/12/first.html"
    assert docs[1].source.endswith("blogger-export.xml#2")
    assert docs[1].text == "نص الرسالة الثانية.\nوسطر ثان بعد فاصل."


def test_truncated_feed_keeps_the_entries_before_the_cut():
    data = (FIXTURES / "feed-rss.xml").read_bytes()
    cut = data[: data.index(b"<title>\xd8\xae\xd8\xa8\xd8\xb1")]  # inside the second item
    items = list(read_raw(Raw.of("cut.xml", cut)))
    assert items[0].document.title == "قصف على الأحياء الشرقية"


@pytest.mark.parametrize("xml,problem", [
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>",
     "a feed with no entries"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><category "
     b"scheme='http://schemas.google.com/g/2005#kind' term='x#comment'/><content>c</content>"
     b"</entry></feed>", "no posts"),
])
def test_feeds_without_posts_fail_with_a_reason(xml, problem):
    (item,) = read_raw(Raw.of("f.xml", xml))
    assert problem in item.error.message and item.error.where == "f.xml"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><published>16/12/2016 bad</published>
<updated>2016-12-16T10:00:00+03:00</updated>
<content type="text">The army said 3 &lt; 5 and the convoy &lt;left&gt; Raqqa.</content></entry>
<entry><title>B</title>
<content type="text">A bad &#xD800; reference and &#0; another.</content></entry>
</feed>"""


def test_plain_text_content_keeps_its_angle_brackets_and_dates_fall_back():
    first, second = read_raw(Raw.of("a.xml", ATOM.encode()))
    assert first.document.text == "The army said 3 < 5 and the convoy <left> Raqqa."
    assert first.document.published == "2016-12-16"
    assert first.document.warnings == ("cannot read the published date '16/12/2016 bad'; "
                                       "took the updated date",)
    assert second.document.text == "A bad \ufffd reference and \ufffd another."
