"""Blogger post pages: one document per post, dated by the page's own date header.

Blogger prints the date as a localised header («الجمعة، 16 ديسمبر 2016»)
that general extractors do not read, and its index pages hold several posts.
This reader takes each ``post-body`` with its ``post-title`` and the nearest
date (the ISO ``published`` timestamp where the theme gives one, else the
date header read by ``rasd.ingest.dates``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.errors import NoText
from rasd.ingest.dates import iso_day, parse_header_date, weekday_conflict
from rasd.ingest.html import strip_xml_declaration, to_text
from rasd.ingest.item import Item
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "blogger"
_MARKS = re.compile(r"""content=["']blogger["']|blogger\.com|blogspot\.com|class=["'][^"']*"""
                    r"""\bpost-body\b""", re.IGNORECASE)


def score(text: str, where: str) -> float:
    head = text[:200_000]
    if "post-body" in head and len(_MARKS.findall(head)) >= 2:
        return 0.9
    return 0.0


def read(text: str, where: str) -> Iterator[Item]:
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(strip_xml_declaration(text))
    bodies = _by_class(root, "post-body")
    if not bodies:
        raise NoText(where, "a Blogger page without any post body")
    many = len(bodies) > 1
    for n, body in enumerate(bodies, 1):
        here = f"{where}#{n}" if many else where
        post = _post_of(body)
        content = to_text(lxml_html.tostring(body, encoding="unicode"))
        if not content:
            yield Item(here, error=NoText(here, f"post {n} has no text"))
            continue
        title = _first_text(_by_class(post, "post-title"))
        link = _permalink(post)
        date, warnings = _date_of(post, body)
        yield Item(here, document=Document.make(
            content, link or here, title=title, published=date, language=detect(content),
            author=_author(post), reader=NAME, warnings=warnings))


def _by_class(root, name: str) -> list:
    return root.xpath(f"descendant-or-self::*[contains(concat(' ', normalize-space(@class), ' '),"
                      f" ' {name} ')]")


def _post_of(body):
    """The element holding one post: its nearest ancestor with class "post"."""
    for ancestor in body.iterancestors():
        if "post" in (ancestor.get("class") or "").split():
            return ancestor
    return body.getparent() if body.getparent() is not None else body


def _first_text(elements: list) -> str | None:
    for e in elements:
        text = " ".join(e.text_content().split())
        if text:
            return text
    return None


def _author(post) -> str | None:
    """The author's name: the ``fn`` inside ``post-author`` (without "كتبها"/"Posted by")."""
    for box in _by_class(post, "post-author"):
        return _first_text(_by_class(box, "fn")) or _first_text([box])
    return None


def _permalink(post) -> str | None:
    for a in post.xpath(".//*[contains(@class, 'post-title')]//a[@href] | "
                        ".//a[contains(@class, 'timestamp-link')][@href]"):
        return a.get("href")
    return None


def _date_of(post, body) -> tuple[str | None, tuple[str, ...]]:
    """The post's date: an ISO timestamp in the post, else the date header above it."""
    outside_body = "[not(ancestor::*[contains(concat(' ', normalize-space(@class), ' '), " \
                   "' post-body ')])]"
    for node in post.xpath(f".//abbr[@title]{outside_body} | .//time[@datetime]{outside_body} | "
                           f".//*[@itemprop='datePublished'][@content]{outside_body}"):
        day = iso_day(node.get("title") or node.get("datetime") or node.get("content"))
        if day:
            return day, ()
    headers = body.xpath("preceding::*[contains(concat(' ', normalize-space(@class), ' '), "
                         "' date-header ')][1]")
    if not headers:
        return None, ()
    shown = " ".join(headers[0].text_content().split())
    date = parse_header_date(shown)
    if date is None:
        return None, (f"cannot read the date header {shown!r}; published left empty",)
    conflict = weekday_conflict(shown, date)
    return date.isoformat(), (conflict,) if conflict else ()
