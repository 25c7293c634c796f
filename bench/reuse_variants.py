"""Copies the reuse bench plants in the store: each kind of change real Arabic copies
make, applied to a SaudiNewsNet article, with the source the copy should be found to
reuse and the direction it should be given.

Every kind is deterministic for a seed. ``make`` returns (kind, copy document,
source id, expected source id): for most kinds the copy is the new document and is
dated a day after its source (direction by publication date); for
``harakat_removed`` the new document is a vocalised version dated a day *before*
the stored article, which is then its copy; ``credit`` copies keep their source's
date and say «نقلا عن» with the source paper's name; ``planted`` puts one paragraph
of the source inside another article.
"""

from __future__ import annotations

import datetime as dt
import random

from rasd.model import Document

HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b"
SWAPS = {"ا": "أ", "أ": "ا", "إ": "ا", "ي": "ى", "ى": "ي", "ة": "ه", "ه": "ة"}
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# a paper's name as its copies credit it (the outlets credits.tsv names)
PAPERS = {"aawsat.com": "صحيفة الشرق الأوسط", "www.alriyadh.com": "جريدة الرياض",
          "www.okaz.com.sa": "صحيفة عكاظ"}
KINDS = ("harakat_added", "harakat_removed", "tatweel", "letters", "digits", "nbsp",
         "headline", "paragraph_dropped", "paragraph_added", "planted", "credit")


def _day(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _vocalise(text: str, rng: random.Random) -> str:
    return "".join(c + rng.choice(HARAKAT) if "\u0621" <= c <= "\u064a" and rng.random() < 0.6
                   else c for c in text)


def _paragraphs(doc: Document) -> list[str]:
    return [p for p in doc.text.split("\n") if p.strip()]


def make(kind: str, doc: Document, other: Document, rng: random.Random,
         ) -> tuple[Document, str]:
    """(the new document, the id the relation's source should have)."""
    text, later = doc.text, _day(doc.published, 1)
    paras = _paragraphs(doc)
    source = doc.id
    if kind == "harakat_added":
        text = _vocalise(text, rng)
    elif kind == "harakat_removed":
        new = Document.make(_vocalise(text, rng), doc.source + "#vocalised",
                            published=_day(doc.published, -1), language="ar")
        return new, new.id
    elif kind == "tatweel":
        text = "".join(c + "ـ" if "\u0628" <= c <= "\u064a" and rng.random() < 0.15 else c
                       for c in text)
    elif kind == "letters":
        text = "".join(SWAPS.get(c, c) if rng.random() < 0.5 else c for c in text)
    elif kind == "digits":
        text = text.translate(EASTERN)
    elif kind == "nbsp":
        text = "".join("\u00a0" if c == " " and rng.random() < 0.5 else c for c in text)
    elif kind == "headline":
        text = "عاجل: " + " ".join(_paragraphs(other)[0].split()[:10]) + "\n" + text
    elif kind == "paragraph_dropped":
        paras.pop(rng.randrange(len(paras)))
        text = "\n".join(paras)
    elif kind == "paragraph_added":
        paras.insert(rng.randrange(len(paras) + 1), max(_paragraphs(other), key=len))
        text = "\n".join(paras)
    elif kind == "planted":
        host = _paragraphs(other)
        host.insert(len(host) // 2, max(paras, key=len))
        text = "\n".join(host)
    elif kind == "credit":
        text = text + "\n" + f"نقلا عن {PAPERS[_host(doc.source)]}"
        return Document.make(text, "https://example.org/copy/" + doc.id[:12],
                             published=doc.published, language="ar"), source
    return Document.make(text, "https://example.org/copy/" + doc.id[:12], published=later,
                         language="ar"), source


def _host(url: str) -> str:
    return url.split("/")[2]


def eligible(kind: str, doc: Document) -> bool:
    """Whether ``doc`` can be the source of a copy of this kind."""
    paras = _paragraphs(doc)
    words = len(doc.text.split())
    if kind == "credit" and _host(doc.source) not in PAPERS:
        return False
    if kind == "digits" and not any(c.isdigit() and c.isascii() for c in doc.text):
        return False
    if kind in ("paragraph_dropped", "paragraph_added"):
        return len(paras) >= 3 and words >= 120
    if kind == "planted":
        return 40 <= len(max(paras, key=len).split()) <= 150
    return words >= 40
