"""Which document is the source: date, then dateline, then credit, else unknown."""

from __future__ import annotations

from rasd.reuse.credits import Provenance
from rasd.reuse.direction import decide


def _p(ident, outlet=None, date=None, dated_by="published", credits=None, via=False):
    return Provenance(ident, outlet, date, dated_by if date else None, credits or {}, via)


def test_the_earlier_publication_date_is_the_source():
    a, b = _p("a", date="2015-08-02"), _p("b", date="2015-08-01")
    source, copy, basis = decide(a, b)
    assert (source.id, copy.id, basis) == ("b", "a", "published")


def test_a_date_read_from_a_dateline_decides_with_that_basis():
    a, b = _p("a", date="2015-08-02"), _p("b", date="2014-08-22", dated_by="dateline")
    assert [x if isinstance(x, str) else x.id for x in decide(a, b)] == ["b", "a", "dateline"]


def test_same_day_copies_are_decided_by_a_credit_of_the_other_outlet():
    wire = _p("w", "spa", "2015-08-01")
    paper = _p("p", "alyaum.com", "2015-08-01", credits={"spa": "dateline"})
    source, copy, basis = decide(paper, wire)
    assert (source.id, copy.id, basis) == ("w", "p", "dateline")
    credited = _p("c", "okaz.com.sa", "2015-08-01", credits={"spa": "credit"})
    assert decide(wire, credited)[2] == "credit"


def test_nothing_decides_two_siblings_crediting_the_same_wire():
    a = _p("a", "alyaum.com", "2015-08-01", credits={"spa": "dateline"})
    b = _p("b", "okaz.com.sa", "2015-08-01", credits={"spa": "dateline"})
    source, copy, basis = decide(a, b)
    assert (source.id, copy.id, basis) == ("a", "b", "unknown")


def test_undated_local_files_are_unknown_and_the_first_stored_stays_the_source():
    assert decide(_p("a"), _p("b"))[2] == "unknown"
    assert decide(_p("a"), _p("b"))[0].id == "a"
