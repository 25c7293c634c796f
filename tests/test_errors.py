"""Errors and the text they print: ``printable`` for storing, ``one_line`` for output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import one_line, printable


@pytest.mark.parametrize("name,shown", [
    ("a\nb.txt", "a\\nb.txt"),
    ("a\r\nb", "a\\r\\nb"),
    ("tab\there", "tab\\there"),
    ("x\u2028y\u2029z\x85", "x\\u2028y\\u2029z\\x85"),
    ("esc\x1b[31m", "esc\\x1b[31m"),
    ("تقرير\u200c.txt", "تقرير\u200c.txt"),  # a joiner is part of a name, not a break
    ("\udcc7\udce1.txt", "\\xc7\\xe1.txt"),
])
def test_one_line_escapes_breaks_and_controls(name, shown):
    assert one_line(name) == shown


@given(st.text())
def test_one_line_is_one_line(text):
    assert len(one_line(text).splitlines()) <= 1
    assert one_line(text) == printable(text) or "\\" in one_line(text)
