"""The readers every rule shares."""

from __future__ import annotations

import pytest

from rasd.time.expr import bare, glue_after, kind_at
from tests.time.conftest import scanned


def test_kind_at_reads_a_tokens_value_of_a_kind():
    toks, _ = scanned("أمس الأحد")
    assert kind_at(toks, 0, "deictic") == "-1"
    assert kind_at(toks, 1, "weekday") == "6"
    assert kind_at(toks, 0, "weekday") is None


def test_kind_at_is_none_past_either_end():
    toks, _ = scanned("أمس")
    assert kind_at(toks, -1, "deictic") is None
    assert kind_at(toks, 1, "deictic") is None


@pytest.mark.parametrize("text,label,expected", [
    ("من", "day", True),        # «19 من الشهر»
    ("من", "clock", True),      # «الساعة 10 من صباح أمس»
    ("من", "weekday", False),
    ("في", "الموافق", True),    # another glue word, folded like the text
    ("of", "season", True),
    ("أمس", "day", False),      # not glue
    ("ومن", "day", False),      # glue is read only as written, without a proclitic
])
def test_glue_after_reads_what_a_glue_row_may_follow(text, label, expected):
    toks, _ = scanned(text + " 5")  # the scanner keeps only the words near a number
    assert glue_after(toks[0], label) is expected


def test_bare_ignores_a_word_under_a_proclitic():
    toks, _ = scanned("شهر وشهر 5")
    assert bare(toks[0], "month_trigger") == ""
    assert toks[1].get("month_trigger") is not None and bare(toks[1], "month_trigger") is None
