"""Outlets, dates and credits a document gives (data/reuse)."""

from __future__ import annotations

import pytest

from rasd.arabic.normalise import fold
from rasd.model import Document
from rasd.reuse.credits import outlet, provenance


def _prov(text: str, source: str = "https://www.example.com/a", published: str | None = None):
    doc = Document.make(text, source, published=published)
    return provenance(doc, fold(doc.text))


@pytest.mark.parametrize(("source", "expected"), [
    ("https://www.spa.gov.sa/1234", "spa"),
    ("https://ar.reuters.com/article/x", "reuters"),
    ("http://www.alyaum.com/article/1", "alyaum.com"),
    ("/home/me/report.txt", None),
    ("<stdin>", None),
])
def test_outlet_of_a_source(source, expected):
    assert outlet(source) == expected


@pytest.mark.parametrize(("text", "credits"), [
    ("الرياض - واس\nأعلنت الوزارة اليوم عن مشروع جديد.", {"spa": "dateline"}),
    ("الرياض – وَاس: أعلنت الوزارة اليوم عن مشروع جديد.", {"spa": "dateline"}),
    ("BEIRUT (Reuters) - Fighting went on in the north.", {"reuters": "dateline"}),
    ("أعلنت الوزارة اليوم عن مشروع جديد.\n(أ ف ب)", {"afp": "credit"}),
    ("أعلنت الوزارة اليوم عن مشروع جديد.\nنقلا عن صحيفة الشرق الأوسط", {"aawsat": "credit"}),
    ("أعلنت الوزارة اليوم عن مشروع جديد.\nالمصدر: رويترز", {"reuters": "credit"}),
])
def test_credits_in_the_dateline_a_signature_or_after_a_via_phrase(text, credits):
    assert _prov(text).credits == credits


def test_a_name_inside_the_story_is_no_credit():
    found = _prov("قال مسؤول لوكالة رويترز إن المحادثات مستمرة، وأكد ذلك لواس أيضا في بيان.")
    assert found.credits == {} and not found.via


def test_a_via_phrase_says_the_text_is_a_copy_even_without_a_known_outlet():
    found = _prov("نص الخبر كاملا كما ورد.\nنقلا عن موقع محلي")
    assert found.via and found.credits == {}


def test_the_date_is_the_publication_date_else_a_dated_dateline():
    assert (_prov("نص", published="2015-08-01").date, _prov("نص").date) == ("2015-08-01", None)
    dated = _prov("دمشق - الجمعة، 22 أغسطس 2014\nقصفت الطائرات المدينة.")
    assert (dated.date, dated.dated_by) == ("2014-08-22", "dateline")
