"""The time stage on small hand-written sentences: what is tagged, its value, its anchor."""

from __future__ import annotations

import pytest

from rasd import arabic
from rasd.model import Document
from rasd.time import tag


def times(text: str, published: str | None = "2015-07-21") -> list[tuple[str, str, str | None]]:
    layer = tag(Document.make(text, "test.txt", published=published), arabic.prepare(
        Document.make(text, "test.txt")))
    return [(t.text, t.type, t.value) for t in layer.times]


def values(text: str, published: str | None = "2015-07-21") -> list[str | None]:
    return [v for _, _, v in times(text, published)]


# 2015-07-21 is a Tuesday.
@pytest.mark.parametrize("text,expected", [
    # month names of every convention, paired forms, English and misspellings
    ("وقع الهجوم في 5 كانون الثاني 2014", ["2014-01-05"]),
    ("وقع الهجوم في 5 يناير 2014", ["2014-01-05"]),
    ("وقع الهجوم في 5 جانفي 2014", ["2014-01-05"]),
    ("في 3 أوت 2013 بدأت", ["2013-08-03"]),
    ("حتى آب/أغسطس 2014", ["2014-08"]),
    ("منذ تموز (يوليو) 2012", ["2012-07"]),
    ("on 19 August 2014 the base fell", ["2014-08-19"]),
    ("on August 19, 2014 the base fell", ["2014-08-19"]),
    ("في 12 Sept. 2013", ["2013-09-12"]),
    ("في August 15 2014 صدر القرار", ["2014-08-15"]),
    # digits: Eastern Arabic, Persian, numeric dates
    ("في ١٥ أغسطس ٢٠١٤", ["2014-08-15"]),
    ("في ۱۵ أغسطس ۲۰۱۴", ["2014-08-15"]),
    ("بتاريخ 15/8/2014", ["2014-08-15"]),
    ("بتاريخ 2014-08-15", ["2014-08-15"]),
    # Hijri
    ("الثلاثاء 5 شوال 1436هـ", ["2015-07-21"]),
    ("في رمضان 1436 هـ", ["2015"]),
    # years, seasons, months without a year (resolved against the publication date)
    ("خلال عام 2011", ["2011"]),
    ("عامي 2013 و2014", ["2013", "2014"]),
    ("ربيع العام 2011", ["2011-SP"]),
    ("في مارس الماضي", ["2015-03"]),
    ("في يونيو", ["2015-06"]),
    ("في 25 من الشهر الجاري", ["2015-07-25"]),
    # deictic words and periods
    ("قال أمس", ["2015-07-20"]),
    ("قال أمس الأول", ["2015-07-19"]),
    ("صباح اليوم", ["2015-07-21TMO"]),
    ("في 5 آب 2014 وحتى مساء اليوم نفسه", ["2014-08-05", "2014-08-05TEV"]),
    ("مساء أمس الاثنين", ["2015-07-20TEV"]),
    ("الأسبوع الماضي", ["2015-W29"]),
    ("العام المقبل", ["2016"]),
    ("الشهر الماضي", ["2015-06"]),
    ("يوم الأحد الماضي", ["2015-07-19"]),
    ("last week", ["2015-W29"]),
    ("yesterday morning", ["2015-07-20TMO"]),
    # counted expressions
    ("قبل ثلاثة أيام", ["2015-07-18"]),
    ("منذ ثلاث سنوات", ["P3Y"]),  # how long: TimeML reads «since N years» as a duration
    ("three days ago", ["2015-07-18"]),
    # durations, sets, vague references
    ("لمدة ثلاثة أسابيع", ["P3W"]),
    ("خلال يومين", ["P2D"]),
    ("24 ساعة", ["PT24H"]),
    ("أقل من ساعة", ["PT1H"]),
    ("for two weeks", ["P2W"]),
    ("يصل يوميا", ["P1D"]),
    ("حاليا", ["PRESENT_REF"]),
    # clock times
    ("في الساعة العاشرة صباحا", ["2015-07-21T10:00"]),
    ("الساعة 10:30 مساء", ["2015-07-21T22:30"]),
    ("at 9 pm", ["2015-07-21T21:00"]),
])
def test_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "قرار مجلس الأمن 2170", "القرار 2254 بشأن سوريا", "مقر الفرقة 17 شمال المدينة",
    "مقر اللواء 93", "طائرة إليوشن 76", "صواريخ إس إي 16", "حوالي 60 طنا من الذخائر",
    "بحوالي 3 كم فقط", "حوالي المئة من الضباط", "قتل 2000 مقاتل", "مارس الضغط على الحكومة",
    "الأمين العام للأمم المتحدة", "الرأي العام", "اليوم العالمي للاجئين", "he may go",
    "resolution 2139 was adopted", "نسبة 15/8 من الأصوات", "the 1st Division",
])
def test_not_times(text):
    assert times(text) == []


def test_night_spanning_two_days_takes_the_first_day_and_the_year_of_the_narrative():
    text = "حتى حزيران 2014. وخلال ليلة 23/24 تموز/يوليو انسحبوا"
    assert values(text) == ["2014-06", "2014-07-23TNI"]


def test_partial_date_takes_month_and_year_from_the_last_named_date():
    text = "صدر القرار في 15 آب 2014. وفي 25 من الشهر عقد مؤتمرا"
    assert values(text, "2016-12-16") == ["2014-08-15", "2014-08-25"]


def test_counted_date_does_not_move_the_reference_date():
    text = ("عقد مؤتمرا في 25 آب 2014. قبل المؤتمر بليلة واحدة سلم المطار. "
            "وقبل ذلك بستة أيام هبطت طائرة")
    assert values(text, "2016-12-16") == ["2014-08-25", "2014-08-24TNI", "2014-08-19"]


def test_range_gives_both_days_the_month_and_year():
    assert values("from 10–28 August 2014", None) == ["2014-08-10", "2014-08-28"]
    assert values("بين 10 و28 أغسطس 2014", None) == ["2014-08-10", "2014-08-28"]


def test_nothing_invented_without_a_publication_date():
    assert values("قال أمس إن الهجوم وقع في 5 أغسطس", None) == [None, "XXXX-08-05"]


def test_event_anchored_count_without_the_event_date_has_no_value():
    assert values("بعد أربعة أيام من بدء الهدنة", "2020-03-11") == [None]


def test_future_sentence_resolves_forward():
    assert values("ستعقد الجولة يوم الخميس المقبل") == ["2015-07-23"]
    assert values("سوف يصل في 5 يناير") == ["2016-01-05"]
    assert values("وصل في 5 يناير") == ["2015-01-05"]
    assert values("وصل في 25 يوليو") == ["2015-07-25"]  # four days ahead is nearer


def test_anchor_names_what_the_value_came_from():
    text = "في 15 آب 2014 صدر القرار. وفي 25 من الشهر عقد مؤتمرا. قال أمس"
    doc = Document.make(text, "t.txt", published="2016-12-16")
    layer = tag(doc, arabic.prepare(doc))
    assert [t.anchor for t in layer.times] == [None, "t1", "dct"]


def test_proclitics_are_left_out_of_the_span():
    assert times("وبالأمس قال") == [("الأمس", "DATE", "2015-07-20")]


def test_impossible_numbers_in_a_spaced_numeric_date_are_not_a_date():
    assert values("بتاريخ 12 / 0 / 2015 و 0 / 13 / 2015") == []


def test_a_clock_time_at_the_end_of_the_text():
    assert values("الساعة 10:30 من") == ["2015-07-21T10:30"]


def test_a_weekday_in_brackets_after_a_deictic_word_takes_both_brackets():
    assert times("قال المتحدث اليوم (الثلاثاء) إن القوات تقدمت") == [
        ("اليوم (الثلاثاء)", "DATE", "2015-07-21")]


def test_a_dual_direction_sends_months_back():
    assert values("في شهري سبتمبر وأكتوبر الماضيين", "2015-08-04") == ["2014-09"]
    assert values("خلال العامين الماضيين", "2015-08-04") == ["P2Y"]


@pytest.mark.parametrize("text", [
    "في 24 اغسطس آب عام 2014", "في 24 آب/أغسطس عام 2014", "في 24 أغسطس (آب) عام 2014",
    "في 24 آب - أغسطس من العام 2014",
])
def test_a_doubled_month_before_the_year_word_keeps_its_year(text):
    """Not the publication year: the year the text states after «عام»."""
    assert values(text, "2016-12-16") == ["2014-08-24"]


def test_a_modifier_is_kept_in_the_span_and_the_value_is_the_unit_it_modifies():
    assert times("قتل في منتصف آب 2014 وانسحبوا أواخر تموز 2014", "2016-12-16") == [
        ("منتصف آب 2014", "DATE", "2014-08"), ("أواخر تموز 2014", "DATE", "2014-07")]
