"""Real articles (SaudiNewsNet, read from its zip) go through the readers without loss."""

from __future__ import annotations

import html
import json
import zipfile

import pytest

from rasd import ingest
from rasd.ingest.item import Raw
from tests.conftest import shared

COUNT = 250


@pytest.fixture(scope="module")
def articles():
    path = shared("data/saudinewsnet/2015-08-01.zip")
    with zipfile.ZipFile(path) as z:
        rows = json.loads(z.read(z.namelist()[0]))
    return [a for a in rows if a["content"].strip()][:COUNT]


def test_every_article_as_plain_text_gives_its_text(articles):
    for a in articles:
        (item,) = ingest.read_raw(Raw.of(a["url"], a["content"].encode("utf-8")))
        assert item.error is None, item.error
        assert item.document.text in a["content"].replace("\r\n", "\n")
        assert item.document.language == "ar"


def test_every_article_as_an_html_page_gives_its_title_and_text(articles):
    titles = []
    for a in articles:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in a["content"].splitlines()
                             if p.strip())
        page = (f"<html><head><meta charset='utf-8'><title>{html.escape(a['title'])}</title>"
                f"</head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>"
                f"{html.escape(a['title'])}</h1>{paragraphs}</article></body></html>")
        (item,) = ingest.read_raw(Raw.of(a["url"], page.encode("cp1256", "replace")))
        assert item.error is None, item.error
        def legacy(text: str) -> str:
            return " ".join(text.encode("cp1256", "replace").decode("cp1256").split())

        first = next(p for p in a["content"].splitlines() if p.strip())
        assert legacy(first)[:40] in item.document.text
        titles.append((legacy(a["title"]), item.document.title))
    right = sum(expected == found for expected, found in titles)
    assert right >= 0.95 * len(titles), [t for t in titles if t[0] != t[1]][:5]
