"""Shared fixtures: the real data in ../shared, a fresh database, a hand-built record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from rasd.model import (
    Analysis,
    Document,
    Entity,
    Event,
    Finding,
    Mention,
    Offsets,
    Span,
    Time,
)

# No per-example deadline: the first example of a parser test pays for importing
# trafilatura or lxml, and CI machines are slower than ours; timing is not tested here.
settings.register_profile("rasd", deadline=None)
settings.load_profile("rasd")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
EXAMPLE = SHARED / "examples" / "blog-2016-12-16-regime-isis.txt"
FIXTURES = Path(__file__).parent / "fixtures"


def shared(relative: str) -> Path:
    """A path in ../shared; fails (never skips) when it is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.fail(f"missing shared data: {path} (set RASD_SHARED to the shared folder)")
    return path


@pytest.fixture
def example() -> Path:
    return shared("examples/blog-2016-12-16-regime-isis.txt")


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "test.duckdb"
    monkeypatch.setenv("RASD_DB", str(path))
    return path


def full_analysis() -> Analysis:
    """A record with every layer filled, written by hand (no pipeline involved)."""
    text = "قصفت الطائرات مدينة الرقة يوم الثلاثاء 19 آب 2014، بحسب المرصد."
    doc = Document.make(text, "fixture.txt", title="عنوان", published="2014-08-20",
                        language="ar", author="كاتب", reader="text",
                        warnings=("the date line says Monday but 2014-08-20 was a Wednesday",))

    def at(piece: str) -> tuple[int, int]:
        start = text.index(piece)
        return start, start + len(piece)

    d0, d1 = at("الثلاثاء 19 آب 2014")
    r0, r1 = at("الرقة")
    a0, a1 = at("الطائرات")
    q0, q1 = at("قصفت")
    c0, c1 = at("بحسب")
    raqqa = Entity("loc:raqqa", "الرقة", "Raqqa", "LOCATION", "Q184541", ("الرقه", "Raqqa"),
                   35.95, 39.01)
    planes = Entity("ent:aircraft", "الطائرات", None, "WEAPON")
    return Analysis(
        document=doc,
        times=(Time("t1", d0, d1, text[d0:d1], "DATE", "2014-08-19", None, "Tuesday"),),
        entities=(raqqa, planes),
        mentions=(Mention("m1", r0, r1, text[r0:r1], "LOCATION", "loc:raqqa"),
                  Mention("m2", a0, a1, text[a0:a1], "WEAPON", "ent:aircraft")),
        events=(Event("e1", "ASSAULT", "aerial", Span(q0, q1, text[q0:q1]), ("ent:aircraft",),
                      ("loc:raqqa",), "loc:raqqa", "t1", "2014-08-19", "clause", "reported",
                      None, Span(c0, c1, text[c0:c1]), (Offsets(0, len(text)),), 0.75),),
        findings=(Finding("weekday_ok", ((d0, d1),), "19 August 2014 was a Tuesday"),),
    )


@pytest.fixture
def analysis() -> Analysis:
    return full_analysis()
