"""The grammar's entry point: every expression of a token list, in order, none overlapping."""

from __future__ import annotations

from itertools import pairwise

import pytest

from rasd.time.grammar import parse
from tests.time.conftest import scanned


def spans(text: str) -> list[str]:
    toks, normal = scanned(text)
    return [normal[e.start:e.end] for e in parse(toks, normal)]


@pytest.mark.parametrize("text,expected", [
    ("وقع الهجوم في 5 يناير 2014 وقتل 20", ["5 يناير 2014"]),
    ("قال أمس إن القرار 2170 صدر", ["امس"]),
    ("الساعة 10:30 مساء", ["الساعه 10:30 مساء"]),
    ("خلال عام 2011 ثم في 2012", ["2011", "2012"]),
    ("the attack on Tuesday, 19 August 2014 and two days later", [
        "tuesday, 19 august 2014", "two days later"]),
    ("لا شيء هنا", []),
])
def test_parse_reads_each_expression_once(text, expected):
    assert spans(text) == expected


def test_parse_expressions_do_not_overlap():
    toks, normal = scanned("يوم الثلاثاء الواقع في 19 من الشهر August 2014 وقبل ذلك بستة أيام")
    exprs = parse(toks, normal)
    assert all(a.end <= b.start for a, b in pairwise(exprs))
