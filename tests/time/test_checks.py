"""Findings the time stage makes: weekdays, counted dates, impossible and late dates."""

from __future__ import annotations

import pytest

from rasd import arabic
from rasd.model import Document
from rasd.time import tag


def findings(text: str, published: str | None = "2016-12-16") -> list[tuple[str, list[str]]]:
    doc = Document.make(text, "t.txt", published=published)
    layer = tag(doc, arabic.prepare(doc))
    return [(f.kind, [text[s:e] for s, e in f.spans]) for f in layer.findings]


def test_weekday_that_matches_its_date():
    assert findings("يوم الثلاثاء 19 آب 2014") == [("weekday_ok", ["يوم الثلاثاء 19 آب 2014"])]


def test_weekday_that_does_not_match_its_date():
    [(kind, spans)] = findings("وفي يوم الأربعاء 19 August 2014 سقط المطار")
    assert kind == "weekday_mismatch" and spans == ["يوم الأربعاء 19 August 2014"]


def test_weekday_of_a_partial_date_is_checked_against_the_narrative_month():
    text = "في 15 آب 2014 صدر القرار. ويوم الجمعة 22 من الشهر وصلوا"
    assert [k for k, _ in findings(text)] == ["weekday_ok"]


def test_weekday_with_a_deictic_word():
    assert [k for k, _ in findings("قال أمس الخميس", "2016-12-16")] == ["weekday_ok"]
    assert [k for k, _ in findings("قال أمس الأحد", "2016-12-16")] == ["weekday_mismatch"]


@pytest.mark.parametrize("text,kind", [
    ("اليوم الإثنين (6 أكتوبر / تشرين الأول 2014) قتل", "weekday_ok"),
    ("يوم الإثنين (6 أكتوبر 2014) قتل", "weekday_ok"),
    ("يوم الثلاثاء (6 أكتوبر 2014) قتل", "weekday_mismatch"),
    ("أمس السبت، 5 أكتوبر 2014 قتل", "weekday_mismatch"),
])
def test_weekday_beside_its_date_in_brackets_or_after_a_comma(text, kind):
    """Checked against the date it stands beside, with or without a publication date."""
    for published in ("2016-12-16", None):
        assert [k for k, _ in findings(text, published)] == [kind]


def test_counted_date_that_agrees_with_the_date_it_restates():
    text = "صدر القرار في 15 آب 2014. وعقد مؤتمرا في 25 من الشهر (أي بعد عشرة أيام على صدور القرار)"
    assert findings(text) == [("relative_date_ok", ["25 من الشهر", "بعد عشرة أيام"])]


def test_counted_date_that_contradicts_the_date_it_restates():
    text = "صدر القرار في 15 آب 2014. وعقد مؤتمرا في 28 من الشهر (أي بعد عشرة أيام على صدور القرار)"
    assert findings(text) == [("relative_date_conflict", ["28 من الشهر", "بعد عشرة أيام"])]


def test_restated_in_the_other_order():
    text = "عقد المؤتمر في 25 آب 2014. وقبل ذلك بستة أيام، وتحديدا في 18 من الشهر، هبطت طائرة"
    assert [k for k, _ in findings(text)] == ["relative_date_conflict"]


def test_impossible_dates():
    assert findings("في 31 نيسان 2014") == [("impossible_date", ["31 نيسان 2014"])]
    assert findings("on 30 February 2015") == [("impossible_date", ["30 February 2015"])]


def test_date_after_publication_in_a_past_sentence():
    assert findings("سقط المطار في 5 آذار 2017", "2016-12-16") == [
        ("after_publication", ["5 آذار 2017"])]
    assert findings("ستعقد الجولة المقبلة في 5 آذار 2017", "2016-12-16") == []
    assert findings("سقط المطار في 5 آذار 2016", "2016-12-16") == []
