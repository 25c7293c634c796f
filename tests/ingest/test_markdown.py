from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import ingest
from rasd.errors import RasdError
from rasd.ingest import UNDATED, markdown
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
    assert item.document.published is None and item.document.warnings == (UNDATED,)


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


def front(lines: str, body: str = "Body.\n") -> str:
    return f"---\n{lines}\n---\n{body}"


@pytest.mark.parametrize(("line", "published"), [
    ("date: 2016-12-16", "2016-12-16"),                    # YAML reads a date object
    ("date: 2016-12-16 23:30:00 -05:00", "2016-12-16"),     # the day as written, not UTC's
    ("date: 2016-12-16T10:00:00Z", "2016-12-16"),
    ("date: '2016-12-16'", "2016-12-16"),
    ("pubDate: Fri, 16 Dec 2016 10:00:00 +0300", "2016-12-16"),
])
def test_front_matter_dates_of_every_shape_give_the_day(line, published):
    (item,) = read(front(line))
    assert item.document.published == published and not item.document.warnings


def test_an_unreadable_front_matter_date_is_a_warning_not_an_error():
    (item,) = read(front("date: next week"))
    assert item.document.published is None
    assert item.document.warnings == ("cannot read the date 'next week'; published left empty",
                                      UNDATED)


@pytest.mark.parametrize(("lines", "title"), [
    ("title: 1984", "1984"),                                # YAML reads a number
    ("title: >-\n  Siege of\n  Base 46", "Siege of Base 46"),  # a folded block scalar
    ("title: Siege of\n  Base 46", "Siege of Base 46"),       # a plain scalar over two lines
    ("title: yes", None),                                   # a yes/no is no title
    ("title: ~", None),
    ("title: [a, b]", None),
    ("title: ''", None),
])
def test_front_matter_titles_are_the_text_yaml_reads(lines, title):
    (item,) = read(front(lines))
    assert item.document.title == title and item.document.text == "Body."


@pytest.mark.parametrize(("lines", "problem"), [
    ("title: Siege: the battle", "mapping values are not allowed here (line 2)"),
    ("title: x\ndate: 2023-02-30", "cannot read a value (day is out of range for month)"),
    ("title: 'unclosed\nauthor: x",
     "while scanning a quoted scalar (line 2): found unexpected end of stream (line 3)"),
    ("title: !!python/object/apply:os.system ['true']", "could not determine a constructor"),
    ("title: " + "[" * 5000, "cannot read a value (maximum recursion depth exceeded"),
])
def test_bad_front_matter_keeps_the_document_with_a_warning_naming_the_problem(lines, problem):
    (item,) = read(front(lines), "post.md")
    assert item.document.text == "Body." and item.document.title is None
    warning, undated = item.document.warnings
    assert undated == UNDATED and warning.startswith("front matter is not valid YAML: ")
    assert problem in warning and "\n" not in warning


YAML_LINES = st.one_of(
    st.builds("{}: {}".format, st.from_regex(r"[A-Za-z_][\w\-]{0,8}", fullmatch=True),
              st.text(max_size=30)),
    st.builds("  {}".format, st.text(max_size=30)),
    st.builds("- {}".format, st.text(max_size=30)),
    st.text(max_size=30),
)


@given(first=st.text(max_size=40), lines=st.lists(YAML_LINES, max_size=6))
def test_any_front_matter_is_read_or_refused_with_rasds_own_error(first, lines):
    text = front("\n".join([f"title: {first}", *lines]))
    try:
        items = list(markdown.read(text, "a.md"))
    except RasdError as e:  # a block that is not front matter, or nothing after it
        assert e.message.startswith("a.md: ")
        return
    assert all(isinstance(i.document.title, str | None) for i in items)
