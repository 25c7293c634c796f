from __future__ import annotations

from rasd import ingest
from rasd.ingest.item import Raw
from tests.conftest import shared

PAGE = """---
title: "Siege of Base 46"
pubDate: 2023-09-18 11:09
author: Wikipedia
date:
  - 2012-11-18
tags: [syria]
---

The **siege of Base 46** was fought in late 2012.
"""


def read(text: str, name: str = "a.md"):
    return list(ingest.read_raw(Raw.of(name, text.encode("utf-8"))))


def test_front_matter_gives_title_date_and_author_and_stays_out_of_the_text():
    (item,) = read(PAGE)
    doc = item.document
    assert (doc.reader, doc.title, doc.published, doc.author) == (
        "markdown", "Siege of Base 46", "2023-09-18", "Wikipedia")
    assert doc.text == "The **siege of Base 46** was fought in late 2012."


def test_a_list_valued_date_is_not_a_publication_date():
    (item,) = read(PAGE.replace("pubDate: 2023-09-18 11:09\n", ""))
    assert item.document.published is None and not item.document.warnings


def test_front_matter_alone_is_no_text():
    (item,) = read("---\ntitle: x\n---\n")
    assert item.error.message == "a.md: nothing after the front matter"


def test_the_wikipedia_articles_read_with_their_titles():
    folder = shared("data/wikipedia-syria-war-articles/website")
    items = list(ingest.read([str(folder)]))
    docs = [i.document for i in items if i.document]
    assert len(docs) == len(items) >= 100
    assert all(d.reader == "markdown" and d.title and not d.text.startswith("---") for d in docs)
    assert sum(d.language == "en" for d in docs) >= 0.97 * len(docs)


def test_a_report_that_opens_with_a_rule_keeps_all_its_text():
    text = "---\nThe army said it took the town.\nResidents fled north.\n---\nSecond section.\n"
    (item,) = read(text, "sep.txt")
    assert item.document.reader == "text" and "Residents fled north." in item.document.text


def test_unclosed_front_matter_does_not_eat_the_body():
    text = "---\ntitle: x\n\nBody text here.\n\n---\n\nMore.\n"
    (item,) = read(text)
    assert "Body text here." in item.document.text


def test_yaml_quoting_and_block_scalars():
    text = ("---\ntitle: 'It''s here: now'\nauthor: \"Jane \\\"JJ\\\" Doe\"\n"
            "description: >-\n  folded\n---\nBody.\n")
    (item,) = read(text)
    assert (item.document.title, item.document.author) == ("It's here: now", 'Jane "JJ" Doe')


def test_a_jekyll_page_named_html_keeps_its_front_matter():
    text = ("---\nlayout: post\ntitle: Shelling in Idlib\ndate: 2016-12-16T10:00:00+03:00\n---\n"
            "<p>Shelling hit the <b>southern</b> countryside.</p><p>Second paragraph.</p>\n")
    (item,) = read(text, "post.html")
    doc = item.document
    assert (doc.reader, doc.title, doc.published) == ("markdown", "Shelling in Idlib",
                                                      "2016-12-16")
    assert doc.text == "Shelling hit the southern countryside.\nSecond paragraph."
