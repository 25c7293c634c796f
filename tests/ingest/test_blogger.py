from __future__ import annotations

from rasd.ingest import UNDATED, read_raw
from rasd.ingest.folders import load
from tests.conftest import FIXTURES


def read(name: str):
    return list(read_raw(load(str(FIXTURES / name))))


def test_post_page_reads_arabic_date_header_title_author_and_permalink():
    (item,) = read("blogger-post.html")
    doc = item.document
    assert doc.published == "2015-08-03"  # «الاثنين، 3 آب 2015»; the abbr holds no ISO date
    assert doc.title == "هدنة هشة في ريف حلب"
    assert doc.author == "سامر"
    assert doc.source == "https://example.blogspot.com/2015/08/truce.html"
    assert doc.text.splitlines() == [
        "قالت مصادر محلية إن الاشتباكات تجددت مساء الأحد في ريف حلب الشمالي رغم الإعلان عن هدنة "
        "قبل ثلاثة أيام.",
        "وأضافت المصادر أن قذائف سقطت على أطراف بلدة تل رفعت دون أن تسفر عن إصابات.",
        "ولم يصدر تعليق رسمي حتى الآن.",
    ]
    assert "الصفحات" not in doc.text and "تعليقات" not in doc.text


def test_index_page_gives_one_document_per_post_with_its_own_date():
    items = read("blogger-index.html")
    assert [i.where.rsplit("#", 1)[1] for i in items] == ["1", "2"]
    assert [(i.document.title, i.document.published) for i in items] == [
        ("الخبر الثاني", "2015-08-06"), ("The first post", "2015-08-04")]
    assert [i.document.language for i in items] == ["ar", "en"]


def test_unreadable_date_header_is_a_warning_not_a_loss(tmp_path):
    page = (FIXTURES / "blogger-index.html").read_text("utf-8").replace(
        "الخميس، 6 أغسطس 2015", "يوم ما")
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    items = list(read_raw(load(str(path))))
    assert items[0].document.published is None
    assert items[0].document.warnings == ("cannot read the date header 'يوم ما'; "
                                          "published left empty", UNDATED)
    assert items[1].document.published == "2015-08-04"


def test_a_date_inside_the_post_body_is_not_the_publication_date(tmp_path):
    page = (FIXTURES / "blogger-post.html").read_text("utf-8")
    page = page.replace("<p>قالت مصادر",
                        '<p><time datetime="2014-08-15">15 آب 2014</time> قالت مصادر')
    page = page.replace('title="not-a-date"', 'title="2015-08-03T22:15:00+03:00"')
    page = '<?xml version="1.0" encoding="UTF-8"?>\n' + page
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    (item,) = read_raw(load(str(path)))
    assert item.document.published == "2015-08-03"


def test_a_date_header_with_the_wrong_weekday_is_kept_with_a_warning(tmp_path):
    page = (FIXTURES / "blogger-post.html").read_text("utf-8").replace("الاثنين،", "الجمعة،")
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    (item,) = read_raw(load(str(path)))
    assert item.document.published == "2015-08-03"
    assert item.document.warnings == ("the date line says Friday but 2015-08-03 was a Monday; "
                                      "the date is kept",)
