"""Calendar names for the time stage and ingest, and the rule for a month name cut short."""

from __future__ import annotations

import pytest

from rasd import calendar_names
from rasd.arabic import fold
from rasd.calendar_names import guess_month


def test_names_fold_every_convention():
    months = calendar_names.names("months")
    assert months["كانون الاول"] == months["ديسمبر"] == months["december"] == 12
    assert calendar_names.names("weekdays")["الاثنين"] == 0
    assert calendar_names.names("hijri_months")["شوال"] == 10


def test_month_names_leave_out_abbreviations_and_misspellings():
    names = dict(calendar_names.month_names())
    assert names["august"] == 8 and names["اغسطس"] == 8
    assert "aug" not in names and "febuary" not in names and "augus" not in names


@pytest.mark.parametrize("word,month", [
    ("Augus", 8), ("Septem", 9), ("Novem", 11), ("Decem", 12), ("Janua", 1),  # cut short
    ("Febuary", 2), ("Septmber", 9), ("Ocotber", 10), ("Decembre", 12),       # one edit
    ("سبتمب", 9), ("ديسمب", 12), ("جويلي", 7),                                # cut short
    ("ديسيمبر", 12), ("نوفمير", 11), ("سبتمر", 9), ("حزيرن", 6),              # one edit
])
def test_guess_month_reads_long_names_cut_short_or_one_edit_off(word, month):
    assert guess_month(fold(word)) == month


@pytest.mark.parametrize("word", [
    "Marc", "Apri", "Augu",     # under five letters
    "Marchs", "Aprill",         # names under six letters are too close to ordinary words
    "Augusta", "Octobers",      # a name with letters added is another word
    "ويليه", "وزيران",          # another first letter: «followed by», «two ministers»
    "نسيان", "ميسان",           # one edit from نيسان, a short name
    "Septic", "Novel", "Decent",
])
def test_guess_month_leaves_ordinary_and_short_words(word):
    assert guess_month(fold(word)) is None


def test_guess_month_compares_with_the_names_it_is_given():
    assert guess_month("augus", (("august", 8),)) == 8
    assert guess_month("augus", ()) is None
