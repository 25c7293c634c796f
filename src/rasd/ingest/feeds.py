"""RSS, Atom and Blogger export feeds: one document per post, each with its own date.

Parsing is feedparser's, which survives malformed XML. A Blogger export also
holds comments, settings and the template as entries: only posts are taken. An
entry that cannot be read becomes its own failure; the others still ingest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from rasd.errors import NoText
from rasd.ingest.dates import read_any
from rasd.ingest.html import to_text
from rasd.ingest.item import Item, is_url
from rasd.ingest.language import detect
from rasd.model import Document

NAME = "feed"
_ROOT = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*"
                   r"<(?:rss|feed|rdf:RDF)\b", re.S)
_KIND = "http://schemas.google.com/g/2005#kind"


def score(text: str, where: str) -> float:
    return 0.95 if _ROOT.match(text[:4096]) else 0.0


def read(text: str, where: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(_valid_references(text), sanitize_html=False,
                            resolve_relative_uris=False)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise NoText(where, f"a feed with no entries{problem}")
    posts = [e for e in feed.entries if _is_post(e)]
    if not posts:
        raise NoText(where, "a feed with entries but no posts (only comments or settings)")
    for n, entry in enumerate(posts, 1):
        here = f"{where}#{n}"
        try:
            yield _item(entry, here)
        except NoText as e:
            yield Item(here, error=e)


def _is_post(entry) -> bool:
    kinds = [t.get("term", "") for t in entry.get("tags", []) if t.get("scheme") == _KIND]
    return not kinds or any(k.endswith("#post") for k in kinds)


def _item(entry, here: str) -> Item:
    content = entry.get("content") or []
    value, kind = ((content[0].get("value", ""), content[0].get("type", "")) if content
                   else (entry.get("summary", ""), entry.get("summary_detail", {}).get("type", "")))
    body = to_text(value) if "html" in kind else value.strip()
    if not body:
        raise NoText(here, "the entry has no text")
    published, warnings = _date(entry)
    return Item(here, document=Document.make(
        body, _link(entry) or here, title=entry.get("title") or None, published=published,
        language=detect(body), author=entry.get("author") or None, reader=NAME, warnings=warnings))


def _link(entry) -> str | None:
    link = entry.get("link") or ""
    return link if is_url(link) else None


def _date(entry) -> tuple[str | None, tuple[str, ...]]:
    """The entry's own calendar day as written (not shifted to UTC), else feedparser's.

    The publication date is preferred; an unreadable one falls back to the
    update or creation date, and is reported as a warning either way.
    """
    unreadable = []
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get() maps a missing "updated" to "published"
        shown = (dict.get(entry, key) or "").strip()
        if not shown:
            continue
        day = read_any(shown)
        parsed = dict.get(entry, f"{key}_parsed")
        if not day and parsed:
            day = dt.date(*parsed[:3]).isoformat()
        if day:
            if unreadable:
                return day, (f"cannot read the {unreadable[0]}; took the {key} date",)
            return day, ()
        unreadable.append(f"{key} date {shown!r}")
    if unreadable:
        return None, (f"cannot read the {unreadable[0]}; published left empty",)
    return None, ()


_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]+)|(?P<dec>[0-9]+));")


def _valid_references(text: str) -> str:
    """Replace character references no XML parser accepts (&#xD800;, &#0;) with U+FFFD,
    so that one bad reference does not cost every entry of the feed."""
    def fix(m: re.Match[str]) -> str:
        value = int(m["hex"], 16) if m["hex"] else int(m["dec"])
        bad = value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF
        return "&#xFFFD;" if bad else m.group()

    return _REFERENCE.sub(fix, text)
