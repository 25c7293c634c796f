"""The one table reader: comments and blank lines skipped, short rows named by file and line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import tables
from rasd.errors import BadTable


def test_rows_skip_comments_and_blank_lines_and_say_where_they_stand():
    rows = tables.parse("# a comment\n\nx\t1\t\n y \t 2\n", "t.tsv", least=2)
    assert [r.cells for r in rows] == [("x", "1", ""), ("y", "2")]
    assert rows[1].where == "t.tsv, line 4" and rows[1].get(5, "-") == "-"


def test_a_short_row_is_an_error_naming_file_and_line():
    with pytest.raises(BadTable, match=r"t\.tsv, line 2: expected at least 2 cells"):
        tables.parse("x\t1\ny\n", "t.tsv", least=2)


def test_a_header_row_is_not_data():
    assert [r.cells for r in tables.parse("id\ttype\nx\ty\n", "t", header="id")] == [("x", "y")]


def test_every_shipped_table_reads():
    assert len(tables.shipped("arabic", "clitics.tsv", 2)) > 10
    assert tables.shipped("time/ar", "months.tsv", 2)


@given(st.text(alphabet=st.sampled_from("ab #\t\n\r"), max_size=80))
def test_any_text_gives_rows_or_a_table_error(text):
    try:
        rows = tables.parse(text, "t.tsv", least=1)
    except BadTable as e:
        assert e.where.startswith("t.tsv, line ")
        return
    data = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) == len(data) and all(r.cells[0] for r in rows)
