from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.ingest.dates import iso_day, parse_header_date


@pytest.mark.parametrize("line,expected", [
    ("الجمعة، 16 ديسمبر 2016", "2016-12-16"),
    ("الجمعة 16 كانون الأول 2016", "2016-12-16"),
    ("16 كانون الاول 2016", "2016-12-16"),
    ("١٦ ديسمبر ٢٠١٦", "2016-12-16"),
    ("السبت، 1 أوت 2015", "2015-08-01"),
    ("الأحد 5 جويلية 2015", "2015-07-05"),
    ("الاثنين 3 غشت 2015", "2015-08-03"),
    ("الثلاثاء، 4 آب/أغسطس 2015", None),  # a paired form is for the time tagger, not headers
    ("Friday, December 16, 2016", "2016-12-16"),
    ("December 16, 2016", "2016-12-16"),
    ("16 Dec 2016", "2016-12-16"),
    ("Monday, 3 Augus 2015", "2015-08-03"),  # a month cut short: no row, the general rule
    ("Septmber 5, 2014", "2014-09-05"),
    ("الجمعة 16 ديسمب 2016", "2016-12-16"),
    ("Monday, 3 Augusta 2015", None),  # a name with letters added is another word
    ("Monday, 3 Marc 2015", None),  # too short to guess
    ("2016-12-16", "2016-12-16"),
    ("16/12/2016", "2016-12-16"),
    ("الجمعة 16 ديسمبر 2016 - 10:30 م", "2016-12-16"),
    ("الأحد 18 شوال 1436 هـ - 2 أغسطس 2015 م", "2015-08-02"),  # the Gregorian date wins
    ("الأحد 2 أغسطس 2015م - 18 شوال 1436هـ", "2015-08-02"),
    ("الأحد 18 شوال 1436 هـ الموافق 2 أغسطس 2015", "2015-08-02"),
    ("18 شوال 1436 هـ", "2015-08-03"),  # Hijri alone: Umm al-Qura conversion
    ("1 ذي الحجة 1437 هـ", "2016-09-02"),
    ("30 فبراير 2016 - 18 شوال 1436 هـ", None),
    ("الأحد 18 شوال 1436 هـ - 2 أغسطس 2015 م وقتل", None),
    ("في 16 ديسمبر 2016 قتل ثلاثة", None),
    ("31 فبراير 2016", None),
    ("الصفحات", None),
    ("", None),
])
def test_parse_header_date(line, expected):
    found = parse_header_date(line)
    assert (found.isoformat() if found else None) == expected


MONTHS_AR = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from([MONTHS_AR, MONTHS_EG]), st.booleans(), st.booleans())
def test_any_printed_arabic_date_reads_back(date, months, weekday, eastern):
    line = f"{date.day} {months[date.month - 1]} {date.year}"
    if weekday:
        line = f"{WEEKDAYS[date.weekday()]}، {line}"
    if eastern:
        line = line.translate(EASTERN)
    assert parse_header_date(line) == date


@given(st.text(max_size=60))
def test_parse_header_date_never_raises(line):
    found = parse_header_date(line)
    assert found is None or isinstance(found, dt.date)


@pytest.mark.parametrize("value,expected", [
    ("2016-12-16T01:30:00+03:00", "2016-12-16"),
    ("2016-02-30", None),
    ("16-12-2016", None),
    (None, None),
])
def test_iso_day(value, expected):
    assert iso_day(value) == expected
