"""Years named alone."""

from __future__ import annotations

import pytest

from rasd.time.years import year
from tests.time.conftest import scanned


def years(text: str) -> list[tuple[int | None, bool, str | None]] | None:
    toks, _ = scanned(text)
    at = next(i for i, t in enumerate(toks) if t.form[:1].isdecimal())
    found = year(toks, at, [])
    return found and [(e.year, e.hijri, e.value) for e in found[0]]


@pytest.mark.parametrize("text,expected", [
    ("عام 2011", [(2011, False, None)]),
    ("in 2014", [(2014, False, None)]),
    ("1436 هـ", [(1436, True, None)]),
    ("879م", [(879, False, None)]),
    ("في 2011-2014", [(2011, False, None), (2014, False, None)]),
    ("the 1990s", [(None, False, "199")]),
    ("عام 1250", [(1250, False, None)]),
])
def test_year_after_a_trigger_or_with_a_marker(text, expected):
    assert years(text) == expected


@pytest.mark.parametrize("text", ["قتل 2014 شخصا", "القرار 2170", "في 1250"])
def test_a_bare_number_is_not_a_year(text):
    assert not years(text)
