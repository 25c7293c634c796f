"""Date lines of pasted text (issue 14, item 4): a line that is a date, or a label and a
date; never a date inside a sentence."""

from __future__ import annotations

import pytest

from rasd import ingest
from rasd.ingest import datelines
from rasd.ingest.item import Raw
from rasd.ingest.text import parse_page

BODY = "قصفت الطائرات أطراف المدينة أمس، وقال المرصد إن عشرة قتلوا."
STORY = "Aircraft struck the town yesterday, the observatory said."


@pytest.mark.parametrize("line,day", [
    ("الجمعة، ٢٢ أغسطس ٢٠١٤", "2014-08-22"),
    ("Publication date: August 25, 2014", "2014-08-25"),
    ("date 2014-08-25", "2014-08-25"),
    ("Date: Friday, 22 August 2014", "2014-08-22"),
    ("تاريخ النشر: ٢٢ آب ٢٠١٤", "2014-08-22"),
    ("Published on August 25, 2014", "2014-08-25"),
    ("Posted: 2014-08-25T10:00:00Z", "2014-08-25"),
    ("نشر بتاريخ 25/08/2014", "2014-08-25"),
])
def test_a_date_line_or_a_labelled_date_is_read(line, day):
    assert datelines.read(line).date.isoformat() == day


@pytest.mark.parametrize("line", [
    "Date palms grow along the river", "The date 2014-08-25 was chosen by the council.",
    "Updated: 2014-08-25", "قصفت الطائرات المدينة في 22 آب 2014",
])
def test_other_lines_are_not_date_lines(line):
    assert datelines.read(line) is None


def test_a_labelled_date_that_cannot_be_read_says_so():
    line = datelines.read("Date: 05/08/2014")
    assert line.date is None and "could be day/month or month/day" in line.problem


@pytest.mark.parametrize("text,title,day,body", [
    (f"قصف على حلب\nالجمعة، ٢٢ أغسطس ٢٠١٤\n{BODY}", "قصف على حلب", "2014-08-22", BODY),
    (f"Airstrikes hit Aleppo\nPublication date: August 25, 2014\n{STORY}",
     "Airstrikes hit Aleppo", "2014-08-25", STORY),
    (f"Airstrikes hit Aleppo\ndate 2014-08-25\n{STORY}", "Airstrikes hit Aleppo",
     "2014-08-25", STORY),
    (f"Airstrikes hit Aleppo\nBy a staff writer\nAugust 25, 2014\n{STORY}",
     "Airstrikes hit Aleppo", "2014-08-25", STORY),
    (f"date 2014-08-25\nAirstrikes hit Aleppo\n{STORY}", "Airstrikes hit Aleppo",
     "2014-08-25", STORY),
    (f"{STORY}\nAugust 25, 2014\n{STORY}", None, None, f"{STORY}\nAugust 25, 2014\n{STORY}"),
])
def test_pasted_news_gives_its_title_date_and_body(text, title, day, body):
    page = parse_page(text)
    assert (page.title, page.published, text[page.start:page.end]) == (title, day, body)


def test_an_undated_document_says_relative_dates_are_left_unvalued():
    (item,) = ingest.read_raw(Raw.of("pasted.txt", BODY.encode("utf-8")))
    assert item.document.published is None
    assert item.document.warnings == (ingest.UNDATED,)
    (item,) = ingest.read_raw(Raw.of("pasted.txt", BODY.encode("utf-8")),
                              published="2014-08-25")
    assert item.document.warnings == ()


@pytest.mark.parametrize(("line", "day"), [
    ("دمشق - الجمعة، 22 أغسطس 2014", "2014-08-22"),
    ("الرقة – 5 آذار 2015", "2015-03-05"),
    ("Damascus, August 22, 2014", "2014-08-22"),
])
def test_a_dateline_led_by_a_place_is_read(line, day):
    assert datelines.read(line).date.isoformat() == day


@pytest.mark.parametrize("line", ["قال الجيش إن الطائرات قصفت المدينة، 22 أغسطس 2014",
                                  "بيروت (رويترز) - قال مسؤول إن",
                                  "Officials in the city of Aleppo, said on August 22, 2014"])
def test_a_sentence_with_a_date_is_no_dateline(line):
    assert datelines.read(line) is None
