"""Every shipped data file opens with a comment saying its format and source, and parses."""

from __future__ import annotations

from importlib import resources

import pytest

from rasd.arabic import clitics
from rasd.arabic.normalise import load_folding
from rasd.ingest.text import _chrome

TABLES = [
    ("rasd.data.arabic", "folding.tsv"),
    ("rasd.data.arabic", "clitics.tsv"),
    ("rasd.data.ingest", "chrome.tsv"),
    ("rasd.data.time", "ar/months.tsv"),
    ("rasd.data.time", "ar/weekdays.tsv"),
    ("rasd.data.time", "ar/hijri_months.tsv"),
    ("rasd.data.time", "en/months.tsv"),
    ("rasd.data.time", "en/weekdays.tsv"),
    ("rasd.data.time", "ar/words.tsv"),
    ("rasd.data.time", "en/words.tsv"),
    ("rasd.data.time", "en/timex.tsv"),
    ("rasd.data.time", "curated/months_ar.tsv"),
    ("rasd.data.time", "curated/weekdays_ar.tsv"),
    ("rasd.data.entities", "types.tsv"),
    ("rasd.data.entities", "levels.tsv"),
    ("rasd.data.events", "types.tsv"),
]


@pytest.mark.parametrize("package,name", TABLES)
def test_table_has_a_header_and_well_formed_rows(package, name):
    text = resources.files(package).joinpath(name).read_text("utf-8")
    lines = text.splitlines()
    header = "\n".join(line for line in lines[:8] if line.startswith("#"))
    assert lines[0].startswith("# ") and "Format:" in header, f"{name}: no format line on top"
    widths = {len(line.split("\t")) for line in lines if line and not line.startswith("#")}
    assert len(widths) == 1, f"{name}: rows of different widths {widths}"
    assert not any(line != line.rstrip("\r") for line in lines)


def test_tables_load():
    assert load_folding().table[ord("أ")] == "ا"
    assert next(c.parts for c in clitics.table() if c.form == "لل") == ("ل", "ال")
    assert "ليست هناك تعليقات:" in _chrome("footer")
