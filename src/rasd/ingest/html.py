"""HTML pages: the article's text, title and author through trafilatura, the date from metadata.

The publication date is read only where a page declares it (meta tags,
JSON-LD, ``<time datetime>``, the URL), never from the article text: a date in
the text is usually the date of an event, and taking it for the publication
date would skew every relative date resolved against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.errors import NoText
from rasd.ingest.dates import iso_day
from rasd.ingest.item import Item, is_url
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "html"
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|h[1-6]|article|span|a)\b",
                   re.IGNORECASE)


def score(text: str, where: str) -> float:
    head = text[:4096]
    if re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", head, re.I | re.S):
        return 0.8
    tags = len(_HTML.findall(head))
    if where.lower().endswith((".html", ".htm", ".xhtml")) and tags:
        return 0.8
    return 0.5 if tags >= 3 else 0.0


def read(text: str, where: str) -> Iterator[Item]:
    import trafilatura
    from trafilatura.utils import load_html

    url = where if is_url(where) else None
    # parse once, the way trafilatura itself does (a tree from plain lxml extracts worse)
    tree = load_html(strip_xml_declaration(text))
    if tree is None:
        raise NoText(where, "no article text found in the HTML")
    published = declared_date(tree, url)
    found = trafilatura.bare_extraction(
        tree, with_metadata=True, favor_recall=True, include_comments=False,
        include_tables=True, url=url)
    body = (found.text or "").strip() if found is not None else ""
    title = (found.title or "").strip() if found is not None else ""
    first, _, rest = body.partition("\n")
    if title and first.strip() == title and rest.strip():
        body = rest.strip()  # the headline is the title, as the other readers have it
    if not body:
        raise NoText(where, "no article text found in the HTML")
    yield Item(where, document=Document.make(
        body, where, title=title or None, published=published,
        language=detect(body),
        author=found.author or None, reader=NAME))


_DECLARING = ("//head | //time[@datetime] | //*[@itemprop='datePublished'] | "
              "//script[@type='application/ld+json'] | //abbr[contains(@class, 'published')]")


def declared_date(tree, url: str | None) -> str | None:
    """The publication date the page declares, read by htmldate from metadata alone."""
    import htmldate
    from lxml import html as lxml_html

    parts = [lxml_html.tostring(e, encoding="unicode") for e in tree.xpath(_DECLARING)]
    if not parts and not url:
        return None
    page = f"<html>{''.join(parts)}</html>"
    try:
        return iso_day(htmldate.find_date(page, extensive_search=False, original_date=True,
                                          url=url))
    except ValueError:
        return None


_BLOCKS = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "blockquote", "pre", "section", "article", "header", "footer", "figure",
           "figcaption", "dd", "dt", "hr")


def to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content, a post body).

    The fragment is already the article, so no boilerplate is removed: a line
    break at each block and ``<br>``, inline markup (``<b>``, ``<a>``) joined
    into its sentence, scripts and styles dropped.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(strip_xml_declaration(fragment),
                                             create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for junk in root.xpath(".//script | .//style | .//noscript | .//template"):
        junk.drop_tree()
    for node in root.iter():
        if isinstance(node.tag, str):  # not a comment or processing instruction
            node.text = _SPACE.sub(" ", node.text) if node.text else node.text
        node.tail = _SPACE.sub(" ", node.tail) if node.tail else node.tail
    for node in root.iter(*_BLOCKS, "br"):
        node.tail = "\n" + (node.tail or "")
        if node.tag != "br":
            node.text = "\n" + (node.text or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def strip_xml_declaration(text: str) -> str:
    """lxml refuses a str that declares its encoding; the text is decoded already."""
    return _XML_DECLARATION.sub("", text, count=1)
