"""The CSV export: columns, layers, and the guard that keeps untrusted text from running
as a spreadsheet formula (CSV injection)."""

from __future__ import annotations

import csv
import dataclasses
import io
import unicodedata
from itertools import dropwhile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.export import writer
from rasd.export.csv import BOM, FORMULA, guard
from rasd.model import Analysis, Document, Mention

# what a spreadsheet may skip before it looks for "=": spaces, no-break and
# ideographic spaces, direction marks and the zero-width no-break space
INVISIBLE = [" ", "  ", "\u00a0", "\u3000", "\u200f", "\u200e", "\ufeff", " \u200f "]


def rows(analyses: list[Analysis], **options) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    w = writer("csv", out, **options)
    for a in analyses:
        w.write(a)
    w.finish()
    return list(csv.DictReader(io.StringIO(out.getvalue().removeprefix(BOM), newline="")))


def titled(title: str, text: str = "نص التقرير.") -> Analysis:
    return Analysis(Document.make(text, "a.txt", title=title))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"])
@pytest.mark.parametrize("before", ["", *INVISIBLE])
def test_csv_guard_prefixes_a_formula_even_behind_spaces_and_marks(start, before):
    cell = f"{before}{start}HYPERLINK(\"http://x.example\",\"click\")"
    assert guard(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["\tSUM(A1)", "\rSUM(A1)", "\n=1+1", "\t", "\r\n"])
def test_csv_guard_prefixes_a_leading_tab_or_line_break(cell):
    assert guard(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "قصفت الطائرات", "  indented", "2014-08-19", "a=b",
                                  "'=already quoted", "\u200fنص", "e-mail", "#hashtag"])
def test_csv_guard_leaves_plain_text_alone(cell):
    assert guard(cell) == cell


def test_csv_document_row_guards_title_text_and_warnings():
    doc = Document.make("=cmd|' /C calc'!A0", "a.txt", title=" @SUM(1+1)",
                        warnings=("-2+3 is not a date",))
    (row,) = rows([Analysis(doc)])
    assert row["text"] == "'=cmd|' /C calc'!A0"
    assert row["title"] == "' @SUM(1+1)"
    assert row["warnings"] == "'-2+3 is not a date"


def test_csv_document_row_counts_layers_and_keeps_the_text_last(analysis):
    out = io.StringIO(newline="")
    writer("csv", out).write(analysis)
    header, row = csv.reader(io.StringIO(out.getvalue(), newline=""))
    assert header[-1] == "text" and row[-1] == analysis.document.text
    record = dict(zip(header, row, strict=True))
    assert (record["times"], record["mentions"], record["characters"]) == (
        "1", "2", str(len(analysis.document.text)))


def test_csv_layer_rows_join_lists(analysis):
    (entity,) = rows([analysis], layer="entities")[:1]
    assert entity["document"] == analysis.document.id and entity["aliases"] == "الرقه; Raqqa"
    (finding,) = rows([analysis], layer="findings")
    start, end = analysis.findings[0].spans[0]
    assert finding["spans"] == f"{start}-{end}"


def test_csv_layer_rows_guard_untrusted_mention_text(analysis):
    mention = Mention("m9", 0, 4, "+972", "OTHER", None)
    (row,) = rows([dataclasses.replace(analysis, mentions=(mention,))], layer="mentions")
    assert row["text"] == "'+972"


def test_csv_refuses_an_unknown_layer():
    with pytest.raises(ValueError, match="unknown layer 'people'"):
        writer("csv", io.StringIO(), layer="people")


def test_csv_writes_a_bom_only_when_asked():
    with_bom, without = io.StringIO(), io.StringIO()
    writer("csv", with_bom, bom=True)
    writer("csv", without)
    assert with_bom.getvalue().startswith(BOM) and not without.getvalue().startswith(BOM)


def test_csv_any_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        writer("xlsx", io.StringIO())


def visible(cell: str) -> str:
    """The cell from its first character that is neither space nor an invisible mark."""
    return "".join(dropwhile(lambda c: c.isspace() or unicodedata.category(c) == "Cf", cell))


# strings that often open like a formula, behind what a spreadsheet may skip
CELLS = st.text() | st.builds(
    lambda pad, start, rest: pad + start + rest,
    st.text(alphabet="".join(INVISIBLE) + "\t\r\n", max_size=3),
    st.sampled_from(sorted(FORMULA)), st.text())


@given(title=CELLS, text=CELLS.filter(bool))
def test_csv_any_string_comes_back_unchanged_or_guarded_never_as_a_formula(title, text):
    (row,) = rows([titled(title, text)])
    for written, read in ((title, row["title"]), (text, row["text"])):
        assert read in (written, "'" + written)
        assert not read.startswith(("\t", "\r", "\n"))
        assert visible(read)[:1] not in FORMULA
